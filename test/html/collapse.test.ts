/** `collapse` takes shortcuts (speed); it must give exactly what the plain regex definition gives. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapse } from '../../src/html/dom.js';

/**
 * The reference: soft hyphens out; zero-width characters (U+200B–U+200D, U+2060, U+FEFF) out, except
 * a joiner between two symbols (an emoji sequence); every run of whitespace (`\s`) to one space, trimmed.
 */
function reference(s: string): string {
  const cps = Array.from(s.replace(/\u00ad/g, ''));
  const symbol = (c: string | undefined): boolean => c !== undefined && /^\p{S}$/u.test(c);
  const kept = cps.filter((c, i) => {
    if (c === '\u200d') return (symbol(cps[i - 1]) || cps[i - 1] === '\ufe0f') && symbol(cps[i + 1]);
    return c !== '\u200b' && c !== '\u200c' && c !== '\u2060' && c !== '\ufeff';
  });
  return kept.join('').replace(/\s+/g, ' ').trim();
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
  const alphabet = ['a', 'b', ' ', ' ', '\t', '\n', '\u00a0', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\u2003', '\u000b', '\ufeff', 'é', '—', '👩', '\ufe0f', '♀'];
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

test('zero-width characters join the word around them instead of splitting it', () => {
  assert.equal(collapse('Auf\u200clage'), 'Auflage');
  assert.equal(collapse('Donaudampfschifffahrts\u200bgesellschaft'), 'Donaudampfschifffahrtsgesellschaft');
  assert.equal(collapse('Wort\u2060verbinder und\ufeffBOM'), 'Wortverbinder undBOM');
  assert.equal(collapse('a\u200db'), 'ab');
  assert.equal(collapse('\u200b\u200bGanz\u200b'), 'Ganz');
});

test('a zero-width character next to whitespace leaves one space, never two', () => {
  assert.equal(collapse('a \u200b b'), 'a b');
  assert.equal(collapse('a\u200b \u200cb'), 'a b');
  assert.equal(collapse('a \ufeff\u00a0b'), 'a b');
  assert.equal(collapse(' \u200b '), '');
});

test('a joiner inside an emoji sequence stays, so the sequence is one glyph', () => {
  const family = '👨\u200d👩\u200d👧';
  assert.equal(collapse(`Die ${family} im Urlaub`), `Die ${family} im Urlaub`);
  assert.equal(collapse('❤\ufe0f\u200d🔥'), '❤\ufe0f\u200d🔥');
  assert.equal(collapse('🏃\u200d♀\ufe0f  läuft'), '🏃\u200d♀\ufe0f läuft');
  // a joiner at a word's edge joins nothing visible
  assert.equal(collapse('👩\u200d Text'), '👩 Text');
});

test('ordinary text takes the fast path and comes back as the same string', () => {
  const s = 'Ein ganz gewöhnlicher Satz, mit Komma und Umlaut.';
  assert.equal(collapse(s), s);
  assert.equal(collapse('  ' + s + '\n'), s);
});
