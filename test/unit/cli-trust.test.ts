// The CLI on hostile and broken input: terminal sequences stripped, credentials masked, JSON always valid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseArgs } from '../../src/cli/args';
import { memoryIo } from '../../src/cli/memory-io';
import { run } from '../../src/cli/run';
import { sanitizeBlock, sanitizeLine, stringifyJsonSafe } from '../../src/cli/sanitize';
import { anyUnit } from './helpers/hostile';

const RID = 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6';
// Synthetic credentials in the right shape; not real ones.
const ID = 'AKID' + 'Zx9Q'.repeat(8);
const KEY = 'kEy7'.repeat(8);
const LEAK = `[TencentCloudSDKError] Code=AuthFailure.SecretIdNotFound, Message=The SecretId ${ID} is not found, RequestId=${RID}`;

/** Anything a terminal would act on: C0 (but tab and newline), DEL, C1, and the bidi controls. */
const TERMINAL_ACTIVE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

test('every terminal sequence family is stripped whole: CSI, OSC (BEL and ST), OSC 8 links, DCS, SOS/PM/APC, 8-bit C1, bidi', () => {
  const cases: [string, string][] = [
    ['a\x1b[1;31mb\x1b[0m', 'ab'],
    ['a\x1b[?25lb', 'ab'],
    ['a\x1b]0;title\x07b', 'ab'],
    ['a\x1b]0;title\x1b\\b', 'ab'],
    ['a\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07b', 'aclickb'],
    ['a\x1b]8;id=1;https://evil.example/\x1b\\click\x1b]8;;\x1b\\b', 'aclickb'],
    ['a\x1bP1;2|payload\x1b\\b', 'ab'],
    ['a\x1bXsos\x1b\\b\x1b^pm\x1b\\c\x1b_apc\x1b\\d', 'abcd'],
    ['a\x9b31mb', 'ab'],
    ['a\x9d0;title\x9cb', 'ab'],
    ['a\x90dcs\x9cb', 'ab'],
    ['a\x1bcb\x1b7c\x1b(Bd', 'abcd'],
    ['safe\u202egnp.exe\u202c \u2066x\u2069', 'safegnp.exe x'],
  ];
  for (const [input, expected] of cases) {
    assert.equal(sanitizeLine(input), expected, JSON.stringify(input));
    assert.doesNotMatch(sanitizeBlock(input), TERMINAL_ACTIVE, JSON.stringify(input));
  }
  // An unterminated OSC swallows the rest rather than letting its payload through.
  assert.equal(sanitizeLine('a\x1b]0;never ends'), 'a');
});

