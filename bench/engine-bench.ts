// In-process engine measurements, bundled by bench/run.mjs and run in a fresh Node process.
// argv: <json options>; prints one JSON object on stdout.
//   full scan of a ~N MB document; findingAt on a document of L lines (random positions and on codes);
//   rescanAfterEdit after random one-character edits in the N MB document.
import { scanText, findingAt } from '../src/engine/scan';
import { rescanAfterEdit } from '../src/engine/incremental';
// @ts-ignore: plain ES module shared with the CLI benchmark.
import { generateText, prng } from './generate.mjs';

interface Options {
  scanMB: number;
  scanRuns: number;
  hoverLines: number;
  hoverSamples: number;
  edits: number;
}

const options: Options = JSON.parse(process.argv[2] ?? '{}');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function time<T>(fn: () => T): [number, T] {
  const t0 = process.hrtime.bigint();
  const v = fn();
  return [Number(process.hrtime.bigint() - t0) / 1e6, v];
}

/** A document of exactly `lines` lines of the benchmark log. */
function textOfLines(lines: number): string {
  let text = generateText(lines * 160, 11) as string;
  let at = -1;
  for (let n = 0; n < lines; n++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) {
      text += text;
      at = text.indexOf('\n', at + 1);
    }
  }
  return text.slice(0, at + 1);
}

const out: Record<string, number> = {};

/** Available when run with --expose-gc (bench/run.mjs does). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

// Full scan.
const doc = generateText(options.scanMB * 1024 * 1024) as string;
scanText(doc); // warm-up: JIT, regex compilation
const scanTimes: number[] = [];
let findings = scanText(doc).findings;
for (let i = 0; i < options.scanRuns; i++) {
  const [ms, result] = time(() => scanText(doc));
  scanTimes.push(ms);
  findings = result.findings;
}
const bestScan = Math.min(...scanTimes);
out.scanChars = doc.length;
out.scanFindings = findings.length;
out.scanMs = bestScan;
out.scanMBps = doc.length / 1024 / 1024 / (bestScan / 1000);

// Incremental rescan after a one-character edit (typing) at random places.
{
  const rand = prng(99);
  let text = doc;
  let previous = scanText(text).findings;
  const times: number[] = [];
  for (let i = 0; i < options.edits; i++) {
    const start = Math.floor(rand() * text.length);
    const inserted = rand() < 0.5 ? 'x' : '';
    const end = inserted ? start : Math.min(text.length, start + 1);
    text = text.slice(0, start) + inserted + text.slice(end);
    // An editor's getText() is a flat string; a concatenation is a rope that the first slice would flatten
    // (a 40 MB copy) inside the timed call. Flatten it here, untimed.
    /\u0000/.test(text);
    const [ms, result] = time(() => rescanAfterEdit(text, previous, { start, end, insertedLength: inserted.length }));
    times.push(ms);
    previous = result.findings;
  }
  out.editP50Ms = percentile(times, 50);
  out.editP99Ms = percentile(times, 99);
}

// Hover on a document of many lines: random positions, and positions on error codes.
{
  // The edits above left hundreds of 20 MB strings behind; their collection would land in this loop's tail,
  // which an editor's heap (one document, hovered) does not have.
  collectGarbage();
  const text = textOfLines(options.hoverLines);
  const rand = prng(5);
  const codes: number[] = [];
  for (const re of [/Code=/g, /code:/g, /"Code"/g]) {
    for (let m = re.exec(text); m && codes.length < 1e6; m = re.exec(text)) codes.push(m.index + m[0].length + 3);
  }
  for (let i = 0; i < 200; i++) findingAt(text, Math.floor(rand() * text.length)); // warm-up
  const anywhere: number[] = [];
  const onCodes: number[] = [];
  let hits = 0;
  for (let i = 0; i < options.hoverSamples; i++) {
    const [ms] = time(() => findingAt(text, Math.floor(rand() * text.length)));
    anywhere.push(ms);
    const [ms2, hit] = time(() => findingAt(text, codes[Math.floor(rand() * codes.length)]));
    onCodes.push(ms2);
    if (hit) hits++;
  }
  out.hoverLines = options.hoverLines;
  out.hoverP50Ms = percentile(anywhere, 50);
  out.hoverP99Ms = percentile(anywhere, 99);
  out.hoverOnCodeP50Ms = percentile(onCodes, 50);
  out.hoverOnCodeP99Ms = percentile(onCodes, 99);
  out.hoverOnCodeHitRate = hits / options.hoverSamples;
}

process.stdout.write(JSON.stringify(out) + '\n');
