// One worker of a parallel scan: scans the byte ranges of a file it is given, one at a time, and posts their
// findings back. A range starts at a line start; the worker also reads a lead-in before it (context for
// look-behind, e.g. a product hint) and up to MAX_SHAPE_REACH past its end (so a shape starting in the range
// is seen whole), but reports only findings that start inside the range. Lines are counted from the range's
// first line (1) and the range's line breaks are reported at the end; the main thread adds the offsets.

import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { MAX_SHAPE_REACH } from '../engine/limits';
import { lineStarts } from '../engine/positions';
import { scanText } from '../engine/scan';
import { ChunkStitcher, DEFAULT_STITCH_OPTIONS, type LocatedFinding } from '../engine/stitch';
import { StreamingUtf8Decoder } from './utf8-decoder';

/** Context read before a range: more than any detector looks back (the product hint reads 4000 characters). */
export const LEAD_IN_BYTES = 8 * 1024;
/** Past the reach, the rest of the line is read too (a message runs to its line's end), up to this much. */
const LINE_TAIL_BYTES = 64 * 1024;
// Reads this small decode to ordinary heap strings; from about 1 MB Node makes external strings, which stay
// allocated until a full collection.
const READ_BYTES = 256 * 1024;
const LF = 10;
const CR = 13;

export interface RangeTask {
  index: number;
  path: string;
  /** Byte offsets; `end` null for the last range (read to the end of the file, as it is then). */
  start: number;
  end: number | null;
}

export type WorkerMessage =
  | { index: number; kind: 'findings'; findings: LocatedFinding[] }
  /** `breaks`: line breaks inside the range; `length`: its length in UTF-16 code units. */
  | { index: number; kind: 'done'; breaks: number; length: number }
  | { index: number; kind: 'error'; code: string | undefined; message: string };

export function runScanWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (task: RangeTask) => {
    try {
      const { breaks, length } = scanRange(task, (findings) => port.postMessage({ index: task.index, kind: 'findings', findings } satisfies WorkerMessage));
      port.postMessage({ index: task.index, kind: 'done', breaks, length } satisfies WorkerMessage);
    } catch (err) {
      const e = err as { code?: unknown; message?: unknown };
      port.postMessage({
        index: task.index,
        kind: 'error',
        code: typeof e?.code === 'string' ? e.code : undefined,
        message: typeof e?.message === 'string' ? e.message : String(err),
      } satisfies WorkerMessage);
    }
  });
}

