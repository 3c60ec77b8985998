// Big and malformed inputs, once each: they must return (no exception, no hang) with sane results.
// The per-test timeout is a hang guard only, far above any expected time; speed is measured by `npm run bench`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../src/engine/decode';
import { capLongLines } from '../../src/engine/long-lines';
import { DEFAULT_MAX_FINDINGS, DEFAULT_MAX_LINE_LENGTH, findingAt, scanText } from '../../src/engine/scan';
import { assertScanInvariants, covers } from './helpers/hostile';

const HANG_GUARD = { timeout: 120_000 };
const MB = 1024 * 1024;
const GO = '[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=expired, RequestId=e5f3a1b2-0000-4c1d-9a7e-123456789abc';
const ENVELOPE = '{"Response":{"Error":{"Code":"InvalidParameter.Foo","Message":"bad"},"RequestId":"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"}}';

function scanAndCheck(text: string) {
  const result = scanText(text);
  assertScanInvariants(text, result);
  return result;
}

test('a 10 MB single line of look-alikes returns; an error at its start is still found', HANG_GUARD, () => {
  const text = GO + ' ' + 'Code=AuthFailure.Foo, Message=x '.repeat(Math.ceil((10 * MB) / 32));
  const result = scanAndCheck(text);
  assert.equal(result.findings[0]?.code, 'AuthFailure.SignatureExpire');
  // The hover still answers deep inside the line (it looks at a small window).
  const deep = text.indexOf('AuthFailure.Foo', 8 * MB) + 3;
  const hit = findingAt(text, deep);
  if (hit) assert.ok(covers(hit, deep));
});