test('whatever the input, sanitised text holds nothing a terminal acts on, and JSON-safe text is the same value', () => {
  const text = fc.array(fc.oneof(anyUnit, fc.constantFrom('\x1b', '\x1b[', '\x1b]', '\x07', '\x9b', '\x9d', '\x9c', '\x1b\\', 'x', '\n', '\r')), { maxLength: 60 }).map((a) => a.join(''));
  fc.assert(
    fc.property(text, (t) => {
      assert.doesNotMatch(sanitizeLine(t), /[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
      assert.doesNotMatch(sanitizeBlock(t), TERMINAL_ACTIVE);
      const json = stringifyJsonSafe({ t });
      assert.doesNotMatch(json, /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
      assert.deepEqual(JSON.parse(json), { t });
    }),
    { numRuns: 500 },
  );
});

test('--json carries hostile messages escaped: valid JSON, no raw control characters, terminal escapes dropped, the rest kept', async () => {
  const message = 'evil\x1b]8;;https://x\x07link\x9b2J\u202e\x00end';
  const io = memoryIo({ stdin: [`[TencentCloudSDKError] Code=InvalidParameter, Message=${message}, RequestId=${RID}\n`] });
  assert.equal(await run(['scan', '--json', '-'], io), 1);
  assert.doesNotMatch(io.stdout.text, /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
  const report = JSON.parse(io.stdout.text);
  assert.equal(report.files[0].findings[0].message, 'evillink\x9b2J\u202e\x00end', 'the OSC 8 link is gone, other characters survive as data');
});

test('--json stays one valid object when paths fail: missing, binary, unreadable folder entries, and stdin together', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tcerr-trust-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'a.log'), `${LEAK}\n`);
  writeFileSync(join(dir, 'blob.bin'), 'x\0y');
  const io = memoryIo({ stdin: [`${LEAK}\n`] });
  const code = await run(['scan', '--json', join(dir, 'missing.log'), join(dir, 'blob.bin'), join(dir, 'sub'), '-', join(dir, 'missing-2')], io);
  assert.equal(code, 2, 'unreadable paths win over findings');
  const report = JSON.parse(io.stdout.text);
  const byPath = new Map(report.files.map((f: { path: string }) => [f.path, f]));
  assert.ok((byPath.get(join(dir, 'missing.log')) as { error?: string }).error);
  assert.ok((byPath.get(join(dir, 'missing-2')) as { error?: string }).error);
  assert.equal(byPath.has(join(dir, 'blob.bin')), false, 'a binary file is skipped, not reported as findings');
  assert.match(io.stderr.text, /blob\.bin: skipped, looks binary/);
  assert.equal((byPath.get('<stdin>') as { findings: unknown[] }).findings.length, 1);
  assert.equal((byPath.get(join(dir, 'sub', 'a.log')) as { findings: unknown[] }).findings.length, 1);
});

test('scan masks credentials in its output by default; --no-redact shows them', async () => {
  const masked = memoryIo({ stdin: [`${LEAK}\n`] });
  await run(['scan', '--json', '-'], masked);
  assert.ok(!masked.stdout.text.includes(ID));
  assert.ok(JSON.parse(masked.stdout.text).files[0].findings[0].message.includes('AKID****Zx9Q'));
  const plain = memoryIo({ stdin: [`${LEAK}\n`] });
  await run(['scan', '--json', '--no-redact', '-'], plain);
  assert.ok(JSON.parse(plain.stdout.text).files[0].findings[0].message.includes(ID));
});

test('decode masks credentials in the report, the messages and the payload (text and JSON); --no-redact shows them', async () => {
  const input = `{"Response":{"Error":{"Code":"AuthFailure.SecretIdNotFound","Message":"SecretId ${ID} not found"},"RequestId":"${RID}"},"SecretKey":"${KEY}"}`;
  for (const args of [['decode'], ['decode', '--json'], ['decode', '--redact']]) {
    const io = memoryIo({ stdin: [input] });
    assert.equal(await run(args, io), 0);
    assert.ok(!io.stdout.text.includes(ID) && !io.stdout.text.includes(KEY), args.join(' '));
    assert.ok(io.stdout.text.includes('AKID****Zx9Q'), args.join(' '));
  }
  const json = memoryIo({ stdin: [input] });
  await run(['decode', '--json'], json);
  const report = JSON.parse(json.stdout.text);
  assert.equal(report.findings[0].line, 1, 'positions still refer to the input as given');
  assert.equal(report.findings[0].column, input.indexOf('AuthFailure') + 1);
  const plain = memoryIo({ stdin: [input] });
  await run(['decode', '--no-redact'], plain);
  assert.ok(plain.stdout.text.includes(ID) && plain.stdout.text.includes(KEY));
});

test('--redact and --no-redact parse for scan and decode, and take no value', () => {
  assert.equal((parseArgs(['scan', '--no-redact', 'a']) as { redact?: boolean }).redact, false);
  assert.equal((parseArgs(['decode', '--no-redact']) as { redact?: boolean }).redact, false);
  assert.equal('redact' in parseArgs(['scan', 'a']), false, 'the default adds nothing to the command');
  assert.equal((parseArgs(['scan', '--no-redact', '--redact', 'a']) as { redact?: boolean }).redact, undefined, 'the last one wins');
  assert.equal(parseArgs(['decode', '--no-redact=1']).kind, 'usage-error');
});
