/**
 * What tells COS (Cloud Object Storage) apart from AWS S3 and its clones, which print the same codes
 * (`NoSuchKey`, `AccessDenied`) in look-alike shapes: the hosts, and the shape of COS RequestIds.
 */

export const COS_HOST = /myqcloud\.com|\bcos\.[a-z]+-[a-z]+(?:-\d+)?\b|tencentcos\.cn/;
export const OTHER_HOST = /amazonaws\.com|aliyuncs\.com|\bminio\b/i;

/** COS codes are words (`NoSuchKey`, `InvalidArgument`), some dotted; never numbers, never long. */
const COS_CODE = /^[A-Za-z][A-Za-z0-9_.]{0,80}$/;

export function isCosCode(value: string): boolean {
  return COS_CODE.test(value);
}

/** COS RequestIds are base64 of an ASCII string of hex digits and underscores (e.g. `646b17e1_38b53a09_…`). */
export function isCosRequestId(id: string): boolean {
  if (id.length < 16 || id.length > 128 || !/^[A-Za-z0-9+/]+={0,2}$/.test(id)) return false;
  const decoded = decodeBase64(id);
  return decoded !== null && decoded.length >= 12 && /^[0-9a-f_]+$/.test(decoded);
}

// Base64 (with its `+`, `/` and `=` padding), or a UUID-like id: the plain id reader stops at `=` and would cut it.
const COS_ID_AT = /[A-Za-z0-9][A-Za-z0-9+/_-]{7,127}={0,2}/y;

/** A COS RequestId at `pos` (null for none, or for `None` / `null`). */
export function readCosRequestId(text: string, pos: number): { value: string; start: number; end: number } | null {
  COS_ID_AT.lastIndex = pos;
  const m = COS_ID_AT.exec(text);
  if (!m || m[0] === 'None' || m[0] === 'null') return null;
  return { value: m[0], start: pos, end: pos + m[0].length };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to a Latin-1 string; the engine has no atob (it also runs where the DOM lib is absent). */
function decodeBase64(input: string): string | null {
  const clean = input.replace(/=+$/, '');
  let bits = 0;
  let value = 0;
  let out = '';
  for (const ch of clean) {
    const index = B64.indexOf(ch);
    if (index < 0) return null;
    value = (value << 6) | index;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((value >> bits) & 0xff);
    }
  }
  return out;
}
