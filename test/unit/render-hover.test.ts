import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_MESSAGE_CHARS, renderHover } from '../../src/engine/render-hover';
import { renderDecodeReport } from '../../src/engine/render-decode';
import { labelsFor } from '../../src/engine/render-labels';
import type { Explanation, Finding } from '../../src/engine/types';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    kind: 'error',
    code: 'AuthFailure.SignatureExpire',
    message: 'Signature expired. Timestamp 1700000000 is too old.',
    requestId: 'e5f3a1b2-0000-4c1d-9a7e-123456789abc',
    origin: 'server',
    format: 'json-envelope',
    span: { start: 0, end: 100 },
    codeSpan: { start: 10, end: 37 },
    messageSpan: null,
    requestIdSpan: null,
    product: 'cvm',
    ...over,
  };
}

function explanation(over: Partial<Explanation> = {}): Explanation {
  return {
    code: 'AuthFailure.SignatureExpire',
    matchedCode: 'AuthFailure.SignatureExpire',
    source: 'catalog',
    detail: null,
    title: 'The request signature has expired',
    explanation: 'The signing timestamp is too far from the server clock.',
    remediation: ['Sync the client clock.', 'Sign each request right before sending it.'],
    retry: 'fix-first',
    category: 'auth',
    origin: 'server',
    docs: 'https://cloud.tencent.com/document/api/213/15694',
    language: 'en',
    ...over,
  };
}

function lineStarting(md: string, prefix: string): string {
  const line = md.split('\n').find((l) => l.startsWith(prefix));
  assert.ok(line, `no line starting with ${prefix} in:\n${md}`);
  return line;
}

function unescaped(text: string, chars: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (chars.includes(text[i])) found.push(text[i]);
  }
  return found;
}

test('the first line is the one-line meaning', () => {
  const md = renderHover(finding(), explanation(), 'en');
  assert.equal(md.split('\n')[0], '**AuthFailure\\.SignatureExpire**: The request signature has expired');
});

test('the hover says why, what to do, whether to retry, and this occurrence', () => {
  const md = renderHover(finding(), explanation(), 'en');
  assert.match(md, /\*\*Why it happens:\*\* The signing timestamp/);
  assert.match(md, /^1\. Sync the client clock\.$/m);
  assert.match(md, /^2\. Sign each request/m);
  assert.match(md, /\*\*Retry:\*\* Fix before retrying/);
  assert.match(lineStarting(md, '- **Message:**'), /Signature expired\\\. Timestamp 1700000000 is too old\\\./);
  assert.equal(lineStarting(md, '- **RequestId:**'), '- **RequestId:** e5f3a1b2\\-0000\\-4c1d\\-9a7e\\-123456789abc');
  assert.equal(lineStarting(md, '- **Product:**'), '- **Product:** cvm');
  assert.ok(md.includes('[Documentation](https://cloud.tencent.com/document/api/213/15694)'));
});

test('a hostile message renders inert: no link, image, HTML or emphasis', () => {
  const message = '[x](command:evil) ![i](http://x) <img src=x> *bold* `tick` <a href="command:y">z</a>';
  const md = renderHover(finding({ message }), explanation(), 'en');
  const line = lineStarting(md, '- **Message:**');
  const value = line.slice('- **Message:** '.length);
  assert.equal(
    value,
    '\\[x\\]\\(command\\:evil\\) \\!\\[i\\]\\(http\\:\\/\\/x\\) \\<img src\\=x\\> \\*bold\\* \\`tick\\` \\<a href\\=\\"command\\:y\\"\\>z\\<\\/a\\>',
  );
  assert.deepEqual(unescaped(value, '[]()<>!*`_'), []);
  assert.ok(!md.includes('](command'), 'no link destination survives');
});

test('hostile code and RequestId are escaped too, and a newline cannot start a new block', () => {
  const md = renderHover(finding({ code: 'Evil](command:x)', requestId: 'id\n# Heading\n<script>', message: 'a\n\n[link](command:z)' }), explanation(), 'en');
  assert.ok(md.startsWith('**Evil\\]\\(command\\:x\\)**'));
  assert.equal(lineStarting(md, '- **RequestId:**'), '- **RequestId:** id \\# Heading \\<script\\>');
  assert.equal(lineStarting(md, '- **Message:**'), '- **Message:** a \\[link\\]\\(command\\:z\\)');
  assert.ok(!/^#/m.test(md), 'no heading line');
});

test('a long message is shortened with an ellipsis', () => {
  const md = renderHover(finding({ message: 'word '.repeat(1000) }), explanation(), 'en');
  const line = lineStarting(md, '- **Message:**');
  assert.ok(line.endsWith('…'));
  assert.ok(line.length < MAX_MESSAGE_CHARS + 40, `line is ${line.length} chars`);
});

test('an unsafe docs URL is shown as plain text, not as a link', () => {
  const md = renderHover(finding(), explanation({ docs: 'command:tcerr.evil' }), 'en');
  assert.ok(!md.includes('command:'));
  assert.ok(!md.includes('](command'));
});

test('a fallback explanation names the unknown detail in the meaning line', () => {
  const md = renderHover(
    finding({ code: 'ResourceNotFound.FooBar' }),
    explanation({ code: 'ResourceNotFound.FooBar', matchedCode: 'ResourceNotFound', source: 'fallback', detail: 'foo bar', title: 'The resource does not exist' }),
    'en',
  );
  assert.equal(md.split('\n')[0], '**ResourceNotFound\\.FooBar**: The resource does not exist \\(foo bar\\)');
});

test('a finding without a code still gets a meaning line and its message', () => {
  const md = renderHover(finding({ code: null, codeSpan: null, message: 'connect ETIMEDOUT' }), null, 'en');
  assert.equal(md.split('\n')[0], '**(no error code)**: Tencent Cloud SDK error without an error code');
  assert.match(md, /connect ETIMEDOUT/);
});

test('a success envelope gets a short note with its RequestId', () => {
  const md = renderHover(finding({ kind: 'success', code: null, message: null, product: null }), null, 'en');
  assert.ok(md.startsWith('**Successful response**'));
  assert.match(md, /RequestId:\*\* e5f3a1b2/);
  assert.ok(!md.includes('Why it happens'));
});

test('Chinese labels for zh-CN', () => {
  const md = renderHover(finding(), explanation({ language: 'zh-CN', title: '签名过期' }), 'zh-CN');
  assert.equal(md.split('\n')[0], '**AuthFailure\\.SignatureExpire**: 签名过期');
  assert.match(md, /\*\*处理办法:\*\*/);
  assert.match(md, /\*\*重试:\*\* 先修正再重试/);
});

test('fixed labels, which are not escaped, contain no Markdown syntax', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    const labels = labelsFor(language);
    const texts = Object.values(labels).map((v) => (typeof v === 'function' ? v(3) : v));
    for (const text of texts) assert.doesNotMatch(text, /[[\]<>*_`!|#&\\~{}]|^\s*[-+\d]/, text);
  }
});

test('a shortened message says where the whole text is, and the decode report shows it whole', () => {
  const long = finding({ message: 'x'.repeat(MAX_MESSAGE_CHARS) + 'TAIL' });
  const hover = renderHover(long, null, 'en');
  assert.ok(!hover.includes('TAIL'));
  assert.ok(hover.includes('Message shortened. Decode this response to see all of it.'));
  const report = renderDecodeReport({ unwrapped: '', findings: [long] }, null, 'en');
  assert.ok(report.includes('TAIL'));
  assert.ok(!report.includes('Message shortened'));
});
