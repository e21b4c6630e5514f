/** `countWords` is a char scan (speed); it must count exactly the `\S+` tokens the regex definition counts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords } from '../../src/model/article.js';

function reference(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\S+/g)) if (m[0].length > 1 || /[\p{L}\p{N}]/u.test(m[0])) n++;
  return n;
}

test('countWords matches the regex definition around every BMP code point', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [ch, 'a' + ch + 'b', ' ' + ch + ' ', 'x ' + ch, ch + ch + ' – ' + ch]) {
      if (countWords(s) !== reference(s)) assert.equal(countWords(s), reference(s), `code point ${c.toString(16)} in ${JSON.stringify(s)}`);
    }
  }
  assert.equal(countWords('  Die neue Brücke – 3 x 😀 •\n\tzwei\u00a0Wörter '), 8);
  assert.equal(countWords(''), 0);
});
