import { parseTree, type Node } from 'jsonc-parser';
import { candidate, type Candidate, type Emit } from './candidate';
import { isCode } from './patterns';
import { lineEndAt } from './text';
import { unescapeSlice } from './unescape';

/** How far one envelope may reach; bigger bodies are cut (a 10 MB one-line response must not stall a hover). */
const MAX_ENVELOPE = 256 * 1024;
const MAX_ESCAPED_REGION = 64 * 1024;

/** `"Response": {` or `"Error": {`, possibly escaped once (`\"`) or more (`\\\"`). */
const ANCHOR = /(\\*)"(Response|Error)\1"[ \t\r\n]*:[ \t\r\n]*\{/g;

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

const RID_AFTER = /[ \t\r\n]*,?[ \t\r\n]*"RequestId"[ \t\r\n]*:[ \t\r\n]*"([^"\\]{1,128})"/y;
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
  const valueEnd = valueStart + obj.offset + obj.length;
  const errorNode = key === 'Response' ? property(obj, 'Error') : obj;
  let rid: { value: string; start: number; end: number } | null = null;
  if (key === 'Response') {
    const ridNode = property(obj, 'RequestId');
    if (stringValue(ridNode)) rid = { value: ridNode.value, start: abs(ridNode) + 1, end: abs(ridNode) + ridNode.length - 1 };
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
    if (!stringValue(codeNode) || !isCode(codeNode.value)) return { candidates: [], valueEnd };
    const messageNode = property(errorNode, 'Message');
    const message = stringValue(messageNode)
      ? { start: abs(messageNode) + 1, end: abs(messageNode) + messageNode.length - 1 }
      : null;
    const code = { value: codeNode.value, start: abs(codeNode) + 1, end: abs(codeNode) + codeNode.length - 1 };
    const found = candidate(text, {
      format,
      span,
      code,
      message,
      messageText: stringValue(messageNode) ? messageNode.value : undefined,
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

function plainEnvelopes(text: string, format: Candidate['format'], emit: Emit): void {
  let skipUntil = -1;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    if (m[1].length > 0 || m.index < skipUntil) continue;
    const found = envelopeAt(text, m.index, m[2], m.index + m[0].length - 1, format);
    if (!found) continue;
    found.candidates.forEach(emit);
    if (m[2] === 'Response') skipUntil = found.valueEnd;
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

/** Envelopes that sit inside JSON strings (escaped once or more), mapped back to the original offsets. */
function escapedEnvelopes(text: string, emit: Emit): void {
  const coveredUntil = new Map<number, number>();
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    const level = escapeLevel(m[1].length);
    if (level === 0 || m.index < (coveredUntil.get(level) ?? -1)) continue;
    const regionStart = Math.max(0, m.index - 400);
    const regionEnd = Math.min(lineEndAt(text, m.index), m.index + MAX_ESCAPED_REGION);
    const plain = unescapeSlice(text, regionStart, regionEnd, level);
    let reached = m.index + m[0].length;
    plainEnvelopes(plain.text, 'json-envelope-escaped', (found) => {
      const mapped: Candidate = {
        ...found,
        span: mapSpan(plain.origin, found.span),
        codeSpan: found.codeSpan && mapSpan(plain.origin, found.codeSpan),
        messageSpan: found.messageSpan && mapSpan(plain.origin, found.messageSpan),
        requestIdSpan: found.requestIdSpan && mapSpan(plain.origin, found.requestIdSpan),
      };
      reached = Math.max(reached, mapped.span.end);
      emit(mapped);
    });
    coveredUntil.set(level, reached);
  }
}

export function detectJsonEnvelopes(text: string, emit: Emit): void {
  plainEnvelopes(text, 'json-envelope', emit);
  escapedEnvelopes(text, emit);
}
