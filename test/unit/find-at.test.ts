import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingAt } from '../../src/engine/scan';

const R = 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6';

test('findingAt answers for the code, the message and the RequestId of an error line', () => {
  const text = `noise\n2024 [TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=expired, RequestId=${R}\nmore noise`;
  for (const token of ['AuthFailure.SignatureExpire', 'expired', R]) {
    const at = text.indexOf(token) + 2;
    assert.equal(findingAt(text, at)?.code, 'AuthFailure.SignatureExpire', token);
  }
  assert.equal(findingAt(text, 2), null, 'nothing on a noise line');
});

test('findingAt sees a pretty envelope around the hovered line, with document offsets', () => {
  const filler = Array.from({ length: 5000 }, (_, i) => `line ${i} ok`).join('\n');
  const envelope = `{\n  "Response": {\n    "Error": {\n      "Code": "ResourceNotFound.InstanceNotFound",\n      "Message": "gone"\n    },\n    "RequestId": "${R}"\n  }\n}`;
  const text = `${filler}\n${envelope}\n${filler}`;
  const at = text.indexOf('ResourceNotFound') + 3;
  const found = findingAt(text, at);
  assert.ok(found);
  assert.equal(found.requestId, R);
  assert.equal(text.slice(found.codeSpan!.start, found.codeSpan!.end), 'ResourceNotFound.InstanceNotFound');
});

test('findingAt never throws and rejects offsets outside the text', () => {
  assert.equal(findingAt('abc', -1), null);
  assert.equal(findingAt('abc', 99), null);
  assert.equal(findingAt('', 0), null);
  assert.equal(findingAt(undefined as unknown as string, 0), null);
});
