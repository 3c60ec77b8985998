import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { completeLength, StreamingUtf8Decoder } from '../../src/cli/utf8-decoder';

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

test('completeLength holds back only a multi-byte character cut by the end of the bytes', () => {
  const cjk = new TextEncoder().encode('签');
  assert.equal(completeLength(cjk), 3);
  assert.equal(completeLength(cjk.subarray(0, 2)), 0);
  assert.equal(completeLength(new TextEncoder().encode('ab签').subarray(0, 3)), 2);
  assert.equal(completeLength(new TextEncoder().encode('ab')), 2);
});

/** Mostly ASCII with a few multi-byte characters and invalid bytes: what big real logs look like. */
const logBytes = fc
  .array(
    fc.oneof(
      { weight: 20, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 3000, min: 0x20, max: 0x7e }) },
      { weight: 2, arbitrary: fc.constantFrom('签名错误', '😀', 'é', '\ufeff', '\n').map((s) => new TextEncoder().encode(s)) },
      { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 6, min: 0x80, max: 0xff }) },
    ),
    { maxLength: 80 },
  )
  .map((parts) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  });

test('any bytes, valid UTF-8 or not, cut into reads of any sizes, decode to what one whole decode gives', () => {
  fc.assert(
    fc.property(logBytes, fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 8 }), (bytes, sizes) => {
      const expected = new TextDecoder().decode(bytes);
      const decoder = new StreamingUtf8Decoder(true);
      let out = '';
      let k = 0;
      for (let at = 0; at < bytes.length; k++) {
        const size = sizes[k % sizes.length];
        // A copy in a reused buffer, as the CLI reads: the decoder must not keep a view into it.
        const reused = new Uint8Array(size);
        const piece = bytes.subarray(at, at + size);
        reused.set(piece);
        out += decoder.decode(reused.subarray(0, piece.length));
        reused.fill(0x21);
        at += piece.length;
      }
      out += decoder.end();
      assert.equal(out, expected);
    }),
    { numRuns: 300 },
  );
});

test('long runs of multi-byte text, split into parts for speed, decode unchanged', () => {
  for (const text of ['签名错误，请检查密钥。'.repeat(9000), `${'x'.repeat(40_000)}é${'签'.repeat(30_001)}😀`]) {
    const decoder = new StreamingUtf8Decoder(true);
    assert.equal(decoder.decode(new TextEncoder().encode(text)) + decoder.end(), text);
  }
});
