import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDecodeReport } from '../../src/engine/render-decode';
import type { ExplainFn } from '../../src/engine/render-explain';
import type { Explanation, Finding } from '../../src/engine/types';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    kind: 'error',
    code: 'InvalidParameter',
    message: 'Parameter `Limit` is invalid.',
    requestId: 'req-1',
    origin: 'server',
    format: 'json-envelope',
    span: { start: 0, end: 10 },
    codeSpan: null,
    messageSpan: null,
    requestIdSpan: null,
    product: 'cvm',
    ...over,
  };
}

const explain: ExplainFn = (code, { language }) =>
  ({
    code,
    matchedCode: code,
    source: 'catalog',
    detail: null,
    title: 'A request parameter is wrong',
    explanation: 'The API rejected a parameter value.',
    remediation: ['Check the parameter named in the message.'],
    retry: 'fix-first',
    category: 'parameter',
    origin: 'server',
    docs: 'https://cloud.tencent.com/document/api/213/15694',
    language,
  }) satisfies Explanation;

test('a text without errors says so plainly', () => {
  const md = renderDecodeReport({ unwrapped: 'hello world', findings: [] }, explain, 'en');
  assert.ok(md.split('\n').includes('No Tencent Cloud API error found in the given text.'));
  assert.match(md, /hello world/);
});

test('a success envelope is reported as such when there is no error', () => {
  const md = renderDecodeReport({ unwrapped: '{"Response":{"RequestId":"ok-1"}}', findings: [finding({ kind: 'success', code: null, message: null, requestId: 'ok-1' })] }, explain, 'en');
  assert.ok(md.includes('No Tencent Cloud API error found in the given text.'));
  assert.match(md, /Successful response/);
  assert.match(md, /ok\\-1/);
});

test('each error is explained: code, meaning, remediation, retry, message, RequestId, product, docs', () => {
  const md = renderDecodeReport({ unwrapped: '{"Response":{}}', findings: [finding(), finding({ code: 'LimitExceeded', requestId: 'req-2' })] }, explain, 'en');
  assert.match(md, /^Found 2 errors\.$/m);
  assert.match(md, /^## InvalidParameter$/m);
  assert.match(md, /^\*\*InvalidParameter\*\*: A request parameter is wrong$/m);
  assert.match(md, /^1\. Check the parameter named in the message\.$/m);
  assert.match(md, /\*\*Retry:\*\* Fix before retrying/);
  assert.match(md, /- \*\*Message:\*\* Parameter \\`Limit\\` is invalid\\\./);
  assert.match(md, /- \*\*RequestId:\*\* req\\-2/);
  assert.match(md, /- \*\*Product:\*\* cvm/);
  assert.match(md, /\[Documentation\]\(https:\/\/cloud\.tencent\.com\/document\/api\/213\/15694\)/);
  assert.ok(!md.includes('No Tencent Cloud API error found'));
});

test('the payload fence is longer than any backtick run in the payload', () => {
  const payload = 'before\n`````\nnot the end\n```\nafter';
  const md = renderDecodeReport({ unwrapped: payload, findings: [] }, explain, 'en');
  assert.ok(md.includes('``````text\n' + payload + '\n``````'));
});

test('a JSON payload is fenced as json', () => {
  const md = renderDecodeReport({ unwrapped: '{\n  "a": 1\n}', findings: [] }, explain, 'en');
  assert.ok(md.includes('```json\n{\n  "a": 1\n}\n```'));
});

test('a catalog that throws does not break the report', () => {
  const throwing: ExplainFn = () => {
    throw new Error('boom');
  };
  const md = renderDecodeReport({ unwrapped: 'x', findings: [finding()] }, throwing, 'en');
  assert.match(md, /^\*\*InvalidParameter\*\*: /m);
});

test('hostile text in a finding stays inert in the report', () => {
  const md = renderDecodeReport({ unwrapped: '', findings: [finding({ code: '# [x](command:evil)', message: '<img src=x> ![i](http://x)' })] }, explain, 'en');
  assert.ok(!md.includes('](command'));
  assert.ok(md.includes('\\<img src\\=x\\>'));
  assert.ok(!/(^|[^\\])</.test(md), 'no unescaped <');
  assert.ok(!/(^|[^\\])!\[/.test(md), 'no unescaped image');
  assert.match(md, /^## \\# \\\[x\\\]\\\(command\\:evil\\\)$/m);
});

test('zh-CN report', () => {
  const md = renderDecodeReport({ unwrapped: 'x', findings: [] }, explain, 'zh-CN');
  assert.match(md, /在给定文本中未找到腾讯云 API 错误。/);
});
