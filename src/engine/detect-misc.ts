import { candidate, type Emit } from './candidate';
import { CODE, OTHER_CLOUD, readRequestId, TENCENT_FIRST_SEGMENTS, UUID } from './patterns';
import { trimEnd } from './text';
import { LineMemo } from './line-memo';
import { AnchoredRegex, literalPrefix } from './anchored-regex';

/** C++ `PrintAll()`: `RequestId=<id>, ErrorCode=<Code>, ErrorMessage=<Message>`; the id may be empty. */
const CPP = new AnchoredRegex(
  new RegExp(String.raw`RequestId=([A-Za-z0-9-]{0,64}), ErrorCode=(${CODE}), ErrorMessage=`, 'g'),
  'Code=',
  // The id before `, ErrorCode=` is a run of id characters right after `RequestId=`, so the start is read back.
  (text, at) => {
    const idEnd = at - ', Error'.length;
    if (idEnd < 0 || !text.startsWith(', Error', idEnd)) return [];
    let idStart = idEnd;
    while (idStart > 0 && idEnd - idStart <= 64 && isIdChar(text.charCodeAt(idStart - 1))) idStart--;
    return [idStart - 'RequestId='.length];
  },
);

function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

export function detectCpp(text: string, emit: Emit): void {
  const lines = new LineMemo(text);
  CPP.lastIndex = 0;
  for (let m = CPP.exec(text); m; m = CPP.exec(text)) {
    const id = m[1] ? readRequestId(text, m.index + 'RequestId='.length) : null;
    const codeStart = m.index + m[0].indexOf('ErrorCode=') + 'ErrorCode='.length;
    const messageStart = m.index + m[0].length;
    const lineEnd = lines.lineEnd(messageStart);
    // Errors printed one after another on a line: each message ends where the next one begins.
    const next = text.slice(messageStart, lineEnd).search(CPP.shape);
    const messageEnd = trimEnd(text, messageStart, next >= 0 ? messageStart + next : lineEnd);
    emit(candidate(text, {
      format: 'cpp-sdk',
      span: { start: m.index, end: messageEnd },
      code: { value: m[2], start: codeStart, end: codeStart + m[2].length },
      message: { start: messageStart, end: messageEnd },
      requestId: id,
    }));
  }
}

/**
 * `AuthFailure.SignatureFailure: <message>` as third-party tools show it (Grafana, translators). Nothing
 * else marks it as Tencent's, so only dotted codes with a Tencent-only first segment count.
 */
// Matched from the first dot: an alternation of ~30 first segments at the front would be tried at every
// position of a big log. The word before the dot is then read back and looked up in the set.
const LONGEST_FIRST_SEGMENT = Math.max(...[...TENCENT_FIRST_SEGMENTS].map((s) => s.length));
const SEGMENT_ENDS = new Set([...TENCENT_FIRST_SEGMENTS].map((s) => s.charCodeAt(s.length - 1)));
const SEGMENT_STARTS = new Set([...TENCENT_FIRST_SEGMENTS].map((s) => s.charCodeAt(0)));
const NO_START: readonly number[] = [];
// Dots are everywhere in logs (times, addresses, hosts, class names); the regex runs only after a word that can
// be a first segment, judged by its last and first letters (reading the word and the set comes later).
const LOOSE_REST = new AnchoredRegex(/\.[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+){0,2}:[ \t]?(?=[^\s\/])/g, '.', (text, at) =>
  SEGMENT_ENDS.has(text.charCodeAt(at - 1)) && SEGMENT_STARTS.has(text.charCodeAt(wordStartBefore(text, at, LONGEST_FIRST_SEGMENT))) ? [at] : NO_START,
);
/** A code glued to a word or a path (`x.AuthFailure.Foo:`, `/AuthFailure.Foo:`) is not this shape; after a quote or `=` it is. */
const NOT_BEFORE_LOOSE = /[A-Za-z0-9_.\/\\-]/;

/** Start of the run of ASCII letters and digits that ends at `end` (looking back at most `max` + 1 characters). */
function wordStartBefore(text: string, end: number, max: number): number {
  let i = end;
  while (i > 0 && end - i <= max) {
    const c = text.charCodeAt(i - 1);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    i--;
  }
  return i;
}

