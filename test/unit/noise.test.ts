import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  codeMatches,
  configuredLevel,
  isFileExcluded,
  judgeFinding,
  normalizeNoise,
  normalizeSeverityMap,
  normalizeTrigger,
  pathMatchesAny,
} from '../../src/engine/noise';

const server = (code: string | null) => ({ code, origin: 'server' as const });

test('code patterns: exact (case-insensitive) or * globs; regex characters are literal', () => {
  assert.ok(codeMatches('InvalidParameter*', 'InvalidParameter.Foo'));
  assert.ok(codeMatches('InvalidParameter*', 'InvalidParameterValue'));
  assert.ok(codeMatches('invalidparameter', 'InvalidParameter'));
  assert.ok(!codeMatches('InvalidParameter', 'InvalidParameterValue'));
  assert.ok(codeMatches('*.SignatureExpire', 'AuthFailure.SignatureExpire'));
  assert.ok(!codeMatches('Auth.Failure', 'AuthXFailure'), 'a dot is not a wildcard');
  assert.ok(!codeMatches('(.*)', 'anything'));
});

test('bad severity maps, values and keys are dropped, never thrown on', () => {
  assert.deepEqual(normalizeSeverityMap('auth=warning'), {});
  assert.deepEqual(normalizeSeverityMap(null), {});
  assert.deepEqual(normalizeSeverityMap(['auth']), {});
  assert.deepEqual(normalizeSeverityMap({ auth: 'loud', parameter: 3, ' quota ': 'Warning', 'a b': 'off', '': 'off', limit: 'info' }), { quota: 'warning', limit: 'information' });
  const proto = normalizeSeverityMap(JSON.parse('{"__proto__":"off","toString":"hint"}'));
  assert.equal(Object.getPrototypeOf(proto), Object.prototype);
  assert.equal(configuredLevel(server('toString'), null, normalizeNoise({ severity: proto })), 'hint');
  assert.equal(configuredLevel(server('X'), 'auth', normalizeNoise({})), null);
});

test('bad triggers and pattern lists fall back to defaults', () => {
  assert.equal(normalizeTrigger('onSave'), 'onType');
  assert.equal(normalizeTrigger(undefined), 'onType');
  assert.equal(normalizeTrigger('off'), 'off');
  assert.deepEqual(normalizeNoise({ excludeCodes: 'X', excludeFiles: [1, ' logs/** ', 'logs/**', ''] }), { severity: {}, excludeCodes: [], excludeFiles: ['logs/**'] });
  assert.deepEqual(normalizeNoise(null as never), { severity: {}, excludeCodes: [], excludeFiles: [] });
});

test('severity precedence: exact code, then the most specific glob, then category, then origin', () => {
  const noise = normalizeNoise({
    severity: { parameter: 'hint', 'InvalidParameter*': 'warning', 'InvalidParameter.Foo*': 'information', 'InvalidParameter.FooBar': 'error', client: 'off', 'ClientNetwork*': 'warning' },
  });
  assert.equal(configuredLevel(server('InvalidParameter.FooBar'), 'parameter', noise), 'error');
  assert.equal(configuredLevel(server('InvalidParameter.FooBaz'), 'parameter', noise), 'information');
  assert.equal(configuredLevel(server('InvalidParameter.Other'), 'parameter', noise), 'warning');
  assert.equal(configuredLevel(server('MissingParameter'), 'parameter', noise), 'hint');
  assert.equal(configuredLevel({ code: 'ClientNetworkError', origin: 'client' }, 'client', noise), 'warning');
  assert.equal(configuredLevel({ code: 'ClientParamsError', origin: 'client' }, null, noise), 'off', 'the origin key applies without a category');
  assert.equal(configuredLevel(server('ResourceNotFound'), 'resource', noise), null);
});

test('judgeFinding: excluded codes and `off` hide the finding; otherwise the configured or built-in level', () => {
  const noise = normalizeNoise({ excludeCodes: ['DryRunOperation', 'LimitExceeded*'], severity: { auth: 'warning', quota: 'off' } });
  assert.equal(judgeFinding(server('DryRunOperation'), null, 'information', noise), null);
  assert.equal(judgeFinding(server('LimitExceeded.Foo'), { category: 'limit' }, 'error', noise), null);
  assert.equal(judgeFinding(server('ResourceInsufficient'), { category: 'quota' }, 'error', noise), null);
  assert.equal(judgeFinding(server('AuthFailure.SignatureExpire'), { category: 'auth' }, 'error', noise), 'warning');
  assert.equal(judgeFinding(server('InternalError'), { category: 'server' }, 'error', noise), 'error');
  assert.equal(judgeFinding(server(null), null, 'warning', noise), 'warning', 'a code-less finding is never excluded by a code pattern');
});

test('file globs follow VS Code: relative paths, ** across folders, folder globs cover their contents', () => {
  assert.ok(pathMatchesAny('logs/app.log', ['logs/**']));
  assert.ok(pathMatchesAny('logs/archive/old.log', ['**/archive']));
  assert.ok(pathMatchesAny('a/b/c.json', ['**/*.json']));
  assert.ok(pathMatchesAny('c.json', ['**/*.json']));
  assert.ok(pathMatchesAny('data\\x.log', ['data/*.log']), 'Windows separators');
  assert.ok(pathMatchesAny('fixtures/a.jsonc', ['fixtures/*.{json,jsonc}']));
  assert.ok(!pathMatchesAny('src/app.log', ['*.log']), '*.log matches only at the root, as in files.exclude');
  assert.ok(pathMatchesAny('app.log', ['*.log']));
  assert.ok(!pathMatchesAny('logs2/app.log', ['logs/**']));
  assert.ok(pathMatchesAny('x1.txt', ['x?.txt']));
  assert.ok(!pathMatchesAny('x', ['[']), 'a broken class does not throw');
  assert.ok(!isFileExcluded(null, normalizeNoise({ excludeFiles: ['**'] })));
});

test('judgeFindings: success envelopes, excluded codes and excluded files are left out; severities applied', async () => {
  const { scanText } = await import('../../src/engine/scan');
  const { judgeFindings } = await import('../../src/engine/judge');
  const { bundledCatalog } = await import('../../src/engine/catalog');
  const catalog = bundledCatalog();
  const text = [
    '[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=late, RequestId=r1',
    '[TencentCloudSDKError] Code=InvalidParameter.Foo, Message=bad, RequestId=r2',
    '[TencentCloudSDKError] Code=ResourceNotFound, Message=gone, RequestId=r3',
    '{"Response":{"RequestId":"ok-1"}}',
  ].join('\n');
  const { findings } = scanText(text);
  const explain = (f: { code: string | null }) => catalog.explain(f.code!, { language: 'en' });
  const noise = normalizeNoise({ excludeCodes: ['InvalidParameter*'], severity: { auth: 'hint' } });
  const judged = judgeFindings(findings, explain, noise, 'logs/app.log');
  assert.deepEqual(judged.map((j) => [j.finding.code, j.severity]), [['AuthFailure.SignatureExpire', 'hint'], ['ResourceNotFound', 'error']]);
  assert.deepEqual(judgeFindings(findings, explain, normalizeNoise({ excludeFiles: ['logs/**'] }), 'logs/app.log'), []);
  assert.equal(judgeFindings(findings, explain, normalizeNoise({ excludeFiles: ['logs/**'] }), null).length, 3, 'files outside the workspace are not matched');
});
