import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferProduct } from '../../src/engine/product';
import { productOfTerraformName } from '../../src/engine/product-terraform';
import { findingAt, scanText } from '../../src/engine/scan';

const GO = (code: string) => `[TencentCloudSDKError] Code=${code}, Message=m, RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6`;
const productOf = (text: string) => scanText(text).findings[0]?.product ?? null;

test('Node SDK paths name the product', () => {
  assert.equal(productOf(`    at CvmClient.request (/app/node_modules/tencentcloud-sdk-nodejs/tencentcloud/services/cvm/v20170312/cvm_client.js:42:5)\n${GO('InvalidParameter')}`), 'cvm');
  assert.equal(productOf(`import { Client } from "tencentcloud-sdk-nodejs-vpc"\n${GO('InvalidParameter')}`), 'vpc');
  assert.equal(productOf(`from "tencentcloud-sdk-nodejs-common"\n${GO('InvalidParameter')}`), null);
});

test('terraform resource names name the product through the hand-written prefix map', () => {
  assert.equal(productOf(`│ with tencentcloud_instance.web,\n│ Error: ${GO('ResourceInsufficient')}`), 'cvm');
  assert.equal(productOf(`tencentcloud_clb_listener.http: ${GO('InvalidParameter')}`), 'clb');
  assert.equal(productOf(`data.tencentcloud_mysql_instance.db: ${GO('InvalidParameter')}`), 'cdb');
  assert.equal(productOf(`tencentcloud_kubernetes_cluster.k: ${GO('InvalidParameter')}`), 'tke');
  assert.equal(productOfTerraformName('instances'), 'cvm');
  assert.equal(productOfTerraformName('instance_types'), 'cvm');
  assert.equal(productOfTerraformName('instancex'), null, 'a prefix only counts on a word boundary');
  assert.equal(productOfTerraformName('no_such_resource'), null);
});

test('an API action alone names no product; with the endpoint host the host decides', () => {
  assert.equal(productOf(`X-TC-Action: DescribeInstances\n${GO('InvalidParameter')}`), null);
  assert.equal(productOf(`{"Action": "DescribeInstances"}\n${GO('InvalidParameter')}`), null);
  assert.equal(productOf(`POST https://cdb.tencentcloudapi.com/ X-TC-Action: DescribeInstances\n${GO('InvalidParameter')}`), 'cdb');
});

test('the nearest hint before the finding wins, and the existing hints still work', () => {
  const text = `tencentcloud/cvm/v20170312 ...\ntccli clb DescribeListeners\n${GO('InvalidParameter')}`;
  assert.equal(inferProduct(text, { start: text.length - 10, end: text.length }), 'clb');
  assert.equal(productOf(`com.tencentcloudapi.emr.v20190103.EmrClient\n${GO('InvalidParameter')}`), 'emr');
});

test('tccli: the product after any options, and above its usage banner (shared case 017)', () => {
  assert.equal(productOf(`$ tccli --region ap-beijing cbs DescribeDisks --DiskIds '["disk-1"]'\n${GO('InvalidParameter')}`), 'cbs');
  assert.equal(productOf(`$ tccli --profile prod --debug cvm DescribeInstances\n${GO('InvalidParameter')}`), 'cvm');
  assert.equal(productOf(`$ mytccli cvm DescribeInstances\n${GO('InvalidParameter')}`), null, 'tccli must be a word of its own');
  const banner = ['usage: tccli [options] <command> <subcommand> [parameters]', 'To see help text, you can run:', '', '  tccli help', '  tccli <command> help', '  tccli <command> <subcommand> help', ''];
  const text = ['> tccli cdn PurgeUrlsCache --Urls \'["https://example.com/a"]\'', ...banner, '', GO('AuthFailure.SecretIdNotFound')].join('\n');
  assert.equal(productOf(text), 'cdn');
});

test('a Python traceback names the product in a frame many lines above the exception', () => {
  const frames = Array.from({ length: 6 }, (_, i) => `  File "/app/jobs/step${i}.py", line ${10 + i}, in run\n    do_step()`);
  const text = ['Traceback (most recent call last):', '  File "/venv/lib/python3.11/site-packages/tencentcloud/cvm/v20170312/cvm_client.py", line 1210, in DescribeInstances', '    raise TencentCloudSDKException(type, message, reqid)', ...frames,
    '[TencentCloudSDKException] code:InvalidParameter message:bad requestId:ed93f3cb-f35e-473f-b9f3-0d451b8b79c6'].join('\n');
  assert.equal(productOf(text), 'cvm');
});

test('Java: the product client in the stack frames under the exception, never past the next error', () => {
  const java = (code: string, product: string) => [
    `com.tencentcloudapi.common.exception.TencentCloudSDKException: [TencentCloudSDKException]code: ${code} message:bad requestId:ed93f3cb-f35e-473f-b9f3-0d451b8b79c6`,
    '\tat com.tencentcloudapi.common.AbstractClient.internalRequest(AbstractClient.java:381)',
    '\tat com.tencentcloudapi.common.AbstractClient.callWithRegionalEndpoint(AbstractClient.java:290)',
    `\tat com.tencentcloudapi.${product}.v20180525.Client.DescribeClusters(Client.java:1234)`,
  ];
  assert.equal(productOf(java('ResourceNotFound', 'tke').join('\n')), 'tke');
  const two = [...java('ResourceNotFound', 'tke').slice(0, 1), GO('InvalidParameter'), ...java('ResourceNotFound', 'tke').slice(1)].join('\n');
  assert.deepEqual(scanText(two).findings.map((f) => f.product), [null, 'tke'], 'the frames below the second error are its own');
});

test('the hover (findingAt) gives the product a full scan gives, even when the hint is far above the hovered line', () => {
  const filler = Array.from({ length: 12 }, (_, i) => `2024-01-01 10:00:${String(i).padStart(2, '0')} INFO step ${i}`);
  const text = ['POST https://cvm.tencentcloudapi.com/ X-TC-Action: RunInstances', ...filler, GO('ResourceInsufficient')].join('\n');
  const full = scanText(text).findings[0];
  assert.equal(full.product, 'cvm');
  assert.equal(findingAt(text, full.codeSpan!.start + 2)?.product, 'cvm');
});
