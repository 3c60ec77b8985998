import type { Candidate, Emit } from './candidate';
import { detectJsonEnvelopes } from './detect-json';
import { detectGo, detectKeyValueForms } from './detect-go';
import { detectDotnet, detectPythonRepr, detectSdkException } from './detect-exception';
import { detectNodeDump } from './detect-node';
import { detectCamRequestId, detectCodeColonMessage, detectCpp, detectLegacyApi2 } from './detect-misc';
import { inferProduct } from './product';
import { lineEndAt, lineStartAt } from './text';
import type { Finding, ScanOptions, ScanResult, Span } from './types';

/** Strong detectors first: where two shapes claim the same text, the more specific one wins. */
const DETECTORS: ReadonlyArray<(text: string, emit: Emit) => void> = [
  detectJsonEnvelopes,
  detectGo,
  detectSdkException,
  detectPythonRepr,
  detectNodeDump,
  detectCpp,
  detectDotnet,
  detectKeyValueForms,
  detectCodeColonMessage,
  detectLegacyApi2,
  detectCamRequestId,
];

export const DEFAULT_MAX_FINDINGS = 10_000;

/** Finds every Tencent Cloud API error (and success envelope) in a text. Never throws. */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  if (typeof text !== 'string' || text.length === 0) return { findings: [], truncated: false };
  const candidates: Candidate[] = [];
  const emit: Emit = (c) => {
    if (c.span.start >= 0 && c.span.end <= text.length && c.span.start <= c.span.end) candidates.push(c);
  };
  for (const detect of DETECTORS) {
    try {
      detect(text, emit);
    } catch {
      // A detector bug must cost only that detector's findings, never the whole scan.
    }
  }
  const accepted = resolveOverlaps(candidates);
  const max = Math.max(0, options.maxFindings ?? DEFAULT_MAX_FINDINGS);
  const findings = accepted.slice(0, max).map((c) => finish(text, c));
  return { findings, truncated: accepted.length > max };
}

function overlaps(a: Span | null, b: Span | null): boolean {
  return !!a && !!b && a.start < b.end && b.start < a.end;
}

function anchorOf(f: Finding): number {
  return (f.codeSpan ?? f.requestIdSpan ?? f.span).start;
}

/**
 * Strong candidates give way only to an earlier one claiming the same code token (or, without a code,
 * the same text); weak ones give way to anything they touch.
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const order = (c: Candidate) => (c.strength === 'strong' ? 0 : 1);
  const sorted = candidates.map((c, i) => ({ c, i })).sort((a, b) => order(a.c) - order(b.c) || a.i - b.i);
  const accepted: Candidate[] = [];
  for (const { c } of sorted) {
    const clash = accepted.some((a) => {
      if (c.strength === 'weak') return overlaps(a.span, c.span) || overlaps(a.codeSpan, c.codeSpan);
      if (c.codeSpan && a.codeSpan) return overlaps(a.codeSpan, c.codeSpan);
      return overlaps(a.span, c.span) && (!c.codeSpan || !a.codeSpan);
    });
    if (!clash) accepted.push(c);
  }
  return accepted.sort((a, b) => anchorOf(a) - anchorOf(b));
}

function finish(text: string, c: Candidate): Finding {
  const { strength: _strength, ...finding } = c;
  void _strength;
  return { ...finding, product: inferProduct(text, c.span) };
}

/** Lines of context on each side of a hover position: enough for a pretty envelope or a Node dump. */
const CONTEXT_LINES = 80;
const CONTEXT_CHARS = 64 * 1024;

/** The finding whose code, message or RequestId covers `offset`, looking only at the lines around it. Never throws. */
export function findingAt(text: string, offset: number): Finding | null {
  if (typeof text !== 'string' || !(offset >= 0 && offset <= text.length)) return null;
  try {
    const start = walkLines(text, offset, -1);
    const end = walkLines(text, offset, +1);
    const window = text.slice(start, end);
    const local = offset - start;
    const { findings } = scanText(window);
    const hit = findings.find((f) => [f.codeSpan, f.requestIdSpan, f.messageSpan].some((s) => s && s.start <= local && local <= s.end));
    return hit ? shift(hit, start) : null;
  } catch {
    return null;
  }
}

function walkLines(text: string, offset: number, direction: 1 | -1): number {
  let at = offset;
  for (let n = 0; n < CONTEXT_LINES; n++) {
    if (direction < 0) {
      const s = lineStartAt(text, at);
      if (s === 0 || offset - s > CONTEXT_CHARS) return Math.max(s, offset - CONTEXT_CHARS, 0);
      at = s - 1;
    } else {
      const e = lineEndAt(text, at);
      if (e >= text.length || e - offset > CONTEXT_CHARS) return Math.min(e, offset + CONTEXT_CHARS, text.length);
      at = e + 1;
    }
  }
  return direction < 0 ? lineStartAt(text, at) : lineEndAt(text, at);
}

function shift(f: Finding, by: number): Finding {
  const move = (s: Span | null) => (s ? { start: s.start + by, end: s.end + by } : null);
  return { ...f, span: move(f.span)!, codeSpan: move(f.codeSpan), messageSpan: move(f.messageSpan), requestIdSpan: move(f.requestIdSpan) };
}
