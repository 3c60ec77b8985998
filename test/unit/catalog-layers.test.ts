import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCatalog } from '../../src/engine/catalog';
import { layeredCatalog } from '../../src/engine/catalog-layers';
import { productDocs } from '../../src/engine/product-docs';
import { renderHover } from '../../src/engine/render-hover';
import type { ImportedCode } from '../../src/engine/sdk-import';
import { parseTeamCatalog } from '../../src/engine/team-catalog';
import type { Finding } from '../../src/engine/types';

const bundled = bundledCatalog();
const imp = (code: string, product: string, description: string, language: 'en' | 'zh-CN', version = '2017-03-12'): ImportedCode =>
  ({ code, product, version, description, language, sdk: 'go' });
const IMPORTED: ImportedCode[] = [
  imp('InvalidInstanceId.NotFound', 'cvm', '实例编号找不到（测试）', 'zh-CN'),
  imp('InvalidInstanceId.NotFound', 'cvm', 'Test: no such instance id', 'en'),
  imp('UnsupportedOperation.TextTooLong', 'tmt', 'Test: the text is too long', 'en', '2018-03-21'),
  // The bundled catalog has this common code: its text must win.
  imp('InvalidParameterValue', 'cvm', 'SDK wording that must not replace ours', 'en'),
  // Also an EMR code the bundled catalog defines for emr.
  imp(bundled.entries().find((e) => e.product === 'emr')!.code, 'emr', 'SDK wording for an EMR code', 'en', '2019-01-03'),
];
const TEAM = parseTeamCatalog(readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'team-catalog', 'catalog.json'), 'utf8'), '.tcerr/catalog.json');

test('without layers the layered catalog is the bundled catalog', () => {
  assert.equal(layeredCatalog(bundled), bundled);
  assert.equal(layeredCatalog(bundled, { imported: [], team: [] }), bundled);
});

test('imported codes fill the gaps: the SDK description is the title, the family gives why/what/retry', () => {
  const catalog = layeredCatalog(bundled, { imported: IMPORTED });
  const e = catalog.explain('InvalidInstanceId.NotFound', { language: 'en', product: 'cvm' });
  assert.equal(e.source, 'sdk-import');
  assert.equal(e.title, 'Test: no such instance id');
  assert.equal(e.provenance, 'tencentcloud-sdk-go: cvm 2017-03-12');
  assert.ok(e.remediation.length > 0);
  assert.equal(e.docs, 'https://www.tencentcloud.com/document/product/213');
  const zh = catalog.explain('InvalidInstanceId.NotFound', { language: 'zh-CN', product: 'cvm' });
  assert.equal(zh.title, '实例编号找不到（测试）');
  assert.equal(zh.docs, 'https://cloud.tencent.com/api/error-center?product=cvm');
  // Only an English line exists for tmt: a Chinese reader still gets it rather than nothing.
  assert.equal(catalog.explain('UnsupportedOperation.TextTooLong', { language: 'zh-CN', product: 'tmt' }).title, 'Test: the text is too long');
  // Another product's list does not answer for cvm.
  assert.equal(catalog.explain('UnsupportedOperation.TextTooLong', { language: 'en', product: 'cvm' }).source, 'fallback');
  assert.deepEqual(catalog.productsDefining('InvalidInstanceId.NotFound'), ['cvm']);
});

test('bundled text wins wherever both exist', () => {
  const catalog = layeredCatalog(bundled, { imported: IMPORTED });
  const common = catalog.explain('InvalidParameterValue', { language: 'en', product: 'cvm' });
  assert.equal(common.source, 'catalog');
  assert.equal(common.title, bundled.explain('InvalidParameterValue', { language: 'en' }).title);
  const emrCode = IMPORTED[4].code;
  const emr = catalog.explain(emrCode, { language: 'en', product: 'emr' });
  assert.equal(emr.source, 'catalog');
  assert.notEqual(emr.title, 'SDK wording for an EMR code');
});

test('the newest API version of a product wins among imported lists', () => {
  const catalog = layeredCatalog(bundled, {
    imported: [imp('ResourceNotFound.Listener', 'clb', 'old wording', 'en', '2018-03-17'), imp('ResourceNotFound.Listener', 'clb', 'new wording', 'en', '2023-04-17')],
  });
  assert.equal(catalog.explain('ResourceNotFound.Listener', { language: 'en', product: 'clb' }).title, 'new wording');
});

