import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryIo } from '../../src/cli/memory-io';
import { run } from '../../src/cli/run';

const ESCAPED = '"{\\"Response\\":{\\"Error\\":{\\"Code\\":\\"AuthFailure.SignatureExpire\\",\\"Message\\":\\"expired\\"},\\"RequestId\\":\\"9a1f1a2b-0000-4000-8000-0000000000aa\\"}}"';

test('decode explains an error at length: meaning, why, what to do, retry, message, RequestId, docs, then the payload', async () => {
  const io = memoryIo({ stdin: [ESCAPED] });
  assert.equal(await run(['decode'], io), 0);
  const out = io.stdout.text;
  assert.match(out, /Found 1 error\./);
  assert.match(out, /^AuthFailure\.SignatureExpire \[error\]$/m);
  for (const label of ['Why it happens:', 'What to do:', 'Retry:', 'Message: expired', 'RequestId: 9a1f1a2b-0000-4000-8000-0000000000aa', 'Documentation: https://']) {
    assert.ok(out.includes(label), label);
  }
  assert.match(out, /^    1\. /m);
  assert.match(out, /Unwrapped payload:\n/);
});

test('decode with nothing to report says so and exits 0', async () => {
  const io = memoryIo({ stdin: ['just a log line\n'] });
  assert.equal(await run(['decode', '-'], io), 0);
  assert.match(io.stdout.text, /^No Tencent Cloud API error found in the given text\.\n/);
});

test('decode --json: version, findings with the scan fields, unwrapped text', async () => {
  const io = memoryIo({ stdin: [ESCAPED] });
  assert.equal(await run(['decode', '--json'], io), 0);
  const report = JSON.parse(io.stdout.text);
  assert.deepEqual(Object.keys(report).sort(), ['findings', 'unwrapped', 'version']);
  assert.equal(report.version, 1);
  assert.equal(report.findings.length, 1);
  const [f] = report.findings;
  assert.equal(f.code, 'AuthFailure.SignatureExpire');
  assert.equal(f.line, 1);
  assert.equal(typeof f.title, 'string');
  assert.equal(typeof report.unwrapped, 'string');
});

test('decode of an unreadable file exits 2 and says why', async () => {
  const io = memoryIo();
  assert.equal(await run(['decode', '/nonexistent/tcerr/input.json'], io), 2);
  assert.match(io.stderr.text, /input\.json: no such file or folder/);
});

test('decode --json of an unreadable file still prints one JSON object, with the reason', async () => {
  const io = memoryIo();
  assert.equal(await run(['decode', '--json', '/nonexistent/tcerr/input.json'], io), 2);
  assert.deepEqual(JSON.parse(io.stdout.text), { version: 1, findings: [], error: 'no such file or folder' });
});

test('decode output strips terminal control sequences from the input', async () => {
  const io = memoryIo({ stdin: ['{"Response":{"Error":{"Code":"InvalidParameter","Message":"x\\u001b[2Jy"},"RequestId":"r\x1b]0;t\x07"}}'] });
  await run(['decode'], io);
  assert.doesNotMatch(io.stdout.text, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
});
