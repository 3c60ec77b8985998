// Files over 50 MB never reach extensions (no TextDocument). tcerr notices the tab and scans the file from disk.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activeExtension, after, before, describe, fixtureUri, it, waitFor } from './helpers';

const NAME = 'large-generated.log';
const LINE = '2026-03-14T00:00:00.000Z INFO [svc] handled request path=/api/v1/orders status=200 duration_ms=12 bytes=2048\n';
const ERROR = '[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=The signature expired, RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\n';

describe('large files (over 50 MB)', () => {
  let uri: vscode.Uri;

  before(async () => {
    await activeExtension();
    uri = fixtureUri(NAME);
    // 55 MB: an error near the start, one in the middle and one at the very end.
    const block = LINE.repeat(10_000);
    const fd = fs.openSync(uri.fsPath, 'w');
    fs.writeSync(fd, ERROR);
    for (let i = 0; i < 55 * 1024 * 1024 / block.length; i++) {
      fs.writeSync(fd, block);
      if (i === 25) fs.writeSync(fd, ERROR);
    }
    fs.writeSync(fd, ERROR);
    fs.closeSync(fd);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(uri.fsPath, { force: true });
  });

  it('opens without a TextDocument, and the scan command puts its errors in the Problems panel', async () => {
    await vscode.commands.executeCommand('vscode.open', uri);
    await waitFor('the large file tab', () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputText && input.uri.toString() === uri.toString();
    });
    const hasDocument = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    if (hasDocument) throw new Error('this VS Code handed the 55 MB file to extensions; the large-file path is not exercised');
    const summary = (await vscode.commands.executeCommand('tcerr.scanLargeFile', uri)) as { errors: number; cancelled: boolean } | undefined;
    if (!summary || summary.cancelled || summary.errors !== 3) throw new Error(`unexpected summary ${JSON.stringify(summary)}`);
    const diagnostics = await waitFor('diagnostics of the large file', () => {
      const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'tcerr');
      return d.length === 3 ? d : undefined;
    });
    if (diagnostics[0].range.start.line !== 0) throw new Error(`first error on line ${diagnostics[0].range.start.line}`);
    const last = diagnostics[2].range.start.line;
    if (last < 500_000) throw new Error(`last error on line ${last}`);
  });
});
