import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, after, before, closeAllEditors, describe, fixtureUri, it, openFixture, rangeOf, tcerrDiagnostics, waitFor } from './helpers';

const SDK_LOG_CODES = [
  { code: 'AuthFailure.SignatureExpire', severity: vscode.DiagnosticSeverity.Error },
  { code: 'ResourceNotFound', severity: vscode.DiagnosticSeverity.Error },
  { code: 'ClientNetworkError', severity: vscode.DiagnosticSeverity.Warning },
];

function codeOf(d: vscode.Diagnostic): { value: string | number; target: vscode.Uri } {
  assert.ok(d.code && typeof d.code === 'object', `diagnostic ${JSON.stringify(d.message)} has a code with a docs link`);
  return d.code;
}

function assertDocsLink(d: vscode.Diagnostic, code: string): void {
  const c = codeOf(d);
  assert.equal(c.value, code);
  assert.equal(c.target.scheme, 'https', `docs link of ${code} is https: ${c.target.toString()}`);
}

const byPosition = (a: vscode.Diagnostic, b: vscode.Diagnostic) => a.range.start.compareTo(b.range.start);

describe('diagnostics', () => {
  before(async () => {
    await activeExtension();
  });
  after(closeAllEditors);

  it('reports a saved error response: one Error on the code token', async () => {
    const doc = await openFixture('error-response.json');
    const diags = await waitFor('a diagnostic on error-response.json', () => tcerrDiagnostics(doc.uri).length > 0 && tcerrDiagnostics(doc.uri));
    assert.equal(diags.length, 1, JSON.stringify(diags.map((d) => d.message)));
    const [d] = diags;
    assert.deepEqual(d.range, rangeOf(doc, 'InvalidParameterValue'));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.source, 'tcerr');
    assert.ok(d.message.startsWith('InvalidParameterValue'), d.message);
    assertDocsLink(d, 'InvalidParameterValue');
  });

  it('reports each of three SDK errors in a log, warning for the client-side one', async () => {
    const doc = await openFixture('sdk-errors.log');
    const diags = await waitFor('3 diagnostics on sdk-errors.log', () => tcerrDiagnostics(doc.uri).length >= 3 && tcerrDiagnostics(doc.uri));
    assert.equal(diags.length, 3, JSON.stringify(diags.map((d) => d.message)));
    diags.sort(byPosition).forEach((d, i) => {
      const want = SDK_LOG_CODES[i];
      assert.deepEqual(d.range, rangeOf(doc, want.code), `range of ${want.code} is the code token`);
      assert.equal(d.severity, want.severity, `severity of ${want.code}`);
      assert.equal(d.source, 'tcerr');
      assertDocsLink(d, want.code);
    });
  });

  it('reports nothing for another cloud\'s error', async () => {
    const doc = await openFixture('aws-error.log');
    // The sdk-errors.log diagnostics above prove scanning works; give this document the same chance.
    await openFixture('sdk-errors.log');
    await waitFor('sdk-errors.log diagnostics', () => tcerrDiagnostics(fixtureUri('sdk-errors.log')).length === 3);
    assert.deepEqual(tcerrDiagnostics(doc.uri).map((d) => d.message), []);
  });

  it('drops a diagnostic when an edit removes its error, and all of them when the text has none', async () => {
    const doc = await openFixture('sdk-errors.log');
    await waitFor('3 diagnostics', () => tcerrDiagnostics(doc.uri).length === 3);
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.lineAt(rangeOf(doc, 'ResourceNotFound').start.line);
    assert.ok(await editor.edit((e) => e.delete(line.rangeIncludingLineBreak)));
    const left = await waitFor('2 diagnostics after the edit', () => tcerrDiagnostics(doc.uri).length === 2 && tcerrDiagnostics(doc.uri));
    assert.deepEqual(left.sort(byPosition).map((d) => codeOf(d).value), ['AuthFailure.SignatureExpire', 'ClientNetworkError']);
    // Ranges follow the edit.
    assert.deepEqual(left[1].range, rangeOf(doc, 'ClientNetworkError'));
    const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    assert.ok(await editor.edit((e) => e.replace(all, 'all good\n')));
    await waitFor('no diagnostics after removing every error', () => tcerrDiagnostics(doc.uri).length === 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('3 diagnostics after revert', () => tcerrDiagnostics(doc.uri).length === 3);
  });

  it('clears a document\'s diagnostics when it is closed', async () => {
    await closeAllEditors();
    // A file no test has opened through openTextDocument: VS Code keeps such a document alive for minutes
    // after its editor closes. Opened and closed like a user would, it is disposed when the editor goes.
    const uri = fixtureUri('closing.json');
    await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(fixtureUri('error-response.json')));
    await vscode.commands.executeCommand('vscode.open', uri);
    await waitFor('a diagnostic on closing.json', () => tcerrDiagnostics(uri).length === 1);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor('its diagnostics to be cleared after close', () => tcerrDiagnostics(uri).length === 0, 20_000);
  });
});
