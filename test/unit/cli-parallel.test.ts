import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from '../../src/cli/memory-io';
import { run, defaultScanDeps } from '../../src/cli/run';
// The benchmark's generator writes every shape tcerr knows (some multi-line) among ordinary log lines.
import { generateText } from '../../bench/generate.mjs';

// The workers run the built CLI bundle (it branches on workerData), as the installed binary does.
const WORKER_SCRIPT = join(__dirname, '..', '..', 'dist', 'cli.js');

async function scan(file: string, jobs: number, rangeBytes?: number, json = true): Promise<{ stdout: string; stderr: string; code: number }> {
  const io = memoryIo();
  const deps = { ...defaultScanDeps(), parallel: { threshold: 0, rangeBytes, workerScript: WORKER_SCRIPT } };
  const code = await run(['scan', ...(json ? ['--json'] : []), '--no-config', '--jobs', String(jobs), file], io, { scan: deps });
  return { stdout: io.stdout.text, stderr: io.stderr.text, code };
}

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tcerr-parallel-')), name);
  writeFileSync(path, content);
  return path;
}

/** Every shape, with the line endings, hints and characters that make range boundaries delicate. */
function hostileLog(eol: 'lf' | 'crlf' | 'mixed'): string {
  const base = generateText(150_000, eol === 'lf' ? 11 : eol === 'crlf' ? 12 : 13, 0.25);
  const lines = base.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A product hint now and then (the finding after it takes its product from up to 4000 characters back).
    if (i % 37 === 5) out.push('2026-01-01 DEBUG POST https://cvm.tencentcloudapi.com/ HTTP/1.1');
    if (i % 53 === 7) out.push('2026-01-01 INFO 请求失败，稍后重试 — non-ASCII text 😀');
    out.push(lines[i]);
  }
  if (eol === 'lf') return out.join('\n');
  if (eol === 'crlf') return out.join('\r\n');
  // Mixed: \n, \r\n and lone \r, and a BOM at the start.
  return '\ufeff' + out.map((l, i) => l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\r' : '\n')).join('');
}

test('the worker script is built (npm run build) for the parallel-scan tests', () => {
  assert.ok(existsSync(WORKER_SCRIPT), `${WORKER_SCRIPT} missing`);
});

for (const eol of ['lf', 'crlf', 'mixed'] as const) {
  test(`a parallel scan reports exactly what the one-thread scan does, byte for byte (${eol}, shapes across range boundaries)`, async () => {
    const file = tempFile(`big-${eol}.log`, hostileLog(eol));
    const one = await scan(file, 1);
    const report = JSON.parse(one.stdout);
    assert.ok(report.files[0].findings.length > 50, 'the log holds many findings');
    // Ranges of a few KB: boundaries fall inside multi-line shapes, right before and after them, and between \r and \n.
    for (const [jobs, rangeBytes] of [[2, 4099], [3, 1500], [2, 65_536], [4, 777]] as const) {
      const many = await scan(file, jobs, rangeBytes);
      assert.equal(many.stdout, one.stdout, `jobs=${jobs} rangeBytes=${rangeBytes}`);
      assert.equal(many.code, one.code);
    }
    // The text output too (same findings, same order, same positions).
    assert.equal((await scan(file, 2, 3001, false)).stdout, (await scan(file, 1, undefined, false)).stdout);
  });
}

test('a parallel scan handles a file without line breaks, a tiny file, an empty file and a binary one like the one-thread scan', async () => {
  const go = '[TencentCloudSDKError] Code=AuthFailure.SignatureFailure, Message=bad, RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6';
  const files = [
    tempFile('one-line.log', `${'x'.repeat(5000)} ${go} ${'y'.repeat(5000)} ${go}`),
    tempFile('tiny.log', `${go}\n`),
    tempFile('empty.log', ''),
    tempFile('binary.log', new Uint8Array([0x41, 0x00, 0x42, 0x0a, ...Buffer.from(go)])),
  ];
  for (const file of files) {
    const one = await scan(file, 1);
    const many = await scan(file, 3, 1024);
    assert.deepEqual(many, one, file);
  }
});

test('a parallel scan of a missing file reports it as unreadable, like the one-thread scan', async () => {
  const missing = join(tmpdir(), 'tcerr-parallel-no-such-file.log');
  assert.deepEqual(await scan(missing, 2, 1024), await scan(missing, 1));
});

test('--jobs takes a positive number of threads', async () => {
  for (const bad of ['0', '-1', 'x', '']) {
    const io = memoryIo();
    assert.equal(await run(['scan', '--jobs', bad, 'x.log'], io), 2, bad);
    assert.match(io.stderr.text, /--jobs/);
  }
});

test('by default big files use workers only when a core is left over', async () => {
  const { defaultJobs } = await import('../../src/cli/scan-command');
  assert.deepEqual([1, 2, 3, 4, 8, 64].map(defaultJobs), [1, 1, 1, 3, 4, 4]);
});
