// Every command tcerr contributes. test/unit/manifest.test.ts keeps this table and package.json equal.
// No `vscode` import here: the unit tests load this file outside VS Code.

export const COMMANDS = {
  decode: { id: 'tcerr.decode', title: 'tcerr: Decode Tencent Cloud API Response' },
  importSdkCodes: { id: 'tcerr.importSdkCodes', title: 'tcerr: Import Error Codes from SDK Sources…' },
  // Actions on one error (hover buttons, quick fixes, the errors view); from the palette they act on the error at the cursor.
  copyCode: { id: 'tcerr.copyCode', title: 'tcerr: Copy Error Code' },
  copyRequestId: { id: 'tcerr.copyRequestId', title: 'tcerr: Copy RequestId' },
  copyMessage: { id: 'tcerr.copyMessage', title: 'tcerr: Copy Error Message' },
  openDocs: { id: 'tcerr.openDocs', title: 'tcerr: Open Error Documentation' },
  decodeFinding: { id: 'tcerr.decodeFinding', title: 'tcerr: Decode This Response' },
  ignoreCode: { id: 'tcerr.ignoreCode', title: 'tcerr: Ignore This Error Code…' },
  ignoreCodeInWorkspace: { id: 'tcerr.ignoreCodeInWorkspace', title: 'tcerr: Ignore This Error Code in This Workspace' },
  copyIssueReport: { id: 'tcerr.copyIssueReport', title: 'tcerr: Copy as Issue Report' },
  // Seeing all errors at once.
  scanWorkspace: { id: 'tcerr.scanWorkspace', title: 'tcerr: Scan Workspace for API Errors' },
  clearWorkspaceScan: { id: 'tcerr.clearWorkspaceScan', title: 'tcerr: Clear Workspace Scan Results' },
  groupByCode: { id: 'tcerr.view.groupByCode', title: 'tcerr: Group Errors by Code' },
  groupByRequestId: { id: 'tcerr.view.groupByRequestId', title: 'tcerr: Group Errors by RequestId' },
  goToError: { id: 'tcerr.goToError', title: 'tcerr: Go to Tencent Cloud API Error in This File…' },
  // Files over 50 MB never reach extensions; this reads them from disk.
  scanLargeFile: { id: 'tcerr.scanLargeFile', title: 'tcerr: Scan This Large File' },
} as const;

export type CommandName = keyof typeof COMMANDS;
