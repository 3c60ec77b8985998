import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTeamCatalog } from '../../src/engine/team-catalog';

const ROOT = join(__dirname, '..', '..');
const parse = (value: unknown) => parseTeamCatalog(typeof value === 'string' ? value : JSON.stringify(value, null, 2), 'team.json');

test('a valid file gives its entries and no problems (comments and trailing commas allowed)', () => {
  const text = '// ours\n{ "entries": [ { "code": "InternalError", "title": "Ask #oncall", "retry": "retry-backoff", }, ], }';
  const { entries, problems } = parse(text);
  assert.deepEqual(problems, []);
  assert.deepEqual(entries, [{ code: 'InternalError', file: 'team.json', title: { en: 'Ask #oncall', 'zh-CN': 'Ask #oncall' }, retry: 'retry-backoff' }]);
});

test('syntax errors are problems at their offset, and no entries are used', () => {
  const text = '{ "entries": [ { "code": "InternalError" "title": "x" } ] }';
  const { entries, problems } = parse(text);
  assert.deepEqual(entries, []);
  assert.ok(problems.length > 0);
  assert.equal(problems[0].severity, 'error');
  assert.ok(problems[0].start > 0 && problems[0].start < text.length);
});

test('each bad field is reported on that field and dropped; the rest of the entry stays', () => {
  const text = JSON.stringify({
    entries: [
      { code: 'InternalError', runbook: 'javascript:alert(1)', title: 'kept' },
      { code: 'InternalError', docs: 'command:workbench.action.openSettings', notes: ['kept'] },
      { code: 'InternalError', runbook: 'http://plain.example.com/' , retry: 'sometimes', category: 'weird', product: 'CVM' },
      { code: 'not a code', title: 'x' },
      { title: 'no code' },
      'not an object',
      { code: 'InternalError', colour: 'blue', title: 'x' },
    ],
  }, null, 2);
  const { entries, problems } = parseTeamCatalog(text, 'team.json');
  assert.deepEqual(entries.map((e) => [e.title?.en, e.runbook, e.docs, e.notes?.en]), [
    ['kept', undefined, undefined, undefined],
    [undefined, undefined, undefined, ['kept']],
    ['x', undefined, undefined, undefined],
  ]);
  const messages = problems.map((p) => p.message).join('\n');
  for (const needle of ['"runbook" must be a plain https://', '"docs" must be a plain https://', '"retry" is one of', '"category" is one of', '"product" is a product short name', '"code" must be an error code', 'Each entry is an object', 'Unknown property "colour"', 'sets nothing tcerr can show']) {
    assert.ok(messages.includes(needle), `missing problem: ${needle}\n${messages}`);
  }
  const runbookProblem = problems.find((p) => p.message.startsWith('"runbook"'))!;
  assert.equal(text.slice(runbookProblem.start, runbookProblem.end), '"javascript:alert(1)"');
  assert.equal(problems.find((p) => p.message.startsWith('Unknown property'))?.severity, 'warning');
});

test('a file of the wrong shape says what shape it should have; hostile input never throws', () => {
  assert.match(parse([]).problems[0].message, /object with an "entries" array/);
  assert.match(parse({ entry: [] }).problems[0].message, /Missing "entries"/);
  assert.match(parse('').problems[0].message, /JSON syntax|empty/);
  assert.match(parseTeamCatalog('x'.repeat(2 * 1024 * 1024), 'big.json').problems[0].message, /larger than/);
  for (const junk of ['{'.repeat(10_000), '[' + '"a",'.repeat(50_000) + ']', '{"entries":' + '['.repeat(5000)]) parse(junk);
});

test('the JSON schema and the parser agree on the fields, and the example fixture is valid', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'src', 'catalog', 'team-catalog.schema.json'), 'utf8'));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.deepEqual(Object.keys(schema.definitions.entry.properties).sort(), ['category', 'code', 'docs', 'explanation', 'notes', 'product', 'remediation', 'retry', 'runbook', 'title']);
  const fixture = parseTeamCatalog(readFileSync(join(ROOT, 'test', 'fixtures', 'team-catalog', 'catalog.json'), 'utf8'), 'f');
  assert.deepEqual(fixture.problems, []);
  assert.equal(fixture.entries.length, 2);
});
