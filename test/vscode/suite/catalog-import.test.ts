import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, after, before, closeAllEditors, describe, hoverTexts, it, openFixture, positionOf, tcerrDiagnostics, tcerrHover, waitFor } from './helpers';

/** test/fixtures/sdk-import in the repository (the synthetic SDK lists), found by walking up from this file. */
function sdkFixtures(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'test', 'fixtures', 'sdk-import');
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error('test/fixtures/sdk-import not found above ' + __dirname);
}

interface Summary {
  products: number;
  codes: number;
  files: number;
}

describe('catalog: SDK import, COS XML, language', () => {
  before(async () => {
    await activeExtension();
  });
  after(async () => {
    await vscode.workspace.getConfiguration('tcerr').update('language', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('imports the SDK lists of a folder given to the command and reports a summary', async () => {
    const summary = await vscode.commands.executeCommand<Summary | undefined>('tcerr.importSdkCodes', [sdkFixtures()]);
    assert.ok(summary, 'the command returns a summary');
    assert.equal(summary.products, 4);
    assert.equal(summary.files, 5);
  });

  it('a hover on a code only the import knows shows the SDK description and says where it came from', async () => {
    const doc = await openFixture('sdk-import.log');
    const hover = await waitFor('an imported hover', async () => {
      const h = tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'InvalidInstanceId.NotFound', 4)));
      return h && h.includes('SDK sources') ? h : undefined;
    });
    assert.ok(hover.split('\n')[0].includes('实例编号找不到'), hover);
    assert.match(hover, /tencentcloud-sdk-go: cvm 2017-03-12/);
    assert.match(hover, /Product:\*\* cvm/);
  });

  it('a COS XML error body in an .xml file gets a hover and a diagnostic', async () => {
    const doc = await openFixture('cos-error.xml');
    const diags = await waitFor('a COS diagnostic', () => {
      const d = tcerrDiagnostics(doc.uri);
      return d.length > 0 ? d : undefined;
    });
    assert.equal(diags.length, 1);
    const hover = tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'NoSuchKey', 3)));
    assert.ok(hover?.startsWith('**NoSuchKey**'), hover);
    assert.match(hover!, /Product:\*\* cos/);
  });

  it('tcerr.language zh-CN makes hovers Chinese; en makes them English', async () => {
    const doc = await openFixture('sdk-errors.log');
    const at = positionOf(doc, 'AuthFailure.SignatureExpire', 5);
    await vscode.workspace.getConfiguration('tcerr').update('language', 'zh-CN', vscode.ConfigurationTarget.Global);
    const zh = await waitFor('a Chinese hover', async () => {
      const h = tcerrHover(await hoverTexts(doc.uri, at));
      return h && /原因/.test(h) ? h : undefined;
    });
    assert.match(zh.split('\n')[0], /[\u4e00-\u9fff]/);
    await vscode.workspace.getConfiguration('tcerr').update('language', 'en', vscode.ConfigurationTarget.Global);
    const en = await waitFor('an English hover', async () => {
      const h = tcerrHover(await hoverTexts(doc.uri, at));
      return h && /Why it happens/.test(h) ? h : undefined;
    });
    assert.doesNotMatch(en.split('\n')[0], /[\u4e00-\u9fff]/);
  });
});
