// Leaked Tencent Cloud credentials: found where they stand, masked everywhere tcerr shows or copies text.
// Every credential here is made up in the right shape; none is real.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findCredentials, type CredentialKind } from '../../src/engine/credentials';
import { redactDecodeResult, redactSecrets } from '../../src/engine/redact';
import { decodeText } from '../../src/engine/decode';
import { renderDecodeReport } from '../../src/engine/render-decode';
import { hostileText } from './helpers/hostile';

// Synthetic, shaped like the real thing: AKID + 32 letters and digits, a 32-character key, a long token.
const ID = 'AKID' + 'Zx9Q'.repeat(8);
const TEMP_ID = 'AKID' + 'tMpQ7'.repeat(14);
const KEY = 'kEy7'.repeat(8);
const TEMP_KEY = 'Tk3+/Zq9'.repeat(5) + 'ab==';
const TOKEN = 'tOk_En-9.'.repeat(20);
const SIG = 'c0ffee'.repeat(10) + 'abcd';

function kinds(text: string): [CredentialKind, string][] {
  return findCredentials(text).map((c) => [c.kind, text.slice(c.span.start, c.span.end)]);
}

test('a SecretId is found in any surrounding, temporary ones too', () => {
  assert.deepEqual(kinds(`secretId=${ID}`), [['secret-id', ID]]);
  assert.deepEqual(kinds(`{"TmpSecretId":"${TEMP_ID}"}`), [['secret-id', TEMP_ID]]);
  assert.deepEqual(kinds(`export TENCENTCLOUD_SECRET_ID=${ID}\n`), [['secret-id', ID]]);
  assert.deepEqual(kinds(`The SecretId ${ID} is not found.`), [['secret-id', ID]]);
});

test('shapes that are not a SecretId are left alone', () => {
  assert.deepEqual(kinds('AKID' + 'a'.repeat(31)), [], 'too short');
  assert.deepEqual(kinds('xAKID' + 'Zx9Q'.repeat(8)), [], 'glued to a word');
  assert.deepEqual(kinds('AKID' + 'x'.repeat(32)), [], 'documentation placeholder');
  assert.deepEqual(kinds('AKIA' + 'ABCDEFGHIJKLMNOP'), [], "another cloud's key id");
});

test('a SecretKey is found after the keys SDKs, tccli and env files use', () => {
  for (const line of [
    `secretKey: "${KEY}"`,
    `"SecretKey":"${KEY}"`,
    `secret_key = '${KEY}'`,
    `TENCENTCLOUD_SECRET_KEY=${KEY}`,
    `\\"TmpSecretKey\\":\\"${TEMP_KEY}\\"`,
    `tmpSecretKey: ${TEMP_KEY}`,
  ]) {
    const found = kinds(line);
    assert.equal(found.length, 1, line);
    assert.equal(found[0][0], 'secret-key');
    assert.ok(found[0][1] === KEY || found[0][1] === TEMP_KEY, line);
  }
  assert.deepEqual(kinds('secretKey: "your-secret-key"'), [], 'a placeholder');
  assert.deepEqual(kinds(`mySecretKey=${KEY}`), [], 'another key name');
});

test('session tokens in STS answers, headers and env', () => {
  for (const line of [`"Token":"${TOKEN}"`, `X-TC-Token: ${TOKEN}`, `x-cos-security-token: ${TOKEN}`, `sessionToken='${TOKEN}'`, `TENCENTCLOUD_SESSION_TOKEN=${TOKEN}`]) {
    assert.deepEqual(kinds(line), [['token', TOKEN]], line);
  }
  assert.deepEqual(kinds(`"NextToken":"${TOKEN}"`), [], 'a pagination token is not a credential');
  assert.deepEqual(kinds('"Token":"short"'), []);
});

test('an Authorization header: its SecretId and its signature', () => {
  const header = `Authorization: TC3-HMAC-SHA256 Credential=${ID}/2024-01-01/cvm/tc3_request, SignedHeaders=content-type;host, Signature=${SIG}`;
  assert.deepEqual(kinds(header), [['secret-id', ID], ['signature', SIG]]);
  assert.deepEqual(kinds(`TC3-HMAC-SHA256 Credential=x\nSignature=${SIG}`), [], 'a signature on another line is not this header');
});

test('redactSecrets keeps the last four characters, AKID marks an id', () => {
  const text = `id=${ID} key="SecretKey":"${KEY}" token X-TC-Token: ${TOKEN}`;
  const out = redactSecrets(text);
  assert.ok(out.includes('AKID****Zx9Q'));
  assert.ok(out.includes(`"SecretKey":"****${KEY.slice(-4)}"`));
  assert.ok(out.includes(`X-TC-Token: ****${TOKEN.slice(-4)}`));
  for (const secret of [ID, KEY, TOKEN]) assert.ok(!out.includes(secret), secret);
  assert.equal(redactSecrets('nothing to hide here'), 'nothing to hide here');
  assert.equal(redactSecrets(undefined as unknown as string), '');
});

test('redaction is idempotent and never throws on any text', () => {
  fc.assert(
    fc.property(hostileText, fc.constantFrom('', ID, `SecretKey=${KEY}`, `Token: ${TOKEN}`), (noise, secret) => {
      const text = `${noise}\n${secret}\n${noise}`;
      const once = redactSecrets(text);
      assert.equal(redactSecrets(once), once);
      if (secret) assert.ok(!once.includes(secret.slice(-20)), 'a credential on its own line is always masked');
      for (const c of findCredentials(text)) assert.ok(c.span.start >= 0 && c.span.end <= text.length && c.span.start < c.span.end);
    }),
    { numRuns: 300 },
  );
});

test('the decode report never shows a credential from the input', () => {
  const input = `{"Response":{"Error":{"Code":"AuthFailure.SecretIdNotFound","Message":"The SecretId ${ID} is not found"},"RequestId":"e5f3a1b2-0000-4c1d-9a7e-123456789abc"},"SecretKey":"${KEY}"}`;
  const report = renderDecodeReport(redactDecodeResult(decodeText(input)), null, 'en');
  assert.ok(!report.includes(ID) && !report.includes(KEY), report);
  assert.ok(report.includes('AKID\\*\\*\\*\\*Zx9Q') || report.includes('AKID****Zx9Q'), 'the masked id is still there to recognise');
});
