import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, after, before, closeAllEditors, describe, fixtureUri, hoverTexts, it, openFixture, positionOf, tcerrHover, waitFor } from './helpers';

const TEAM_SOURCE = 'tcerr team catalog';
const encode = (text: string) => new TextEncoder().encode(text);

describe('team catalog (.tcerr/catalog.json)', () => {
  const file = () => fixtureUri('.tcerr/catalog.json');

  before(async () => {
    await activeExtension();
  });
  after(async () => {
    await vscode.workspace.fs.delete(fixtureUri('.tcerr'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await closeAllEditors();
  });

  it('a team entry wins for its fields: title, runbook link and notes show in the hover', async () => {
    await vscode.workspace.fs.createDirectory(fixtureUri('.tcerr'));
    await vscode.workspace.fs.writeFile(
      file(),
      encode(JSON.stringify({ entries: [{ code: 'AuthFailure.SignatureExpire', title: 'Team: sync the build agents clock', notes: ['Agents drift after suspend.'], runbook: 'https://wiki.example.com/runbooks/clock' }] })),
    );
    const doc = await openFixture('sdk-errors.log');
    const hover = await waitFor('the team hover', async () => {
      const h = tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'AuthFailure.SignatureExpire', 5)));
      return h && h.includes('Team: sync the build agents clock') ? h : undefined;
    });
    assert.match(hover, /From your team catalog/);
    assert.match(hover, /Agents drift after suspend/);
    assert.match(hover, /\(https:\/\/wiki\.example\.com\/runbooks\/clock\)/);
  });

  it('a malformed team file gets its own diagnostics, and hovers keep working with the bundled text', async () => {
    await vscode.workspace.fs.writeFile(file(), encode('{ "entries": [ { "code": "AuthFailure.SignatureExpire", "runbook": "javascript:alert(1)" } ] }'));
    const diags = await waitFor('team catalog diagnostics', () => {
      const d = vscode.languages.getDiagnostics(file()).filter((x) => x.source === TEAM_SOURCE);
      return d.length > 0 ? d : undefined;
    });
    assert.ok(diags.some((d) => /https/.test(d.message)), JSON.stringify(diags.map((d) => d.message)));
    const doc = await openFixture('sdk-errors.log');
    const hover = await waitFor('the bundled hover again', async () => {
      const h = tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'AuthFailure.SignatureExpire', 5)));
      return h && !h.includes('Team: sync') ? h : undefined;
    });
    assert.ok(!hover.includes('javascript'), hover);

    await vscode.workspace.fs.writeFile(file(), encode('{ "entries": [ { "code": '));
    await waitFor('a syntax diagnostic', () => vscode.languages.getDiagnostics(file()).some((d) => d.source === TEAM_SOURCE && /JSON syntax/.test(d.message)));
    assert.ok(tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'AuthFailure.SignatureExpire', 5))), 'hovers survive a broken team file');
  });

  it('editing the file gets completion-backed validation from the contributed schema', async () => {
    const ext = vscode.extensions.getExtension('tcerr.tcerr');
    const validation = (ext?.packageJSON.contributes.jsonValidation ?? []) as { fileMatch: string[]; url: string }[];
    assert.ok(validation.some((v) => v.fileMatch.includes('**/.tcerr/catalog.json') && v.url.endsWith('team-catalog.schema.json')));
    const schema = vscode.Uri.joinPath(ext!.extensionUri, 'src', 'catalog', 'team-catalog.schema.json');
    assert.ok((await vscode.workspace.fs.stat(schema)).size > 0, 'the packaged extension carries the schema');
  });
});
