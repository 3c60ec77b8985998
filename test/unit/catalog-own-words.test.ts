// The catalog's text is written in our own words. The official code lists are not part of the repository, so this
// check runs only where a copy sits next to the checkout (../shared/reference/*.tsv) and is skipped elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_FILES } from '../../src/engine/catalog';
import type { CatalogEntry } from '../../src/engine/types';

const REFERENCE_DIR = join(__dirname, '..', '..', '..', 'shared', 'reference');
/** Columns of those lists that hold prose (the rest are codes, products, versions and flags). */
const PROSE_COLUMNS = new Set(['description_en', 'description_zh', 'type_en', 'type_zh', 'raised_when', 'notes']);
/** A reference sentence at least this long (normalised) must not appear inside our text either. */
const MIN_QUOTED = 20;

/** Case, spaces and punctuation (ASCII and full-width) do not make a sentence our own. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

function referenceDescriptions(): Map<string, Set<string>> {
  const byCode = new Map<string, Set<string>>();
  for (const file of readdirSync(REFERENCE_DIR).filter((f) => f.endsWith('.tsv'))) {
    const [header, ...rows] = readFileSync(join(REFERENCE_DIR, file), 'utf8').split(/\r?\n/);
    const columns = header.split('\t');
    const codeAt = columns.indexOf('code');
    if (codeAt < 0) continue;
    const proseAt = columns.map((c, i) => (PROSE_COLUMNS.has(c) ? i : -1)).filter((i) => i >= 0);
    for (const row of rows) {
      const cells = row.split('\t');
      const code = cells[codeAt];
      if (!code) continue;
      for (const i of proseAt) {
        const text = normalise(cells[i] ?? '');
        if (text.length < 4) continue;
        let set = byCode.get(code);
        if (!set) byCode.set(code, (set = new Set()));
        set.add(text);
      }
    }
  }
  return byCode;
}

const present = existsSync(REFERENCE_DIR);
const entries: CatalogEntry[] = Object.values(BUNDLED_FILES).flatMap((file) => file.entries as CatalogEntry[]);

test('no catalog text repeats an official description of the same code', { skip: present ? false : 'no ../shared/reference next to the checkout' }, () => {
  const reference = referenceDescriptions();
  assert.ok(reference.size > 1000, 'the reference lists were read');
  const copied: string[] = [];
  for (const e of entries) {
    const official = reference.get(e.code);
    if (!official) continue;
    for (const language of ['en', 'zh-CN'] as const) {
      const text = e.text[language];
      if (!text) continue;
      for (const [field, value] of [['title', text.title], ['explanation', text.explanation], ...text.remediation.map((s, i) => [`step ${i + 1}`, s])]) {
        const ours = normalise(value);
        for (const theirs of official) {
          if (ours === theirs || (theirs.length >= MIN_QUOTED && ours.includes(theirs))) {
            copied.push(`${e.code}${e.product ? ` (${e.product})` : ''} ${language} ${field}: ${value}`);
          }
        }
      }
    }
  }
  assert.deepEqual(copied, []);
});

test('the comparison ignores punctuation, spaces and case, as a near-copy would differ', () => {
  assert.equal(normalise('该EMR版本不支持开启安全模式。'), normalise('该 EMR 版本不支持开启安全模式'));
  assert.equal(normalise('Reading the response body failed'), normalise('reading the response body failed.'));
  assert.equal(normalise('`Filter`（值）超出限制！'), normalise('Filter 值 超出限制'));
  assert.notEqual(normalise('The SDK could not read the whole response'), normalise('reading the response body failed'));
});
