// Bugs the hostile-input properties found, one test each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingAt, scanText } from '../../src/engine/scan';

test('a JSON envelope cut off inside its code string is not reported with an empty code range', () => {
  // Found by fast-check: the tolerant parser returned the unterminated "A" as the code, with a zero-width span.
  for (const text of ['{"Response":{"Error":{"Code":"A', '{"Response":{"Error":{"Code":"AuthFailure.Signature', '{"Response":{"RequestId":"abc-1234567']) {
    for (const f of scanText(text).findings) {
      if (f.codeSpan) assert.equal(text.slice(f.codeSpan.start, f.codeSpan.end), f.code, text);
      if (f.requestIdSpan) assert.equal(text.slice(f.requestIdSpan.start, f.requestIdSpan.end), f.requestId, text);
    }
  }
});

test('a complete envelope at the very end of a text is still found', () => {
  const text = 'log: {"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"m"},"RequestId":"e5f3a1b2-0000-4c1d-9a7e-123456789abc"}}';
  const [f] = scanText(text).findings;
  assert.equal(f.code, 'AuthFailure.SignatureExpire');
  assert.equal(f.message, 'm');
  assert.equal(findingAt(text, text.indexOf('Signature') + 1)?.code, 'AuthFailure.SignatureExpire');
});

test('a code spelled with JSON escapes is not taken at a range that is not the code', () => {
  const text = '{"Response":{"Error":{"Code":"\\u0041uthFailure","Message":"m"},"RequestId":"e5f3a1b2-0000-4c1d-9a7e-123456789abc"}}';
  for (const f of scanText(text).findings) {
    if (f.codeSpan) assert.equal(text.slice(f.codeSpan.start, f.codeSpan.end), f.code);
  }
});

// Found by the recheck analysis (test/unit/regex-safety.test.ts); each pattern was rewritten to a linear one.
import { inferAction } from '../../src/engine/action';

test('an Action value that is a long run of digits no longer backtracks exponentially', { timeout: 60_000 }, () => {
  const hostile = '"Action":"Bn' + '0'.repeat(60);
  assert.equal(inferAction(`${hostile}\nerror`, { start: hostile.length + 1, end: hostile.length + 6 }), null, 'unterminated: no action');
  const real = '"Action": "DescribeInstances"\n[TencentCloudSDKError] Code=AuthFailure.X';
  assert.equal(inferAction(real, { start: real.indexOf('[Tencent'), end: real.length }), 'DescribeInstances');
  const header = 'X-TC-Action: RunInstances\nerr';
  assert.equal(inferAction(header, { start: header.length - 3, end: header.length }), 'RunInstances');
});

test('a wrapped message still reads as one line, and a blank run in it costs linear time', { timeout: 60_000 }, () => {
  const wrapped = 'Error: [TencentCloudSDKError] Code=InvalidParameter, Message=the value  \n│ is wrong, RequestId=e5f3a1b2-0000-4c1d-9a7e-123456789abc';
  assert.equal(scanText(wrapped).findings[0]?.message, 'the value is wrong');
  const blanks = `[TencentCloudSDKError] Code=InvalidParameter, Message=a\r${'\t'.repeat(19_000)}\nb`;
  assert.equal(scanText(blanks).findings[0]?.code, 'InvalidParameter');
});

test('an SDK exception with an empty code after `code:` is still read, and blanks there cost linear time', { timeout: 60_000 }, () => {
  const empty = '[TencentCloudSDKException]code: message:connect timed out requestId:';
  const [f] = scanText(empty).findings;
  assert.equal(f.code, null);
  assert.equal(f.message, 'connect timed out');
  scanText(`[TencentCloudSDKException]code:${'\t'.repeat(19_000)}s`);
});

// Found by trying tcerr as a new user would: errors printed one after another on one line.
test('errors printed one after another on one line each keep their own message and RequestId', () => {
  const rid = (n: number) => `0000000${n}-1111-4222-8333-444444444444`;
  const lines: Array<[string, string[]]> = [
    [`RequestId=${rid(1)}, ErrorCode=InvalidParameter, ErrorMessage=first RequestId=${rid(2)}, ErrorCode=ResourceNotFound, ErrorMessage=second`, ['first', 'second']],
    [`Code=AuthFailure.SignatureExpire, Message=first, RequestId=${rid(1)}; Code=AuthFailure.SecretIdNotFound, Message=second, RequestId=${rid(2)}`, ['first', 'second']],
    [`Code: AuthFailure.SignatureExpire, Message: first, RequestId: ${rid(1)} Code: AuthFailure.SecretIdNotFound, Message: second, RequestId: ${rid(2)}`, ['first', 'second']],
    ['TencentCloudSDKHttpException [Error]: first TencentCloudSDKHttpException [Error]: second', ['first', 'second']],
  ];
  for (const [text, messages] of lines) {
    const found = scanText(text).findings;
    assert.deepEqual(found.map((f) => f.message), messages, text);
    if (text.includes('RequestId')) assert.deepEqual(found.map((f) => f.requestId), [rid(1), rid(2)], text);
  }
});

test('long lines full of SDK error look-alikes cost linear time, not minutes', { timeout: 30_000 }, () => {
  // Each match used to walk to the end of its 20,000-character line (and test the whole line for other clouds'
  // names): 40 such lines took 25 s; these 100 lines now take a fraction of a second.
  const cosAndRepr = ["'requestid': 'x', ", ': 404 X(Message: ', '(Status Code: 404; Error Code: X; ', "TencentCloudSDKException('A', '"];
  for (const piece of ['Code: X, Message: ', 'Code=X, Message=', 'RequestId=, ErrorCode=A, ErrorMessage=m ', 'TencentCloudSDKHttpException [Error]: x ', ...cosAndRepr]) {
    const line = piece.repeat(Math.ceil(19_990 / piece.length)).slice(0, 19_990);
    const { findings } = scanText(`${line}\n`.repeat(100));
    for (const f of findings) assert.ok(f.message === null || f.message.length < piece.length, `${piece}: message ${f.message?.slice(0, 80)}`);
  }
});

test('a code token longer than any real code is not reported as a code, however the error is printed', () => {
  // Found in review: `Code=AAAA…` with a million characters came back as a million-character code.
  const R = 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6';
  for (const length of [129, 5_000, 1_000_000]) {
    const long = 'A'.repeat(length);
    const texts = [
      `[TencentCloudSDKError] Code=${long}, Message=x, RequestId=${R}`,
      `Code=${long}, Message=x, RequestId=${R}`,
      `RequestId=${R}, ErrorCode=${long}, ErrorMessage=x`,
      `[TencentCloudSDKException] code:${long} message:x requestId:${R}`,
    ];
    for (const text of texts) {
      const codes = scanText(text).findings.map((f) => f.code);
      assert.deepEqual(codes.filter((c) => c !== null && c.length > 128), [], `${text.slice(0, 40)}… (${length})`);
    }
  }
  // A long but plausible code is still one.
  const dotted = `InvalidParameterValue.${'B'.repeat(100)}`;
  assert.equal(scanText(`[TencentCloudSDKError] Code=${dotted}, Message=x, RequestId=${R}`).findings[0]?.code, dotted);
});
