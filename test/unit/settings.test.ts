import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings, normalizeSettings, resolveLanguage } from '../../src/engine/settings';

test('missing settings fall back to the defaults', () => {
  // Field by field: other settings (catalogs …) have their own tests.
  const expected: Record<string, unknown> = {
    languages: ['json', 'jsonc', 'log', 'plaintext', 'xml'],
    diagnosticsEnabled: true,
    language: 'auto',
    diagnosticsTrigger: 'onType',
    diagnosticsSeverity: {},
    excludeCodes: [],
    excludeFiles: [],
    inlineAnnotations: false,
    decodePreview: false,
    scanMaxFileSizeMB: 10,
  };
  const actual = normalizeSettings({}) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(expected)) assert.deepEqual(actual[key], value, key);
  assert.deepEqual(normalizeSettings({}), defaultSettings());
});

test('ill-typed values fall back to the defaults', () => {
  const s = normalizeSettings({ languages: 'json', diagnosticsEnabled: 'false', language: 'fr' });
  assert.deepEqual(s, defaultSettings());
  assert.deepEqual(normalizeSettings({ languages: [1, null, '', '  '] }).languages, defaultSettings().languages);
  assert.deepEqual(normalizeSettings({ language: 'zh-cn' }).language, 'auto');
});

test('valid values are kept; language ids are trimmed and de-duplicated', () => {
  const s = normalizeSettings({ languages: [' log ', 'log', 'python', 42], diagnosticsEnabled: false, language: 'zh-CN' });
  assert.deepEqual(s, { ...defaultSettings(), languages: ['log', 'python'], diagnosticsEnabled: false, language: 'zh-CN' });
});

test('an explicit empty language list switches tcerr off everywhere', () => {
  assert.deepEqual(normalizeSettings({ languages: [] }).languages, []);
});

test('defaults are fresh copies', () => {
  const a = defaultSettings();
  a.languages.push('x');
  assert.ok(!defaultSettings().languages.includes('x'));
});

test('auto follows the UI language: any zh locale means zh-CN', () => {
  assert.equal(resolveLanguage('auto', 'zh-cn'), 'zh-CN');
  assert.equal(resolveLanguage('auto', 'zh-tw'), 'zh-CN');
  assert.equal(resolveLanguage('auto', 'en'), 'en');
  assert.equal(resolveLanguage('auto', 'de'), 'en');
  assert.equal(resolveLanguage('auto', undefined), 'en');
  assert.equal(resolveLanguage('en', 'zh-cn'), 'en');
  assert.equal(resolveLanguage('zh-CN', 'en'), 'zh-CN');
});

test('noise and scan settings: ill-typed values fall back, valid ones are kept', () => {
  const bad = normalizeSettings({ diagnosticsTrigger: 'sometimes', diagnosticsSeverity: 'auth', excludeCodes: 'X', excludeFiles: {}, inlineAnnotations: 1, decodePreview: 'yes', scanMaxFileSizeMB: -3 });
  assert.deepEqual(bad, defaultSettings());
  assert.equal(normalizeSettings({ scanMaxFileSizeMB: Number.NaN }).scanMaxFileSizeMB, 10);
  assert.equal(normalizeSettings({ scanMaxFileSizeMB: 1e9 }).scanMaxFileSizeMB, 1024);
  const good = normalizeSettings({ diagnosticsTrigger: 'onOpenAndSave', diagnosticsSeverity: { auth: 'hint' }, excludeCodes: ['A*'], excludeFiles: ['logs/**'], inlineAnnotations: true, decodePreview: true, scanMaxFileSizeMB: 0.5 });
  assert.deepEqual(good, { ...defaultSettings(), diagnosticsTrigger: 'onOpenAndSave', diagnosticsSeverity: { auth: 'hint' }, excludeCodes: ['A*'], excludeFiles: ['logs/**'], inlineAnnotations: true, decodePreview: true, scanMaxFileSizeMB: 0.5 });
});
