import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countBySeverity, groupFindings, statusBarText } from '../../src/engine/finding-groups';
import { commandLink, commandUri } from '../../src/engine/command-link';
import { renderAnnotation } from '../../src/engine/render-annotation';
import { renderToolText } from '../../src/engine/render-tool';
import { lineIndex } from '../../src/engine/line-index';
import { bundledCatalog } from '../../src/engine/catalog';
import type { Severity } from '../../src/engine/types';

const item = (code: string | null, requestId: string | null, severity: Severity, product: string | null = null) => ({ finding: { code, requestId, product }, severity });

test('grouping by code: loudest then most frequent first, products collected, code-less last', () => {
  const groups = groupFindings(
    [item('B', 'r1', 'warning'), item('A', 'r1', 'error', 'cvm'), item('B', 'r2', 'warning'), item(null, null, 'error'), item('A', 'r3', 'error', 'cbs'), item('C', null, 'error')],
    'code',
  );
  assert.deepEqual(groups.map((g) => [g.key, g.items.length, g.severity]), [['A', 2, 'error'], ['C', 1, 'error'], ['B', 2, 'warning'], [null, 1, 'error']]);
  assert.deepEqual(groups[0].products, ['cbs', 'cvm']);
});

test('grouping by RequestId puts every code of one request together; "None" is no RequestId', () => {
  const groups = groupFindings([item('A', 'r1', 'error'), item('B', 'r1', 'warning'), item('C', 'None', 'warning')], 'requestId');
  assert.deepEqual(groups.map((g) => [g.key, g.items.map((i) => i.finding.code)]), [['r1', ['A', 'B']], [null, ['C']]]);
});

test('status bar text: errors first, zero kinds left out, empty when nothing', () => {
  assert.equal(statusBarText(countBySeverity([item('A', null, 'warning'), item('B', null, 'error'), item('C', null, 'error'), item('D', null, 'error')])), '$(error) 3 $(warning) 1 tcerr');
  assert.equal(statusBarText(countBySeverity([item('A', null, 'hint'), item('A', null, 'information')])), '$(info) 2 tcerr');
  assert.equal(statusBarText(countBySeverity([])), '');
});

test('command links: arguments survive as JSON and cannot end the link', () => {
  const args = [{ uri: 'file:///a b/c).log', offset: 3, evil: '](command:workbench.action.terminal.new)' }];
  const uri = commandUri('tcerr.copyCode', args);
  assert.ok(!/[\s()[\]]/.test(uri), uri);
  assert.deepEqual(JSON.parse(decodeURIComponent(uri.slice('command:tcerr.copyCode?'.length))), args);
  const link = commandLink('Copy [code]', 'tcerr.copyCode', args, 'Copy "it"');
  assert.match(link, /^\[Copy \\\[code\\\]\]\(command:tcerr\.copyCode\?[^\s()]+ "Copy \\"it\\""\)$/);
});

test('annotation: the code and its meaning on one line, cut to 120 characters', () => {
  const explanation = bundledCatalog().explain('AuthFailure.SignatureExpire', { language: 'en' });
  assert.equal(renderAnnotation({ code: 'AuthFailure.SignatureExpire' }, explanation, 'en'), `AuthFailure.SignatureExpire: ${explanation.title}`);
  assert.ok(renderAnnotation({ code: 'X'.repeat(500) }, explanation, 'en').length <= 120);
  assert.equal(renderAnnotation({ code: 'a\nb' }, null, 'en'), 'a b');
});

test('LM tool text: meaning, why, steps, retry, docs; in Chinese when asked', () => {
  const catalog = bundledCatalog();
  const en = renderToolText('AuthFailure.SignatureExpire', 'expired', catalog.explain('AuthFailure.SignatureExpire', { language: 'en' }), 'en');
  assert.match(en, /^AuthFailure\.SignatureExpire: \S/);
  assert.match(en, /\nWhat to do:\n1\. /);
  assert.match(en, /\nMessage: expired\n/);
  assert.match(en, /\nDocumentation: https:\/\//);
  const zh = renderToolText('AuthFailure.SignatureExpire', null, catalog.explain('AuthFailure.SignatureExpire', { language: 'zh-CN' }), 'zh-CN');
  assert.match(zh, /处理办法/);
});

test('line index: \\n, \\r\\n and lone \\r end lines; offsets clamp', () => {
  const at = lineIndex('a\r\nbc\rd\ne');
  assert.deepEqual(at(0), { line: 0, character: 0 });
  assert.deepEqual(at(4), { line: 1, character: 1 });
  assert.deepEqual(at(6), { line: 2, character: 0 });
  assert.deepEqual(at(8), { line: 3, character: 0 });
  assert.deepEqual(at(99), { line: 3, character: 1 });
});