test('a 10 MB line of random-looking text returns no findings', HANG_GUARD, () => {
  let text = '';
  const chunk = Array.from({ length: 4096 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('');
  while (text.length < 10 * MB) text += chunk;
  scanAndCheck(text);
});

test('JSON nested 100,000 deep, and unbalanced braces and quotes, return', HANG_GUARD, () => {
  const deep = '{"Response":'.repeat(100_000) + '{"Error":{"Code":"AuthFailure","Message":"m"},"RequestId":"r-12345678"}' + '}'.repeat(100_000);
  scanAndCheck(deep);
  decodeText(deep);
  const arrays = '['.repeat(100_000) + ']'.repeat(100_000);
  scanAndCheck(arrays);
  assert.equal(decodeText(arrays).findings.length, 0);
  for (const text of ['{'.repeat(200_000), '}'.repeat(200_000), '"'.repeat(200_000), '{"Response":{"Error":{"Code":"AuthFailure'.repeat(20_000), '\\"'.repeat(200_000)]) {
    scanAndCheck(text);
    decodeText(text);
  }
});

test('lone surrogates, NUL bytes, a BOM, CR-only and mixed line endings', () => {
  const variants = [
    `\ufeff${GO}`,
    `\ud800${GO}\udc00`,
    `${GO.slice(0, 60)}\u0000${GO.slice(60)}`,
    `noise\r${GO}\rnoise\r`,
    `a\r\n${GO}\n\rb\r${ENVELOPE}\r\n`,
    '\u0000'.repeat(100_000) + '\n' + GO,
    '\ud800'.repeat(100_000) + '\n' + GO,
  ];
  for (const text of variants) {
    const result = scanAndCheck(text);
    assert.ok(result.findings.some((f) => f.code === 'AuthFailure.SignatureExpire'), JSON.stringify(text.slice(0, 30)));
    const at = text.indexOf('AuthFailure.SignatureExpire') + 2;
    assert.equal(findingAt(text, at)?.code, 'AuthFailure.SignatureExpire');
    decodeText(text);
  }
});

test('a BOM before a JSON envelope is no obstacle', () => {
  const result = scanAndCheck(`\ufeff${ENVELOPE}`);
  assert.equal(result.findings[0]?.code, 'InvalidParameter.Foo');
  assert.equal(decodeText(`\ufeff${ENVELOPE}`).findings.length, 1);
});

test('1,000,000 error codes in one file: the scan returns the first ones, capped and marked truncated', HANG_GUARD, () => {
  const line = 'AuthFailure.SignatureExpire: expired\n';
  const text = line.repeat(1_000_000);
  const result = scanText(text);
  assert.equal(result.truncated, true);
  assert.equal(result.findings.length, DEFAULT_MAX_FINDINGS);
  assert.equal(result.findings[0].codeSpan?.start, 0);
  assertScanInvariants(text, { findings: result.findings.slice(0, 50), truncated: true });
});

test('an error far along a very long line is found, with its message and RequestId (a base64 payload before it)', () => {
  const payload = Array.from({ length: 40_000 }, (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[(i * 7919) % 64]).join('');
  const text = `2024/01/01 [CRIT] api[CreateFunction] failed, request body [{"Code":{"ZipFile":"${payload}"}}], reason[${GO}]\n`;
  const result = scanAndCheck(text);
  assert.deepEqual(result.findings.map((f) => [f.code, f.message, f.requestId, text.slice(f.codeSpan!.start, f.codeSpan!.end)]), [
    ['AuthFailure.SignatureExpire', 'expired', 'e5f3a1b2-0000-4c1d-9a7e-123456789abc', 'AuthFailure.SignatureExpire'],
  ]);
});

test('maxLineLength: wherever an error sits on a long line, even across a segment boundary, it is found once, as on a short line', () => {
  const max = 300;
  const expected = scanText(GO, { maxLineLength: Number.POSITIVE_INFINITY }).findings;
  assert.equal(expected.length, 1);
  for (let at = 0; at <= 900; at += 7) {
    const text = `${'y'.repeat(at)} ${GO} ${'z'.repeat(900 - at)}\n${GO}`;
    const capped = scanText(text, { maxLineLength: max });
    assertScanInvariants(text, capped);
    const shifted = (f: (typeof expected)[0], by: number) => [f.code, f.message, f.requestId, f.codeSpan!.start + by, f.requestIdSpan!.start + by];
    assert.deepEqual(
      capped.findings.map((f) => shifted(f, 0)),
      [shifted(expected[0], at + 1), shifted(expected[0], text.lastIndexOf(GO))],
      `error at column ${at + 1}`,
    );
  }
  assert.ok(DEFAULT_MAX_LINE_LENGTH >= 10_000, 'ordinary long log lines are examined in one piece');
});

test('a long line that names another cloud keeps its loose look-alikes silent past the first segment, as a short one does', () => {
  const loose = 'Code=InvalidParameter.Foo, Message=bad, RequestId=e5f3a1b2-0000-4c1d-9a7e-123456789abc';
  const short = `aws s3 sync failed: ${loose}`;
  assert.equal(scanText(short).findings.length, 0);
  const long = `aws s3 sync failed: ${'x'.repeat(2000)} ${loose}`;
  assert.equal(scanText(long, { maxLineLength: 500 }).findings.length, 0);
  assert.equal(scanText(long.replace('aws s3', 'coscli'), { maxLineLength: 500 }).findings[0]?.code, 'InvalidParameter.Foo');
});

test('capLongLines keeps the length and every short line, and never splits a surrogate pair', () => {
  const text = `short\r${'a'.repeat(9)}\u{1F600}b\nok\r\n${'c'.repeat(20)}`;
  const out = capLongLines(text, 10);
  assert.equal(out.length, text.length);
  assert.ok(out.startsWith('short\r'));
  assert.equal(out.slice(6, 16), 'a'.repeat(9) + '\n', 'the cut falls before the pair, not inside it');
  assert.ok(out.includes('\nok\r\n'));
  assert.equal(out.slice(-20), 'c'.repeat(10) + '\n'.repeat(10));
  assert.equal(capLongLines('no long line\nhere', 100), 'no long line\nhere');
});
