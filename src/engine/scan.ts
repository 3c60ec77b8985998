import type { Candidate, Emit } from './candidate';
import { detectJsonEnvelopes } from './detect-json';
import { detectGo, detectKeyValueForms } from './detect-go';
import { detectDotnet, detectPythonRepr, detectSdkException } from './detect-exception';
import { detectNodeDump } from './detect-node';
import { detectCosXml } from './detect-xml';
import { detectCosGo, detectCosJava } from './detect-cos-sdk';
import { detectCosPythonDict } from './detect-cos-python';
import { detectCamRequestId, detectCodeColonMessage, detectCpp, detectLegacyApi2 } from './detect-misc';
import { withoutEscapes } from './ansi';
import { inferProduct, mayHoldProductHint, productContext } from './product';
import { capLongLines, longLines, longLineSegments, segmentStep, type LineSegment } from './long-lines';
import { DEFAULT_MAX_LINE_LENGTH } from './limits';
import { MAX_CODE_LENGTH, OTHER_CLOUD } from './patterns';
import { anchorOf, overlaps, shiftFinding } from './spans';
import { lineEndAt, lineStartAt, linesAfter, linesBefore } from './text';
import type { Finding, ScanOptions, ScanResult, Span } from './types';

/** Strong detectors first: where two shapes claim the same text, the more specific one wins. */
const DETECTORS: ReadonlyArray<(text: string, emit: Emit) => void> = [
  detectJsonEnvelopes,
  detectGo,
  detectSdkException,
  detectPythonRepr,
  detectNodeDump,
  detectCosXml,
  detectCosPythonDict,
  detectCosGo,
  detectCosJava,
  detectCpp,
  detectDotnet,
  detectKeyValueForms,
  detectCodeColonMessage,
  detectLegacyApi2,
  detectCamRequestId,
];

export const DEFAULT_MAX_FINDINGS = 10_000;
export { DEFAULT_MAX_LINE_LENGTH };

/** Finds every Tencent Cloud API error (and success envelope) in a text. Never throws. */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  if (typeof text !== 'string' || text.length === 0) return { findings: [], truncated: false };
  const plain = withoutEscapes(text);
  if (!plain) return scanPlain(text, options);
  const result = scanPlain(plain.text, options);
  return { ...result, findings: result.findings.map(plain.toOriginal) };
}

function scanPlain(text: string, options: ScanOptions): ScanResult {
  const candidates: Candidate[] = [];
  const emit: Emit = (c) => {
    // A "code" longer than any real one is not a code, so the shape around it is not an error we can explain.
    if (c.code !== null && c.code.length > MAX_CODE_LENGTH) return;
    if (c.span.start >= 0 && c.span.end <= text.length && c.span.start <= c.span.end) candidates.push(c);
  };
  const maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const long = longLines(text, maxLine);
  // Same length as `text`, so offsets need no mapping; message texts come from the examined part only.
  runDetectors(capLongLines(text, maxLine, long), emit);
  if (long.length > 0) {
    const step = segmentStep(maxLine);
    // The rest of each long line belongs to its segments: drop what the main pass saw cut short there.
    const kept = candidates.filter((c) => {
      const line = lineHolding(long, c.span.start);
      return !line || c.span.start < line.start + step;
    });
    candidates.length = 0;
    candidates.push(...kept);
    const otherCloud = new Map<number, boolean>();
    // Once per line, not per segment: a 10 MB line has hundreds of segments.
    const namesOtherCloud = (line: Span) => {
      let verdict = otherCloud.get(line.start);
      if (verdict === undefined) otherCloud.set(line.start, (verdict = OTHER_CLOUD.test(text.slice(line.start, line.end))));
      return verdict;
    };
    for (const segment of longLineSegments(text, maxLine, long)) scanSegment(text, segment, namesOtherCloud, emit);
  }
  const accepted = resolveOverlaps(candidates);
  const max = Math.max(0, options.maxFindings ?? DEFAULT_MAX_FINDINGS);
  const kept = accepted.slice(0, max);
  const findings = kept.map((c, i) =>
    finish(text, c, i > 0 ? Math.min(kept[i - 1].span.end, c.span.start) : 0, i + 1 < kept.length ? Math.max(kept[i + 1].span.start, c.span.end) : text.length));
  return { findings, truncated: accepted.length > max };
}

function runDetectors(text: string, emit: Emit): void {
  for (const detect of DETECTORS) {
    try {
      detect(text, emit);
    } catch {
      // A detector bug must cost only that detector's findings, never the whole scan.
    }
  }
}

/** The span among `lines` (sorted, disjoint) that holds `offset`, by binary search. */
function lineHolding(lines: readonly Span[], offset: number): Span | null {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const line = lines[lo - 1];
  return line && offset < line.end ? line : null;
}

/**
 * One piece of a long line, examined on its own; its findings that start before the hand-off are kept. Loose
 * shapes check the line for another cloud's name, and a segment holds only part of the line: on a line that names
 * another cloud, the segment's loose (weak) candidates are dropped, as the detectors would have on the whole line.
 */
