import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChunkStitcher, type LocatedFinding, type StitchOptions } from '../../src/cli/stitch';
import { scanStream } from '../../src/cli/stream-scan';
import type { Finding, ScanResult } from '../../src/engine/types';

// A stand-in detector that, like the real one, only recognises a pretty-printed envelope when it sees all of it.
const ENVELOPE =
  /\{\s*"Response"\s*:\s*\{\s*(?:"Error"\s*:\s*\{\s*"Code"\s*:\s*"([^"]*)"\s*,\s*"Message"\s*:\s*"([^"]*)"\s*\}\s*,\s*)?"RequestId"\s*:\s*"([^"]*)"\s*\}\s*\}/dg;

function fakeScan(text: string): ScanResult {
  const findings: Finding[] = [];
  for (const m of text.matchAll(ENVELOPE)) {
    const idx = m.indices!;
    const span = (i: number) => (idx[i] ? { start: idx[i]![0], end: idx[i]![1] } : null);
    findings.push({
      kind: m[1] === undefined ? 'success' : 'error',
      code: m[1] ?? null,
      message: m[2] ?? null,
      requestId: m[3],
      origin: 'server',
      format: 'json-envelope',
      span: { start: m.index!, end: m.index! + m[0].length },
      codeSpan: span(1),
      messageSpan: span(2),
      requestIdSpan: span(3),
      product: null,
    });
  }
  return { findings, truncated: false };
}

function envelope(code: string, id: string, eol: string): string {
  return ['{', '  "Response": {', '    "Error": {', `      "Code": "${code}",`, '      "Message": "bad"', '    },', `    "RequestId": "${id}"`, '  }', '}'].join(eol);
}

function filler(lines: number, eol: string, tag: string): string {
  if (lines === 0) return '';
  return Array.from({ length: lines }, (_, i) => `${tag} log line ${i} with some padding text`).join(eol) + eol;
}

function stitchAll(text: string, options: StitchOptions, pieceSize: number): LocatedFinding[] {
  const stitcher = new ChunkStitcher(fakeScan, options);
  const out: LocatedFinding[] = [];
  for (let i = 0; i < text.length; i += pieceSize) out.push(...stitcher.push(text.slice(i, i + pieceSize)));
  out.push(...stitcher.end());
  return out;
}

for (const eol of ['\n', '\r\n']) {
  const label = eol === '\n' ? 'LF' : 'CRLF';
  test(`an envelope across a chunk boundary is found exactly once on the right line, wherever the cut falls (${label})`, () => {
    const before = filler(37, eol, 'a');
    const text = before + envelope('AuthFailure.SignatureExpire', 'req-1', eol) + eol + filler(30, eol, 'b');
    const codeOffset = text.indexOf('AuthFailure');
    const codeLine = 37 + 4;
    const codeColumn = '      "Code": "'.length + 1;
    // Sweep chunk sizes so the cut lands before, inside and after the envelope.
    for (let chunkSize = 40; chunkSize < text.length + 50; chunkSize += 17) {
      const found = stitchAll(text, { chunkSize, carryLines: 12, carryChars: 4096 }, 23);
      assert.equal(found.length, 1, `chunkSize ${chunkSize}`);
      const [f] = found;
      assert.equal(f.finding.code, 'AuthFailure.SignatureExpire');
      assert.equal(f.finding.codeSpan!.start, codeOffset, `chunkSize ${chunkSize}`);
      assert.deepEqual(f.start, { line: codeLine, column: codeColumn }, `chunkSize ${chunkSize}`);
      assert.deepEqual(f.end, { line: codeLine, column: codeColumn + 'AuthFailure.SignatureExpire'.length });
    }
  });
}

test('many envelopes over many windows: each once, in order, with right lines', () => {
  let text = '';
  const expected: { id: string; line: number }[] = [];
  let line = 1;
  for (let i = 0; i < 60; i++) {
    const pad = filler(i % 7, '\n', 'x');
    text += pad;
    line += i % 7;
    expected.push({ id: `req-${i}`, line: line + 3 });
    text += envelope('LimitExceeded', `req-${i}`, '\n') + '\n';
    line += 9;
  }
  const found = stitchAll(text, { chunkSize: 300, carryLines: 10, carryChars: 2000 }, 101);
  assert.deepEqual(
    found.map((f) => ({ id: f.finding.requestId, line: f.start.line })),
    expected,
  );
});

test('a \\r\\n split between two pieces counts as one line break', () => {
  const text = 'first\r\nsecond\r\n' + envelope('InternalError', 'r', '\r\n');
  const stitcher = new ChunkStitcher(fakeScan, { chunkSize: 6, carryLines: 20, carryChars: 4096 });
  const found = [...stitcher.push(text.slice(0, 6)), ...stitcher.push(text.slice(6)), ...stitcher.end()];
  assert.equal(found.length, 1);
  assert.equal(found[0].start.line, 6);
});

