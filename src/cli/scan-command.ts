// `tcerr scan`: walks the paths, streams each input through the detectors, reports as it goes.

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
import { describeFsError, walkPaths } from './walk';
import { userExplainer } from './user-catalog';
import { judgeLocated, loadCliNoise, relativeToBase, type NoiseFlags } from './noise-config';


export interface ScanRequest {
  paths: string[];
  json: boolean;
  noColor: boolean;
  language: Language;
  /** --exclude-code, --severity, --config; `.tcerr.json` is looked up when absent. */
  noise?: NoiseFlags;
  /** False with --no-redact: credentials in messages are then printed as found. */
  redact?: boolean;
}

export interface ScanDeps {
  scan: ScanFn;
  /** Window sizes; tests make them tiny to put cuts where they want. */
  stitch?: StitchOptions;
  explain?: Explainer;
  /** Where `.tcerr.json` is looked for when no path names a folder (tests set it). */
  cwd?: string;
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
  const explain = deps.explain ?? (await userExplainer(request.language, io));
  const output = request.json
    ? jsonOutput(io.stdout, io.stderr)
    : textOutput(io.stdout, io.stderr, useColour(io.stdout.isTTY, request.noColor, io.env));
  const totals = emptyTotals();
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
    const source = item.kind === 'stdin' ? io.stdin : io.openFile(item.path);
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
      const outcome = await scanStream(source, { scan: deps.scan, stitch: deps.stitch, skipBinary: item.kind === 'file', onFindings });
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
