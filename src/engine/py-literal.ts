/**
 * Python's repr of a string (or of None), read from a log. repr picks double quotes when the text holds a single
 * quote and no double one, prefixes bytes with `b` (and Python 2 unicode with `u`), and escapes only a few
 * characters; a literal never spans lines. Read by hand: a regex for "quoted text with escapes" is easy to
 * make backtrack, and the value has to be unescaped anyway.
 */
export interface PyLiteral {
  /** The text with repr's escapes undone; null for `None`. */
  value: string | null;
  /** Offsets of the characters between the quotes (empty for `None`). */
  start: number;
  end: number;
  /** Offset just after the literal. */
  next: number;
  /** True when the source spells the value exactly (no escapes), so its offsets are the value's. */
  verbatim: boolean;
}

/** Longer literals are not what an SDK exception carries (and reading on would cost time on a huge line). */
const MAX_LITERAL = 8 * 1024;

/** Reads a literal (or `None`) at `at`, not past `limit` (the line's end). Null when there is none. */
export function readPyLiteral(text: string, at: number, limit: number): PyLiteral | null {
  if (text.startsWith('None', at)) return { value: null, start: at, end: at, next: at + 4, verbatim: true };
  let i = at;
  const prefix = text[i];
  const bytes = prefix === 'b';
  if (bytes || prefix === 'u') i++;
  const quote = text[i];
  if (quote !== "'" && quote !== '"') return null;
  const start = i + 1;
  const stop = Math.min(limit, start + MAX_LITERAL);
  let escaped = false;
  for (i = start; i < stop; i++) {
    const ch = text[i];
    if (ch === '\\') {
      escaped = true;
      i++;
    } else if (ch === quote) {
      const raw = text.slice(start, i);
      return { value: escaped ? unescapePy(raw, bytes) : raw, start, end: i, next: i + 1, verbatim: !escaped };
    } else if (ch === '\n' || ch === '\r') {
      return null;
    }
  }
  return null;
}

const SIMPLE: Readonly<Record<string, string>> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t' };
/** Digits after `\x`, `\u`, `\U`. A bytes literal's `\xNN` is one byte of some encoding: left as written. */
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

function unescapePy(raw: string, bytes: boolean): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== '\\' || i + 1 >= raw.length) {
      out += ch;
      continue;
    }
    const next = raw[i + 1];
    const simple = SIMPLE[next];
    const digits = bytes ? undefined : HEX_DIGITS[next];
    if (simple !== undefined) {
      out += simple;
      i++;
    } else if (digits !== undefined && isHex(raw.slice(i + 2, i + 2 + digits), digits)) {
      const code = parseInt(raw.slice(i + 2, i + 2 + digits), 16);
      out += code <= 0x10ffff ? String.fromCodePoint(code) : raw.slice(i, i + 2 + digits);
      i += 1 + digits;
    } else {
      out += ch;
    }
  }
  return out;
}

function isHex(s: string, length: number): boolean {
  if (s.length !== length) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}
