import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCosRequestId } from '../../src/engine/cos-evidence';
import { findingAt, scanText } from '../../src/engine/scan';

// Synthetic bodies in the two services' shapes. The COS id is base64 of "646b17e1_38b53a09_236c_1614fb9".
const COS_ID = 'NjQ2YjE3ZTFfMzhiNTNhMDlfMjM2Y18xNjE0ZmI5';
const cos = (extra = '', id = COS_ID) =>
  `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n  <Code>NoSuchKey</Code>\n  <Message>The key does not exist &amp; never did.</Message>\n  <Resource>examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.txt</Resource>\n  <RequestId>${id}</RequestId>\n${extra}</Error>`;
const S3 =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>a.txt</Key><RequestId>4442587FB7D0A2F9</RequestId><HostId>Zm9vYmFyYmF6cXV4</HostId></Error>';

test('a COS XML error body is a cos finding with code, message, RequestId and spans on the element texts', () => {
  const text = `2026-01-01 GET /a.txt 404\n${cos('  <TraceId>OGVmYzZiMmQ=</TraceId>\n')}`;
  const { findings } = scanText(text);
  assert.equal(findings.length, 1);
  const f = findings[0];
  assert.equal(f.format, 'cos-xml');
  assert.equal(f.product, 'cos');
  assert.equal(f.code, 'NoSuchKey');
  assert.equal(f.message, 'The key does not exist & never did.');
  assert.equal(f.requestId, COS_ID);
  assert.equal(text.slice(f.codeSpan!.start, f.codeSpan!.end), 'NoSuchKey');
  assert.equal(text.slice(f.requestIdSpan!.start, f.requestIdSpan!.end), COS_ID);
  assert.equal(text.slice(f.span.start, f.span.end).startsWith('<Error>'), true);
});

test('an AWS S3 XML error body is not a finding (HostId, 16-hex RequestId)', () => {
  assert.deepEqual(scanText(S3).findings, []);
  assert.deepEqual(scanText(`PUT https://b.s3.amazonaws.com/a\n${S3.replace('<HostId>Zm9vYmFyYmF6cXV4</HostId>', '')}`).findings, []);
});

test('each kind of COS evidence is enough on its own, and none is not', () => {
  const bare = (id: string, before = '') => `${before}<Error><Code>AccessDenied</Code><Message>no</Message><RequestId>${id}</RequestId></Error>`;
  assert.equal(scanText(bare(COS_ID)).findings.length, 1, 'COS-shaped RequestId');
  assert.equal(scanText(bare('abc-123', 'PUT https://b-125.cos.ap-beijing.myqcloud.com/x\n')).findings.length, 1, 'COS host before');
  assert.equal(scanText('<Error><Code>AccessDenied</Code><TraceId>x</TraceId></Error>').findings.length, 1, 'TraceId');
  assert.equal(scanText('<Error><Code>AccessDenied</Code><Message>no</Message><RequestId>abc-123</RequestId></Error>').findings.length, 0, 'no evidence');
  assert.equal(scanText(bare(COS_ID, 'GET https://x.oss-cn-hangzhou.aliyuncs.com/\n')).findings.length, 0, 'another cloud host wins');
});

test('COS RequestIds are recognised by what they decode to', () => {
  assert.ok(isCosRequestId(COS_ID));
  assert.ok(!isCosRequestId('4442587FB7D0A2F9'));
  assert.ok(!isCosRequestId('ed93f3cb-f35e-473f-b9f3-0d451b8b79c6'));
  assert.ok(!isCosRequestId('aGVsbG8gd29ybGQgaGVsbG8='), 'base64 of words, not hex');
});

test('the hover finds the COS error from the Code line of a pretty-printed body', () => {
  const text = cos();
  const at = text.indexOf('NoSuchKey') + 2;
  const f = findingAt(text, at);
  assert.equal(f?.code, 'NoSuchKey');
  assert.equal(f?.product, 'cos');
});

test('the XML detector never throws and stays linear on hostile input', () => {
  const inputs = [
    '<Error>'.repeat(50_000),
    '<Error>' + '<Code>'.repeat(20_000) + '</Error>',
    '<Error><Code>' + 'A'.repeat(100_000) + '</Code></Error>',
    `<Error>${' '.repeat(9000)}<Code>NoSuchKey</Code><RequestId>${COS_ID}</RequestId></Error>`,
    '</Error><Error>',
  ];
  for (const input of inputs) {
    const result = scanText(input);
    assert.ok(Array.isArray(result.findings));
  }
  // An element longer than the cap is not read at all.
  assert.equal(scanText(inputs[3]).findings.length, 0);
});
