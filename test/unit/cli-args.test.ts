import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from '../../src/cli/args';
import { memoryIo } from '../../src/cli/memory-io';
import { run } from '../../src/cli/run';
import pkg from '../../package.json';

test('no command, unknown command and unknown options are usage errors', () => {
  assert.equal(parseArgs([]).kind, 'usage-error');
  assert.deepEqual(parseArgs(['frobnicate']), { kind: 'usage-error', message: "unknown command 'frobnicate'" });
  assert.deepEqual(parseArgs(['--frob']), { kind: 'usage-error', message: "unknown option '--frob'" });
  assert.deepEqual(parseArgs(['scan', '--jsn', 'a.log']), { kind: 'usage-error', message: "unknown option '--jsn' for 'scan'" });
  assert.equal(parseArgs(['scan', '--json=yes', 'a.log']).kind, 'usage-error');
});

test('--lang takes en or zh-CN, as a separate or inline value', () => {
  assert.deepEqual(parseArgs(['scan', '--lang', 'zh-CN', 'x']), { kind: 'scan', paths: ['x'], json: false, noColor: false, language: 'zh-CN' });
  assert.deepEqual(parseArgs(['scan', '--lang=zh-cn', 'x']), { kind: 'scan', paths: ['x'], json: false, noColor: false, language: 'zh-CN' });
  assert.deepEqual(parseArgs(['scan', '--lang', 'fr', 'x']), { kind: 'usage-error', message: "unsupported language 'fr' for --lang (use en or zh-CN)" });
  assert.equal(parseArgs(['scan', 'x', '--lang']).kind, 'usage-error');
});

test('scan takes many paths, "-" for stdin, and "--" ends options', () => {
  assert.deepEqual(parseArgs(['scan', '--json', '--no-color', 'a', '-', '--', '--weird-name']), {
    kind: 'scan',
    paths: ['a', '-', '--weird-name'],
    json: true,
    noColor: true,
    language: 'en',
  });
});

test('decode takes at most one input', () => {
  assert.deepEqual(parseArgs(['decode']), { kind: 'decode', input: null, json: false, noColor: false, language: 'en' });
  assert.equal(parseArgs(['decode', 'a', 'b']).kind, 'usage-error');
});

test('a usage error exits 2 with the reason on stderr and nothing on stdout', async () => {
  const io = memoryIo();
  assert.equal(await run(['scan', '--bogus', 'x'], io), 2);
  assert.match(io.stderr.text, /unknown option '--bogus'/);
  assert.match(io.stderr.text, /tcerr --help/);
  assert.equal(io.stdout.text, '');
});

test('scan without a path on an interactive terminal is a usage error', async () => {
  const io = memoryIo();
  assert.equal(await run(['scan'], io), 2);
  assert.match(io.stderr.text, /scan needs a path/);
});

test('decode without input on an interactive terminal is a usage error', async () => {
  const io = memoryIo();
  assert.equal(await run(['decode'], io), 2);
  assert.match(io.stderr.text, /decode needs input/);
});

test('--version prints the package version; --help documents the exit codes', async () => {
  const io = memoryIo();
  assert.equal(await run(['--version'], io), 0);
  assert.equal(io.stdout.text, `${pkg.version}\n`);
  const help = memoryIo();
  assert.equal(await run(['--help'], help), 0);
  assert.match(help.stdout.text, /Exit status/);
  assert.match(help.stdout.text, /UTF-16/);
  const scanHelp = memoryIo();
  assert.equal(await run(['scan', '--help'], scanHelp), 0);
  assert.match(scanHelp.stdout.text, /"version":1/);
});
