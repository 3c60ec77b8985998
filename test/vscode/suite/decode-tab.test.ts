import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, after, before, closeAllEditors, describe, it, waitFor } from './helpers';

const LINE = (code: string) => `[TencentCloudSDKError] Code=${code}, Message=m, RequestId=4c1f6a1e-8d1b-4e0b-9b0e-2b5f1d9a7c01`;

function decodeTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs.filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'tcerr-decode'));
}

describe('decode report tab', () => {
  before(async () => {
    await activeExtension();
    await closeAllEditors();
  });
  after(closeAllEditors);

  it('a new report replaces the last one in its tab; a pinned report is kept', async () => {
    const first = await vscode.commands.executeCommand<vscode.Uri>('tcerr.decode', LINE('AuthFailure.SignatureExpire'));
    await waitFor('one report tab', () => decodeTabs().length === 1);
    const second = await vscode.commands.executeCommand<vscode.Uri>('tcerr.decode', LINE('ResourceNotFound'));
    await waitFor('still one report tab, the new one', () => decodeTabs().length === 1 && (decodeTabs()[0].input as vscode.TabInputText).uri.toString() === second.toString());
    assert.notEqual(first.toString(), second.toString());
    await vscode.commands.executeCommand('workbench.action.pinEditor');
    const third = await vscode.commands.executeCommand<vscode.Uri>('tcerr.decode', LINE('InternalError'));
    const tabs = await waitFor('two report tabs', () => decodeTabs().length === 2 && decodeTabs());
    assert.deepEqual(tabs.map((t) => (t.input as vscode.TabInputText).uri.toString()).sort(), [second.toString(), third.toString()].sort());
  });

  it('"Decode This Response" on an error opens its report', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'log', content: `noise\n${LINE('LimitExceeded')}\n` });
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.positionAt(doc.getText().indexOf('LimitExceeded') + 2);
    editor.selection = new vscode.Selection(at, at);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('tcerr.decodeFinding');
    assert.equal(uri?.scheme, 'tcerr-decode');
    const report = await vscode.workspace.openTextDocument(uri);
    assert.ok(report.getText().includes('LimitExceeded'));
  });
});

describe('language model tool', () => {
  it('tcerr_explainError is registered and explains a code', async () => {
    await activeExtension();
    const lm = (vscode as { lm?: typeof vscode.lm }).lm;
    if (!lm?.tools || typeof lm.invokeTool !== 'function') return; // no LM API in this host
    await waitFor('the tool to be registered', () => lm.tools.some((t) => t.name === 'tcerr_explainError'));
    const result = await lm.invokeTool('tcerr_explainError', { input: { code: 'AuthFailure.SignatureExpire' }, toolInvocationToken: undefined });
    const text = result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
    assert.match(text, /^AuthFailure\.SignatureExpire: \S/);
    assert.match(text, /https:\/\//);
  });
});
