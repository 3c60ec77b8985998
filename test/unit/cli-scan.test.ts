import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from '../../src/cli/memory-io';
import { run, defaultScanDeps } from '../../src/cli/run';

const GO_LINE =
  '[TencentCloudSDKError] Code=AuthFailure.SignatureFailure, Message=bad, RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6';
const SUCCESS = '{"Response":{"RequestId":"5c6a3a53-0000-4000-8000-000000000001"}}';
const PRETTY = (code: string, id: string, eol = '\n') =>
  ['{', '  "Response": {', '    "Error": {', `      "Code": "${code}",`, '      "Message": "nope"', '    },', `    "RequestId": "${id}"`, '  }', '}'].join(eol);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tcerr-cli-'));
}

const FINDING_KEYS = [
  'kind', 'code', 'message', 'requestId', 'origin', 'format', 'severity',
  'line', 'column', 'endLine', 'endColumn', 'title', 'source', 'product', 'definedBy',
].sort();

/** Checks the --json contract (version 1) and returns the parsed report. */
function validateReport(stdout: string): { version: number; files: { path: string; findings: Record<string, unknown>[]; error?: string }[] } {
  const report = JSON.parse(stdout);
  assert.deepEqual(Object.keys(report).sort(), ['files', 'version']);
  assert.equal(report.version, 1);
  assert.ok(Array.isArray(report.files));
  for (const file of report.files) {
    assert.equal(typeof file.path, 'string');
    assert.ok(Array.isArray(file.findings));
    for (const key of Object.keys(file)) assert.ok(['path', 'findings', 'error'].includes(key), `unexpected file key ${key}`);
    if ('error' in file) assert.equal(typeof file.error, 'string');
    for (const f of file.findings) {
      assert.deepEqual(Object.keys(f).sort(), FINDING_KEYS);
      assert.ok(['error', 'success'].includes(f.kind));
      for (const k of ['code', 'message', 'requestId', 'product']) assert.ok(f[k] === null || typeof f[k] === 'string', k);
      assert.ok(['server', 'client', 'legacy'].includes(f.origin));
      assert.equal(typeof f.format, 'string');
      assert.ok(['error', 'warning', 'information'].includes(f.severity));
      for (const k of ['line', 'column', 'endLine', 'endColumn']) assert.ok(Number.isInteger(f[k]) && f[k] >= 1, k);
      assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column));
      assert.equal(typeof f.title, 'string');
      assert.ok(f.title.length > 0);
      assert.ok(['catalog', 'fallback'].includes(f.source));
      assert.ok(Array.isArray(f.definedBy) && f.definedBy.every((p: unknown) => typeof p === 'string'));
    }
  }
  return report;
}

test('a Go SDK error line is reported as file:line:col with severity, code, meaning and RequestId; exit 1', async () => {
  const dir = tempDir();
  const file = join(dir, 'app.log');
  writeFileSync(file, `starting\r\n2024-05-01 12:00:00 ${GO_LINE}\r\n`);
  const io = memoryIo();
  assert.equal(await run(['scan', file], io), 1);
  const column = '2024-05-01 12:00:00 [TencentCloudSDKError] Code='.length + 1;
  assert.match(io.stdout.text, new RegExp(`^${escape(file)}:2:${column}: error AuthFailure\\.SignatureFailure \\S.* \\(RequestId ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\\)\\n$`));
  assert.match(io.stderr.text, /1 error, 0 warnings, 0 information in 1 file scanned/);
});