test('memory stays bounded: the buffer never exceeds chunk + carry-over + one piece', () => {
  const options = { chunkSize: 1000, carryLines: 5, carryChars: 300 };
  const stitcher = new ChunkStitcher(fakeScan, options);
  const piece = filler(20, '\n', 'z');
  let max = 0;
  for (let i = 0; i < 2000; i++) {
    stitcher.push(piece);
    max = Math.max(max, stitcher.bufferedLength);
  }
  assert.ok(max <= options.chunkSize + options.carryChars + piece.length, `max buffered ${max}`);
});

test('a single line longer than the chunk is cut anyway (bounded memory), never inside a surrogate pair', () => {
  const options = { chunkSize: 100, carryLines: 5, carryChars: 50 };
  const stitcher = new ChunkStitcher(fakeScan, options);
  let max = 0;
  for (let i = 0; i < 500; i++) {
    stitcher.push('😀'.repeat(33));
    max = Math.max(max, stitcher.bufferedLength);
  }
  assert.ok(max < 400, `max buffered ${max}`);
});

test('UTF-8 split between stream reads decodes once; columns count UTF-16 units', async () => {
  const text = 'first line\n错误😀 {"Response":{"Error":{"Code":"ResourceNotFound","Message":"m"},"RequestId":"r-9"}}\n';
  const bytes = new TextEncoder().encode(text);
  async function* oneByteAtATime() {
    for (const b of bytes) yield new Uint8Array([b]);
  }
  const found: LocatedFinding[] = [];
  const outcome = await scanStream(oneByteAtATime(), {
    scan: fakeScan,
    stitch: { chunkSize: 16, carryLines: 30, carryChars: 4096 },
    onFindings: (f) => void found.push(...f),
  });
  assert.equal(outcome, 'scanned');
  assert.equal(found.length, 1);
  assert.equal(found[0].finding.code, 'ResourceNotFound');
  // 错 误 are one unit each, 😀 two: the code starts at UTF-16 column 36 of line 2.
  assert.deepEqual(found[0].start, { line: 2, column: 36 });
});

test('a NUL byte in the first 8 KB marks the input binary when asked to skip binaries', async () => {
  async function* input() {
    yield new Uint8Array([0x7b, 0x00, 0x41]);
  }
  const outcome = await scanStream(input(), { scan: fakeScan, skipBinary: true, onFindings: () => {} });
  assert.equal(outcome, 'binary');
});

// A long block found whole in one window must not come back as a second, partial finding when its tail is
// re-read in the next window's carry-over (the real scanner would see e.g. a bare `Code=` line there).
function blockScan(text: string): ScanResult {
  const findings: Finding[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(/BEGIN\n(?:.*\n)*?.*Code=(\w+).*\n(?:.*\n)*?END/dg)) {
    const [s, e] = m.indices![1]!;
    taken.push([m.index!, m.index! + m[0].length]);
    findings.push(fakeFinding(m.index!, m.index! + m[0].length, s, e, m[1]));
  }
  for (const m of text.matchAll(/Code=(\w+)/dg)) {
    const [s, e] = m.indices![1]!;
    if (taken.some(([a, b]) => s >= a && s < b)) continue;
    findings.push(fakeFinding(m.index!, m.index! + m[0].length, s, e, m[1]));
  }
  return { findings, truncated: false };
}

function fakeFinding(start: number, end: number, codeStart: number, codeEnd: number, code: string): Finding {
  return {
    kind: 'error', code, message: null, requestId: null, origin: 'client', format: 'node-sdk',
    span: { start, end }, codeSpan: { start: codeStart, end: codeEnd }, messageSpan: null, requestIdSpan: null, product: null,
  };
}

test('the tail of a reported block re-read in the carry-over is not reported again', () => {
  const block = ['BEGIN', 'a', 'b', 'c', '  Code=ClientNetworkError', 'd', 'END'].join('\n') + '\n';
  const text = filler(30, '\n', 'p') + block + filler(30, '\n', 'q');
  for (let chunkSize = 50; chunkSize < text.length; chunkSize += 11) {
    const stitcher = new ChunkStitcher(blockScan, { chunkSize, carryLines: 3, carryChars: 4096 });
    const found: LocatedFinding[] = [];
    for (const line of text.split(/(?<=\n)/)) found.push(...stitcher.push(line));
    found.push(...stitcher.end());
    assert.equal(found.length, 1, `chunkSize ${chunkSize}`);
    assert.equal(found[0].start.line, 35, `chunkSize ${chunkSize}`);
  }
});
