import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDiagnosticMessage } from '../../src/engine/render-diagnostic';
import type { Explanation, Finding } from '../../src/engine/types';

const base: Finding = {
  kind: 'error',
  code: 'LimitExceeded',
  message: 'Too many\nrequests.',
  requestId: null,
  origin: 'server',
  format: 'json-envelope',
  span: { start: 0, end: 10 },
  codeSpan: null,
  messageSpan: null,
  requestIdSpan: null,
  product: null,
};
const explanation = { title: 'Rate limit exceeded' } as Explanation;

test('diagnostic message is "<code>: <title> — <message>" on one line', () => {
  assert.equal(renderDiagnosticMessage(base, explanation, 'en'), 'LimitExceeded: Rate limit exceeded — Too many requests.');
});

test('diagnostic message without a message, and without a code', () => {
  assert.equal(renderDiagnosticMessage({ ...base, message: null }, explanation, 'en'), 'LimitExceeded: Rate limit exceeded');
  assert.equal(renderDiagnosticMessage({ ...base, code: null }, null, 'en'), '(no error code): Tencent Cloud SDK error without an error code — Too many requests.');
});

test('a long diagnostic message is truncated', () => {
  const out = renderDiagnosticMessage({ ...base, message: 'x'.repeat(5000) }, explanation, 'en');
  assert.ok(out.length <= 400);
  assert.ok(out.endsWith('…'));
  assert.ok(!out.includes('\n'));
});
