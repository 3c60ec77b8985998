import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TcerrApi } from '../../../src/vscode/features';
import type { ScanSummary } from '../../../src/vscode/workspace-scan';
import { activeExtension, after, afterEach, before, closeAllEditors, describe, fixtureUri, it, openFixture, tcerrDiagnostics, waitFor } from './helpers';

let api: TcerrApi;

async function set(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(key, value, vscode.ConfigurationTarget.Global);
}

describe('errors view, workspace scan, status bar, inline annotations', () => {
  before(async () => {
    api = (await activeExtension()).exports as TcerrApi;
    assert.ok(api && typeof api.errorsView === 'function', 'activate() returns the API');
  });
  afterEach(async () => {
    for (const key of ['search.exclude', 'tcerr.workspaceScan.maxFileSizeMB', 'tcerr.inlineAnnotations.enabled']) await set(key, undefined);
    await vscode.commands.executeCommand('tcerr.clearWorkspaceScan');
    await vscode.commands.executeCommand('tcerr.view.groupByCode');
  });
  after(closeAllEditors);

  it('lists the errors of open files grouped by code, then by RequestId', async () => {
    await closeAllEditors();
    const log = await openFixture('sdk-errors.log');
    const json = await openFixture('error-response.json');
    await waitFor('diagnostics', () => tcerrDiagnostics(log.uri).length === 3 && tcerrDiagnostics(json.uri).length === 1);
    const view = await waitFor('4 groups', () => {
      const v = api.errorsView();
      return v.groups.length >= 4 && v;
    });
    const auth = view.groups.find((g) => g.label === 'AuthFailure.SignatureExpire');
    assert.ok(auth, JSON.stringify(view));
    // Other tests' documents may stay open: the count is the number of items, and this file's error is one.
    assert.match(auth.description, new RegExp(`^${auth.children.length} errors?`));
    assert.ok(auth.children.some((c) => c.label === 'sdk-errors.log:2'), JSON.stringify(auth.children));
    // Errors before warnings.
    assert.equal(view.groups[view.groups.length - 1].label, 'ClientNetworkError', JSON.stringify(view.groups.map((g) => g.label)));
    await vscode.commands.executeCommand('tcerr.view.groupByRequestId');
    const byRequest = api.errorsView();
    assert.equal(byRequest.grouping, 'requestId');
    const group = byRequest.groups.find((g) => g.label === '4c1f6a1e-8d1b-4e0b-9b0e-2b5f1d9a7c01');
    assert.ok(group, JSON.stringify(byRequest));
    assert.ok(group.children.every((c) => c.label === 'AuthFailure.SignatureExpire'), JSON.stringify(group.children));
  });

  it('the status bar counts the active file\'s errors, errors first, and hides without any', async () => {
    const log = await openFixture('sdk-errors.log');
    await waitFor('diagnostics', () => tcerrDiagnostics(log.uri).length === 3);
    await waitFor('status text', () => api.statusBarText() === '$(error) 2 $(warning) 1 tcerr');
    await openFixture('aws-error.log');
    await waitFor('hidden status', () => api.statusBarText() === '');
  });

  it('inline annotations show each error\'s meaning at the end of its line, only when enabled', async () => {
    const log = await openFixture('sdk-errors.log');
    await waitFor('diagnostics', () => tcerrDiagnostics(log.uri).length === 3);
    const editor = vscode.window.activeTextEditor!;
    assert.deepEqual(api.inlineAnnotations(editor), []);
    await set('tcerr.inlineAnnotations.enabled', true);
    const notes = await waitFor('annotations', () => api.inlineAnnotations(editor).length === 3 && api.inlineAnnotations(editor));
    assert.deepEqual(notes.map((n) => n.line), [1, 2, 3]);
    assert.match(notes[0].text, /^AuthFailure\.SignatureExpire: \S/);
  });

  it('"Scan Workspace" fills the Problems panel and the view from files that are not open, respecting search.exclude', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const write = (rel: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, ...rel.split('/')), new TextEncoder().encode(text));
    const closed = vscode.Uri.joinPath(folder, 'scan-me', 'closed.log');
    const hidden = vscode.Uri.joinPath(folder, 'excluded-dir', 'hidden.log');
    await write('scan-me/closed.log', '[TencentCloudSDKError] Code=RequestLimitExceeded, Message=slow down, RequestId=r-closed\n');
    await write('scan-me/response.json', '{"Response":{"Error":{"Code":"ResourceNotFound.NoSuchBucket","Message":"x"},"RequestId":"r-json"}}');
    await write('excluded-dir/hidden.log', '[TencentCloudSDKError] Code=InternalError, Message=x, RequestId=r-hidden\n');
    await set('search.exclude', { 'excluded-dir/**': true });
    try {
      const summary = await vscode.commands.executeCommand<ScanSummary>('tcerr.scanWorkspace');
      assert.ok(summary && !summary.cancelled, JSON.stringify(summary));
      assert.ok(summary.scanned >= 2 && summary.excluded >= 1, JSON.stringify(summary));
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'the scan opens no documents');
      const diags = tcerrDiagnostics(closed);
      assert.equal(diags.length, 1, 'a closed file\'s error is in the Problems panel');
      assert.ok(diags[0].message.startsWith('RequestLimitExceeded'), diags[0].message);
      assert.equal(diags[0].range.start.line, 0);
      assert.ok(tcerrDiagnostics(vscode.Uri.joinPath(folder, 'scan-me', 'response.json')).some((d) => d.message.startsWith('ResourceNotFound.NoSuchBucket')));
      assert.deepEqual(tcerrDiagnostics(fixtureUri('aws-error.log')), []);
      assert.deepEqual(tcerrDiagnostics(hidden), [], 'excluded by search.exclude');
      const group = api.errorsView().groups.find((g) => g.label === 'RequestLimitExceeded');
      assert.ok(group?.children.some((c) => c.label === 'closed.log:1'), JSON.stringify(group));
      // Opening a scanned file replaces its results by live ones (no duplicates); clearing keeps live results.
      const doc = await vscode.workspace.openTextDocument(closed);
      await vscode.window.showTextDocument(doc);
      await waitFor('live results', () => tcerrDiagnostics(doc.uri).length === 1);
      await vscode.commands.executeCommand('tcerr.clearWorkspaceScan');
      assert.deepEqual(tcerrDiagnostics(vscode.Uri.joinPath(folder, 'scan-me', 'response.json')), [], 'cleared');
      assert.equal(tcerrDiagnostics(doc.uri).length, 1, 'an open file keeps its live results');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'excluded-dir'), { recursive: true });
    }
  });

  it('the workspace scan skips files over the size limit', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const big = vscode.Uri.joinPath(folder, 'scan-big', 'big.log');
    await vscode.workspace.fs.writeFile(big, new TextEncoder().encode('[TencentCloudSDKError] Code=InternalError, Message=x, RequestId=r-big\n' + 'padding\n'.repeat(100)));
    await set('tcerr.workspaceScan.maxFileSizeMB', 0.0005);
    const summary = await vscode.commands.executeCommand<ScanSummary>('tcerr.scanWorkspace');
    assert.ok(summary.skippedLarge >= 1, JSON.stringify(summary));
    assert.deepEqual(tcerrDiagnostics(big), []);
    await set('tcerr.workspaceScan.maxFileSizeMB', undefined);
    await vscode.commands.executeCommand('tcerr.scanWorkspace');
    assert.equal(tcerrDiagnostics(big).length, 1, 'scanned once under the limit');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'scan-big'), { recursive: true });
  });
});
