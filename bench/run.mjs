#!/usr/bin/env node
// `npm run bench`: how fast tcerr is on big logs, as ratios to ripgrep and grep measured in the same run, plus
// engine timings (full scan, hover, incremental refresh), the CLI's peak memory on 1 GB, the extension's
// activation time and the .vsix size. Prints one table and writes bench/results.json.
// `npm run bench:smoke` (`--smoke`): tiny sizes, no 1 GB, no packaging, rg/grep skipped when absent; it checks
// that everything runs and writes valid results (bench/out/results.smoke.json), never how fast.
//
// The CLI, the extension and the engine benchmark are bundled here (same esbuild options as scripts/build.mjs)
// into bench/out/, so a teammate rebuilding dist/ meanwhile cannot pull files from under a measurement.

import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateLog, SHAPE_COUNT } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const argValue = (name, fallback) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : fallback;
};
const MB = 1024 * 1024;
const SIZES = smoke ? [{ label: '256 KB', bytes: 256 * 1024 }] : [
  { label: '1 MB', bytes: 1 * MB },
  { label: '10 MB', bytes: 10 * MB },
  { label: '100 MB', bytes: 100 * MB },
];
const RUNS = Number(argValue('runs', smoke ? 1 : 5));
const WITH_GB = !smoke && !args.includes('--no-1g');
const GENERATOR_VERSION = 3;

/** rg and grep search for the same shapes tcerr recognises, with one extended regex. */
const FIRST = ['AuthFailure', 'FailedOperation', 'InternalError', 'InvalidParameter', 'InvalidParameterValue', 'LimitExceeded',
  'MissingParameter', 'OperationDenied', 'RequestLimitExceeded', 'ResourceInUse', 'ResourceInsufficient', 'ResourceNotFound',
  'ResourceUnavailable', 'UnauthorizedOperation', 'UnsupportedOperation'];
const PATTERN = [
  'TencentCloudSDK(Error|Exception)', 'CloudSDKHttpException', 'ErrorCode=', '"Code\\\\?"', 'codeDesc', '<Error>',
  'Code=[A-Z]', 'Code: [A-Z]', 'code:[A-Z]', `(${FIRST.join('|')})\\.[A-Za-z0-9_]+:`,
].join('|');

mkdirSync(OUT, { recursive: true });
const log = (s) => process.stderr.write(s + '\n');
const f0 = (v) => (typeof v === 'number' ? v.toFixed(0) : '-');

// ---- bundles ----
const common = { bundle: true, mainFields: ['module', 'main'], sourcemap: false, logLevel: 'warning', legalComments: 'none' };
const CLI = join(OUT, 'cli.js');
const EXT = join(OUT, 'extension.js');
const ENGINE = join(OUT, 'engine-bench.js');
const FLOOR = join(OUT, 'floor.js');
await Promise.all([
  build({ ...common, entryPoints: [join(ROOT, 'bench/floor.ts')], outfile: FLOOR, platform: 'node', format: 'cjs', target: 'node20' }),
  build({ ...common, entryPoints: [join(ROOT, 'src/cli/main.ts')], outfile: CLI, platform: 'node', format: 'cjs', target: 'node20' }),
  build({ ...common, entryPoints: [join(ROOT, 'src/vscode/extension.ts')], outfile: EXT, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] }),
  build({ ...common, entryPoints: [join(ROOT, 'bench/engine-bench.ts')], outfile: ENGINE, platform: 'node', format: 'cjs', target: 'node20' }),
]);

// ---- tools ----
function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}
if (!has('rg') && !smoke) {
  log('bench: ripgrep missing; installing the Debian package');
  spawnSync('sh', ['-c', '(apt-get install -y ripgrep || sudo -n apt-get install -y ripgrep) >/dev/null 2>&1'], { stdio: 'inherit' });
}
if (!existsSync('/usr/bin/time') && WITH_GB) {
  spawnSync('sh', ['-c', '(apt-get install -y time || sudo -n apt-get install -y time) >/dev/null 2>&1'], { stdio: 'inherit' });
}
const tools = { rg: has('rg'), grep: has('grep'), time: existsSync('/usr/bin/time') };

// ---- inputs ----
async function input(name, bytes) {
  const path = join(OUT, name);
  const meta = `${path}.meta.json`;
  if (existsSync(path) && existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8'));
    if (m.version === GENERATOR_VERSION && m.target === bytes && statSync(path).size === m.bytes) return { path, ...m };
  }
  log(`bench: generating ${name} (${(bytes / MB).toFixed(1)} MB)`);
  const info = await generateLog(path, bytes);
  const m = { version: GENERATOR_VERSION, target: bytes, ...info };
  writeFileSync(meta, JSON.stringify(m));
  return { path, ...m };
}

// ---- timing ----
/** Runs a command with stdout to a file (not /dev/null: GNU grep stops at the first match when it sees /dev/null). */
function timed(cmd, argv, label) {
  const outFile = join(OUT, `${label}.out`);
  const fd = openSync(outFile, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { stdio: ['ignore', fd, 'pipe'], maxBuffer: 64 * MB });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(fd);
  // tcerr exits 1 when it finds errors, grep/rg 1 when they find nothing.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, status: r.status, outFile, stderr: String(r.stderr ?? '') };
}

