import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIssueReport, codeSpan } from '../../src/engine/issue-report';
import { inferAction } from '../../src/engine/action';
import { scanText } from '../../src/engine/scan';
import { bundledCatalog } from '../../src/engine/catalog';

const SECRET = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA';
const LOG = `2025-03-14T08:01:13Z ERROR cvm.DescribeInstances failed: [TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=signature of ${SECRET} expired, RequestId=4c1f6a1e-8d1b-4e0b-9b0e-2b5f1d9a7c01`;

test('an issue report of a Go SDK log line: code, meaning, message, RequestId, time, product, action, SDK; secret masked', () => {
  const [finding] = scanText(LOG).findings;
  const explanation = bundledCatalog().explain(finding.code!, { language: 'en', product: finding.product });
  const report = buildIssueReport({ finding, explanation, action: inferAction(LOG, finding.span), time: '2025-03-14T08:02:00.000Z', language: 'en' });
  assert.ok(!report.includes(SECRET), report);
  assert.ok(report.includes('AKID****hESA'), report);
  for (const line of [
    '- **Error code:** `AuthFailure.SignatureExpire`',
    `- **Meaning:** ${explanation.title}`,
    '- **RequestId:** `4c1f6a1e-8d1b-4e0b-9b0e-2b5f1d9a7c01`',
    '- **Reported at:** `2025-03-14T08:02:00.000Z`',
    '- **Action:** `DescribeInstances`',
    '- **Seen in:** Go SDK (go-sdk)',
    `- **Documentation:** ${explanation.docs}`,
  ]) assert.ok(report.includes(line), `has ${line}\n${report}`);
  assert.match(report, /- \*\*Message:\*\* `signature of AKID\*\*\*\*hESA expired`/);
});

test('file text cannot break out of its code span; missing values say so; Chinese labels', () => {
  const report = buildIssueReport({
    finding: { code: 'X`Y', message: 'a ``` b\n[link](http://evil)', requestId: null, product: null, format: 'node-sdk', origin: 'client' },
    explanation: null,
    time: '2025-01-01T00:00:00.000Z',
    language: 'zh-CN',
  });
  assert.ok(report.includes('**错误码:** ``X`Y``'), report);
  assert.ok(report.includes('````a ``` b [link](http://evil)````'), report);
  assert.ok(report.includes('- **RequestId:** （无）'), report);
  assert.ok(!report.includes('产品'), 'no product line when unknown');
  assert.equal(codeSpan('`a'), '`` `a ``');
});

test('the redactor given is used, and a throwing one falls back to the default masking', () => {
  const finding = { code: 'C', message: `m ${SECRET}`, requestId: null, product: null, format: 'go-sdk' as const, origin: 'server' as const };
  assert.ok(buildIssueReport({ finding, explanation: null, time: 't', language: 'en', redact: (t) => t.replace('m ', 'M ') }).includes('`M AKID'));
  const r = buildIssueReport({ finding, explanation: null, time: 't', language: 'en', redact: () => { throw new Error('x'); } });
  assert.ok(r.includes('AKID****hESA'), r);
});

test('inferAction: Action parameters, tccli, product.Action calls; not SDK class names; null when absent', () => {
  const at = (text: string) => inferAction(text, { start: text.indexOf('Code'), end: text.length });
  assert.equal(at('POST / Action=RunInstances\nCode=LimitExceeded'), 'RunInstances');
  assert.equal(at('{"Action": "DescribeZones"} Code'), 'DescribeZones');
  assert.equal(at('$ tccli cvm StopInstances --InstanceIds x\nCode'), 'StopInstances');
  assert.equal(at('sdk.TencentCloudSDKError Code'), null);
  assert.equal(at('nothing here Code'), null);
  assert.equal(at('Action=Far\n1\n2\n3\n4\nCode'), null, 'only a few lines back');
});
