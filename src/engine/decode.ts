import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { scanText } from './scan';
import type { Finding } from './types';

export interface DecodeResult {
  /** The input with escaped/nested JSON payloads unwrapped and pretty-printed, for display. */
  unwrapped: string;
  findings: Finding[];
  /** True when the input held JSON that was unwrapped (so `unwrapped` differs from the input). */
  changed: boolean;
}

/** Beyond this size the payload is shown as given: pretty-printing megabytes helps nobody read it. */
const MAX_UNWRAP = 2 * 1024 * 1024;
const MAX_SEGMENTS = 200;
const MAX_DEPTH = 8;

/** Decodes pasted response or error text: unwraps escaped JSON, finds the errors. Never throws. */
export function decodeText(text: string): DecodeResult {
  const input = typeof text === 'string' ? text : '';
  const findings = scanText(input).findings;
  let unwrapped = input;
  try {
    if (input.length <= MAX_UNWRAP) unwrapped = unwrapAll(input);
  } catch {
    unwrapped = input;
  }
  return { unwrapped, findings, changed: unwrapped !== input };
}

/** The whole text as JSON, or every JSON object inside it, pretty-printed, with JSON held inside strings opened up too. */
function unwrapAll(text: string): string {
  const whole = parseClean(text.trim());
  if (whole !== undefined) return pretty(whole);
  let out = '';
  let from = 0;
  for (let n = 0; n < MAX_SEGMENTS; n++) {
    const open = nextOpening(text, from);
    if (open < 0) break;
    const segment = jsonSegmentAt(text, open);
    if (!segment) {
      out += text.slice(from, open + 1);
      from = open + 1;
      continue;
    }
    out += text.slice(from, open) + '\n' + pretty(segment.value) + '\n';
    from = segment.end;
  }
  return out + text.slice(from);
}

/** Inside running text only objects are opened: brackets there are mostly `[INFO]`-style labels. */
function nextOpening(text: string, from: number): number {
  return text.indexOf('{', from);
}

/** A JSON value starting at `open`, either plain or escaped once or twice inside a string. */
function jsonSegmentAt(text: string, open: number): { value: unknown; end: number } | null {
  const errors: ParseError[] = [];
  const tree = parseTree(text.slice(open), errors, { allowTrailingComma: true });
  if (tree && tree.type === 'object') {
    const end = tree.offset + tree.length;
    const closed = text.charCodeAt(open + end - 1) === 125; /* } */
    if (closed && !errors.some((e) => e.offset < end) && tree.length > 2) return { value: deepUnwrap(valueOf(tree), 0), end: open + tree.offset + tree.length };
  }
  if (text.charCodeAt(open + 1) === 92 /* backslash */) {
    for (let levels = 1; levels <= 2; levels++) {
      const candidate = unescapeLevels(text.slice(open, open + MAX_UNWRAP), levels);
      const inner: ParseError[] = [];
      const innerTree = parseTree(candidate.text, inner, { allowTrailingComma: true });
      if (innerTree && innerTree.type === 'object' && innerTree.length > 2 && candidate.text.charCodeAt(innerTree.length - 1) === 125
        && !inner.some((e) => e.offset < innerTree.length)) {
        return { value: deepUnwrap(valueOf(innerTree), 0), end: open + candidate.consumed(innerTree.length) };
      }
    }
  }
  return null;
}

function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const obj: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) obj[String(k.value)] = valueOf(v);
      }
      return obj;
    }
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value;
  }
}

/** Strings that hold JSON themselves (an error body inside a log record) are opened up, a few levels deep. */
function deepUnwrap(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return value;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if ((trimmed.startsWith('{') && trimmed.endsWith('}')) || (trimmed.startsWith('[') && trimmed.endsWith(']'))) {
      // A string may hold JSON as is, or JSON escaped once more (`{\"Response\":…}`: escaped twice in the file).
      const inner = parseClean(trimmed) ?? (trimmed.includes('\\"') ? parseClean(unescapeLevels(trimmed, 1).text) : undefined);
      if (inner !== undefined) return deepUnwrap(inner, depth + 1);
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => deepUnwrap(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = deepUnwrap(v, depth + 1);
    return out;
  }
  return value;
}

function parseClean(text: string): unknown {
  if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true });
  if (!tree || errors.length > 0 || tree.offset + tree.length !== text.length) return undefined;
  return deepUnwrap(valueOf(tree), 0);
}

function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Removes `levels` of backslash escaping and tells how many source characters a prefix of the result used. */
function unescapeLevels(source: string, levels: number): { text: string; consumed: (length: number) => number } {
  let text = source;
  let maps: number[][] = [];
  for (let l = 0; l < levels; l++) {
    const map: number[] = [];
    let out = '';
    for (let i = 0; i < text.length; i++) {
      map.push(i);
      if (text[i] === '\\' && i + 1 < text.length && (text[i + 1] === '"' || text[i + 1] === '\\' || text[i + 1] === '/')) {
        out += text[i + 1];
        i++;
      } else {
        out += text[i];
      }
    }
    map.push(text.length);
    maps = [map, ...maps];
    text = out;
  }
  return {
    text,
    consumed: (length) => maps.reduce((at, map) => map[Math.min(at, map.length - 1)], length),
  };
}
