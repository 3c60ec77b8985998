import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COMMANDS } from '../../src/vscode/commands';
import { SETTING_KEYS } from '../../src/vscode/settings';
import { defaultSettings } from '../../src/engine/settings';

// Tests run from dist-test/unit; the repository root is two levels up (or the working directory).
function repoRoot(): string {
  for (const dir of [resolve(__dirname, '..', '..'), process.cwd()]) if (existsSync(join(dir, 'package.json'))) return dir;
  throw new Error('package.json not found');
}
const root = repoRoot();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readJson = (file: string): Record<string, string> => (existsSync(join(root, file)) ? JSON.parse(readFileSync(join(root, file), 'utf8')) : {});
const nls = readJson('package.nls.json');
const nlsZh = readJson('package.nls.zh-cn.json');
/** A manifest string as English users see it: `%key%` resolved through package.nls.json. */
const english = (value: string): string => value.replace(/^%([^%]+)%$/, (_m, key: string) => nls[key] ?? value);

test('contributed commands equal the COMMANDS table', () => {
  const contributed = (pkg.contributes?.commands ?? []).map((c: { command: string; title: string }) => ({ id: c.command, title: english(c.title) }));
  const table = Object.values(COMMANDS).map((c) => ({ id: c.id, title: c.title }));
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  assert.deepEqual([...contributed].sort(byId), [...table].sort(byId));
});

test('contributed configuration properties equal the SETTING_KEYS table', () => {
  const contributed = Object.keys(pkg.contributes?.configuration?.properties ?? {}).sort();
  assert.deepEqual(contributed, Object.values(SETTING_KEYS).sort());
});

test('configuration defaults equal the engine defaults, and every setting is documented', () => {
  const props = pkg.contributes.configuration.properties;
  const defaults = defaultSettings();
  assert.deepEqual(props[SETTING_KEYS.languages].default, defaults.languages);
  assert.equal(props[SETTING_KEYS.diagnosticsEnabled].default, defaults.diagnosticsEnabled);
  assert.equal(props[SETTING_KEYS.language].default, defaults.language);
  assert.deepEqual(props[SETTING_KEYS.language].enum, ['auto', 'en', 'zh-CN']);
  for (const [key, prop] of Object.entries<Record<string, unknown>>(props)) {
    assert.equal(typeof prop.description, 'string', `${key} description`);
    assert.equal(typeof prop.markdownDescription, 'string', `${key} markdownDescription`);
  }
});

test('activation is lazy: the default languages, no star or startup activation', () => {
  assert.deepEqual([...pkg.activationEvents].sort(), defaultSettings().languages.map((l) => `onLanguage:${l}`).sort());
});

test('the icon, when declared, is a real PNG', () => {
  if (pkg.icon === undefined) return;
  const bytes = readFileSync(join(root, pkg.icon));
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('every %key% in package.json has an English and a Chinese string', () => {
  const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 0);
  for (const key of keys) {
    assert.equal(typeof nls[key], 'string', `package.nls.json has ${key}`);
    assert.equal(typeof nlsZh[key], 'string', `package.nls.zh-cn.json has ${key}`);
  }
});

test('every runtime string (vscode.l10n.t) has a Chinese translation in l10n/bundle.l10n.zh-cn.json', () => {
  assert.equal(pkg.l10n, './l10n');
  const bundle = readJson('l10n/bundle.l10n.zh-cn.json');
  const dir = join(root, 'src', 'vscode');
  const missing: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
      const message = m[1].replace(/\\(.)/g, '$1');
      if (typeof bundle[message] !== 'string') missing.push(`${file}: ${message}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('the packaged .vsix keeps the translations (.vscodeignore whitelists them)', () => {
  const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split(/\r?\n/);
  for (const line of ['!package.nls*.json', '!l10n/**']) assert.ok(ignore.includes(line), `.vscodeignore has ${line}`);
});
