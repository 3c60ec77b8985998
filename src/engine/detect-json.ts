import { parseTree, type Node } from 'jsonc-parser';
import { candidate, type Candidate, type Emit } from './candidate';
import { MAX_SHAPE_REACH } from './limits';
import { isCode } from './patterns';
import { lineEndAt } from './text';
import { unescapeSlice } from './unescape';

/** How far one envelope may reach; bigger bodies are cut (a 10 MB one-line response must not stall a hover). */
const MAX_ENVELOPE = MAX_SHAPE_REACH;
const MAX_ESCAPED_REGION = 64 * 1024;

/** What follows the key `Response` or `Error` in an envelope: the closing quote (maybe escaped), a colon, `{`. */
const AFTER_KEY = /(\\*)"[ \t\r\n]*:[ \t\r\n]*\{/y;

interface Anchor {
  /** Offset of the key's opening quote, or of the backslashes escaping it. */
  index: number;
  key: 'Response' | 'Error';
  backslashes: number;
  /** Offset of the `{` that opens the value. */
  valueStart: number;
}

/**
 * Every `"Response": {` and `"Error": {` key, in order, plain or escaped. Found with indexOf, which is far
 * faster on megabytes of log than a regex that has to try every position.
 */
function* anchors(text: string): Generator<Anchor> {
  const next = (key: string, from: number) => text.indexOf(key, from);
  let response = next('Response', 0);
  let error = next('Error', 0);
  while (response >= 0 || error >= 0) {
    const isResponse = response >= 0 && (error < 0 || response < error);
    const at = isResponse ? response : error;
    const key = isResponse ? 'Response' : 'Error';
    if (isResponse) response = next('Response', at + 1);
    else error = next('Error', at + 1);
    AFTER_KEY.lastIndex = at + key.length;
    const m = AFTER_KEY.exec(text);
    if (!m) continue;
    const backslashes = m[1].length;
    const quote = at - 1 - backslashes;
    if (quote < 0 || text.charCodeAt(quote + backslashes) !== 34 /* " */) continue;
    if (text.slice(quote, at - 1) !== '\\'.repeat(backslashes)) continue;
    yield { index: quote, key, backslashes, valueStart: AFTER_KEY.lastIndex - 1 };
  }
}

function property(node: Node | undefined, key: string): Node | undefined {
  if (!node || node.type !== 'object' || !node.children) return undefined;
  for (const prop of node.children) {
    const [k, v] = prop.children ?? [];
    if (k && k.value === key) return v;
  }
  return undefined;
}

function stringValue(node: Node | undefined): node is Node & { value: string } {
  return !!node && node.type === 'string' && typeof node.value === 'string';
}

function parseObjectAt(text: string, start: number): Node | undefined {
  const tree = parseTree(text.slice(start, start + MAX_ENVELOPE), [], { allowTrailingComma: true, disallowComments: false });
  return tree && tree.type === 'object' ? tree : undefined;
}

// The comma's own blanks are inside the optional group: two adjacent blank runs would match a long run of
// blanks in quadratically many ways.
const RID_AFTER = /[ \t\r\n]*(?:,[ \t\r\n]*)?"RequestId"[ \t\r\n]*:[ \t\r\n]*"([^"\\]{1,128})"/y;
const RID_BEFORE = /"RequestId"[ \t\r\n]*:[ \t\r\n]*"([^"\\]{1,128})"[ \t\r\n]*,?[ \t\r\n]*$/;

interface Found {
  candidates: Candidate[];
  /** Absolute end of the parsed value, so nested anchors inside it are skipped. */
  valueEnd: number;
}