test('--json: one object, every file listed (even without findings), findings with the contract fields', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.log'), `${GO_LINE}\n`);
  writeFileSync(join(dir, 'clean.txt'), 'nothing to see\n');
  writeFileSync(join(dir, 'ok.json'), SUCCESS);
  const io = memoryIo();
  assert.equal(await run(['scan', '--json', dir], io), 1);
  const report = validateReport(io.stdout.text);
  assert.deepEqual(report.files.map((f) => f.path), ['a.log', 'clean.txt', 'ok.json'].map((n) => join(dir, n)));
  const [go] = report.files[0].findings;
  assert.equal(go.kind, 'error');
  assert.equal(go.code, 'AuthFailure.SignatureFailure');
  assert.equal(go.message, 'bad');
  assert.equal(go.requestId, 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6');
  assert.equal(go.format, 'go-sdk');
  assert.equal(go.origin, 'server');
  assert.equal(go.severity, 'error');
  assert.equal(go.source, 'catalog');
  assert.deepEqual([go.line, go.column, go.endLine, go.endColumn], [1, 29, 1, 29 + 'AuthFailure.SignatureFailure'.length]);
  assert.deepEqual(report.files[1].findings, []);
  const [ok] = report.files[2].findings;
  assert.equal(ok.kind, 'success');
  assert.equal(ok.code, null);
  // A success envelope points at its RequestId.
  assert.equal(ok.column, SUCCESS.indexOf('5c6a3a53') + 1);
});

test('success envelopes alone do not make scan fail', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'ok.json'), SUCCESS);
  const io = memoryIo();
  assert.equal(await run(['scan', join(dir, 'ok.json')], io), 0);
  assert.match(io.stdout.text, /information Success/);
});

test('nothing found: exit 0, empty stdout, a summary on stderr', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'x.log'), 'all quiet\n');
  const io = memoryIo();
  assert.equal(await run(['scan', dir], io), 0);
  assert.equal(io.stdout.text, '');
  assert.match(io.stderr.text, /0 errors, 0 warnings, 0 information in 1 file scanned/);
});

test('an unreadable path exits 2 after scanning the others, and --json still lists it with an error', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.log'), `${GO_LINE}\n`);
  const missing = join(dir, 'missing.log');
  const io = memoryIo();
  assert.equal(await run(['scan', '--json', missing, join(dir, 'a.log')], io), 2);
  const report = validateReport(io.stdout.text);
  assert.deepEqual(report.files[0], { path: missing, findings: [], error: 'no such file or folder' });
  assert.equal(report.files[1].findings.length, 1);
  assert.match(io.stderr.text, /missing\.log: no such file or folder/);

  const text = memoryIo();
  assert.equal(await run(['scan', missing, join(dir, 'a.log')], text), 2);
  assert.match(text.stderr.text, /missing\.log: no such file or folder/);
  assert.match(text.stdout.text, /AuthFailure\.SignatureFailure/);
});

test('a file without read permission is reported, not fatal', { skip: process.getuid?.() === 0 ? 'root reads everything' : false }, async () => {
  const dir = tempDir();
  const locked = join(dir, 'locked.log');
  writeFileSync(locked, GO_LINE);
  chmodSync(locked, 0o000);
  const io = memoryIo();
  assert.equal(await run(['scan', '--json', dir], io), 2);
  const report = validateReport(io.stdout.text);
  assert.deepEqual(report.files, [{ path: locked, findings: [], error: 'permission denied' }]);
});

test('a folder walk skips node_modules, .git and binary files', async () => {
  const dir = tempDir();
  for (const sub of ['node_modules/pkg', '.git/logs', 'src/deep']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'node_modules/pkg/error.log'), GO_LINE);
  writeFileSync(join(dir, '.git/logs/HEAD'), GO_LINE);
  writeFileSync(join(dir, 'blob.bin'), GO_LINE + '\0\x01\x02');
  writeFileSync(join(dir, 'src/deep/real.log'), GO_LINE);
  const io = memoryIo();
  assert.equal(await run(['scan', '--json', dir], io), 1);
  const report = validateReport(io.stdout.text);
  assert.deepEqual(report.files.map((f) => f.path), [join(dir, 'src/deep/real.log')]);
});

