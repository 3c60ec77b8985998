import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUNDLED_FILES, bundledCatalog } from '../../src/engine/catalog';
import { isClientCode } from '../../src/engine/patterns';
import { scanText } from '../../src/engine/scan';
import type { CatalogEntry } from '../../src/engine/types';

const catalog = bundledCatalog();

test('every SDK-side code of the catalog is reported with origin client when found in text', () => {
  for (const e of BUNDLED_FILES['client.json']?.entries as CatalogEntry[]) assert.ok(isClientCode(e.code), e.code);
});

test('C++ SDK network codes are explained as client-side and found with origin client', () => {
  const cases: [string, string][] = [
    ['NetworkError', 'RequestId=, ErrorCode=NetworkError, ErrorMessage=Could not resolve host: cvm.tencentcloudapi.com'],
    ['ServiceNetworkError', 'RequestId=, ErrorCode=ServiceNetworkError, ErrorMessage=status=502, <html>Bad Gateway</html>'],
    ['CurlError', 'RequestId=, ErrorCode=CurlError, ErrorMessage=Operation timed out after 60000 milliseconds'],
  ];
  for (const [code, line] of cases) {
    const [finding] = scanText(`ERROR ${line}\n`).findings;
    assert.equal(finding?.code, code, line);
    assert.equal(finding.origin, 'client', code);
    const e = catalog.explain(code, { language: 'en' });
    assert.equal(e.source, 'catalog', code);
    assert.equal(e.origin, 'client', code);
    assert.equal(e.retry, 'retry-backoff', code);
    assert.match(catalog.explain(code, { language: 'zh-CN' }).title, /C\+\+ SDK/);
  }
});

test('Java ServerSideError (a non-200 HTTP status) is a client-side code that is worth retrying', () => {
  const text = '[TencentCloudSDKException]code: ServerSideError message:response code is 502, not 200 requestId:null';
  const [finding] = scanText(text).findings;
  assert.equal(finding?.code, 'ServerSideError');
  assert.equal(finding.origin, 'client');
  const e = catalog.explain('ServerSideError', { language: 'en' });
  assert.equal(e.source, 'catalog');
  assert.match(e.title, /HTTP status other than 200/);
  assert.equal(e.retry, 'retry-backoff');
});