const commands = (file) => ({
  tcerr: ['node', [CLI, 'scan', '--json', file]],
  floor: ['node', [FLOOR, file]],
  rg: tools.rg ? ['rg', ['-n', '--no-config', '-e', PATTERN, file]] : null,
  grep: tools.grep ? ['grep', ['-nE', '-e', PATTERN, file]] : null,
});

/** Best of `runs`, interleaved so that noise (another process, the page cache) hits every tool alike. */
function race(file, runs) {
  const cmds = commands(file);
  const best = {};
  for (let i = 0; i < runs; i++) {
    for (const [name, c] of Object.entries(cmds)) {
      if (!c) continue;
      const { ms } = timed(c[0], c[1], name);
      best[name] = Math.min(best[name] ?? Infinity, ms);
    }
  }
  return best;
}

function countFindings(outFile) {
  const json = JSON.parse(readFileSync(outFile, 'utf8'));
  return json.files.reduce((n, f) => n + f.findings.length, 0);
}

const results = {
  date: new Date().toISOString(),
  mode: smoke ? 'smoke' : 'full',
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 1024 ** 3), node: process.version },
  pattern: PATTERN,
  cli: [],
  gigabyte: null,
  engine: null,
  activation: null,
  webBundleRequiresFs: null,
  vsixBytes: null,
};

// ---- CLI vs rg/grep ----
for (const size of SIZES) {
  const file = await input(`log-${size.bytes}.log`, size.bytes);
  // One untimed run each to warm the page cache and check the output.
  const check = timed('node', [CLI, 'scan', '--json', file.path], 'tcerr');
  const findings = countFindings(check.outFile);
  const best = race(file.path, RUNS);
  const row = {
    size: size.label, bytes: file.bytes, lines: file.lines, errorsWritten: file.errors, findings,
    tcerrMs: best.tcerr, rgMs: best.rg ?? null, grepMs: best.grep ?? null, floorMs: best.floor,
    tcerrMBps: file.bytes / MB / (best.tcerr / 1000),
    vsRg: best.rg ? best.tcerr / best.rg : null,
    vsGrep: best.grep ? best.tcerr / best.grep : null,
    floorVsRg: best.rg ? best.floor / best.rg : null,
  };
  results.cli.push(row);
  log(`bench: ${size.label}: tcerr ${best.tcerr.toFixed(0)} ms, rg ${best.rg?.toFixed(0) ?? '-'} ms, grep ${best.grep?.toFixed(0) ?? '-'} ms, ${findings} findings`);
}

// ---- 1 GB: streaming, peak memory ----
if (WITH_GB) {
  const file = await input('log-1g.log', 1024 * MB);
  const gb = { bytes: file.bytes, lines: file.lines };
  // GNU time reports the child's peak RSS (kB) and wall seconds on stderr; timed() keeps stderr.
  const r = tools.time
    ? timed('/usr/bin/time', ['-f', 'tcerr-rusage %M %e', 'node', CLI, 'scan', '--json', file.path], 'tcerr-1g')
    : timed('node', [CLI, 'scan', '--json', file.path], 'tcerr-1g');
  const rusage = /tcerr-rusage (\d+) /.exec(String(r.stderr ?? ''));
  gb.tcerrMs = r.ms;
  gb.peakRssMB = rusage ? Number(rusage[1]) / 1024 : null;
  gb.findings = countFindings(r.outFile);
  const cmds = commands(file.path);
  if (cmds.rg) gb.rgMs = timed(cmds.rg[0], cmds.rg[1], 'rg-1g').ms;
  if (cmds.grep) gb.grepMs = timed(cmds.grep[0], cmds.grep[1], 'grep-1g').ms;
  gb.vsRg = gb.rgMs ? gb.tcerrMs / gb.rgMs : null;
  gb.vsGrep = gb.grepMs ? gb.tcerrMs / gb.grepMs : null;
  results.gigabyte = gb;
  log(`bench: 1 GB: tcerr ${gb.tcerrMs.toFixed(0)} ms, peak RSS ${f0(gb.peakRssMB)} MB`);
}

// ---- engine, in process ----
{
  const opts = smoke
    ? { scanMB: 1, scanRuns: 1, hoverLines: 20_000, hoverSamples: 100, edits: 10 }
    : { scanMB: 20, scanRuns: 5, hoverLines: 1_000_000, hoverSamples: 2000, edits: 300 };
  const out = execFileSync('node', ['--max-old-space-size=8192', '--expose-gc', ENGINE, JSON.stringify(opts)], { encoding: 'utf8', maxBuffer: 16 * MB });
  results.engine = { ...opts, ...JSON.parse(out.trim().split('\n').pop()) };
  log(`bench: engine: scan ${results.engine.scanMs.toFixed(0)} ms, hover p99 ${results.engine.hoverP99Ms.toFixed(3)} ms, edit p99 ${results.engine.editP99Ms.toFixed(2)} ms`);
}