/** Reads the envelope whose `"Response"`/`"Error"` key starts at `anchor` in plain (unescaped) JSON text. */
function envelopeAt(text: string, anchor: number, key: string, valueStart: number, format: Candidate['format']): Found | null {
  const obj = parseObjectAt(text, valueStart);
  if (!obj) return null;
  const abs = (n: Node) => valueStart + n.offset;
  // The parser is tolerant: a string cut off by the end of the text still comes back, one character short.
  const closed = (n: Node) => n.length >= 2 && text.charCodeAt(abs(n) + n.length - 1) === 34; /* " */
  const valueEnd = valueStart + obj.offset + obj.length;
  const errorNode = key === 'Response' ? property(obj, 'Error') : obj;
  let rid: { value: string; start: number; end: number } | null = null;
  if (key === 'Response') {
    const ridNode = property(obj, 'RequestId');
    if (stringValue(ridNode) && closed(ridNode)) rid = { value: ridNode.value, start: abs(ridNode) + 1, end: abs(ridNode) + ridNode.length - 1 };
  } else {
    RID_AFTER.lastIndex = valueEnd;
    const after = RID_AFTER.exec(text);
    if (after) {
      const start = after.index + after[0].length - after[1].length - 1;
      rid = { value: after[1], start, end: start + after[1].length };
    } else {
      const before = RID_BEFORE.exec(text.slice(Math.max(0, anchor - 300), anchor));
      if (before) {
        const start = anchor - before[0].length + before[0].indexOf(before[1], before[0].indexOf(':'));
        rid = { value: before[1], start, end: start + before[1].length };
      }
    }
    // A bare `{"Error":{…}}` with no RequestId beside it is not evidence enough (other clouds use it too).
    if (!rid) return null;
  }
  const span = { start: anchor, end: Math.max(valueEnd, rid ? rid.end + 1 : 0) };
  const codeNode = property(errorNode, 'Code');
  if (errorNode && errorNode.type === 'object') {
    if (!stringValue(codeNode) || !closed(codeNode) || !isCode(codeNode.value)) return { candidates: [], valueEnd };
    // A code written with escapes (`\u0041uthFailure`) is not a real one, and its range would not be the code.
    if (text.slice(abs(codeNode) + 1, abs(codeNode) + codeNode.length - 1) !== codeNode.value) return { candidates: [], valueEnd };
    const messageNode = property(errorNode, 'Message');
    const messageClosed = stringValue(messageNode) && closed(messageNode);
    const message = messageClosed
      ? { start: abs(messageNode) + 1, end: abs(messageNode) + messageNode.length - 1 }
      : null;
    const code = { value: codeNode.value, start: abs(codeNode) + 1, end: abs(codeNode) + codeNode.length - 1 };
    const found = candidate(text, {
      format,
      span,
      code,
      message,
      messageText: messageClosed && stringValue(messageNode) ? messageNode.value : undefined,
      requestId: rid && rid.value ? rid : null,
    });
    return { candidates: [found], valueEnd };
  }
  if (key === 'Response' && rid && rid.value) {
    const success = candidate(text, { format, span, requestId: rid });
    success.kind = 'success';
    return { candidates: [success], valueEnd };
  }
  return { candidates: [], valueEnd };
}

function plainEnvelopes(text: string, format: Candidate['format'], emit: Emit, only: 'plain' | 'all'): void {
  let skipUntil = -1;
  let escapedUntil = -1;
  for (const a of anchors(text)) {
    if (a.backslashes > 0) {
      if (only === 'all' && a.index >= escapedUntil) escapedUntil = escapedEnvelope(text, a, emit);
      continue;
    }
    if (a.index < skipUntil) continue;
    const found = envelopeAt(text, a.index, a.key, a.valueStart, format);
    if (!found) continue;
    found.candidates.forEach(emit);
    if (a.key === 'Response') skipUntil = found.valueEnd;
  }
}

/** 1 → escaped once, 3 → twice, 7 → three times; anything else is not a JSON escaping level. */
function escapeLevel(backslashes: number): number {
  for (let level = 1; level <= 4; level++) if (backslashes === 2 ** level - 1) return level;
  return 0;
}

function mapSpan(origin: number[], span: { start: number; end: number }) {
  const start = origin[span.start] ?? origin[origin.length - 1];
  const last = origin[Math.max(span.start, span.end - 1)] ?? start;
  return { start, end: span.end > span.start ? last + 1 : start };
}

/**
 * An envelope inside a JSON string (escaped once or more), mapped back to the original offsets.
 * Returns where the envelopes found end, so the escaped keys inside them are not read again.
 */
function escapedEnvelope(text: string, a: Anchor, emit: Emit): number {
  const level = escapeLevel(a.backslashes);
  if (level === 0) return a.index + 1;
  let reached = a.index + 1;
  const regionStart = Math.max(0, a.index - 400);
  const regionEnd = Math.min(lineEndAt(text, a.index), a.index + MAX_ESCAPED_REGION);
  const plain = unescapeSlice(text, regionStart, regionEnd, level);
  plainEnvelopes(plain.text, 'json-envelope-escaped', (found) => {
    const span = mapSpan(plain.origin, found.span);
    if (span.end <= a.index) return;
    reached = Math.max(reached, span.end);
    emit({
      ...found,
      span,
      codeSpan: found.codeSpan && mapSpan(plain.origin, found.codeSpan),
      messageSpan: found.messageSpan && mapSpan(plain.origin, found.messageSpan),
      requestIdSpan: found.requestIdSpan && mapSpan(plain.origin, found.requestIdSpan),
    });
  }, 'plain');
  return reached;
}

export function detectJsonEnvelopes(text: string, emit: Emit): void {
  plainEnvelopes(text, 'json-envelope', emit, 'all');
}
