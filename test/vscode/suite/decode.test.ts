import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, after, before, catalogTitle, closeAllEditors, describe, it, unescapeMarkdown, waitFor } from './helpers';

const GO_SDK_LINE = '[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=request time is outside the allowed window, RequestId=4c1f6a1e-8d1b-4e0b-9b0e-2b5f1d9a7c01';
const ESCAPED = '"{\\"Response\\":{\\"Error\\":{\\"Code\\":\\"RequestLimitExceeded\\",\\"Message\\":\\"too many calls\\"},\\"RequestId\\":\\"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9\\"}}"';

function decodeDocuments(): vscode.TextDocument[] {
  return vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'tcerr-decode');
}

function assertReportExplains(report: string, code: string): void {
  const text = unescapeMarkdown(report);
  assert.ok(text.includes(code), `report names ${code}:\n${text}`);
  const title = catalogTitle(code);
  if (title) assert.ok(text.includes(title), `report gives the meaning of ${code} (${JSON.stringify(title)}):\n${text}`);
}

describe('decode command', () => {
  before(async () => {
    await activeExtension();
  });
  after(closeAllEditors);

  it('decodes the selected text into a tcerr-decode: document', async () => {
    const before = new Set(decodeDocuments().map((d) => d.uri.toString()));
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `some preamble\n${GO_SDK_LINE}\n` });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(doc.positionAt(0), doc.positionAt(doc.getText().length));
    await vscode.commands.executeCommand('tcerr.decode');
    const report = await waitFor('a new tcerr-decode: document', () => decodeDocuments().find((d) => !before.has(d.uri.toString())));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), report.uri.toString(), 'the report is shown');
    assertReportExplains(report.getText(), 'AuthFailure.SignatureExpire');
  });

  it('decodes an escaped JSON string given as the argument', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('tcerr.decode', ESCAPED);
    assert.ok(uri, 'the command returns the report URI');
    assert.equal(uri.scheme, 'tcerr-decode');
    const report = await vscode.workspace.openTextDocument(uri);
    assertReportExplains(report.getText(), 'RequestLimitExceeded');
  });
});
