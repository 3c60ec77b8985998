import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferProduct } from '../../src/engine/product';
import { productOfTerraformName } from '../../src/engine/product-terraform';
import { scanText } from '../../src/engine/scan';

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
