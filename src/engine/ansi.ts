import { shiftFinding } from './spans';
import type { Finding, Span } from './types';

/**
 * Terminal colour and hyperlink sequences (CSI such as `ESC[1m`, OSC such as OSC 8 links, and two-character
 * escapes). Logs captured from a terminal carry them around codes and ids (`Code=ESC[1mAuthFailureESC[0m`),
 * which would hide the shapes from the detectors.
 */
const ESCAPE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g;

/** Text with the escape sequences removed, and how to map its offsets back to the original. */
export interface WithoutEscapes {
  text: string;
  toOriginal(finding: Finding): Finding;
}

export function withoutEscapes(text: string): WithoutEscapes | null {
  if (text.indexOf('\x1b') < 0) return null;
  /** cleanAt[i]: offset in the cleaned text where removal i happened; removedUpTo[i]: characters removed by 0..i. */
  const cleanAt: number[] = [];
  const removedUpTo: number[] = [];
  let removed = 0;
  const cleaned = text.replace(ESCAPE, (match, offset: number) => {
    cleanAt.push(offset - removed);
    removed += match.length;
    removedUpTo.push(removed);
    return '';
  });
  // A start maps past escapes just before it; an (exclusive) end maps before escapes just after it.
  const shift = (at: number, inclusive: boolean) => {
    let lo = 0;
    let hi = cleanAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (inclusive ? cleanAt[mid] <= at : cleanAt[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : removedUpTo[lo - 1];
  };
  const span = (s: Span): Span => ({ start: s.start + shift(s.start, true), end: s.end + shift(s.end, s.end === s.start) });
  const maybe = (s: Span | null) => (s ? span(s) : null);
  return {
    text: cleaned,
    toOriginal: (f) => ({
      ...shiftFinding(f, 0),
      span: span(f.span),
      codeSpan: maybe(f.codeSpan),
      messageSpan: maybe(f.messageSpan),
      requestIdSpan: maybe(f.requestIdSpan),
    }),
  };
}
