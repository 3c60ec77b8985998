import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../src/engine/decode';

const R = 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6';

test('decode unwraps an envelope escaped inside a log record and finds its error', () => {
  const text = `{"level":"error","body":"{\\"Response\\":{\\"Error\\":{\\"Code\\":\\"InvalidParameter\\",\\"Message\\":\\"bad\\"},\\"RequestId\\":\\"${R}\\"}}"}`;
  const result = decodeText(text);
  assert.equal(result.changed, true);
  assert.deepEqual(result.findings.map((f) => f.code), ['InvalidParameter']);
  const shown = JSON.parse(result.unwrapped);
  assert.equal(shown.body.Response.Error.Code, 'InvalidParameter');
  assert.equal(shown.body.Response.RequestId, R);
});

test('decode pretty-prints an envelope embedded in prose and keeps the prose', () => {
  const result = decodeText(`Fatal error: Uncaught Exception: {"Error":{"Code":"AuthFailure","Message":"m"},"RequestId":"${R}"} in x.php`);
  assert.match(result.unwrapped, /^Fatal error: Uncaught Exception: \n\{\n  "Error": \{/);
  assert.match(result.unwrapped, /\n in x\.php$/);
});

test('decode of text without JSON or errors returns it unchanged with no findings', () => {
  const result = decodeText('all good [INFO] {not json');
  assert.equal(result.changed, false);
  assert.equal(result.unwrapped, 'all good [INFO] {not json');
  assert.deepEqual(result.findings, []);
});

test('decode opens an envelope escaped twice inside one JSON string (a log record of a log record)', () => {
  const inner = `{"Response":{"Error":{"Code":"ResourceNotFound","Message":"no such \\"vpc\\""},"RequestId":"${R}"}}`;
  // The file holds the envelope escaped twice: once as the string of an inner record, again inside the outer one.
  const text = `wrapped=${JSON.stringify({ data: JSON.stringify(inner).slice(1, -1) })}`;
  assert.match(text, /\\\\\\"Response\\\\\\"/);
  const result = decodeText(text);
  assert.deepEqual(result.findings.map((f) => [f.code, f.requestId]), [['ResourceNotFound', R]]);
  const shown = JSON.parse(result.unwrapped.slice(result.unwrapped.indexOf('{')));
  assert.equal(shown.data.Response.Error.Message, 'no such "vpc"');
});
