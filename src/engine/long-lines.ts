// Keeps one enormous line (a minified 10 MB response, a base64 payload in a debug log) from making the detectors'
// per-match line work quadratic, without losing the errors on it: the main pass examines the first `max`
// characters of a long line, and the rest is examined in segments of at most `max` characters, each one
// overlapping the next, so every segment costs what an ordinary line of `max` characters costs.

import type { Span } from './types';

/**
 * The text with the part of every line beyond `max` characters blanked out as line breaks. Same length, so every
 * offset found in the result is an offset into `text` (the blanked parts are left to `longLineSegments`). Returns
 * `text` itself when no line is longer than `max`.
 */
export function capLongLines(text: string, max: number, lines: readonly Span[] = longLines(text, max)): string {
  if (lines.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const line of lines) {
    const cut = avoidSplitPair(text, line.start + max);
    parts.push(text.slice(from, cut), '\n'.repeat(line.end - cut));
    from = line.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** A piece of a long line to examine on its own; it reports the findings that start in [start, handOff). */
export interface LineSegment extends Span {
  handOff: number;
  /** The whole line it belongs to (line-wide checks, such as another cloud named on the line, look at all of it). */
  line: Span;
}

/**
 * A shape that starts in a segment's first `max - overlap` characters is seen with at least this much text after
 * it, more than any one-line error needs; one that starts later is left to the next segment.
 */
export const SEGMENT_OVERLAP = 4096;

/** How far apart segments start; the main pass reports a long line's findings up to `line.start + step`. */
export function segmentStep(max: number): number {
  return Math.max(1, max - Math.min(SEGMENT_OVERLAP, Math.floor(max / 2)));
}

/** The parts of the long lines beyond what the main pass (capLongLines) reports. */
export function longLineSegments(text: string, max: number, lines: readonly Span[]): LineSegment[] {
  const step = segmentStep(max);
  const out: LineSegment[] = [];
  for (const line of lines) {
    for (let start = line.start + step; start < line.end; start += step) {
      const end = Math.min(line.end, avoidSplitPair(text, start + max));
      const handOff = end >= line.end ? line.end : start + step;
      out.push({ start, end, handOff, line });
    }
  }
  return out;
}

/** Lines (ended by \n, \r\n or a lone \r) longer than `max`, in order. */
export function longLines(text: string, max: number): Span[] {
  const out: Span[] = [];
  if (!(max >= 1) || text.length <= max) return out;
  // Cheap pass over \n-separated segments; only a segment longer than `max` can hold a long line (\r also ends one).
  for (let segStart = 0; segStart < text.length; ) {
    const nl = text.indexOf('\n', segStart);
    const segEnd = nl < 0 ? text.length : nl;
    if (segEnd - segStart > max) {
      let lineStart = segStart;
      for (let i = segStart; i <= segEnd; i++) {
        if (i < segEnd && text.charCodeAt(i) !== 13) continue;
        if (i - lineStart > max) out.push({ start: lineStart, end: i });
        lineStart = i + 1;
      }
    }
    segStart = segEnd + 1;
  }
  return out;
}

/** Never leave half a surrogate pair at the cut. */
function avoidSplitPair(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}