function scanSegment(text: string, segment: LineSegment, namesOtherCloud: (line: Span) => boolean, emit: Emit): void {
  const local: Candidate[] = [];
  runDetectors(text.slice(segment.start, segment.end), (c) => local.push(c));
  for (const c of local) {
    if (segment.start + c.span.start >= segment.handOff) continue;
    if (c.strength === 'weak' && namesOtherCloud(segment.line)) continue;
    emit({ ...shiftFinding(c, segment.start), strength: c.strength });
  }
}

/**
 * Strong candidates give way only to an earlier one claiming the same code token (or, without a code,
 * the same text); weak ones give way to anything they touch. Accepted spans are kept sorted by start, so
 * each candidate is compared only with the few spans that can reach it (big logs have thousands).
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const order = (c: Candidate) => (c.strength === 'strong' ? 0 : 1);
  const sorted = candidates.map((c, i) => ({ c, i })).sort((a, b) => order(a.c) - order(b.c) || a.i - b.i);
  const accepted: Candidate[] = [];
  let longest = 0;
  for (const { c } of sorted) {
    const at = firstStartAtOrAfter(accepted, c.span.end);
    let clash = false;
    for (let j = at - 1; j >= 0 && !clash; j--) {
      const a = accepted[j];
      if (a.span.start + longest < c.span.start) break;
      clash = clashes(a, c);
    }
    if (clash) continue;
    accepted.splice(firstStartAtOrAfter(accepted, c.span.start), 0, c);
    longest = Math.max(longest, c.span.end - c.span.start);
  }
  return accepted.sort((a, b) => anchorOf(a) - anchorOf(b));
}

function clashes(a: Candidate, c: Candidate): boolean {
  if (c.strength === 'weak') return overlaps(a.span, c.span) || overlaps(a.codeSpan, c.codeSpan);
  if (c.codeSpan && a.codeSpan) return overlaps(a.codeSpan, c.codeSpan);
  return overlaps(a.span, c.span) && (!c.codeSpan || !a.codeSpan);
}

/** Index of the first accepted candidate whose span starts at or after `offset` (binary search). */
function firstStartAtOrAfter(accepted: Candidate[], offset: number): number {
  let lo = 0;
  let hi = accepted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (accepted[mid].span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `floor` and `ceiling`: where the previous finding ends and the next one starts, so their context is not taken for this one's. */
function finish(text: string, c: Candidate, floor: number, ceiling: number): Finding {
  const { strength: _strength, ...finding } = c;
  void _strength;
  // A detector that knows the product (COS XML) says so; the others leave it to the context.
  return { ...finding, product: finding.product ?? inferProduct(text, c.span, floor, ceiling) };
}

/** Context for a hover: a few lines first (cheap), more only when the line may belong to a multi-line shape. */
const NEAR_LINES = 10;
const NEAR_CHARS = 4 * 1024;
const WIDE_LINES = 80;
const WIDE_CHARS = 64 * 1024;
/**
 * The characters around `offset` that findingAt can read: its widest window, plus the product context (under
 * 8 KB each way, see productContext). An editor hands it only this much of a big document (O(1) per hover).
 */
export const FINDING_AT_REACH = { before: WIDE_CHARS + 8 * 1024, after: WIDE_CHARS + 8 * 1024 } as const;
/** Lines that can be one piece of a pretty envelope, a Node dump or a wrapped SDK message. */
const MULTI_LINE_HINT = /"(?:Code|Message|RequestId|Error|Response)"|\b(?:code|requestId|traceId):|CloudSDKHttpException|Message=|RequestId=|<(?:Error|Code|Message|RequestId)>/;

/** The finding whose code, message or RequestId covers `offset`, looking only at the lines around it. Never throws. */
export function findingAt(text: string, offset: number): Finding | null {
  if (typeof text !== 'string' || !(offset >= 0 && offset <= text.length)) return null;
  try {
    const near = findingIn(text, offset, NEAR_LINES, NEAR_CHARS);
    if (near) return near;
    const line = text.slice(lineStartAt(text, offset), lineEndAt(text, offset));
    return MULTI_LINE_HINT.test(line) ? findingIn(text, offset, WIDE_LINES, WIDE_CHARS) : null;
  } catch {
    return null;
  }
}

function findingIn(text: string, offset: number, lines: number, chars: number): Finding | null {
  const start = linesBefore(text, offset, lines, chars);
  const end = linesAfter(text, offset, lines, chars);
  const local = offset - start;
  const { findings } = scanText(text.slice(start, end));
  const covers = (s: Span | null) => !!s && s.start <= local && local <= s.end;
  const hit = findings.find((f) => covers(f.codeSpan) || covers(f.requestIdSpan) || covers(f.messageSpan));
  if (!hit) return null;
  const found = shiftFinding(hit, start);
  // The product depends on the lines around the finding (and on the findings next to it): when the window does
  // not hold all of them, the finding is looked at again in a window that does, so the hover says what a full scan says.
  const context = productContext(text, found.span);
  const above = text.slice(context.start, Math.max(context.start, start));
  const below = text.slice(Math.min(end, context.end), context.end);
  if (!mayHoldProductHint(above) && !mayHoldProductHint(below)) return found;
  const wider = { start: Math.min(start, context.start), end: Math.max(end, context.end) };
  const again = scanText(text.slice(wider.start, wider.end)).findings.map((f) => shiftFinding(f, wider.start));
  return again.find((f) => f.span.start === found.span.start && f.span.end === found.span.end) ?? found;
}
