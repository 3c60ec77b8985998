import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeEdits } from '../../src/engine/compose-edits';
import { rescanAfterEdit, type Edit } from '../../src/engine/incremental';
import { scanText } from '../../src/engine/scan';
import { lineStarts } from '../../src/engine/positions';
import { windowCut } from '../../src/engine/stitch';

function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function randomEdit(text: string, rand: () => number, inserts: string[]): { edit: Edit; inserted: string } {
  const start = Math.floor(rand() * (text.length + 1));
  const end = Math.min(text.length, start + Math.floor(rand() * 12));
  const inserted = inserts[Math.floor(rand() * inserts.length)];
  return { edit: { start, end, insertedLength: inserted.length }, inserted };
}

const apply = (text: string, e: Edit, inserted: string) => text.slice(0, e.start) + inserted + text.slice(e.end);

test('two edits composed into one replacement describe the same change of text', () => {
  const rand = random(7);
  for (let round = 0; round < 2000; round++) {
    const t0 = 'abcdefghijklmnopqrstuvwxyz0123456789'.slice(0, 5 + Math.floor(rand() * 30));
    const a = randomEdit(t0, rand, ['', 'X', 'YYYY', '\n']);
    const t1 = apply(t0, a.edit, a.inserted);
    const b = randomEdit(t1, rand, ['', 'Z', 'WW']);
    const t2 = apply(t1, b.edit, b.inserted);
    const c = composeEdits(a.edit, b.edit);
    const now = t2.slice(c.start, c.start + c.insertedLength);
    assert.equal(apply(t0, c, now), t2, `round ${round}: ${JSON.stringify({ t0, a, b, c })}`);
  }
});

test('a burst of keystrokes folded into one edit rescans to what a full scan finds', () => {
  const rand = random(11);
  const line = '[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=expired, RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6';
  const filler = Array.from({ length: 300 }, (_, i) => `2026-01-01 INFO line ${i}`).join('\n');
  let text = [filler, line, filler, line, filler].join('\n');
  for (let burst = 0; burst < 30; burst++) {
    const before = scanText(text).findings;
    let edit: Edit | null = null;
    for (let k = 0; k < 1 + Math.floor(rand() * 6); k++) {
      const near = text.indexOf('Code=') + Math.floor(rand() * 200) - 100;
      const start = Math.max(0, Math.min(text.length, near));
      const inserted = ['x', '', '\n', 'Code=LimitExceeded, Message=m, RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6 '][Math.floor(rand() * 4)];
      const e: Edit = { start, end: Math.min(text.length, start + (inserted === '' ? 1 : 0)), insertedLength: inserted.length };
      text = apply(text, e, inserted);
      edit = edit ? composeEdits(edit, e) : e;
    }
    const brief = (fs: ReturnType<typeof scanText>['findings']) => fs.map((f) => `${f.code} ${f.span.start}-${f.span.end}`);
    assert.deepEqual(brief(rescanAfterEdit(text, before, edit!).findings), brief(scanText(text).findings), `burst ${burst}`);
  }
});

test('line starts and window cuts agree with a character-by-character reading (LF, CRLF, lone CR)', () => {
  const rand = random(3);
  const slow = (t: string) => {
    const s = [0];
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10) s.push(i + 1);
      else if (c === 13) {
        if (t.charCodeAt(i + 1) === 10) i++;
        s.push(i + 1);
      }
    }
    return s;
  };
  const slowCut = (b: string, carried: number) => {
    for (let i = b.length - 1; i >= carried; i--) {
      const c = b.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13 && i + 1 < b.length) return i + 1;
    }
    return -1;
  };
  for (let round = 0; round < 3000; round++) {
    const t = Array.from({ length: Math.floor(rand() * 20) }, () => ['a', 'b', '\n', '\r', '\r\n'][Math.floor(rand() * 5)]).join('');
    assert.deepEqual(lineStarts(t), slow(t), JSON.stringify(t));
    const carried = Math.floor(rand() * (t.length + 1));
    const expected = slowCut(t, carried);
    if (expected >= 0) assert.equal(windowCut(t, carried), expected, JSON.stringify({ t, carried }));
  }
});
