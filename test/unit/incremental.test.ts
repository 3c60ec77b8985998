import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rescanAfterEdit, type Edit } from '../../src/engine/incremental';
import { scanText } from '../../src/engine/scan';
import type { Finding } from '../../src/engine/types';

const CASES = join(__dirname, '../../test/fixtures/cases');

/** A long log: every real case, separated by hundreds of ordinary lines, so edits fall far apart. */
function bigLog(): string {
  const filler = Array.from({ length: 1200 }, (_, i) => `2026-01-01T00:00:00Z INFO handled request ${i} in 12ms`).join('\n');
  const cases = readdirSync(CASES).filter((f) => /\.(txt|log|json)$/.test(f)).sort();
  return cases.map((f) => readFileSync(join(CASES, f), 'utf8')).join(`\n${filler}\n`);
}

function apply(text: string, edit: Edit, inserted: string): string {
  return text.slice(0, edit.start) + inserted + text.slice(edit.end);
}

const brief = (fs: Finding[]) => fs.map((f) => `${f.kind} ${f.code} ${f.requestId} ${f.span.start}-${f.span.end} ${f.codeSpan?.start}`);

/** Deterministic pseudo-random numbers, so a failure names an edit that can be replayed. */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

test('after any single edit, the incremental rescan equals a full scan', () => {
  const rand = random(42);
  let text = bigLog();
  let findings = scanText(text).findings;
  const insertions = ['', 'x', '\n', '[TencentCloudSDKError] Code=LimitExceeded, Message=typed, RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\n', '"}', '{'];
  for (let round = 0; round < 120; round++) {
    const start = Math.floor(rand() * text.length);
    const end = Math.min(text.length, start + Math.floor(rand() * 40));
    const inserted = insertions[Math.floor(rand() * insertions.length)];
    const edit: Edit = { start, end, insertedLength: inserted.length };
    text = apply(text, edit, inserted);
    const incremental = rescanAfterEdit(text, findings, edit).findings;
    const full = scanText(text).findings;
    assert.deepEqual(brief(incremental), brief(full), `round ${round}: edit ${JSON.stringify({ ...edit, inserted })}`);
    findings = incremental;
  }
});

test('deleting the line of an error removes its finding and shifts the later ones', () => {
  const line = '[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=expired, RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\n';
  const text = `a\n${line}b\n${line}`;
  const before = scanText(text).findings;
  const edit: Edit = { start: 2, end: 2 + line.length, insertedLength: 0 };
  const after = rescanAfterEdit(apply(text, edit, ''), before, edit).findings;
  assert.equal(after.length, 1);
  assert.equal(after[0].codeSpan!.start, before[1].codeSpan!.start - line.length);
});

test('an edit outside the text falls back to a full scan instead of throwing', () => {
  const result = rescanAfterEdit('abc', [], { start: 10, end: 20, insertedLength: 5 });
  assert.deepEqual(result.findings, []);
});
