import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitizeBlock, sanitizeLine, stringifyJsonSafe } from '../../src/cli/sanitize';
import { formatFindingLine, palette } from '../../src/cli/format-text';
import type { JsonFinding } from '../../src/cli/report';

test('ANSI CSI, OSC, 8-bit C1 and other control characters are removed; tab is kept', () => {
  assert.equal(sanitizeLine('a\x1b[31mred\x1b[0m\tb'), 'ared\tb');
  assert.equal(sanitizeLine('x\x1b]0;owned title\x07y'), 'xy');
  assert.equal(sanitizeLine('x\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\y'), 'xlinky');
  assert.equal(sanitizeLine('x\x9b2Jy\x85z'), 'xyz');
  assert.equal(sanitizeLine('bell\x07 bs\x08 del\x7f nul\x00.'), 'bell bs del nul.');
  assert.equal(sanitizeLine('safe\u202eevil'), 'safeevil');
});

test('line breaks cannot start a fake output line, but survive in a block', () => {
  assert.equal(sanitizeLine('one\r\ntwo\nthree\rfour'), 'one two three four');
  assert.equal(sanitizeBlock('one\r\ntwo\x1b[2K\n'), 'one\ntwo\n');
});

test('a finding line prints input values without their escape sequences', () => {
  const finding: JsonFinding = {
    kind: 'error',
    code: 'AuthFailure\x1b[2J.SignatureFailure',
    message: 'x',
    requestId: 'id\x1b]0;t\x07-1',
    origin: 'server',
    format: 'go-sdk',
    severity: 'error',
    line: 3,
    column: 7,
    endLine: 3,
    endColumn: 20,
    title: 'Signature is wrong',
    source: 'catalog',
    product: null,
    definedBy: [],
  };
  const line = formatFindingLine('logs/\x1b[31mapp.log', finding, palette(false));
  assert.equal(line, 'logs/app.log:3:7: error AuthFailure.SignatureFailure Signature is wrong (RequestId id-1)');
  assert.doesNotMatch(formatFindingLine('a', finding, palette(true)), /\x1b\[2J|\x1b\]0/);
});

test('JSON output escapes C1 and bidi characters but keeps the same value', () => {
  const value = { m: 'a\x9bb\u202ec\x1bd' };
  const json = stringifyJsonSafe(value);
  assert.doesNotMatch(json, /[\x00-\x1f\x7f-\x9f\u202e]/);
  assert.deepEqual(JSON.parse(json), value);
});
