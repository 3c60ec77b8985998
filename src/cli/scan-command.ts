// `tcerr scan`: walks the paths, streams each input through the detectors, reports as it goes.

import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { redactFinding } from '../engine/redact';
import type { Language } from '../engine/types';
import { countsAsError, type Explainer } from './explain';
import { EXIT_FOUND, EXIT_OK, EXIT_USAGE, STDIN_NAME } from './exit-codes';
import { emptyTotals, useColour } from './format-text';
import type { CliIo } from './io';
import { sanitizeLine } from './sanitize';
import { jsonOutput, textOutput } from './scan-output';
import type { LocatedFinding, ScanFn, StitchOptions } from './stitch';
import { scanStream } from './stream-scan';
import { scanFileParallel } from './parallel-scan';
import { describeFsError, walkPaths } from './walk';
import { userExplainer } from './user-catalog';
import { judgeLocated, loadCliNoise, projectStart, relativeToBase, type NoiseFlags } from './noise-config';


export interface ScanRequest {
  paths: string[];
  json: boolean;
  noColor: boolean;
  language: Language;
  /** --exclude-code, --severity, --config; `.tcerr.json` is looked up when absent. */
  noise?: NoiseFlags;
  /** False with --no-redact: credentials in messages are then printed as found. */
  redact?: boolean;
  /** --jobs: threads for one big file; 1 scans on the main thread only. */
  jobs?: number;
}

export interface ScanDeps {
  scan: ScanFn;
  /** Window sizes; tests make them tiny to put cuts where they want. */
  stitch?: StitchOptions;
  explain?: Explainer;
  /** Where `.tcerr.json` is looked for when no path names a folder (tests set it). */
  cwd?: string;
  /**
   * Present when `scan` is the engine's own scanText: a regular file of at least `threshold` bytes is then
   * scanned by worker threads (which run the engine themselves). Tests make the sizes tiny.
   */
  parallel?: { threshold?: number; rangeBytes?: number; workerScript?: string };
}

/** Files smaller than this are scanned on the main thread: starting workers would cost more than it saves. */
export const PARALLEL_THRESHOLD = 8 * 1024 * 1024;
const MAX_DEFAULT_JOBS = 4;

/**
 * Workers only pay when a core is left for the main thread and the system: on 2 cores the second worker
 * gained nothing under load and each worker's heap pushed a 1 GB scan past 150 MB of memory.
 */
export function defaultJobs(cpus: number): number {
  return cpus >= 4 ? Math.min(cpus - 1, MAX_DEFAULT_JOBS) : 1;
}

export async function runScan(request: ScanRequest, io: CliIo, deps: ScanDeps): Promise<number> {
  let paths = request.paths;
  if (paths.length === 0) {
    if (io.stdin.isTTY) {
      await io.stderr.write("tcerr: scan needs a path (a file, a folder, or - for standard input); see 'tcerr scan --help'\n");
      return EXIT_USAGE;
    }
    paths = ['-'];
  }
  let cliNoise;
  try {
    cliNoise = await loadCliNoise(request.noise ?? { excludeCodes: [], severity: [], config: null }, paths, deps.cwd ?? process.cwd());
  } catch (err) {
    await io.stderr.write(`tcerr: ${sanitizeLine(err instanceof Error ? err.message : String(err))}\n`);
    return EXIT_USAGE;
  }
  const cwd = deps.cwd ?? process.cwd();
  const explain = deps.explain ?? (await userExplainer(request.language, io, await projectStart(paths, cwd), cwd));
  const output = request.json
    ? jsonOutput(io.stdout, io.stderr)
    : textOutput(io.stdout, io.stderr, useColour(io.stdout.isTTY, request.noColor, io.env));
  const totals = emptyTotals();
  const jobs = request.jobs ?? defaultJobs(availableParallelism());
  let errorsFound = false;
  let unreadable = false;

  for await (const item of walkPaths(paths)) {
    if (item.kind === 'error') {
      unreadable = true;
      totals.unreadable++;
      await output.beginFile(item.path);
      await output.endFile(item.path, item.reason);
      continue;
    }
    const path = item.kind === 'stdin' ? STDIN_NAME : item.path;
    // Opened lazily: a file scanned by workers is never opened as a stream.
    const source = item.kind === 'stdin' ? io.stdin : lazyStream(() => io.openFile(item.path));
    let begun = false;
    const begin = async () => {
      if (!begun) await output.beginFile(path);
      begun = true;
    };
    const onFindings = async (located: LocatedFinding[]) => {
      await begin();
      const { kept, records } = judgeLocated(located, explain, cliNoise, relativeToBase(path, cliNoise.base, item.kind === 'stdin'));
      located = kept;
      for (let i = 0; i < records.length; i++) {
        totals.bySeverity[records[i].severity]++;
        if (countsAsError(located[i].finding, records[i].severity)) errorsFound = true;
      }
      await output.findings(path, request.redact === false ? records : records.map(redactFinding));
    };
    try {
      const parallelSize = item.kind === 'file' && jobs > 1 && deps.parallel ? await sizeIfBig(item.path, deps.parallel.threshold ?? PARALLEL_THRESHOLD) : null;
      let outcome = parallelSize !== null && deps.parallel && item.kind === 'file'
        ? await scanFileParallel(item.path, parallelSize, { jobs, rangeBytes: deps.parallel.rangeBytes, workerScript: deps.parallel.workerScript ?? __filename }, onFindings)
        : null;
      if (outcome === null || outcome === 'not-utf8') {
        outcome = await scanStream(source, { scan: deps.scan, stitch: deps.stitch, skipBinary: item.kind === 'file', onFindings });
      }
      if (outcome === 'binary') {
        totals.skippedBinary++;
        if (item.kind === 'file' && item.explicit) await output.note(`${path}: skipped, looks binary (NUL byte in its first 8 KB)`);
        continue;
      }
      totals.files++;
      await begin();
      await output.endFile(path);
    } catch (err) {
      unreadable = true;
      totals.unreadable++;
      await begin();
      await output.endFile(path, describeFsError(err));
    }
  }
  await output.finish(totals);
  return unreadable ? EXIT_USAGE : errorsFound ? EXIT_FOUND : EXIT_OK;
}

/** The size of a regular file of at least `threshold` bytes, else null (then the one-thread path reports any error). */
async function sizeIfBig(path: string, threshold: number): Promise<number | null> {
  try {
    const info = await stat(path);
    return info.isFile() && info.size >= threshold ? info.size : null;
  } catch {
    return null;
  }
}

function lazyStream<T>(open: () => AsyncIterable<T>): AsyncIterable<T> {
  return { [Symbol.asyncIterator]: () => open()[Symbol.asyncIterator]() };
}
