import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings, normalizeSettings, resolveLanguage } from '../../src/engine/settings';

test('missing settings fall back to the defaults', () => {
  assert.deepEqual(normalizeSettings({}), { languages: ['json', 'jsonc', 'log', 'plaintext'], diagnosticsEnabled: true, language: 'auto' });
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
  assert.deepEqual(s, { languages: ['log', 'python'], diagnosticsEnabled: false, language: 'zh-CN' });
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
