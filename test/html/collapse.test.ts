/** `collapse` takes shortcuts (speed); it must give exactly what the plain regex definition gives. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapse } from '../../src/html/dom.js';

/** The reference: soft hyphens out, every run of whitespace (`\s`) and zero-width characters to one space, trimmed. */
function reference(s: string): string {
  return s.replace(/\u00ad/g, '').replace(/(?:\s|\u200b|\u200c|\u200d)+/g, ' ').trim();
}

test('collapse matches the regex definition around every BMP code point', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [ch, 'a' + ch + 'b', ' ' + ch + ' x', 'x' + ch + ch + ' ', ch + ch + 'y' + ch, 'a\u00ad' + ch + '\u00adb', ch + ' ']) {
      if (collapse(s) !== reference(s)) assert.equal(collapse(s), reference(s), `code point ${c.toString(16)} in ${JSON.stringify(s)}`);
    }
  }
});

test('collapse matches the regex definition on mixed whitespace strings', () => {
  const alphabet = ['a', 'b', ' ', ' ', '\t', '\n', '\u00a0', '\u00ad', '\u200b', '\u2003', '\u000b', '\ufeff', 'é', '—'];
  let seed = 7;
  const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let k = 0; k < 20000; k++) {
    let s = '';
    const len = rnd(12);
    for (let i = 0; i < len; i++) s += alphabet[rnd(alphabet.length)];
    assert.equal(collapse(s), reference(s), JSON.stringify(s));
  }
  assert.equal(collapse('  Mes\u00adsen\u00adger \n\n of  the\u00a0day '), 'Messenger of the day');
  assert.equal(collapse('plain text'), 'plain text');
});

test('a lone space character of any kind between words becomes a space, as a run of them does', () => {
  for (const ch of ['\u000b', '\u1680', '\u2000', '\u2005', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\u00a0', '\t']) {
    assert.equal(collapse('a' + ch + 'b'), 'a b', `U+${ch.charCodeAt(0).toString(16)}`);
    assert.equal(collapse('a' + ch + 'b\n'), 'a b', `U+${ch.charCodeAt(0).toString(16)} with a newline elsewhere`);
  }
  assert.equal(collapse('10\u202f000 Franken'), '10 000 Franken');
});
