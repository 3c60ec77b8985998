import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeInline, escapeProse, fencedBlock, link, safeHttpsUrl, toOneLine, truncate } from '../../src/engine/render-markdown';

/** Characters that are Markdown syntax when not preceded by a backslash. */
function unescapedSpecials(md: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') {
      i++;
      continue;
    }
    if ('[]()<>!*_`#|{}~&:'.includes(md[i])) found.push(md[i]);
  }
  return found;
}

test('escapeInline leaves no Markdown syntax active', () => {
  const hostile = '[x](command:evil) ![i](http://x) <img src=x> *bold* _it_ `code` # h | t {} ~~s~~ &lt; \\';
  const out = escapeInline(hostile);
  assert.deepEqual(unescapedSpecials(out), []);
  assert.ok(out.includes('\\[x\\]\\(command\\:evil\\)'));
  assert.ok(out.includes('\\!\\[i\\]\\(http\\:\\/\\/x\\)'));
  assert.ok(out.includes('\\<img src\\=x\\>'));
  assert.ok(out.includes('\\*bold\\*'));
  assert.ok(out.includes('\\&lt\\;'));
  assert.ok(out.endsWith('\\\\'), 'a trailing backslash is itself escaped');
});

test('escapeInline keeps text on one line and drops invisible characters', () => {
  assert.equal(escapeInline('a\n# Title\r\n---\tb'), 'a \\# Title \\-\\-\\- b');
  assert.equal(toOneLine('ab\u202Ecd\u0000e\u200Bf'), 'abcdef');
});

test('truncate ends a cut text with an ellipsis and never splits a surrogate pair', () => {
  assert.equal(truncate('short', 10), 'short');
  const cut = truncate('x'.repeat(600), 500);
  assert.equal(cut.length, 500);
  assert.ok(cut.endsWith('…'));
  const emoji = truncate('ab😀cd', 4);
  assert.equal(emoji, 'ab…');
});

test('escapeInline truncates before escaping, so the cut never lands inside an escape', () => {
  const out = escapeInline('.'.repeat(1000), 10);
  assert.equal(out, '\\.'.repeat(9) + '…');
});

test('fencedBlock fence is longer than any backtick run inside', () => {
  assert.ok(fencedBlock('plain').startsWith('```\n'));
  const inner = 'a ``` b ````` c';
  const block = fencedBlock(inner, 'json');
  assert.ok(block.startsWith('``````json\n'));
  assert.ok(block.endsWith('\n``````'));
  assert.ok(block.includes(inner));
});

test('only plain https URLs become links', () => {
  assert.equal(safeHttpsUrl('https://cloud.tencent.com/document/api/213/15694'), 'https://cloud.tencent.com/document/api/213/15694');
  for (const bad of ['command:evil', 'javascript:alert(1)', 'http://x', 'https://x/a)b', 'https://x/ a', 'https://x/<b>', '', null]) {
    assert.equal(safeHttpsUrl(bad), null, String(bad));
  }
  assert.equal(link('Docs', 'command:evil'), 'Docs');
  assert.equal(link('Docs', 'https://x.example/p'), '[Docs](https://x.example/p)');
});

test('escapeProse keeps our own punctuation readable but no construct can open', () => {
  assert.equal(escapeProse("Sync the clock (NTP). Don't reuse it; see docs."), "Sync the clock (NTP). Don't reuse it; see docs.");
  assert.equal(escapeProse('[x](command:y) ![i](u) <b> *e* `c` a|b ~s~ &amp;'), '\\[x\\](command:y) \\!\\[i\\](u) \\<b\\> \\*e\\* \\`c\\` a\\|b \\~s\\~ \\&amp;');
  assert.equal(escapeProse('- not a list'), '\\- not a list');
  assert.equal(escapeProse('# not a heading'), '\\# not a heading');
  assert.equal(escapeProse('2. not a list'), '2\\. not a list');
});
