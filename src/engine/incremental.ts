import { DEFAULT_MAX_FINDINGS, scanText } from './scan';
import { MAX_SHAPE_REACH } from './limits';
import { anchorOf, shiftFinding } from './spans';
import { lineEndAt, lineStartAt } from './text';
import type { Finding, ScanOptions, ScanResult } from './types';

/** One replacement, in the coordinates of the text before it: [start, end) became `insertedLength` chars. */
export interface Edit {
  start: number;
  end: number;
  insertedLength: number;
}

/**
 * The findings of `text` after one edit, given the findings before it. No shape reads further than
 * MAX_SHAPE_REACH from its start, so only findings starting within that reach of the edit can change: they
 * are found again by scanning that zone plus the same reach on each side (for context), and every other
 * finding is kept, shifted. A keystroke in a 20 MB log costs a scan of about a megabyte. Never throws;
 * what it cannot do incrementally it does with a full scan.
 */
export function rescanAfterEdit(text: string, previous: readonly Finding[], edit: Edit, options: ScanOptions = {}): ScanResult {
  try {
    const delta = edit.insertedLength - (edit.end - edit.start);
    if (!(edit.start >= 0 && edit.end >= edit.start && edit.start + edit.insertedLength <= text.length)) return scanText(text, options);
    const zoneStart = Math.max(0, edit.start - MAX_SHAPE_REACH);
    const zoneEnd = Math.min(text.length, edit.start + edit.insertedLength + MAX_SHAPE_REACH);
    const windowStart = lineStartAt(text, Math.max(0, zoneStart - MAX_SHAPE_REACH));
    const windowEnd = lineEndAt(text, Math.min(text.length, zoneEnd + MAX_SHAPE_REACH));
    const kept = previous
      .filter((f) => f.span.start < zoneStart || f.span.start >= edit.end + MAX_SHAPE_REACH)
      .map((f) => (f.span.start < zoneStart ? f : shiftFinding(f, delta)));
    const fresh = scanText(text.slice(windowStart, windowEnd), { ...options, maxFindings: Number.POSITIVE_INFINITY })
      .findings.map((f) => shiftFinding(f, windowStart))
      .filter((f) => f.span.start >= zoneStart && f.span.start < zoneEnd);
    const all = [...kept, ...fresh].sort((a, b) => anchorOf(a) - anchorOf(b));
    const max = Math.max(0, options.maxFindings ?? DEFAULT_MAX_FINDINGS);
    return { findings: all.slice(0, max), truncated: all.length > max };
  } catch {
    return scanText(text, options);
  }
}
