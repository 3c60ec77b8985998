import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, after, before, catalogTitle, closeAllEditors, describe, hoverTexts, it, openFixture, positionOf, rangeOf, tcerrDiagnostics, tcerrHover, waitFor } from './helpers';

/** Asserts the hover's first line is `**<code>**: <meaning>`, the meaning taken from the bundled catalog when it has the code. */
function assertMeaningLine(hover: string | undefined, code: string): void {
  assert.ok(hover, `a tcerr hover for ${code}`);
  const first = hover.split('\n')[0];
  const title = catalogTitle(code);
  if (title) assert.ok(first.startsWith(`**${code}**: ${title}`), `first line ${JSON.stringify(first)} is "**${code}**: ${title}"`);
  else assert.match(first, new RegExp(`^\\*\\*${code.replace(/\./g, '\\.')}\\*\\*: \\S`), `first line ${JSON.stringify(first)} names the code and a meaning`);
}

describe('hover', () => {
  before(async () => {
    await activeExtension();
  });
  after(closeAllEditors);

  it('explains a code in an SDK log line', async () => {
    const doc = await openFixture('sdk-errors.log');
    assertMeaningLine(tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'AuthFailure.SignatureExpire', 5))), 'AuthFailure.SignatureExpire');
  });

  it('explains a code in a pretty-printed JSON error response', async () => {
    const doc = await openFixture('error-response.json');
    assertMeaningLine(tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'InvalidParameterValue', 3))), 'InvalidParameterValue');
  });

  it('explains a code inside an escaped JSON string', async () => {
    const doc = await openFixture('escaped-body.log');
    assertMeaningLine(tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'RequestLimitExceeded', 4))), 'RequestLimitExceeded');
  });

  it('stays silent on another cloud\'s error', async () => {
    const doc = await openFixture('aws-error.log');
    const texts = await hoverTexts(doc.uri, positionOf(doc, 'UnauthorizedOperation', 4));
    assert.equal(tcerrHover(texts), undefined, `no tcerr hover, got ${JSON.stringify(texts)}`);
  });

  it('stays silent on ordinary log text', async () => {
    const doc = await openFixture('sdk-errors.log');
    assert.equal(tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'billing-sync started', 3))), undefined);
  });

  it('does not trust the hover Markdown (file text must not run commands)', async () => {
    const doc = await openFixture('sdk-errors.log');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'AuthFailure.SignatureExpire', 5));
    const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && 'isTrusted' in c && c.value.startsWith('**'));
    assert.ok(md, 'a Markdown hover');
    assert.ok(!md.isTrusted, 'hover Markdown is not trusted (file content must not run commands)');
  });

  it('finds an error past the 20,000th character of a long line, in the hover and in the Problems panel', async () => {
    const error = '[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=expired, RequestId=6a1c2e3f-0000-4bbb-8ccc-123456789abc';
    const doc = await vscode.workspace.openTextDocument({ language: 'log', content: `payload=${'x'.repeat(45_000)} ${error}\n` });
    await vscode.window.showTextDocument(doc);
    const hover = tcerrHover(await hoverTexts(doc.uri, positionOf(doc, 'AuthFailure.SignatureExpire', 5)));
    assertMeaningLine(hover, 'AuthFailure.SignatureExpire');
    const problem = await waitFor('a diagnostic on the code far along the line', () =>
      tcerrDiagnostics(doc.uri).find((d) => d.range.isEqual(rangeOf(doc, 'AuthFailure.SignatureExpire'))));
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
  });
});
