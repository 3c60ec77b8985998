import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { memoryIo } from '../../src/cli/memory-io';
import { run } from '../../src/cli/run';
import { helpText } from '../../src/cli/help';

const line = (code: string, id: string) => `[TencentCloudSDKError] Code=${code}, Message=m, RequestId=${id}`;
const LOG = [line('AuthFailure.SignatureExpire', 'r1'), line('InvalidParameter.Foo', 'r2'), line('ResourceNotFound', 'r3')].join('\n') + '\n';

function project(config?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'tcerr-noise-'));
  mkdirSync(join(dir, 'logs', 'archive'), { recursive: true });
  writeFileSync(join(dir, 'logs', 'app.log'), LOG);
  writeFileSync(join(dir, 'logs', 'archive', 'old.log'), LOG);
  if (config !== undefined) writeFileSync(join(dir, '.tcerr.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

async function scan(args: string[], cwd?: string) {
  const io = memoryIo();
  const argv = ['scan', '--json', ...args];
  const code = await run(argv, io, cwd ? { scan: { scan: (await import('../../src/engine/scan')).scanText, cwd } } : {});
  const report = io.stdout.text ? JSON.parse(io.stdout.text) : null;
  const codes = (report?.files ?? []).flatMap((f: { path: string; findings: { code: string; severity: string }[] }) => f.findings.map((x) => `${f.path.split(/[\\/]/).slice(-1)[0]}:${x.code}:${x.severity}`));
  return { code, codes, stderr: io.stderr.text };
}

test('scan flags: --exclude-code drops matching codes, --severity changes levels; off drops', async () => {
  const dir = project();
  const r = await scan(['--no-config', '--exclude-code', 'InvalidParameter*', '--severity', 'auth=warning', '--severity=ResourceNotFound=off', join(dir, 'logs', 'app.log')]);
  assert.deepEqual(r.codes, ['app.log:AuthFailure.SignatureExpire:warning']);
  assert.equal(r.code, 1, 'a warning still fails the scan');
  const quiet = await scan(['--no-config', '--severity', 'auth=information', '--severity', 'parameter=hint', '--exclude-code', 'ResourceNotFound', join(dir, 'logs', 'app.log')]);
  assert.deepEqual(quiet.codes, ['app.log:AuthFailure.SignatureExpire:information', 'app.log:InvalidParameter.Foo:information']);
  assert.equal(quiet.code, 0, 'only information left: exit 0');
});

test('.tcerr.json above the scanned path is read: codes, files (relative to it), severities; flags add to it', async () => {
  const dir = project(`{
    // comments are fine
    "tcerr.exclude.codes": ["ResourceNotFound"],
    "exclude": { "files": ["logs/archive/**"] },
    "diagnostics.severity": { "InvalidParameter*": "hint" },
  }`);
  const r = await scan([join(dir, 'logs')]);
  assert.deepEqual(r.codes, ['app.log:AuthFailure.SignatureExpire:error', 'app.log:InvalidParameter.Foo:information']);
  const flagged = await scan(['--exclude-code', 'AuthFailure.*', '--severity', 'InvalidParameter.Foo=error', join(dir, 'logs')]);
  assert.deepEqual(flagged.codes, ['app.log:InvalidParameter.Foo:error']);
  const none = await scan(['--no-config', join(dir, 'logs')]);
  assert.equal(none.codes.length, 6);
});

test('--config names the file; a bad config or flag is a usage error (exit 2), never a crash', async () => {
  const dir = project();
  writeFileSync(join(dir, 'quiet.json'), JSON.stringify({ exclude: { codes: ['*'] } }));
  const r = await scan(['--config', join(dir, 'quiet.json'), join(dir, 'logs')]);
  assert.deepEqual(r.codes, []);
  assert.equal(r.code, 0);
  writeFileSync(join(dir, 'broken.json'), '{ nope');
  const bad = await scan(['--config', join(dir, 'broken.json'), join(dir, 'logs')]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /broken\.json: not a JSON object/);
  const missing = await scan(['--config', join(dir, 'absent.json'), join(dir, 'logs')]);
  assert.equal(missing.code, 2);
  const flag = await scan(['--no-config', '--severity', 'auth', join(dir, 'logs')]);
  assert.equal(flag.code, 2);
  assert.match(flag.stderr, /--severity needs key=level/);
  assert.equal(parseArgs(['decode', '--exclude-code', 'X']).kind, 'usage-error');
});

test('a .tcerr.json value of the wrong shape stops the scan with a message, as the same mistake in a flag does', async () => {
  const cases: Array<[unknown, RegExp]> = [
    [{ 'diagnostics.severity': { auth: 'nope' } }, /"auth" has level "nope"/],
    [{ 'diagnostics.severity': ['auth=warning'] }, /"diagnostics\.severity" must be an object/],
    [{ 'exclude.codes': 'AuthFailure.*' }, /"exclude\.codes" must be a list of strings/],
    [{ exclude: { files: [1] } }, /"exclude\.files" must be a list of strings/],
  ];
  for (const [config, message] of cases) {
    const dir = project(config);
    const r = await scan([join(dir, 'logs')]);
    assert.equal(r.code, 2, JSON.stringify(config));
    assert.match(r.stderr, message);
    assert.match(r.stderr, /\.tcerr\.json/, 'names the file');
  }
  const fine = await scan([join(project({ 'diagnostics.severity': { auth: 'Warning', parameter: 'info' } }), 'logs')]);
  assert.equal(fine.code, 1, 'levels are read case-insensitively, and info is information');
});

test('the help documents the noise options and .tcerr.json', () => {
  const help = helpText('scan');
  for (const word of ['--exclude-code', '--severity', '--config', '--no-config', '.tcerr.json', 'exclude.files']) assert.ok(help.includes(word), word);
  assert.ok(helpText('main').includes('--exclude-code'));
});

test('the team catalog (.tcerr/catalog.json) above the scanned path explains its codes, wherever tcerr runs from', async () => {
  const dir = project();
  mkdirSync(join(dir, '.tcerr'));
  const team = { entries: [{ code: 'InvalidParameter.Foo', title: { en: 'Our deploy script sent a stale flag', 'zh-CN': '部署脚本传了过期参数' } }] };
  writeFileSync(join(dir, '.tcerr', 'catalog.json'), JSON.stringify(team));
  const elsewhere = mkdtempSync(join(tmpdir(), 'tcerr-cwd-'));
  const io = memoryIo();
  await run(['scan', '--json', join(dir, 'logs', 'app.log')], io, { scan: { scan: (await import('../../src/engine/scan')).scanText, cwd: elsewhere } });
  const finding = JSON.parse(io.stdout.text).files[0].findings.find((f: { code: string }) => f.code === 'InvalidParameter.Foo');
  assert.deepEqual([finding.title, finding.source], ['Our deploy script sent a stale flag', 'team']);
});
