import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_FILES, bundledCatalog } from '../../src/engine/catalog';
import type { CatalogEntry } from '../../src/engine/types';

const ROOT = join(__dirname, '..', '..');
const CATALOG_DIR = join(ROOT, 'src', 'catalog');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'reference-codes');

function codes(name: string): string[] {
  return readFileSync(join(FIXTURES, name), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

// --- a small JSON Schema (draft-07 subset) validator: enough for catalog.schema.json, and it refuses keywords it does not know.
type Schema = Record<string, unknown>;
const KNOWN = new Set(['$schema', '$id', 'title', 'description', 'type', 'required', 'additionalProperties', 'properties',
  'definitions', 'items', 'minItems', 'maxItems', 'enum', 'pattern', 'minLength', 'maxLength', '$ref']);

function validate(schema: Schema, root: Schema, value: unknown, path: string, errors: string[]): void {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) errors.push(`${path}: validator does not support keyword ${key}`);
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/definitions/', '');
    const target = (root.definitions as Record<string, Schema>)[name];
    if (!target) errors.push(`${path}: unresolved $ref ${schema.$ref}`);
    else validate(target, root, value, path, errors);
    return;
  }
  const type = schema.type;
  if (type === 'object' && (typeof value !== 'object' || value === null || Array.isArray(value))) return void errors.push(`${path}: not an object`);
  if (type === 'array' && !Array.isArray(value)) return void errors.push(`${path}: not an array`);
  if (type === 'string' && typeof value !== 'string') return void errors.push(`${path}: not a string`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((item, i) => validate(schema.items as Schema, root, item, `${path}[${i}]`, errors));
  }
  if (type === 'object' && typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) errors.push(`${path}: missing ${key}`);
    for (const [key, child] of Object.entries(obj)) {
      if (props[key]) validate(props[key], root, child, `${path}.${key}`, errors);
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property ${key}`);
    }
  }
}

const schema = JSON.parse(readFileSync(join(CATALOG_DIR, 'catalog.schema.json'), 'utf8')) as Schema;
// Schemas and the product table (products.json) are not catalog files.
const dataFiles = readdirSync(CATALOG_DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'products.json').sort();
const all: CatalogEntry[] = Object.values(BUNDLED_FILES).flatMap((file) => file.entries as CatalogEntry[]);

test('the schema is a draft-07 JSON Schema', () => {
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.equal(schema.type, 'object');
});

test('every catalog file on disk is bundled', () => {
  assert.deepEqual(dataFiles, Object.keys(BUNDLED_FILES).sort());
});

for (const file of dataFiles) {
  test(`${file} is valid against catalog.schema.json`, () => {
    const data = JSON.parse(readFileSync(join(CATALOG_DIR, file), 'utf8')) as unknown;
    assert.equal((data as Schema).$schema, './catalog.schema.json');
    const errors: string[] = [];
    validate(schema, schema, data, file, errors);
    assert.deepEqual(errors.slice(0, 20), []);
  });
}

test('(code, product) keys are unique across all files', () => {
  const seen = new Set<string>();
  const dupes: string[] = [];
  for (const e of all) {
    const key = `${e.code}@${e.product ?? ''}`;
    if (seen.has(key)) dupes.push(key);
    seen.add(key);
  }
  assert.deepEqual(dupes, []);
});

test('every entry has English and Chinese text and https links', () => {
  for (const e of all) {
    assert.match(e.docs.en, /^https:\/\//, e.code);
    assert.match(e.docs['zh-CN'] ?? '', /^https:\/\//, e.code);
    const zh = e.text['zh-CN'];
    assert.ok(zh, `${e.code} lacks zh-CN`);
    assert.match(zh.title, /[\u4e00-\u9fff]/, `${e.code} zh title is not Chinese`);
    assert.match(zh.explanation, /[\u4e00-\u9fff]/, `${e.code} zh explanation is not Chinese`);
    assert.doesNotMatch(e.text.en.title, /[\u4e00-\u9fff]/, `${e.code} en title contains Chinese`);
    assert.ok(e.text.en.remediation.length >= 2 && e.text.en.remediation.length <= 4, e.code);
    assert.equal(zh.remediation.length, e.text.en.remediation.length, `${e.code}: en and zh step counts differ`);
  }
});

test('origins match the file they live in', () => {
  const origin = (file: string) => new Set((BUNDLED_FILES[file]?.entries as CatalogEntry[]).map((e) => e.origin));
  assert.deepEqual([...origin('common.json')], ['server']);
  assert.deepEqual([...origin('client.json')], ['client']);
  assert.deepEqual([...origin('legacy.json')], ['legacy']);
  for (const e of BUNDLED_FILES['emr.json']?.entries as CatalogEntry[]) {
    assert.equal(e.product, 'emr');
    assert.equal(e.version, '2019-01-03');
  }
  for (const e of BUNDLED_FILES['cos.json']?.entries as CatalogEntry[]) assert.equal(e.product, 'cos');
});

const catalog = bundledCatalog();

test('all 38 common API 3.0 codes are present, unscoped, origin server', () => {
  const list = codes('common.txt');
  assert.equal(list.length, 38);
  for (const code of list) {
    const e = catalog.lookup(code);
    assert.ok(e, code);
    assert.equal(e.product, undefined, code);
    assert.equal(e.origin, 'server', code);
  }
});

test('every SDK-side client code is present with origin client', () => {
  for (const code of codes('client.txt')) assert.equal(catalog.lookup(code)?.origin, 'client', code);
});

test('every frequent first segment resolves to a generic unscoped entry', () => {
  for (const segment of codes('segments.txt')) {
    const e = catalog.explain(`${segment}.SomethingNobodyDefined`);
    assert.equal(e.matchedCode, segment, segment);
    assert.notEqual(e.category, 'unknown', segment);
    assert.equal(catalog.lookup(segment, 'no-such-product')?.product, undefined, segment);
  }
});

test('all 222 EMR codes are present for product emr', () => {
  const list = codes('emr.txt');
  assert.equal(list.length, 222);
  for (const code of list) assert.equal(catalog.lookup(code, 'emr')?.product, 'emr', code);
});

test('all legacy API 2.0 numeric codes are present', () => {
  for (const code of codes('legacy.txt')) assert.equal(catalog.lookup(code)?.origin, 'legacy', code);
  assert.equal(catalog.explain('0').retry, 'not-an-error');
});

test('common COS XML codes are present for product cos', () => {
  for (const code of ['NoSuchKey', 'NoSuchBucket', 'AccessDenied', 'SignatureDoesNotMatch', 'RequestTimeTooSkewed', 'InvalidAccessKeyId']) {
    assert.equal(catalog.lookup(code, 'cos')?.product, 'cos', code);
  }
  assert.deepEqual(catalog.productsDefining('NoSuchKey'), ['cos']);
});
