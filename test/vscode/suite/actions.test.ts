import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, after, afterEach, before, closeAllEditors, describe, it, openFixture, positionOf, rangeOf, tcerrDiagnostics, waitFor } from './helpers';

const SECRET = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA';

/** The hover part holding tcerr's buttons (the one with command links). */
async function actionsHover(uri: vscode.Uri, position: vscode.Position): Promise<vscode.MarkdownString | undefined> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && c.value.includes('command:tcerr.'));
}

/** [label, command id, args] of every link in a Markdown string. */
function links(md: vscode.MarkdownString): { label: string; id: string; args: unknown[] }[] {
  return [...md.value.matchAll(/\[((?:[^\]\\]|\\.)*)\]\(command:([\w.]+)\?([^\s)]*)/g)].map((m) => ({
    label: m[1].replace(/\\(.)/g, '$1'),
    id: m[2],
    args: JSON.parse(decodeURIComponent(m[3])) as unknown[],
  }));
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
  return actions.filter((a) => a.command?.command.startsWith('tcerr.'));
}

describe('actions where the error is', () => {
  before(async () => {
    await activeExtension();
  });
  afterEach(async () => {
    const config = vscode.workspace.getConfiguration();
    await config.update('tcerr.exclude.codes', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('tcerr.exclude.codes', undefined, vscode.ConfigurationTarget.Global);
  });
  after(closeAllEditors);

  it('the hover has buttons that run only tcerr commands, and they copy the code and the RequestId', async () => {
    const doc = await openFixture('sdk-errors.log');
    const md = await actionsHover(doc.uri, positionOf(doc, 'AuthFailure.SignatureExpire', 5));
    assert.ok(md, 'a hover with tcerr buttons');
    const trusted = md.isTrusted;
    assert.ok(typeof trusted === 'object' && trusted.enabledCommands.length > 0, `trusted for named commands only: ${JSON.stringify(trusted)}`);
    assert.ok(trusted.enabledCommands.every((id) => id.startsWith('tcerr.')), JSON.stringify(trusted.enabledCommands));
    assert.ok(!md.supportHtml);
    const found = links(md);
    assert.deepEqual(found.map((l) => l.id).sort(), ['tcerr.copyCode', 'tcerr.copyIssueReport', 'tcerr.copyMessage', 'tcerr.copyRequestId', 'tcerr.decodeFinding', 'tcerr.ignoreCode', 'tcerr.openDocs'].sort());
    for (const l of found) assert.ok(trusted.enabledCommands.includes(l.id), `${l.id} is enabled`);
    const run = (id: string) => vscode.commands.executeCommand<string>(id, ...found.find((l) => l.id === id)!.args);
    assert.equal(await run('tcerr.copyCode'), 'AuthFailure.SignatureExpire');
    assert.equal(await run('tcerr.copyRequestId'), '4c1f6a1e-8d1b-4e0b-9b0e-2b5f1d9a7c01');
    assert.equal(await run('tcerr.copyMessage'), 'request time is outside the allowed window');
  });

  it('no RequestId button where the error has none', async () => {
    const doc = await openFixture('sdk-errors.log');
    const md = await actionsHover(doc.uri, positionOf(doc, 'ClientNetworkError', 3));
    assert.ok(md);
    assert.ok(!links(md).some((l) => l.id === 'tcerr.copyRequestId'), md.value);
  });

  it('each diagnostic offers the actions as quick fixes, and "Copy as issue report" masks credentials', async () => {
    const content = `2025-03-14T08:01:13Z ERROR cvm.RunInstances failed: [TencentCloudSDKError] Code=AuthFailure.SecretIdNotFound, Message=key ${SECRET} not found, RequestId=11111111-2222-4333-8444-555555555555\n`;
    const doc = await vscode.workspace.openTextDocument({ language: 'log', content });
    await vscode.window.showTextDocument(doc);
    const [diag] = await waitFor('a diagnostic', () => tcerrDiagnostics(doc.uri).length === 1 && tcerrDiagnostics(doc.uri));
    const fixes = await quickFixes(doc.uri, diag.range);
    const titles = fixes.map((f) => f.title);
    for (const want of ['tcerr: Copy as issue report', 'tcerr: Copy code AuthFailure.SecretIdNotFound', 'tcerr: Copy RequestId', 'tcerr: Copy message', 'tcerr: Decode this response', 'tcerr: Ignore AuthFailure.SecretIdNotFound…']) {
      assert.ok(titles.includes(want), `${want} in ${JSON.stringify(titles)}`);
    }
    assert.ok(fixes.every((f) => f.kind?.value === vscode.CodeActionKind.QuickFix.value));
    const report = fixes.find((f) => f.title === 'tcerr: Copy as issue report')!;
    const text = await vscode.commands.executeCommand<string>(report.command!.command, ...(report.command!.arguments ?? []));
    assert.ok(text.includes('`AuthFailure.SecretIdNotFound`'), text);
    assert.ok(text.includes('`11111111-2222-4333-8444-555555555555`'), text);
    assert.ok(text.includes('`RunInstances`'), `names the action:\n${text}`);
    assert.ok(text.includes('Go SDK (go-sdk)'), text);
    assert.match(text, /`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z`/);
    assert.ok(!text.includes(SECRET) && text.includes('AKID****hESA'), `credential masked:\n${text}`);
  });

  it('"Ignore in this workspace" writes tcerr.exclude.codes there, and the diagnostic goes away', async () => {
    const doc = await openFixture('sdk-errors.log');
    await waitFor('3 diagnostics', () => tcerrDiagnostics(doc.uri).length === 3);
    const range = rangeOf(doc, 'ResourceNotFound');
    const fix = (await quickFixes(doc.uri, range)).find((f) => f.command?.command === 'tcerr.ignoreCodeInWorkspace');
    assert.ok(fix, 'an "ignore in this workspace" quick fix');
    assert.equal(await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? [])), 'workspace');
    const inspected = vscode.workspace.getConfiguration().inspect<string[]>('tcerr.exclude.codes');
    assert.deepEqual(inspected?.workspaceValue, ['ResourceNotFound']);
    assert.equal(inspected?.globalValue, undefined, 'user settings untouched');
    const left = await waitFor('2 diagnostics', () => tcerrDiagnostics(doc.uri).length === 2 && tcerrDiagnostics(doc.uri));
    assert.ok(!left.some((d) => d.message.startsWith('ResourceNotFound')));
  });

  it('"Ignore this code" with the user scope writes user settings only', async () => {
    const doc = await openFixture('sdk-errors.log');
    await waitFor('3 diagnostics', () => tcerrDiagnostics(doc.uri).length === 3);
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(positionOf(doc, 'ClientNetworkError', 2), positionOf(doc, 'ClientNetworkError', 2));
    // From the palette (no reference): the error at the cursor.
    assert.equal(await vscode.commands.executeCommand('tcerr.ignoreCode', undefined, 'user'), 'user');
    const inspected = vscode.workspace.getConfiguration().inspect<string[]>('tcerr.exclude.codes');
    assert.deepEqual(inspected?.globalValue, ['ClientNetworkError']);
    assert.equal(inspected?.workspaceValue, undefined);
    await waitFor('2 diagnostics', () => tcerrDiagnostics(doc.uri).length === 2);
  });

  it('the errors view\'s context menu passes its node: the actions resolve it', async () => {
    const doc = await openFixture('sdk-errors.log');
    await waitFor('3 diagnostics', () => tcerrDiagnostics(doc.uri).length === 3);
    const anchor = doc.offsetAt(rangeOf(doc, 'ResourceNotFound').start);
    assert.equal(await vscode.commands.executeCommand('tcerr.copyCode', { kind: 'finding', item: { uri: doc.uri, anchor } }), 'ResourceNotFound');
    assert.equal(await vscode.commands.executeCommand('tcerr.copyRequestId', { kind: 'group', group: { items: [{ uri: doc.uri, anchor }] } }), '9a2e3c4d-1f5b-4a6c-8d7e-0f1a2b3c4d5e');
  });

  it('a forged reference resolves to nothing and runs nothing', async () => {
    const result = await vscode.commands.executeCommand('tcerr.copyCode', { uri: 'untitled:nothing-here', offset: 99999 });
    assert.equal(result, undefined);
  });
});