test('team entries win for the fields they set, in the reader\'s language', () => {
  assert.deepEqual(TEAM.problems, []);
  const catalog = layeredCatalog(bundled, { imported: IMPORTED, team: TEAM.entries });
  const cvm = catalog.explain('ResourceNotFound.InstanceNotFound', { language: 'zh-CN', product: 'cvm' });
  assert.equal(cvm.source, 'team');
  assert.equal(cvm.title, '实例已被夜间清理任务回收');
  assert.equal(cvm.provenance, '.tcerr/catalog.json');
  assert.equal(cvm.runbook, 'https://wiki.example.com/runbooks/cvm-instance-gone');
  assert.deepEqual(cvm.notes, ['Check the cleanup job log before opening a ticket.']);
  // Product-scoped team entry: another product keeps the bundled family text.
  assert.notEqual(catalog.explain('ResourceNotFound.InstanceNotFound', { language: 'en', product: 'cdb' }).source, 'team');
  // Notes and a runbook only: the bundled text and its source stay.
  const limit = catalog.explain('RequestLimitExceeded', { language: 'en' });
  assert.equal(limit.source, 'catalog');
  assert.equal(limit.title, bundled.explain('RequestLimitExceeded', { language: 'en' }).title);
  assert.deepEqual(limit.notes, ['Our gateway retries 3 times already.']);
  assert.equal(limit.runbook, 'https://wiki.example.com/runbooks/rate-limits');
});

test('a family explanation with a known product links to that product\'s error-code page', () => {
  const e = bundled.explain('InvalidParameterValue.SomethingNew', { language: 'zh-CN', product: 'clb' });
  assert.equal(e.source, 'fallback');
  assert.equal(e.docs, 'https://cloud.tencent.com/api/error-center?product=clb');
  assert.equal(bundled.explain('Totally.Unknown', { language: 'en', product: 'cos' }).docs, 'https://www.tencentcloud.com/document/product/436/7730');
  // An unknown product keeps the generic page; exact bundled entries keep their own link.
  assert.equal(bundled.explain('InvalidParameterValue.SomethingNew', { language: 'en', product: 'nosuch' }).docs, bundled.explain('InvalidParameterValue.SomethingNew', { language: 'en' }).docs);
  assert.equal(bundled.explain('AuthFailure.SignatureExpire', { language: 'en', product: 'cvm' }).docs, bundled.explain('AuthFailure.SignatureExpire', { language: 'en' }).docs);
  assert.equal(productDocs('cvm', 'en'), 'https://www.tencentcloud.com/document/product/213');
  assert.equal(productDocs('cdb', 'en'), null, 'no checked international id: no guess');
});

test('the hover says where imported and team text came from, and escapes it as file data', () => {
  const catalog = layeredCatalog(bundled, {
    imported: [imp('FailedOperation.NoFreeAmount', 'tmt', 'Test: <b>markup</b> and [a link](javascript:alert(1))', 'en')],
    team: TEAM.entries,
  });
  const finding: Finding = {
    kind: 'error', code: 'FailedOperation.NoFreeAmount', message: null, requestId: null, origin: 'server', format: 'go-sdk',
    span: { start: 0, end: 1 }, codeSpan: null, messageSpan: null, requestIdSpan: null, product: 'tmt',
  };
  const md = renderHover(finding, catalog.explain(finding.code!, { language: 'en', product: 'tmt' }), 'en');
  assert.match(md, /official error list imported from your SDK sources: tencentcloud\\-sdk\\-go\\: tmt 2017\\-03\\-12/);
  assert.ok(!md.includes('<b>'), md);
  assert.ok(!md.includes('](javascript'), md);
  const teamMd = renderHover({ ...finding, code: 'ResourceNotFound.InstanceNotFound', product: 'cvm' }, catalog.explain('ResourceNotFound.InstanceNotFound', { language: 'en', product: 'cvm' }), 'en');
  assert.match(teamMd, /From your team catalog: \\.tcerr\\\/catalog\\.json/);
  assert.match(teamMd, /\[Team runbook\]\(https:\/\/wiki\.example\.com\/runbooks\/cvm-instance-gone\)/);
  assert.match(teamMd, /Team notes/);
});