// ---- activation (fresh process each time, fake vscode module) ----
{
  const runs = [];
  for (let i = 0; i < (smoke ? 2 : 9); i++) {
    runs.push(JSON.parse(execFileSync('node', [join(ROOT, 'bench/activation.cjs'), EXT], { encoding: 'utf8' }).trim()));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  results.activation = {
    method: 'fresh node process, minimal fake vscode module, require(bundle) + activate(); median of runs',
    requireMs: median(runs.map((r) => r.requireMs)),
    activateMs: median(runs.map((r) => r.activateMs)),
    totalMs: median(runs.map((r) => r.totalMs)),
    bundleBytes: statSync(EXT).size,
  };
}

// ---- web bundle must not pull Node's fs; .vsix size ----
{
  // Same swap of Node-only modules for their `.web` twins as scripts/build.mjs does.
  const webTwins = { name: 'web-twins', setup(b) { b.onResolve({ filter: /\/large-file-source$/ }, (a) => ({ path: join(a.resolveDir, `${a.path}.web.ts`) })); } };
  const web = join(OUT, 'web-extension.js');
  await build({ ...common, entryPoints: [join(ROOT, 'src/vscode/extension.ts')], outfile: web, platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], plugins: [webTwins] });
  results.webBundleRequiresFs = /require\(["'](node:)?fs(\/promises)?["']\)/.test(readFileSync(web, 'utf8'));
  if (!smoke && !args.includes('--no-package')) {
    const r = spawnSync('npm', ['run', '-s', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status === 0) results.vsixBytes = statSync(join(ROOT, 'tcerr.vsix')).size;
    else log(`bench: npm run package failed: ${String(r.stderr).slice(0, 400)}`);
  }
}

// ---- report ----
const f = (v, d = 0) => (v === null || v === undefined || Number.isNaN(v) ? '-' : v.toFixed(d));
const rows = [
  ['measure', 'value', 'goal'],
  ...results.cli.map((r) => [`CLI ${r.size} (${r.findings} findings): tcerr / rg / grep -nE`, `${f(r.tcerrMs)} / ${f(r.rgMs)} / ${f(r.grepMs)} ms (${f(r.tcerrMBps)} MB/s); ×${f(r.vsRg, 2)} rg, ×${f(r.vsGrep, 2)} grep`, r.size === '100 MB' ? '≤ 3.0× rg, < 1× grep' : '']),
  ...results.cli.filter((r) => r.size === '100 MB' || smoke).map((r) => [`Node floor ${r.size}: read + decode + count lines, no scan`, `${f(r.floorMs)} ms; ×${f(r.floorVsRg, 2)} rg`, '']),
];
if (results.gigabyte) {
  const g = results.gigabyte;
  rows.push(['CLI 1 GB: time; ×rg, ×grep', `${f(g.tcerrMs)} ms; ×${f(g.vsRg, 2)} rg, ×${f(g.vsGrep, 2)} grep`, '']);
  rows.push(['CLI 1 GB: peak RSS', `${f(g.peakRssMB)} MB`, '< 150 MB']);
}
const e = results.engine;
rows.push(
  [`engine: full scanText of ${f(e.scanChars / MB, 1)} M chars`, `${f(e.scanMs)} ms (${f(e.scanMBps)} MB/s)`, '< 200 ms'],
  [`engine: findingAt on ${e.hoverLines.toLocaleString('en')} lines, random / on codes`, `p50 ${f(e.hoverP50Ms, 3)} p99 ${f(e.hoverP99Ms, 3)} / p50 ${f(e.hoverOnCodeP50Ms, 3)} p99 ${f(e.hoverOnCodeP99Ms, 3)} ms`, 'p99 < 1 ms'],
  [`engine: rescanAfterEdit, one-char edit, ${f(e.scanChars / MB, 1)} M chars`, `p50 ${f(e.editP50Ms, 2)} p99 ${f(e.editP99Ms, 2)} ms`, '< 50 ms'],
  ['extension: require + activate() (fake vscode)', `${f(results.activation.requireMs, 1)} + ${f(results.activation.activateMs, 1)} = ${f(results.activation.totalMs, 1)} ms (bundle ${f(results.activation.bundleBytes / 1024)} KB)`, '< 50 ms'],
  ['web bundle requires fs', String(results.webBundleRequiresFs), 'false'],
  ['tcerr.vsix', results.vsixBytes === null ? '-' : `${f(results.vsixBytes / 1024)} KB`, ''],
);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
const table = [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
const machine = `${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGB} GB, Node ${results.machine.node}`;
results.table = table;
const target = smoke ? join(OUT, 'results.smoke.json') : join(ROOT, 'bench', 'results.json');
writeFileSync(target, JSON.stringify(results, null, 2) + '\n');
JSON.parse(readFileSync(target, 'utf8'));
process.stdout.write(`${table}\n\nmachine: ${machine}; ${SHAPE_COUNT} error shapes in the generated logs\nwritten: ${target}\n`);
