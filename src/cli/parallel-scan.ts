// A big regular file scanned by several worker threads: it is cut into byte ranges at line breaks, each
// worker scans whole ranges (see scan-worker.ts), and the findings are delivered here in file order, each
// range's as soon as the ranges before it are done. Only a few ranges are in flight at a time, so memory does
// not grow with the file. The result is the same as the one-thread scan's (a test compares them).

import { open, type FileHandle } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { encodingOf } from '../engine/text-encoding';
import type { LocatedFinding } from './stitch';
import { BINARY_SNIFF_BYTES, type StreamScanOutcome } from './stream-scan';
import type { RangeTask, WorkerMessage } from './scan-worker';

export interface ParallelScanOptions {
  jobs: number;
  /** The script a worker runs: the CLI bundle itself (it branches on `workerData`). */
  workerScript: string;
  /** Bytes per range; by default a few ranges per worker, between 2 and 16 MB. */
  rangeBytes?: number;
}

/** Marks a worker of the CLI bundle (checked in main.ts). */
export const WORKER_FLAG = 'tcerrScanWorker';
const MIN_RANGE = 2 * 1024 * 1024;
const MAX_RANGE = 16 * 1024 * 1024;
const PROBE_BYTES = 64 * 1024;
/**
 * A worker's live data is one window (a few MB) and its findings, but V8 grows a heap far beyond that before
 * collecting; capped, two workers and the main thread stay under the CLI's memory budget (150 MB on a 1 GB log).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

export function defaultRangeBytes(size: number, jobs: number): number {
  return Math.min(MAX_RANGE, Math.max(MIN_RANGE, Math.ceil(size / (jobs * 4))));
}

export async function scanFileParallel(
  path: string,
  size: number,
  options: ParallelScanOptions,
  onFindings: (findings: LocatedFinding[]) => void | Promise<void>,
): Promise<StreamScanOutcome | 'not-utf8'> {
  let ranges: RangeTask[];
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(Math.min(size, BINARY_SNIFF_BYTES));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    // Ranges are cut at byte offsets of line breaks, which only UTF-8 makes simple: UTF-16 goes the one-thread way.
    if (encodingOf(head.subarray(0, bytesRead)) !== 'utf-8') return 'not-utf8';
    if (head.subarray(0, bytesRead).includes(0)) return 'binary';
    ranges = await splitRanges(handle, path, size, options.rangeBytes ?? defaultRangeBytes(size, options.jobs));
  } finally {
    await handle.close();
  }
  await runRanges(ranges, options, onFindings);
  return 'scanned';
}

/** Ranges of about `rangeBytes`, each starting after a \n or a lone \r; the last one runs to the end of the file. */
export async function splitRanges(handle: FileHandle, path: string, size: number, rangeBytes: number): Promise<RangeTask[]> {
  const starts = [0];
  const probe = new Uint8Array(PROBE_BYTES + 1);
  let target = Math.max(1, rangeBytes);
  while (target < size) {
    const start = await lineStartFrom(handle, probe, target, size);
    if (start === null) break;
    starts.push(start);
    target = start + Math.max(1, rangeBytes);
  }
  return starts.map((start, index) => ({ index, path, start, end: index + 1 < starts.length ? starts[index + 1] : null }));
}

/** The first line start after a break at or after `from` (null when there is none before the end). */
async function lineStartFrom(handle: FileHandle, probe: Uint8Array, from: number, size: number): Promise<number | null> {
  for (let at = from; at < size; at += PROBE_BYTES) {
    const { bytesRead } = await handle.read(probe, 0, probe.length, at);
    if (bytesRead === 0) return null;
    for (let i = 0; i < Math.min(bytesRead, PROBE_BYTES); i++) {
      const c = probe[i];
      if (c === 10) return at + i + 1 < size ? at + i + 1 : null;
      // A \r ends a line only when no \n follows (else the range would start between \r and \n).
      if (c === 13 && i + 1 < bytesRead && probe[i + 1] !== 10) return at + i + 1;
    }
  }
  return null;
}

interface RangeState {
  batches: LocatedFinding[][];
  taken: number;
  done: { breaks: number; length: number } | null;
  error: Error | null;
}

async function runRanges(
  ranges: RangeTask[],
  options: ParallelScanOptions,
  onFindings: (findings: LocatedFinding[]) => void | Promise<void>,
): Promise<void> {
  const states: (RangeState | null)[] = ranges.map(() => ({ batches: [], taken: 0, done: null, error: null }));
  const count = Math.max(1, Math.min(options.jobs, ranges.length));
  // Ranges scanned ahead of the one being written: bounded, so a slow first range cannot make findings pile up.
  const ahead = count + 1;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  let failure: Error | null = null;
  let next = 0;
  let writing = 0;
  let finished = false;
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  const dispatch = () => {
    while (idle.length > 0 && next < ranges.length && next < writing + ahead) idle.pop()!.postMessage(ranges[next++]);
  };
  for (let i = 0; i < count; i++) {
    const worker = new Worker(options.workerScript, { workerData: { [WORKER_FLAG]: true }, resourceLimits: WORKER_LIMITS });
    workers.push(worker);
    idle.push(worker);
    worker.on('message', (m: WorkerMessage) => {
      const state = states[m.index];
      if (!state) return;
      if (m.kind === 'findings') state.batches.push(m.findings);
      else if (m.kind === 'done') {
        state.done = { breaks: m.breaks, length: m.length };
        idle.push(worker);
        dispatch();
      } else state.error = Object.assign(new Error(m.message), m.code ? { code: m.code } : {});
      notify();
    });
    worker.on('error', (err) => {
      failure ??= err;
      notify();
    });
    worker.on('exit', (code) => {
      if (!finished) failure ??= new Error(`scan worker stopped (exit code ${code})`);
      notify();
    });
  }
  try {
    dispatch();
    let lineBase = 0;
    let offsetBase = 0;
    // End of the furthest finding of the ranges before (the stitcher compares with earlier windows only, too).
    let before = 0;
    let reportedUntil = 0;
    for (let k = 0; k < ranges.length; k++) {
      writing = k;
      dispatch();
      const state = states[k]!;
      for (;;) {
        if (state.error) throw state.error;
        if (failure) throw failure;
        if (state.taken < state.batches.length) {
          const batch = state.batches[state.taken];
          state.batches[state.taken++] = [];
          const out: LocatedFinding[] = [];
          for (const l of batch) {
            const located = absolute(l, offsetBase, lineBase);
            // As the one-thread stitcher: a finding overlapping one already reported (a long shape that ran
            // over from the previous range) is the tail of that one.
            if (located.finding.span.start < before) continue;
            reportedUntil = Math.max(reportedUntil, located.finding.span.end);
            out.push(located);
          }
          if (out.length > 0) await onFindings(out);
          continue;
        }
        if (state.done) break;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      before = reportedUntil;
      lineBase += state.done.breaks;
      offsetBase += state.done.length;
      states[k] = null;
    }
  } finally {
    finished = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function absolute(l: LocatedFinding, offset: number, lines: number): LocatedFinding {
  const f = l.finding;
  const move = (s: { start: number; end: number } | null) => (s ? { start: s.start + offset, end: s.end + offset } : null);
  return {
    finding: { ...f, span: move(f.span)!, codeSpan: move(f.codeSpan), messageSpan: move(f.messageSpan), requestIdSpan: move(f.requestIdSpan) },
    start: { line: l.start.line + lines, column: l.start.column },
    end: { line: l.end.line + lines, column: l.end.column },
  };
}
