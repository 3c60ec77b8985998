// Tencent Cloud credentials that leaked into a log or a saved response. Pure and linear: every pattern is a
// literal key followed by one greedy character class, and lengths are checked in code (a bounded `{32,1024}`
// followed by a boundary check would backtrack on a long run of letters).
import type { Span } from './types';

/**
 * `secret-id`: a SecretId (`AKID` + 32 letters and digits; temporary ones from STS also start with `AKID`
 * and may be longer). `secret-key`: the value of a SecretKey-like key. `token`: a temporary credential's
 * session token. `signature`: the signature of a TC3-HMAC-SHA256 Authorization header (replayable for minutes).
 */
export type CredentialKind = 'secret-id' | 'secret-key' | 'token' | 'signature';

export interface Credential {
  kind: CredentialKind;
  /** The secret value itself (not its key). */
  span: Span;
}

/** More than this in one text is not a leak to warn about one by one (and bounds the work). */
export const MAX_CREDENTIALS = 1000;

const ID_MIN = 32;
const ID_MAX = 1024;
const KEY_MIN = 32;
const KEY_MAX = 128;
const TOKEN_MIN = 32;
const TOKEN_MAX = 8192;

const SECRET_ID = /(?<![A-Za-z0-9])AKID([A-Za-z0-9]+)/g;
// Key, optional closing quote (maybe escaped), `:` or `=`, optional opening quote, then the value's characters.
const SEPARATOR = String.raw`\\{0,3}["']?[ \t]*[:=][ \t]*\\{0,3}["']?`;
const SECRET_KEY = new RegExp(String.raw`(?<![A-Za-z0-9_-])(?:TENCENTCLOUD_SECRET_KEY|(?:[Tt]mp_?)?[Ss]ecret[_-]?[Kk]ey|SECRET_KEY)${SEPARATOR}([A-Za-z0-9+/=]+)`, 'g');
// `Token` alone only in Tencent's PascalCase (the STS answer, the SDKs' credential objects): a lowercase `token`
// is any app's. `NextToken` and the like are not preceded by a boundary, so they do not count.
const TOKEN = new RegExp(
  String.raw`(?<![A-Za-z0-9_-])(?:[Xx]-[Tt][Cc]-[Tt]oken|[Xx]-[Cc]os-[Ss]ecurity-[Tt]oken|TENCENTCLOUD_SESSION_TOKEN|TENCENTCLOUD_SECURITY_TOKEN|XCosSecurityToken|[Ss]ession_?[Tt]oken|SESSION_TOKEN|[Ss]ecurity_?[Tt]oken|Token)${SEPARATOR}([A-Za-z0-9+/=_.%-]+)`,
  'g',
);
const TC3 = 'TC3-HMAC-SHA256';
const SIGNATURE_KEY = 'Signature=';
/** How far after `TC3-HMAC-SHA256` the `Signature=` of the same header may be. */
const HEADER_REACH = 1024;

/** Every credential in `text`, sorted by position, at most MAX_CREDENTIALS. Never throws. */
export function findCredentials(text: string): Credential[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const found: Credential[] = [];
  try {
    collect(text, SECRET_ID, 'secret-id', ID_MIN, ID_MAX, found, true);
    collect(text, SECRET_KEY, 'secret-key', KEY_MIN, KEY_MAX, found, false);
    collect(text, TOKEN, 'token', TOKEN_MIN, TOKEN_MAX, found, false);
    signatures(text, found);
  } catch {
    // Keep what was found: a partial warning beats none.
  }
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: Credential[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && c.span.start < last.span.end) continue; // an id that is also a key's value is reported once
    out.push(c);
    if (out.length >= MAX_CREDENTIALS) break;
  }
  return out;
}

function collect(text: string, re: RegExp, kind: CredentialKind, min: number, max: number, out: Credential[], wholeMatch: boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < MAX_CREDENTIALS * 2; m = re.exec(text)) {
    const value = m[1];
    if (value.length < min || value.length > max || isPlaceholder(value)) continue;
    const end = m.index + m[0].length;
    out.push({ kind, span: { start: wholeMatch ? m.index : end - value.length, end } });
  }
}

/** `xxxxxxxx…`, `********…`, `0000…`: documentation placeholders, not secrets. */
function isPlaceholder(value: string): boolean {
  const first = value[0];
  for (let i = 1; i < value.length; i++) if (value[i] !== first) return false;
  return true;
}

function signatures(text: string, out: Credential[]): void {
  for (let at = text.indexOf(TC3); at >= 0 && out.length < MAX_CREDENTIALS * 2; at = text.indexOf(TC3, at + TC3.length)) {
    const window = text.slice(at, Math.min(text.length, at + HEADER_REACH));
    const lineBreak = window.search(/[\r\n]/);
    const key = window.indexOf(SIGNATURE_KEY);
    if (key < 0 || (lineBreak >= 0 && key > lineBreak)) continue;
    const start = at + key + SIGNATURE_KEY.length;
    let end = start;
    while (end < text.length && end - start < 128 && isHex(text.charCodeAt(end))) end++;
    if (end - start >= 64) out.push({ kind: 'signature', span: { start, end } });
  }
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
