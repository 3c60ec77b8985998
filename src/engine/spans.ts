import type { Finding, Span } from './types';

export function overlaps(a: Span | null, b: Span | null): boolean {
  return !!a && !!b && a.start < b.end && b.start < a.end;
}

/** Where a finding sits for sorting and line numbers: its code, else its RequestId, else its start. */
export function anchorOf(f: Finding): number {
  return (f.codeSpan ?? f.requestIdSpan ?? f.span).start;
}

/** The same finding with every span moved by `by` (from a window's offsets to the document's). */
export function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  const move = (s: Span | null) => (s ? { start: s.start + by, end: s.end + by } : null);
  return { ...f, span: move(f.span)!, codeSpan: move(f.codeSpan), messageSpan: move(f.messageSpan), requestIdSpan: move(f.requestIdSpan) };
}
