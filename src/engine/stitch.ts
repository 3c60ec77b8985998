// Scans an unbounded text in windows with bounded memory. Each window is cut at a line boundary and
// starts with the last lines of the previous one (the carry-over), so an occurrence that spans a cut
// (a pretty-printed envelope, a multi-line SDK dump) is seen whole in one window.
//
// Exactly-once: window k reports only the findings that start before its carry-over begins; those that
// start inside the carry-over are left to window k+1, which sees them with the text that follows. Every
// absolute offset thus belongs to exactly one window. A finding that overlaps one already reported (the
// tail of a long dump re-read in the carry-over) is dropped.

import { shiftFinding } from './spans';
import { lineEndAt } from './text';
import type { Finding, ScanResult, Span } from './types';
import { LineIndex, type Position } from './positions';

export type ScanFn = (text: string) => ScanResult;

export interface StitchOptions {
  /** New text (UTF-16 code units) gathered before a window is scanned. */
  chunkSize: number;
  /** The carry-over holds at most this many lines… */
  carryLines: number;
  /** …and at most this many code units. */
  carryChars: number;
  /**
   * Findings starting before this offset of the input are context only: neither reported nor allowed to hide
   * the ones after it (a parallel CLI worker's lead-in, whose findings belong to the previous range).
   */
  reportFrom?: number;
}

export const DEFAULT_STITCH_OPTIONS: StitchOptions = { chunkSize: 1 << 20, carryLines: 200, carryChars: 256 * 1024 };

/** A finding with spans made absolute (offsets into the whole input) and the position of its anchor. */
export interface LocatedFinding {
  finding: Finding;
  start: Position;
  end: Position;
}

/**
 * The text a finding points at: its code, else its RequestId, else its message, else the first line of the
 * occurrence (`text`: the one its offsets are in). Never empty when the occurrence is not: an SDK network failure
 * has only a message, and an empty range is a squiggle nobody sees and a column with nothing under it.
 */
export function anchorSpan(finding: Finding, text?: string): Span {
  const token = finding.codeSpan ?? finding.requestIdSpan ?? finding.messageSpan;
  if (token) return token;
  const { start } = finding.span;
  const end = text === undefined ? finding.span.end : Math.min(finding.span.end, lineEndAt(text, start));
  return { start, end };
}

export class ChunkStitcher {
  private buffer = '';
  /** Text pushed but not yet joined to `buffer`: `+=` on every read would build a rope that is slow to index. */
  private pending: string[] = [];
  private pendingLength = 0;
  /** Length of the carry-over at the head of `buffer`. */
  private carried = 0;
  /** Absolute offset and position of buffer[0]. */
  private bufferOffset = 0;
  private bufferPosition: Position = { line: 1, column: 1 };
  /** Absolute end of the furthest finding reported so far. */
  private reportedUntil = 0;

  constructor(
    private readonly scan: ScanFn,
    private readonly options: StitchOptions = DEFAULT_STITCH_OPTIONS,
  ) {}

  /** Code units currently held; stays below chunkSize + carryChars + the largest piece pushed. */
  get bufferedLength(): number {
    return this.buffer.length + this.pendingLength;
  }

  /** Adds text; returns the findings that are now final, in order. */
  push(text: string): LocatedFinding[] {
    const out: LocatedFinding[] = [];
    if (text.length === 0) return out;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.buffer.length + this.pendingLength - this.carried < this.options.chunkSize) return out;
    this.join();
    while (this.buffer.length - this.carried >= this.options.chunkSize) {
      const cut = windowCut(this.buffer, this.carried);
      if (cut <= this.carried) break;
      this.scanWindow(cut, false, out);
    }
    return out;
  }

  /** Scans what is left; returns its findings. */
  end(): LocatedFinding[] {
    const out: LocatedFinding[] = [];
    this.join();
    if (this.buffer.length > 0) this.scanWindow(this.buffer.length, true, out);
    this.buffer = '';
    this.carried = 0;
    return out;
  }

  private join(): void {
    if (this.pending.length === 0) return;
    this.pending.unshift(this.buffer);
    this.buffer = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
  }

  private scanWindow(cut: number, final: boolean, out: LocatedFinding[]): void {
    const text = this.buffer.slice(0, cut);
    const index = new LineIndex(text, this.bufferPosition);
    const keepFrom = final ? text.length : carryStart(text, index, this.options);
    const result = safeScan(this.scan, text);
    const base = this.bufferOffset;
    let reachedUntil = this.reportedUntil;
    const sorted = [...result.findings].sort((a, b) => a.span.start - b.span.start);
    const reportFrom = this.options.reportFrom ?? 0;
    for (const local of sorted) {
      if (!final && local.span.start >= keepFrom) continue;
      if (base + local.span.start < reportFrom) continue;
      if (base + local.span.start < this.reportedUntil) continue;
      const anchor = anchorSpan(local, text);
      out.push({ finding: shiftFinding(local, base), start: index.positionAt(anchor.start), end: index.positionAt(anchor.end) });
      reachedUntil = Math.max(reachedUntil, base + local.span.end);
    }
    this.reportedUntil = reachedUntil;
    if (final) return;
    this.bufferPosition = index.positionAt(keepFrom);
    this.bufferOffset = base + keepFrom;
    this.carried = cut - keepFrom;
    this.buffer = this.buffer.slice(keepFrom);
  }
}

function safeScan(scan: ScanFn, text: string): ScanResult {
  // The engine promises never to throw; a CLI run over a whole disk should survive if it ever does.
  try {
    return scan(text);
  } catch {
    return { findings: [], truncated: false };
  }
}

/**
 * Where to end a window: after the last line break past the carry-over. A line longer than the whole
 * buffer is cut anyway (so memory stays bounded), never inside a \r\n pair or a surrogate pair.
 */
export function windowCut(buffer: string, carried: number): number {
  const lf = buffer.lastIndexOf('\n');
  // A lone \r after the last \n also ends a line; only the tail after it needs a look (a backward search
  // for \r over a whole window of a \n-only log would cost as much as the window). A trailing \r may be
  // the first half of a \r\n still to come, so it does not count.
  let cr = -1;
  for (let i = buffer.indexOf('\r', lf + 1); i >= 0 && i < buffer.length - 1; i = buffer.indexOf('\r', i + 1)) cr = i;
  const last = Math.max(lf, cr);
  if (last >= carried) return last + 1;
  return safeCut(buffer, buffer.length);
}

function safeCut(text: string, at: number): number {
  let cut = at;
  const before = text.charCodeAt(cut - 1);
  if (before === 13 || (before >= 0xd800 && before <= 0xdbff)) cut--;
  return cut;
}

/** Start of the carry-over: the last `carryLines` lines, shortened to fit `carryChars`, at a line start if possible. */
export function carryStart(text: string, index: LineIndex, options: StitchOptions): number {
  const lastLine = index.lineCount - 1;
  // A text ending with a line break has an empty last "line"; it does not count.
  const complete = index.lineStart(lastLine) === text.length ? lastLine : lastLine + 1;
  let start = index.lineStart(Math.max(0, complete - options.carryLines));
  const limit = text.length - options.carryChars;
  if (start < limit) {
    let line = complete - 1;
    while (line > 0 && index.lineStart(line) >= limit) line--;
    const candidate = index.lineStart(line + 1);
    start = candidate >= limit && candidate < text.length ? candidate : safeCut(text, Math.max(limit, 0));
  }
  return Math.max(0, start);
}