/** Scans one range; `post` receives its findings in order, with range-relative lines and spans. */
export function scanRange(task: RangeTask, post: (findings: LocatedFinding[]) => void): { breaks: number; length: number } {
  const fd = openSync(task.path, 'r');
  try {
    const buffer = new Uint8Array(READ_BYTES);
    const search = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const leadBytes = readLeadIn(fd, task.start);
    // Only the file's own start may carry a BOM to drop (as the one-thread scan does); elsewhere U+FEFF is text.
    const decoder = new StreamingUtf8Decoder(task.start === 0);
    const lead = decoder.decode(leadBytes);
    const leadBreaks = lineStarts(lead).length - 1;
    const stitcher = new ChunkStitcher((text) => scanText(text, { maxFindings: Number.POSITIVE_INFINITY }), {
      ...DEFAULT_STITCH_OPTIONS,
      reportFrom: lead.length,
    });
    let until = Number.POSITIVE_INFINITY;
    const deliver = (found: LocatedFinding[]) => {
      const kept: LocatedFinding[] = [];
      for (const l of found) {
        if (l.finding.span.start >= until) continue;
        kept.push(relative(l, lead.length, leadBreaks));
      }
      if (kept.length > 0) post(kept);
    };
    stitcher.push(lead);

    // The range itself: decoded, scanned, its line breaks counted (\r\n once, a lone \r too).
    let at = task.start;
    let length = 0;
    let breaks = 0;
    let pendingCr = false;
    for (;;) {
      const want = task.end === null ? READ_BYTES : Math.min(READ_BYTES, task.end - at);
      if (want <= 0) break;
      const n = readSync(fd, buffer, 0, want, at);
      if (n <= 0) break;
      const bytes = buffer.subarray(0, n);
      // Buffer's indexOf is a native memchr; counting in a JS loop would cost as much as a regex pass.
      const view = search.subarray(0, n);
      for (let i = view.indexOf(LF); i >= 0; i = view.indexOf(LF, i + 1)) breaks++;
      for (let i = view.indexOf(CR); i >= 0; i = view.indexOf(CR, i + 1)) {
        if (i + 1 < n && bytes[i + 1] !== LF) breaks++;
      }
      // A \r at the end of a read: a break unless the next read starts with \n.
      if (pendingCr && bytes[0] !== LF) breaks++;
      pendingCr = bytes[n - 1] === CR;
      at += n;
      const text = decoder.decode(bytes);
      length += text.length;
      deliver(stitcher.push(text));
    }
    if (task.end === null) {
      const rest = decoder.end();
      length += rest.length;
      if (pendingCr) breaks++;
      deliver(stitcher.push(rest));
    } else {
      // The range ends after a line break, so nothing is pending in the decoder and a \r there was lone.
      if (pendingCr) breaks++;
      until = lead.length + length;
      readTail(fd, buffer, search, at, (text) => deliver(stitcher.push(text)), decoder);
    }
    deliver(stitcher.end());
    return { breaks, length };
  } finally {
    closeSync(fd);
  }
}

/** The bytes before `start` worth reading as context: from a line start (or a character start) within the lead-in. */
function readLeadIn(fd: number, start: number): Uint8Array {
  if (start === 0) return new Uint8Array(0);
  const from = Math.max(0, start - LEAD_IN_BYTES);
  const bytes = new Uint8Array(start - from);
  const n = readSync(fd, bytes, 0, bytes.length, from);
  let head = 0;
  if (from > 0) {
    const lf = Buffer.from(bytes.buffer, 0, n).indexOf(LF);
    if (lf >= 0) head = lf + 1;
    // No line start in the lead-in: begin at a character start at least.
    else while (head < n && (bytes[head] & 0xc0) === 0x80) head++;
  }
  return bytes.subarray(head, n);
}

/** Reads past the range: MAX_SHAPE_REACH bytes, then to the end of that line (bounded). */
function readTail(
  fd: number,
  buffer: Uint8Array,
  search: Buffer,
  from: number,
  push: (text: string) => void,
  decoder: StreamingUtf8Decoder,
): void {
  let at = from;
  let left = MAX_SHAPE_REACH;
  let lineTail = LINE_TAIL_BYTES;
  for (;;) {
    const want = Math.min(buffer.length, left > 0 ? left : lineTail);
    if (want <= 0) break;
    const n = readSync(fd, buffer, 0, want, at);
    if (n <= 0) break;
    let bytes = buffer.subarray(0, n);
    at += n;
    if (left > 0) {
      left -= n;
    } else {
      const lf = search.subarray(0, n).indexOf(LF);
      if (lf >= 0) bytes = bytes.subarray(0, lf + 1);
      lineTail = lf >= 0 ? 0 : lineTail - n;
    }
    push(decoder.decode(bytes));
  }
  push(decoder.end());
}

function relative(l: LocatedFinding, by: number, lines: number): LocatedFinding {
  const f = l.finding;
  const move = (s: { start: number; end: number } | null) => (s ? { start: s.start - by, end: s.end - by } : null);
  return {
    finding: { ...f, span: move(f.span)!, codeSpan: move(f.codeSpan), messageSpan: move(f.messageSpan), requestIdSpan: move(f.requestIdSpan) },
    start: { line: l.start.line - lines, column: l.start.column },
    end: { line: l.end.line - lines, column: l.end.column },
  };
}
