// Never crash, never hang: the engine over random, mutated, truncated and adversarial text.
// Property runs are seeded per run by fast-check; a failure prints the seed and the shrunk counterexample.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bundledCatalog } from '../../src/engine/catalog';
import { decodeText } from '../../src/engine/decode';
import { renderDecodeReport } from '../../src/engine/render-decode';
import { renderDiagnosticMessage } from '../../src/engine/render-diagnostic';
import { renderHover } from '../../src/engine/render-hover';
import { escapeInline } from '../../src/engine/render-markdown';
import { findingAt, scanText } from '../../src/engine/scan';
import type { Language } from '../../src/engine/types';
import { assertScanInvariants, covers, fixtureTexts, hostileText, mutated } from './helpers/hostile';

const catalog = bundledCatalog();
const explain = (code: string, opts: { language: Language; product?: string | null }) => catalog.explain(code, opts);
const fixtures = fixtureTexts();
const RUNS = 300;

/** Everything a user can trigger on one text: scan, hover at some offsets, decode, every renderer. */
function exerciseAll(text: string, offsets: number[]): void {
  const result = scanText(text);
  assertScanInvariants(text, result);
  for (const offset of offsets) {
    const at = Math.min(offset, text.length);
    const hit = findingAt(text, at);
    if (hit) {
      assert.ok(covers(hit, at), `findingAt(${at}) covers the offset`);
      assertScanInvariants(text, { findings: [hit], truncated: false });
    }
  }
  for (const f of result.findings) {
    for (const language of ['en', 'zh-CN'] as const) {
      const explanation = f.code === null ? null : catalog.explain(f.code, { language, product: f.product });
      assert.equal(typeof renderHover(f, explanation, language), 'string');
      assert.equal(typeof renderDiagnosticMessage(f, explanation, language), 'string');
    }
  }
  const decoded = decodeText(text);
  assertScanInvariants(text, { findings: decoded.findings, truncated: false });
  assert.equal(typeof renderDecodeReport(decoded, explain, 'en'), 'string');
}

test('random text (unicode, controls, lone surrogates, detector fragments): every operation returns and keeps its invariants', () => {
  fc.assert(
    fc.property(hostileText, fc.array(fc.nat({ max: 4000 }), { maxLength: 4 }), (text, offsets) => exerciseAll(text, offsets)),
    { numRuns: RUNS * 2 },
  );
});

test('random mutations of every fixture keep the invariants', () => {
  for (const { name, text } of fixtures) {
    fc.assert(
      fc.property(mutated(text), fc.nat({ max: text.length + 8 }), (t, offset) => exerciseAll(t, [offset])),
      { numRuns: 40, examples: [], verbose: false },
      );
    assert.ok(name);
  }
});

test('every prefix of every fixture scans cleanly (a log cut mid-error)', () => {
  let prefixes = 0;
  for (const { text } of fixtures) {
    for (let end = 0; end <= text.length; end++) {
      const prefix = text.slice(0, end);
      assertScanInvariants(prefix, scanText(prefix));
      prefixes++;
    }
  }
  assert.ok(prefixes > 1000, `${prefixes} prefixes`);
});

test('findingAt at every offset of every fixture covers the offset it answers for', () => {
  for (const { name, text } of fixtures) {
    for (let offset = 0; offset <= text.length; offset += 3) {
      const hit = findingAt(text, offset);
      if (hit) assert.ok(covers(hit, offset), `${name}@${offset}`);
    }
  }
});

test('the catalog explains any string, and escaped text never carries Markdown syntax', () => {
  fc.assert(
    fc.property(hostileText, fc.constantFrom('en', 'zh-CN' as const), fc.option(fc.string({ maxLength: 10 })), (code, language, product) => {
      const e = catalog.explain(code, { language, product });
      assert.equal(typeof e.title, 'string');
      assert.ok(Array.isArray(e.remediation));
      const escaped = escapeInline(code);
      assert.doesNotMatch(escaped, /[\r\n]/);
      for (let i = 0; i < escaped.length; i++) {
        if (escaped[i] === '\\') i++;
        else assert.ok(!'[]()<>!*_`&|~#'.includes(escaped[i]), `unescaped ${escaped[i]} in ${JSON.stringify(escaped)}`);
      }
    }),
    { numRuns: RUNS },
  );
});

test('wrong-typed input is a result, not an exception', () => {
  for (const bad of [undefined, null, 42, {}, []] as unknown as string[]) {
    assert.deepEqual(scanText(bad), { findings: [], truncated: false });
    assert.equal(findingAt(bad, 0), null);
    assert.deepEqual(decodeText(bad).findings, []);
  }
  assert.equal(findingAt('abc', -1), null);
  assert.equal(findingAt('abc', 4), null);
  assert.equal(findingAt('abc', Number.NaN), null);
});
