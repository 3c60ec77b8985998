import { test } from 'node:test';
import assert from 'node:assert/strict';
import { severityOf } from '../../src/engine/severity';

test('server errors are errors, SDK-side and legacy codes are warnings', () => {
  assert.equal(severityOf({ code: 'AuthFailure.SignatureExpire', origin: 'server' }), 'error');
  assert.equal(severityOf({ code: 'ClientNetworkError', origin: 'client' }), 'warning');
  assert.equal(severityOf({ code: null, origin: 'client' }), 'warning');
  assert.equal(severityOf({ code: '4000', origin: 'legacy' }), 'warning');
});

test('DryRunOperation is information whatever its origin', () => {
  assert.equal(severityOf({ code: 'DryRunOperation', origin: 'server' }), 'information');
  assert.equal(severityOf({ code: 'DryRunOperation', origin: 'client' }), 'information');
});
