// Every command tcerr contributes. test/unit/manifest.test.ts keeps this table and package.json equal.
// No `vscode` import here: the unit tests load this file outside VS Code.

export const COMMANDS = {
  decode: { id: 'tcerr.decode', title: 'tcerr: Decode Tencent Cloud API Response' },
} as const;

export type CommandName = keyof typeof COMMANDS;
