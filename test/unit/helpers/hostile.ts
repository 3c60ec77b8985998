// Shared by the hostile-input tests: what every scan result must satisfy, and generators of nasty text.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import type { Finding, ScanResult, Span } from '../../../src/engine/types';

export function repoRoot(): string {
  for (const dir of [resolve(__dirname, '..', '..'), resolve(__dirname, '..', '..', '..'), process.cwd()]) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'engine'))) return dir;
  }
  throw new Error('repository root not found');
}

/** Every text fixture a user-facing test reads (shared cases and the editor fixtures). */
export function fixtureTexts(): { name: string; text: string }[] {
  const root = repoRoot();
  const out: { name: string; text: string }[] = [];
  for (const dir of ['test/fixtures/cases', 'test/fixtures/vscode']) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      const file = join(abs, name);
      if (!statSync(file).isFile() || name.endsWith('.md')) continue;
      out.push({ name: `${dir}/${name}`, text: readFileSync(file, 'utf8') });
    }
  }
  return out;
}

function spanInside(span: Span | null, length: number, what: string): void {
  if (span === null) return;
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= length, `${what} ${JSON.stringify(span)} outside [0, ${length}]`);
}

export function anchorOf(f: Finding): number {
  return (f.codeSpan ?? f.requestIdSpan ?? f.span).start;
}

/** What any scan of any text must give: spans inside the text, the code where its span says, sorted findings. */
export function assertScanInvariants(text: string, result: ScanResult): void {
  assert.ok(Array.isArray(result.findings), 'findings is an array');
  assert.equal(typeof result.truncated, 'boolean');
  let previous = -1;
  for (const f of result.findings) {
    spanInside(f.span, text.length, 'span');
    spanInside(f.codeSpan, text.length, 'codeSpan');
    spanInside(f.messageSpan, text.length, 'messageSpan');
    spanInside(f.requestIdSpan, text.length, 'requestIdSpan');
    assert.equal(f.code === null, f.codeSpan === null, 'a code has a span, and only a code');
    if (f.code !== null && f.codeSpan && f.format !== 'json-envelope-escaped') {
      assert.equal(text.slice(f.codeSpan.start, f.codeSpan.end), f.code, `codeSpan text is the code (${f.format})`);
    }
    const anchor = anchorOf(f);
    assert.ok(anchor >= previous, 'findings are sorted by position');
    previous = anchor;
  }
}

export function covers(f: Finding, offset: number): boolean {
  return [f.codeSpan, f.messageSpan, f.requestIdSpan].some((s) => s !== null && s.start <= offset && offset <= s.end);
}

/** Pieces of the shapes the detectors look for, so random text reaches deep into them. */
const FRAGMENTS = [
  '[TencentCloudSDKError]', ' Code=', 'AuthFailure.SignatureExpire', ', Message=', ', RequestId=', '[TencentCloudSDKException]',
  'code:', ' message:', ' requestId:', '{"Response":{"Error":{"Code":"', '"Message":"', '"},"RequestId":"', '"}}', '\\"', '\\\\\\"',
  '"Error":{', 'ResourceNotFound.InstanceNotFound', 'e5f3a1b2-0000-4c1d-9a7e-123456789abc', 'TencentCloudSDKHttpException [Error]: ',
  "  requestId: '", "  code: '", "'", '\n    at ', 'RequestId=, ErrorCode=', ', ErrorMessage=', 'message：code:', 'codeDesc', '"code":4100',
  'TencentCloud.Common.TencentCloudSDKException: ', '[[request id:', ']', 'InvalidParameterValue.Foo: ', '%!d(string=', '\r\n', '\r', '\n',
  '│ ', '\u0000', '\ufeff', '\ud800', '\udc00', '\u202e', '{', '}', '"', '\\', 'Code: ', 'Message: ', '<Error><Code>', '</Code>', 'AKID',
  "TencentCloudSDKException('", "', '", '", \'', 'None', ')', "CosServiceError: {'code': '", "'requestid': '", "u'", 'NjQ2YjI5ZGZfMjhhOGMwOV8xYzQ0XzE5ZDRlNTQ=',
  'GET https://b-1250000000.cos.ap-guangzhou.myqcloud.com/a: 404 NoSuchKey(Message: ', ', RequestId: ', ', TraceId: ',
  'CosServiceException: ', ' (Status Code: 404; Error Code: NoSuchKey; Request ID: ', '; Trace ID: ', 'msg="', '  traceId:',
];

/** One UTF-16 unit, anything: lone surrogates, NUL and other controls included. */
export const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const hostileText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 2, arbitrary: anyUnit }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: 120 })
  .map((parts) => parts.join(''));

/** A fixture with a few random edits: characters inserted, deleted or replaced anywhere. */
export function mutated(text: string): fc.Arbitrary<string> {
  const edit = fc.record({ at: fc.nat({ max: Math.max(0, text.length) }), del: fc.nat({ max: 4 }), ins: fc.oneof(anyUnit, fc.constantFrom(...FRAGMENTS), fc.constant('')) });
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let t = text;
    for (const e of edits) {
      const at = Math.min(e.at, t.length);
      t = t.slice(0, at) + e.ins + t.slice(at + e.del);
    }
    return t;
  });
}
