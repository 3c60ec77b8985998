import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endsInsideCharacter, StreamingUtf8Decoder } from '../../src/cli/utf8-decoder';

const TEXT = '\ufeff2026 INFO ok\n[TencentCloudSDKError] Code=AuthFailure, Message=签名错误 😀 é, RequestId=x\r\nplain ascii line\n\ufeffmid-file BOM stays\n';

test('decoding in chunks of every size gives the same text as decoding whole, BOM dropped only at the start', () => {
  const bytes = new TextEncoder().encode(TEXT);
  const whole = TEXT.slice(1);
  for (let size = 1; size <= 24; size++) {
    const decoder = new StreamingUtf8Decoder(true);
    let out = '';
    for (let at = 0; at < bytes.length; at += size) out += decoder.decode(bytes.subarray(at, at + size));
    out += decoder.end();
    assert.equal(out, whole, `chunks of ${size} bytes`);
  }
});

test('a decoder for the middle of a file keeps a leading U+FEFF', () => {
  const decoder = new StreamingUtf8Decoder(false);
  assert.equal(decoder.decode(new TextEncoder().encode('\ufeffx')) + decoder.end(), '\ufeffx');
});

test('endsInsideCharacter tells a cut multi-byte character from a complete one', () => {
  const cjk = new TextEncoder().encode('签');
  assert.equal(endsInsideCharacter(cjk), false);
  assert.equal(endsInsideCharacter(cjk.subarray(0, 2)), true);
  assert.equal(endsInsideCharacter(new TextEncoder().encode('ab')), false);
});
