import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl, siteOf } from '../../src/dedupe/url.js';
import { hashString, jaccard, lshKeys, minhash, shingleHashes, signatureFromBytes, signatureOf, signatureToBytes, similarity, wordHashes, words } from '../../src/dedupe/minhash.js';
import { NEAR_DUPLICATE_THRESHOLD, LSH_BANDS, NUM_PERM } from '../../src/dedupe/params.js';
import { AGENCY_TEXT, OTHER_TEXT } from './contract.js';

describe('canonicalUrl', () => {
  const cases: Array<[string, string | null]> = [
    ['https://www.example.ch/a/b', 'https://www.example.ch/a/b'],
    ['HTTP://WWW.Example.CH:80/a/b/', 'https://www.example.ch/a/b'],
    ['https://example.ch:443/a#section-2', 'https://example.ch/a'],
    ['https://example.ch/a?utm_source=tw&utm_medium=social&id=7&fbclid=abc&gclid=1', 'https://example.ch/a?id=7'],
    ['https://example.ch/a?b=2&a=1', 'https://example.ch/a?a=1&b=2'],
    ['https://example.ch/', 'https://example.ch/'],
    ['https://example.ch', 'https://example.ch/'],
    ['https://example.ch:8080/x', 'https://example.ch:8080/x'],
    ['https://user:pw@example.ch/x', 'https://example.ch/x'],
    ['file:///tmp/a.html', 'file:///tmp/a.html'],
    ['not a url', null],
    ['', null],
  ];
  for (const [input, want] of cases) it(`${input} → ${want}`, () => assert.equal(canonicalUrl(input), want));
  it('siteOf drops www and refuses non-web URLs', () => {
    assert.equal(siteOf('https://www.20min.ch/story/x'), '20min.ch');
    assert.equal(siteOf('https://m.blick.ch/x'), 'm.blick.ch');
    assert.equal(siteOf('file:///tmp/x'), null);
    assert.equal(siteOf(null), null);
  });
});

/** Hand-made pairs: [a, b, same story?]. */
const base = AGENCY_TEXT.join(' ');
const pairs: Array<[string, string, boolean, string]> = [
  [base, AGENCY_TEXT.join('\n\n'), true, 'same text, other paragraphing'],
  [base, `Startseite › Politik › Schweiz\n${base}\nTeilen auf Facebook. Kommentare (12). Mehr zum Thema`, true, 'other boilerplate around it'],
  [base, base.replace('am Mittwoch', 'am Donnerstag').replace('bis Ende März', 'bis Anfang April'), true, 'two light edits'],
  [base, AGENCY_TEXT.slice(0, 4).join(' '), true, 'last paragraph cut'],
  [base, base.toUpperCase().replace(/ü/g, 'ue'), true, 'case and a transliteration'],
  [base, OTHER_TEXT.join(' '), false, 'different story'],
  [base, AGENCY_TEXT.slice(0, 1).concat(OTHER_TEXT).join(' '), false, 'one shared sentence'],
];

describe('MinHash near-duplicates', () => {
  for (const [a, b, same, label] of pairs) {
    it(`${same ? 'links' : 'keeps apart'}: ${label}`, () => {
      const sa = minhash(a)!, sb = minhash(b)!;
      assert.ok(sa && sb);
      const est = similarity(sa, sb);
      const exact = jaccard(shingleHashes(a), shingleHashes(b));
      assert.ok(Math.abs(est - exact) < 0.2, `estimate ${est} vs exact ${exact}`);
      if (same) assert.ok(est >= NEAR_DUPLICATE_THRESHOLD, `${label}: ${est}`);
      else assert.ok(est < NEAR_DUPLICATE_THRESHOLD, `${label}: ${est}`);
    });
  }
  it('is deterministic, round-trips through bytes, and shares LSH keys for identical text', () => {
    const s1 = minhash(base)!, s2 = minhash(base)!;
    assert.deepEqual(s1, s2);
    assert.deepEqual(signatureFromBytes(signatureToBytes(s1)), s1);
    assert.equal(lshKeys(s1).length, LSH_BANDS);
    assert.deepEqual(lshKeys(s1), lshKeys(s2));
    const other = lshKeys(minhash(OTHER_TEXT.join(' '))!);
    assert.equal(lshKeys(s1).filter((k) => other.includes(k)).length, 0);
  });
  it('signatureOf gives the stored signatures bit for bit: per seed, the least fmix32(shingle ^ seed)', () => {
    const fmix32 = (h: number) => {
      h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
      return h >>> 0;
    };
    const seeds: number[] = [];
    for (let i = 0, x = 0x9e3779b9; i < NUM_PERM; i++) { x = fmix32(x + 0x6d2b79f5); seeds.push(x); }
    const reference = (sh: Uint32Array) => Uint32Array.from(seeds, (seed) => sh.reduce((m, x) => Math.min(m, fmix32((x ^ seed) >>> 0)), 0xffffffff));
    // hashes at the edges of the unsigned range too, where signed and unsigned order differ
    const edges = Uint32Array.from([0, 1, 0x7fffffff, 0x80000000, 0x80000001, 0xffffffff, 0xdeadbeef]);
    for (const sh of [shingleHashes(base), shingleHashes(OTHER_TEXT.join(' ')), edges, edges.subarray(0, 1), new Uint32Array()]) {
      assert.deepEqual(signatureOf(sh), reference(sh));
    }
  });
  it('refuses texts too short to compare', () => {
    assert.equal(minhash('Kurz und knapp.'), null);
    assert.equal(minhash(''), null);
  });
});

describe('wordHashes', () => {
  // the one-pass scanner must give the hashes of the words, or stored signatures would change
  it('equals hashing words() one by one, for accents, scripts, astral letters and lone surrogates', () => {
    const texts = [
      'Zürich: Die Behörde prüft «Überflutungen» – 12’500 Franken, naïve café ﬁne ½ ① Ⅻ Ǆemal',
      'İstanbul ΣΊΣΥΦΟΣ σοφός 𝐀𝐁𝐂 𠀀𠀁 x😀y a\ud800b \udc00c end\ud800', '', '   ', 'a',
      // combining marks (decomposed accents, a spacing mark, an astral mark, marks at word edges)
      'e\u0301te\u0301 Cafe\u0301 \u0301a b\u0308 \u0308 क्षत्रिय हिन्दी ไทย x\ud834\udd65y \ud834\udd65z',
      'ΑΣ\u0903Β ΟΔΟΣ\u0301 Σ', 'ṩ Ǻ ẞ ŉ',
    ];
    for (const t of texts) assert.deepEqual(wordHashes(t), words(t).map(hashString), t);
  });
});
