// Text from a scanned file is data: whatever it holds, the hover Markdown renders (with marked, the renderer
// VS Code uses, GFM autolinking on) to no link, image, HTML or command URI of the file's making.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { renderDecodeReport } from '../../src/engine/render-decode';
import { renderHover } from '../../src/engine/render-hover';
import { scanText } from '../../src/engine/scan';
import type { Explanation, Finding } from '../../src/engine/types';
import { repoRoot } from './helpers/hostile';

const ATTACKS: Record<string, string> = {
  'command link': '[click me](command:workbench.action.terminal.new)',
  'command link with args': '[x](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%5Cn%22%7D)',
  image: '![i](https://evil.example/x.png)',
  'html img': '<img src=x onerror=alert(1)>',
  'html anchor': '<a href="command:workbench.action.terminal.new">z</a>',
  autolink: '<https://evil.example/>',
  'bare url': 'see https://evil.example/path?q=1 now',
  'www url': 'visit www.evil.example today',
  'javascript link': '[x](javascript:alert(1))',
  'reference link': '[x][1]\n\n[1]: command:workbench.action.terminal.new',
  'reference link inline': '[x][1] [1]: command:workbench.action.terminal.new',
  'html entity': '&lt;img src=x&gt; &#x3C;script&#x3E; &amp;',
  'backtick fence': '```\n</code></pre><img src=x>\n```',
  'inline code break-out': '`` ` ``<img src=x>',
  'zero-width': 'Auth\u200bFailure [lin\u200dk](comm\u200band:x)',
  'bidi override': 'safe\u202e)x(nommoc](x[',
  'email autolink': 'mail me at evil@evil.example',
  'html comment': '<!-- hidden --> text',
  'setext heading': 'text\n===\n# heading',
  'table': '| a | b |\n|---|---|\n| <img src=x> | c |',
  'footnote-ish': '[^1]\n[^1]: command:x',
};

const DOCS = 'https://cloud.tencent.com/document/api/213/15694';

function explanation(): Explanation {
  return {
    code: 'AuthFailure.SignatureExpire', matchedCode: 'AuthFailure.SignatureExpire', source: 'catalog', detail: null,
    title: 'The request signature has expired', explanation: 'Clock skew.', remediation: ['Sync the clock.'],
    retry: 'fix-first', category: 'auth', origin: 'server', docs: DOCS, language: 'en',
  };
}

function finding(over: Partial<Finding>): Finding {
  return {
    kind: 'error', code: 'AuthFailure.SignatureExpire', message: 'm', requestId: 'r-12345678', origin: 'server', format: 'go-sdk',
    span: { start: 0, end: 1 }, codeSpan: { start: 0, end: 1 }, messageSpan: null, requestIdSpan: null, product: 'cvm', ...over,
  };
}

/** What a user can click or what loads by itself in the rendered hover. */
function assertInert(md: string, what: string): void {
  const html = marked.parse(md, { gfm: true, async: false }) as string;
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(hrefs.filter((h) => h !== DOCS), [], `${what}: no link but the docs link\n${html}`);
  assert.doesNotMatch(html, /<img|<script|<iframe|<a (?![^>]*href="https:\/\/cloud\.tencent\.com)/i, `${what}: no image, script or foreign anchor\n${html}`);
  assert.doesNotMatch(html, /<(?!\/?(?:p|strong|em|ol|ul|li|a|code|pre|br)\b)[a-z!]/i, `${what}: only the hover's own structure is HTML\n${html}`);
  assert.doesNotMatch(html, /href="(?:command|javascript|data|vbscript):/i, `${what}: no command or script URI`);
  assert.doesNotMatch(html, /[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/, `${what}: invisible and bidi characters removed`);
}

for (const [name, attack] of Object.entries(ATTACKS)) {
  test(`hover: ${name} in the message, code, RequestId or product stays text`, () => {
    for (const field of ['message', 'code', 'requestId', 'product'] as const) {
      const md = renderHover(finding({ [field]: attack }), explanation(), 'en');
      assertInert(md, `${name} as ${field}`);
    }
  });
}

test('every attack inside a real error line, through the whole pipeline (scan, hover, decode report)', () => {
  for (const [name, attack] of Object.entries(ATTACKS)) {
    const text = `[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=${attack.replace(/\n/g, ' ')}, RequestId=e5f3a1b2-0000-4c1d-9a7e-123456789abc`;
    const [f] = scanText(text).findings;
    assert.ok(f, name);
    assertInert(renderHover(f, explanation(), 'en'), name);
    // The report shows the payload in a fence; a fence cannot be closed from inside, and nothing else is live.
    const report = renderDecodeReport({ unwrapped: text + '\n' + attack, findings: [f] }, () => explanation(), 'en');
    const html = marked.parse(report, { gfm: true, async: false }) as string;
    assert.deepEqual([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]).filter((h) => h !== DOCS), [], `${name}: decode report links\n${html}`);
    assert.doesNotMatch(html, /<img|<script/i, name);
  }
});

test('the hover code never trusts its Markdown wholesale: isTrusted is never true, only tcerr commands are enabled', () => {
  const dir = join(repoRoot(), 'src', 'vscode');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    assert.doesNotMatch(source, /isTrusted\s*(?:=|:)\s*true/, `${file}: isTrusted = true would run any command link in the text`);
    assert.doesNotMatch(source, /supportHtml\s*(?:=|:)\s*true/, `${file}: HTML in hovers`);
    for (const m of source.matchAll(/enabledCommands\s*:\s*\[([^\]]*)\]/g)) {
      for (const id of m[1].split(',').map((s) => s.trim()).filter(Boolean)) {
        assert.ok(/^(?:['"`]tcerr\.|COMMANDS\.|[A-Z_]+\.)/.test(id) || /^\.\.\./.test(id), `${file}: enabled command ${id} is not one of tcerr's`);
      }
    }
  }
});
