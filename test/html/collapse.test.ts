/** `collapse` takes shortcuts (speed); it must give exactly what the plain regex definition gives. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapse } from '../../src/html/dom.js';

/** The reference: soft hyphens out, then (when anything needs it) every whitespace run to one space, trimmed. */
function reference(s: string): string {
  if (s.includes('\u00ad')) s = s.replace(/\u00ad/g, '');
  if (!/\s\s|[\t\n\r\f\u00a0]|\u200b|\u200c|\u200d|\ufeff|^\s|\s$/.test(s)) return s;
  return s.replace(/(?:\s|\u00a0|\u200b|\u200c|\u200d|\ufeff)+/g, ' ').trim();
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