export function detectCodeColonMessage(text: string, emit: Emit): void {
  const lines = new LineMemo(text);
  LOOSE_REST.lastIndex = 0;
  for (let rest = LOOSE_REST.exec(text); rest; rest = LOOSE_REST.exec(text)) {
    const start = wordStartBefore(text, rest.index, LONGEST_FIRST_SEGMENT);
    const glued = start > 0 && NOT_BEFORE_LOOSE.test(text[start - 1]);
    if (glued || !TENCENT_FIRST_SEGMENTS.has(text.slice(start, rest.index))) {
      // The rest may hold the real first segment (`x.AuthFailure.Foo:`): look again from the next dot.
      LOOSE_REST.lastIndex = rest.index + 1;
      continue;
    }
    const m = { index: start, 0: text.slice(start, rest.index) + rest[0] };
    const code = m[0].slice(0, m[0].indexOf(':'));
    const lineEnd = lines.lineEnd(m.index);
    if (lines.lineMatches(OTHER_CLOUD, m.index)) continue;
    const messageStart = m.index + m[0].length;
    const messageEnd = trimEnd(text, messageStart, lineEnd);
    emit(candidate(text, {
      format: 'code-colon-message',
      strength: 'weak',
      span: { start: m.index, end: messageEnd },
      code: { value: code, start: m.index, end: m.index + code.length },
      message: { start: messageStart, end: messageEnd },
    }));
  }
}

/** CloudBase and CAM texts with no code but an id: `[Action] <message> [[request id:<uuid>]<detail>`. */
const CAM = literalPrefix(new RegExp(String.raw`\[\[request id:(${UUID})\]`, 'g'), '[[request id:', '[[requ');

export function detectCamRequestId(text: string, emit: Emit): void {
  const lines = new LineMemo(text);
  CAM.lastIndex = 0;
  for (let m = CAM.exec(text); m; m = CAM.exec(text)) {
    const lineStart = lines.lineStart(m.index);
    const lineEnd = lines.lineEnd(m.index);
    if (lines.lineMatches(OTHER_CLOUD, m.index)) continue;
    const idStart = m.index + '[[request id:'.length;
    emit(candidate(text, {
      format: 'code-message',
      strength: 'weak',
      span: { start: lineStart, end: trimEnd(text, lineStart, lineEnd) },
      message: { start: lineStart, end: trimEnd(text, lineStart, lineEnd) },
      requestId: { value: m[1], start: idStart, end: idStart + m[1].length },
    }));
  }
}

/** Legacy API 2.0: `{"code":4100,"message":"…","codeDesc":"…"}` (also as a Python dict). */
// Starts at the literal key (a leading quote class would be tried at every position); the opening quote is checked by hand.
const CODE_DESC = literalPrefix(/codeDesc(['"])[ \t]*:[ \t]*(['"])([A-Za-z][A-Za-z0-9_.]{0,80})\2/g, 'codeDesc', 'Desc');
// Anchored one character in, after the quote: a leading quote class would be tried at every position of the window.
const after = (lead: number) => (_text: string, at: number) => [at - lead];
const NUMERIC_CODE = new AnchoredRegex(/(['"])code\1[ \t]*:[ \t]*(-?\d{1,6})\b/g, 'code', after(1));
const LEGACY_MESSAGE = new AnchoredRegex(/(['"])message\1[ \t]*:[ \t]*(['"])((?:(?!\2)[^\\\r\n]|\\.){0,2000})\2/g, 'message', after(1));

export function detectLegacyApi2(text: string, emit: Emit): void {
  CODE_DESC.lastIndex = 0;
  for (let key = CODE_DESC.exec(text); key; key = CODE_DESC.exec(text)) {
    if (key.index === 0 || text[key.index - 1] !== key[1]) continue;
    const m = { index: key.index - 1, 0: key[1] + key[0] };
    const windowStart = Math.max(0, m.index - 2400);
    const windowEnd = Math.min(text.length, m.index + m[0].length + 2400);
    const window = text.slice(windowStart, windowEnd);
    const numeric = nearest(NUMERIC_CODE, window, m.index - windowStart);
    if (!numeric || numeric[2] === '0') continue;
    const codeStart = windowStart + numeric.index + numeric[0].length - numeric[2].length;
    const message = nearest(LEGACY_MESSAGE, window, m.index - windowStart);
    const messageStart = message ? windowStart + message.index + message[0].length - message[3].length - 1 : 0;
    emit(candidate(text, {
      format: 'legacy-api2',
      strength: 'weak',
      origin: 'legacy',
      span: { start: Math.min(codeStart, m.index), end: Math.max(codeStart + numeric[2].length, m.index + m[0].length) },
      code: { value: numeric[2], start: codeStart, end: codeStart + numeric[2].length },
      message: message ? { start: messageStart, end: messageStart + message[3].length } : null,
    }));
  }
}

function nearest(re: AnchoredRegex, window: string, around: number): RegExpExecArray | null {
  re.lastIndex = 0;
  let best: RegExpExecArray | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    // Matches come in order: once one starts further past `around` than the best is away, none is nearer.
    if (best && m.index - around > Math.abs(best.index - around)) break;
    if (!best || Math.abs(m.index - around) < Math.abs(best.index - around)) best = m;
  }
  return best;
}
