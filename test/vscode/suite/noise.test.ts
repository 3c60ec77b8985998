import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, after, afterEach, before, closeAllEditors, describe, hoverTexts, it, openFixture, positionOf, rangeOf, tcerrDiagnostics, tcerrHover, waitFor } from './helpers';

const KEYS = ['tcerr.diagnostics.severity', 'tcerr.diagnostics.trigger', 'tcerr.exclude.codes', 'tcerr.exclude.files'];

async function set(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(key, value, vscode.ConfigurationTarget.Global);
}

function severityOf(uri: vscode.Uri, code: string): vscode.DiagnosticSeverity | undefined {
  return tcerrDiagnostics(uri).find((d) => d.message.startsWith(code))?.severity;
}

describe('noise control', () => {
  before(async () => {
    await activeExtension();
  });
  afterEach(async () => {
    for (const key of KEYS) await set(key, undefined);
  });
  after(closeAllEditors);

  it('tcerr.diagnostics.severity: a category and a code pattern change levels; off hides', async () => {
    const doc = await openFixture('sdk-errors.log');
    await waitFor('3 diagnostics', () => tcerrDiagnostics(doc.uri).length === 3);
    await set('tcerr.diagnostics.severity', { auth: 'hint', 'ClientNetwork*': 'information', ResourceNotFound: 'off' });
    await waitFor('new severities', () => tcerrDiagnostics(doc.uri).length === 2 && severityOf(doc.uri, 'AuthFailure.SignatureExpire') === vscode.DiagnosticSeverity.Hint);
    assert.equal(severityOf(doc.uri, 'ClientNetworkError'), vscode.DiagnosticSeverity.Information);
    assert.equal(tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'ResourceNotFound', 3))), undefined, 'an `off` code has no hover either');
  });

  it('tcerr.exclude.codes and tcerr.exclude.files silence diagnostics and hovers', async () => {
    const doc = await openFixture('sdk-errors.log');
    await waitFor('3 diagnostics', () => tcerrDiagnostics(doc.uri).length === 3);
    await set('tcerr.exclude.codes', ['AuthFailure.*']);
    await waitFor('2 diagnostics', () => tcerrDiagnostics(doc.uri).length === 2);
    assert.equal(tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'AuthFailure.SignatureExpire', 5))), undefined);
    await set('tcerr.exclude.files', ['sdk-*.log']);
    await waitFor('no diagnostics in an excluded file', () => tcerrDiagnostics(doc.uri).length === 0);
    assert.equal(tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'ResourceNotFound', 3))), undefined);
    const other = await openFixture('error-response.json');
    await waitFor('other files still report', () => tcerrDiagnostics(other.uri).length === 1);
  });

  it('trigger onOpenAndSave: an edit changes nothing until the save', async () => {
    await set('tcerr.diagnostics.trigger', 'onOpenAndSave');
    const doc = await openFixture('sdk-errors.log');
    await waitFor('3 diagnostics', () => tcerrDiagnostics(doc.uri).length === 3);
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.lineAt(rangeOf(doc, 'ResourceNotFound').start.line);
    assert.ok(await editor.edit((e) => e.delete(line.rangeIncludingLineBreak)));
    // Three times the typing debounce: long enough for an `onType` rescan to have happened.
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(tcerrDiagnostics(doc.uri).length, 3, 'not rescanned while typing');
    await doc.save();
    await waitFor('2 diagnostics after the save', () => tcerrDiagnostics(doc.uri).length === 2);
    assert.ok(await editor.edit((e) => e.insert(line.range.start, line.text + '\n')));
    await doc.save();
    await waitFor('3 diagnostics again', () => tcerrDiagnostics(doc.uri).length === 3);
  });

  it('trigger off: no diagnostics, hovers still explain', async () => {
    const doc = await openFixture('sdk-errors.log');
    await waitFor('3 diagnostics', () => tcerrDiagnostics(doc.uri).length === 3);
    await set('tcerr.diagnostics.trigger', 'off');
    await waitFor('no diagnostics', () => tcerrDiagnostics(doc.uri).length === 0);
    assert.ok(tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'AuthFailure.SignatureExpire', 5))));
  });
});
