import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryIo } from '../../src/cli/memory-io';
import { run } from '../../src/cli/run';
import { bundledCatalog } from '../../src/engine/catalog';
import { layeredCatalog } from '../../src/engine/catalog-layers';
import { renderDecodeReport } from '../../src/engine/render-decode';
import { renderHover } from '../../src/engine/render-hover';
import { renderToolText } from '../../src/engine/render-tool';
import type { ImportedCode } from '../../src/engine/sdk-import';
import type { Finding } from '../../src/engine/types';

// Codes are product-scoped: EMR's meaning of ResourceNotFound.InstanceNotFound ("the EMR cluster was not found")
// must not explain the same code in a CVM log that names no product.
const CODE = 'ResourceNotFound.InstanceNotFound';
const GO_LINE = `[TencentCloudSDKError] Code=${CODE}, Message=The instance \`ins-7x2k9q1m\` does not exist., RequestId=e4a7c3d1-6b2f-4c85-8d90-3f1e2a4b5c6d`;
const catalog = bundledCatalog();

function finding(product: string | null): Finding {
  return {
    kind: 'error', code: CODE, message: 'gone', requestId: null, origin: 'server', format: 'go-sdk',
    span: { start: 0, end: 1 }, codeSpan: null, messageSpan: null, requestIdSpan: null, product,
  };
}

test('with no product known, a code only products define gets the family meaning and names those products', () => {
  const en = catalog.explain(CODE, { language: 'en' });
  assert.equal(en.source, 'fallback');
  assert.equal(en.matchedCode, 'ResourceNotFound');
  assert.equal(en.detail, 'instance not found');
  assert.doesNotMatch(`${en.title} ${en.explanation} ${en.remediation.join(' ')}`, /EMR|cluster/i);
  assert.doesNotMatch(en.docs, /589|1026/, 'not the EMR docs');
  assert.deepEqual(en.definedBy, ['emr']);
  assert.equal(catalog.lookup(CODE), null);
});

test('with a known product, that product\'s entry wins; another product gets the family without the list', () => {
  const emr = catalog.explain(CODE, { language: 'en', product: 'emr' });
  assert.equal(emr.source, 'catalog');
  assert.match(emr.title, /EMR|cluster/i);
  assert.equal(emr.definedBy, undefined);
  const cvm = catalog.explain(CODE, { language: 'en', product: 'cvm' });
  assert.equal(cvm.matchedCode, 'ResourceNotFound');
  assert.equal(cvm.definedBy, undefined);
  // A common code that EMR also defines stays the common entry without a product, and needs no list.
  assert.equal(catalog.explain('InternalError', { language: 'en' }).source, 'catalog');
  assert.equal(catalog.explain('InternalError', { language: 'en' }).definedBy, undefined);
});

test('the hover, decode report and tool text say which products define the code, in both languages', () => {
  const en = renderHover(finding(null), catalog.explain(CODE, { language: 'en' }), 'en');
  assert.match(en, /^\*Products that give this code a meaning of their own: emr\.\*$/m);
  assert.match(en, /does not say which product returned this code/);
  assert.doesNotMatch(en, /not in the tcerr catalog/, 'the code is in the catalog, for EMR');
  const zh = renderHover(finding(null), catalog.explain(CODE, { language: 'zh-CN' }), 'zh-CN');
  assert.match(zh, /^\*对这个错误码有专门含义的产品：emr。\*$/m);
  assert.match(zh, /看不出是哪个产品/);
  // The line comes after the meaning sections, before this occurrence's message.
  assert.ok(en.indexOf('Products that give') > en.indexOf('**Retry:**'));
  assert.ok(en.indexOf('Products that give') < en.indexOf('**Message:**'));
  const report = renderDecodeReport({ unwrapped: '', findings: [finding(null)] }, (c, o) => catalog.explain(c, o), 'en');
  assert.match(report, /meaning of their own: emr/);
  assert.match(renderToolText(CODE, null, catalog.explain(CODE, { language: 'en' }), 'en'), /meaning of their own: emr\./);
  // With the product known there is no such line.
  assert.doesNotMatch(renderHover(finding('emr'), catalog.explain(CODE, { language: 'en', product: 'emr' }), 'en'), /meaning of their own/);
  assert.doesNotMatch(renderHover(finding('cvm'), catalog.explain(CODE, { language: 'en', product: 'cvm' }), 'en'), /meaning of their own/);
});

test('imported SDK lists answer only for the product in the context, and add to the list of products', () => {
  const imp = (product: string, description: string): ImportedCode =>
    ({ code: CODE, product, version: '2017-03-12', description, language: 'en', sdk: 'go' });
  const others = ['cbs', 'cdb', 'clb', 'redis', 'tke', 'vpc', 'mongodb', 'postgres'].map((p) => imp(p, `${p} wording`));
  const layered = layeredCatalog(catalog, { imported: [imp('cvm', 'Test: no such CVM instance'), ...others] });
  const none = layered.explain(CODE, { language: 'en' });
  assert.equal(none.source, 'fallback');
  assert.equal(none.matchedCode, 'ResourceNotFound');
  assert.deepEqual(none.definedBy, ['cbs', 'cdb', 'clb', 'cvm', 'emr', 'mongodb', 'postgres', 'redis', 'tke', 'vpc']);
  assert.equal(layered.explain(CODE, { language: 'en', product: 'cvm' }).title, 'Test: no such CVM instance');
  // Ten products: eight by name, the rest counted.
  const md = renderHover(finding(null), none, 'en');
  assert.match(md, /meaning of their own: cbs, cdb, clb, cvm, emr, mongodb, postgres, redis and 2 more\./);
});

test('tcerr scan --json and decode name the defining products when the log names none', async () => {
  const scan = memoryIo({ stdin: [`2026/11/30 09:14:09 ERROR terminate: ${GO_LINE}\n`] });
  assert.equal(await run(['scan', '--json', '-'], scan), 1);
  const [f] = JSON.parse(scan.stdout.text).files[0].findings;
  assert.equal(f.product, null);
  assert.deepEqual(f.definedBy, ['emr']);
  assert.doesNotMatch(f.title, /EMR|cluster/i);
  assert.match(f.title, /\(instance not found\)$/);

  const withProduct = memoryIo({ stdin: [`POST https://emr.tencentcloudapi.com/\n${GO_LINE}\n`] });
  assert.equal(await run(['scan', '--json', '-'], withProduct), 1);
  const [g] = JSON.parse(withProduct.stdout.text).files[0].findings;
  assert.equal(g.product, 'emr');
  assert.deepEqual(g.definedBy, []);
  assert.equal(g.source, 'catalog');

  const decode = memoryIo({ stdin: [GO_LINE] });
  assert.equal(await run(['decode', '--lang', 'zh-CN'], decode), 0);
  assert.match(decode.stdout.text, /^  对这个错误码有专门含义的产品：emr。$/m);
});
