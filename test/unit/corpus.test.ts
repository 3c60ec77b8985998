import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from '../../src/engine/scan';
import type { Finding } from '../../src/engine/types';
import { lineOf } from './helpers/lines';

/** The real-world cases from ../shared/cases, copied with their expectations. */
const CASES = join(__dirname, '../../test/fixtures/cases');

interface ExpectedError { code: string | null; line: number; requestId: string | null; required: boolean; altLines?: number[] }
interface Expected { negative: boolean; errors: ExpectedError[]; successEnvelopes: { line: number; requestId: string }[] }

const files = readdirSync(CASES).filter((f) => /\.(txt|log|json)$/.test(f)).sort();

test('the corpus is present', () => {
  assert.ok(files.length >= 30, `only ${files.length} case files in ${CASES}`);
});

for (const file of files) {
  test(`case ${file}`, () => {
    const text = readFileSync(join(CASES, file), 'utf8');
    const expected: Expected = JSON.parse(readFileSync(join(CASES, 'expected', file.replace(/\.[^.]+$/, '.json')), 'utf8'));
    const { findings } = scanText(text);
    const lineOfFinding = (f: Finding) => lineOf(text, (f.codeSpan ?? f.requestIdSpan ?? f.span).start);
    const errors = findings.filter((f) => f.kind === 'error');
    const lines = (e: ExpectedError) => [e.line, ...(e.altLines ?? [])];
    const matches = (f: Finding, e: ExpectedError) => (e.code === null || f.code === e.code) && lines(e).includes(lineOfFinding(f));

    for (const e of expected.errors.filter((x) => x.required)) {
      assert.ok(errors.some((f) => matches(f, e)), `missing ${e.code} on line ${e.line}`);
      if (e.requestId) assert.ok(findings.some((f) => f.requestId === e.requestId), `missing RequestId ${e.requestId}`);
    }
    for (const s of expected.successEnvelopes) {
      const found = findings.find((f) => f.kind === 'success' && (f.requestId === s.requestId || lineOfFinding(f) === s.line));
      assert.ok(found, `missing success envelope ${s.requestId}`);
    }
    for (const f of errors.filter((x) => x.code !== null)) {
      const known = expected.errors.some((e) => e.code !== null && matches(f, e));
      assert.ok(known, `false positive ${f.code} on line ${lineOfFinding(f)}`);
    }
    const listed = new Set([...expected.errors.map((e) => e.requestId), ...expected.successEnvelopes.map((s) => s.requestId)]);
    for (const f of findings.filter((x) => x.requestId !== null)) {
      assert.ok(listed.has(f.requestId), `RequestId ${f.requestId} is not one the case lists`);
    }
    if (expected.negative) {
      assert.deepEqual(errors.filter((f) => f.origin !== 'legacy').map((f) => f.code), [], 'a negative case must stay silent');
    }
  });
}
