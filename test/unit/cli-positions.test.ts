import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../src/cli/positions';

test('lines end at \\n, \\r\\n and a lone \\r; columns are 1-based', () => {
  const text = 'ab\r\ncd\nef\rgh';
  const index = new LineIndex(text);
  assert.deepEqual(index.positionAt(0), { line: 1, column: 1 });
  assert.deepEqual(index.positionAt(text.indexOf('c')), { line: 2, column: 1 });
  assert.deepEqual(index.positionAt(text.indexOf('d')), { line: 2, column: 2 });
  assert.deepEqual(index.positionAt(text.indexOf('f')), { line: 3, column: 2 });
  assert.deepEqual(index.positionAt(text.indexOf('g')), { line: 4, column: 1 });
  // End-exclusive positions may point just past the last character.
  assert.deepEqual(index.positionAt(text.length), { line: 4, column: 3 });
});

test('a \\r\\n pair is one line break, not two', () => {
  const index = new LineIndex('a\r\n\r\nb');
  assert.deepEqual(index.positionAt(5), { line: 3, column: 1 });
});

test('columns count UTF-16 code units (an emoji is two, a CJK character one)', () => {
  const text = '😀错 X';
  assert.deepEqual(new LineIndex(text).positionAt(text.indexOf('X')), { line: 1, column: 5 });
});

test('a window that starts mid-file continues its numbering', () => {
  const index = new LineIndex('tail\nnext', { line: 41, column: 7 });
  assert.deepEqual(index.positionAt(2), { line: 41, column: 9 });
  assert.deepEqual(index.positionAt(6), { line: 42, column: 2 });
});