test('standard input is scanned with "-" (and as <stdin>)', async () => {
  const io = memoryIo({ stdin: ['noise\n', GO_LINE.slice(0, 30), GO_LINE.slice(30) + '\n'] });
  assert.equal(await run(['scan', '-'], io), 1);
  assert.match(io.stdout.text, /^<stdin>:2:29: error AuthFailure\.SignatureFailure /);
});

test('control sequences in the input never reach the terminal', async () => {
  const evil = '[TencentCloudSDKError] Code=AuthFailure.SignatureFailure, Message=\x1b]0;pwned\x07bad\x1b[2J, RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6';
  const io = memoryIo({ stdin: [evil + '\n'] });
  await run(['scan', '-'], io);
  assert.doesNotMatch(io.stdout.text + io.stderr.text, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
});

test('colour only on a terminal, never with --no-color or NO_COLOR', async () => {
  const tty = memoryIo({ stdin: [GO_LINE], stdoutIsTTY: true });
  await run(['scan', '-'], tty);
  assert.match(tty.stdout.text, /\x1b\[/);
  for (const [args, env] of [[['scan', '--no-color', '-'], {}], [['scan', '-'], { NO_COLOR: '1' }]] as const) {
    const io = memoryIo({ stdin: [GO_LINE], stdoutIsTTY: true, env });
    await run([...args], io);
    assert.doesNotMatch(io.stdout.text, /\x1b/);
  }
  const pipe = memoryIo({ stdin: [GO_LINE] });
  await run(['scan', '-'], pipe);
  assert.doesNotMatch(pipe.stdout.text, /\x1b/);
});

test('a real pretty-printed envelope placed across a chunk boundary is found once, on the right line', async () => {
  const dir = tempDir();
  const file = join(dir, 'big.log');
  const head = Array.from({ length: 50 }, (_, i) => `2024-05-01 line ${i} request handled fine`).join('\r\n') + '\r\n';
  const body = PRETTY('ResourceNotFound.InstanceNotExist', 'c0ffee00-0000-4000-8000-000000000042', '\r\n');
  writeFileSync(file, head + body + '\r\n' + head);
  const codeLine = 50 + 4;
  for (const chunkSize of [head.length - 40, head.length + 10, head.length + 60, head.length + 120]) {
    const io = memoryIo();
    const deps = { scan: { ...defaultScanDeps(), stitch: { chunkSize, carryLines: 20, carryChars: 8192 } } };
    assert.equal(await run(['scan', '--json', file], io, deps), 1);
    const findings = validateReport(io.stdout.text).files[0].findings;
    assert.equal(findings.length, 1, `chunkSize ${chunkSize}`);
    assert.equal(findings[0].code, 'ResourceNotFound.InstanceNotExist');
    assert.equal(findings[0].line, codeLine, `chunkSize ${chunkSize}`);
    assert.equal(findings[0].column, '      "Code": "'.length + 1);
  }
});

test('--lang zh-CN gives the meaning in Chinese', async () => {
  const io = memoryIo({ stdin: [GO_LINE] });
  await run(['scan', '--json', '--lang', 'zh-CN', '-'], io);
  const [f] = validateReport(io.stdout.text).files[0].findings;
  assert.match(String(f.title), /[\u4e00-\u9fff]/);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** UTF-16 with its BOM, as Windows PowerShell 5 writes `>` redirections. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2 + (endian === 'le' ? 0 : 1)] = unit & 0xff;
    out[2 + i * 2 + (endian === 'le' ? 1 : 0)] = unit >> 8;
  }
  return out;
}

test('a UTF-16 log with a BOM (PowerShell 5) is scanned and decoded as text, not skipped as binary', async () => {
  const dir = tempDir();
  const text = `PS> python app.py\r\n错误 ${GO_LINE}\r\n`;
  for (const endian of ['le', 'be'] as const) {
    const path = join(dir, `ps-${endian}.log`);
    writeFileSync(path, utf16(text, endian));
    const io = memoryIo();
    assert.equal(await run(['scan', '--json', path], io), 1, endian);
    const [finding] = validateReport(io.stdout.text).files[0].findings;
    assert.deepEqual([finding.code, finding.line, finding.column, finding.requestId], ['AuthFailure.SignatureFailure', 2, 32, 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6'], endian);
    const decoded = memoryIo();
    assert.equal(await run(['decode', '--json', path], decoded), 0);
    assert.equal(JSON.parse(decoded.stdout.text).findings[0].code, 'AuthFailure.SignatureFailure');
  }
});

test('a named pipe on the command line is read as a stream (tcerr scan <(command))', { skip: process.platform === 'win32' }, async () => {
  const dir = tempDir();
  const fifo = join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  const writer = new Promise<void>((resolve, reject) => {
    const w = createWriteStream(fifo);
    w.on('error', reject);
    w.end(`${GO_LINE}\n`, resolve);
  });
  const io = memoryIo();
  const [code] = await Promise.all([run(['scan', '--json', fifo], io), writer]);
  assert.equal(code, 1);
  assert.equal(validateReport(io.stdout.text).files[0].findings[0].code, 'AuthFailure.SignatureFailure');
});

test('a usage error with --json still answers one JSON object with the reason (exit 2)', async () => {
  const scan = memoryIo();
  assert.equal(await run(['scan', '--json', '--lang', 'fr', 'x.log'], scan), 2);
  assert.deepEqual(JSON.parse(scan.stdout.text), { version: 1, files: [], error: "unsupported language 'fr' for --lang (use en or zh-CN)" });
  const decode = memoryIo();
  assert.equal(await run(['decode', '--json', '--frob'], decode), 2);
  assert.deepEqual(Object.keys(JSON.parse(decode.stdout.text)).sort(), ['error', 'findings', 'version']);
  const plain = memoryIo();
  assert.equal(await run(['scan', '--lang', 'fr', 'x.log'], plain), 2);
  assert.equal(plain.stdout.text, '', 'no JSON unless asked for');
});

test('--json: an SDK network failure with no code and no RequestId points at its message, not at an empty column', async () => {
  // Found in review: the Node SDK's fetch failure came out as column 1 to endColumn 1 (nothing under it).
  const head = 'TencentCloudSDKHttpException [Error]: ';
  const message = 'request to https://cvm.tencentcloudapi.com/ failed, reason: connect ETIMEDOUT 10.0.0.1:443';
  const dump = [`${head}${message}`, '    at ClientRequest.<anonymous> (/app/node_modules/node-fetch/lib/index.js:1491:11) {', "  requestId: '',", "  traceId: '0f5b7f0e-1111-4222-8333-444455556666'", '}'].join('\n');
  const dir = tempDir();
  writeFileSync(join(dir, 'node.log'), `boot\n${dump}\n`);
  const io = memoryIo();
  await run(['scan', '--json', dir], io);
  const [f] = validateReport(io.stdout.text).files[0].findings;
  assert.equal(f.code, null);
  assert.equal(f.format, 'node-sdk');
  assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [2, head.length + 1, 2, head.length + 1 + message.length]);
});

test('--lang zh-CN: a family meaning is Chinese only, with no English words from the code in brackets', async () => {
  const io = memoryIo({ stdin: ['[TencentCloudSDKError] Code=OperationDenied.InstanceOperationInProgress, Message=busy, RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\n'] });
  assert.equal(await run(['scan', '--lang', 'zh-CN', '-'], io), 1);
  const line = io.stdout.text.trim();
  assert.match(line, /OperationDenied\.InstanceOperationInProgress [\u4e00-\u9fff]/);
  assert.doesNotMatch(line, /\(instance operation in progress\)/);
  const en = memoryIo({ stdin: ['[TencentCloudSDKError] Code=OperationDenied.InstanceOperationInProgress, Message=busy, RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\n'] });
  await run(['scan', '-'], en);
  assert.match(en.stdout.text, /\(instance operation in progress\)/);
});
