import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { WordMemo } from '../../src/nlp/memo.js';
import { stem } from '../../src/nlp/stem.js';
import { contentTerms } from '../../src/nlp/tokenize.js';

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(name: string): { stem(w: string): string } };

test('stems equal the Snowball stems of snowball-stemmers in all four languages', () => {
  const words: Record<string, string[]> = {
    german: ['häuser', 'raketenangriff', 'straße', 'größte', 'verhandlungen', 'müßig', 'zoë'],
    english: ['dies', 'resolution', 'elections', 'buying', 'similarly', 'news', 'generously'],
    french: ['héroïque', 'laïcité', 'canoë', 'aiguë', 'gouvernements', 'été', 'l\'armée', 'naïve'],
    italian: ['città', 'perché', 'governativi', 'questo', 'più'],
  };
  const lang = { german: 'de', english: 'en', french: 'fr', italian: 'it' } as const;
  for (const [alg, ws] of Object.entries(words)) {
    const s = snowball.newStemmer(alg);
    for (const w of ws) assert.equal(stem(w, lang[alg as keyof typeof lang]), s.stem(w), `${alg} ${w}`);
  }
  assert.equal(stem('Häuser', null), 'Häuser');
});

test('content terms are the same on a remembered word', () => {
  const first = contentTerms('Die Corona-Tests der Häuser', 'de');
  assert.deepEqual(first, ['corona-t', 'corona', 'test', 'haus']);
  assert.deepEqual(contentTerms('Die Corona-Tests der Häuser', 'de'), first);
});

test('WordMemo computes a word once and stays bounded', () => {
  let calls = 0;
  const m = new WordMemo<number>(2, (w) => { calls++; return w.length; });
  assert.equal(m.get('ab'), 2);
  assert.equal(m.get('ab'), 2);
  assert.equal(calls, 1);
  m.get('abc'); m.get('abcd'); m.get('abcde');
  assert.equal(m.get('abcd'), 4); // still in the old generation
  assert.equal(calls, 4);
});

test('WordMemo finds every word among many (own hash table, growing) and tells equal-looking keys apart', () => {
  let calls = 0;
  const m = new WordMemo<string>(50_000, (w) => { calls++; return `=${w}`; });
  const ws = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}${i % 7 === 0 ? 'é' : ''}`);
  for (const w of ws) assert.equal(m.get(w), `=${w}`);
  // fresh strings (sliced, not the same objects) find the same entries
  for (const w of ws) assert.equal(m.get(` ${w}`.slice(1)), `=${w}`);
  assert.equal(calls, ws.length);
  for (const w of ['', 'a', 'A', 'a\u0301', 'á', '\ud835\udc00']) assert.equal(m.get(w), `=${w}`);
});

test('WordMemo stays bounded on words whose hashes collide (a hostile page): right values, capped probing', () => {
  // FNV-1a as memo.ts hashes; words whose hashes share the low 10 bits all start at one slot of
  // the first table (1,024 slots).
  const fnv = (w: string) => { let h = 0x811c9dc5; for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193); return h & 0x3fffffff; };
  const colliding: string[] = [];
  for (let i = 0; colliding.length < 200; i++) { const w = `k${i.toString(36)}`; if ((fnv(w) & 1023) === 0) colliding.push(w); }
  let calls = 0;
  const m = new WordMemo<string>(50_000, (w) => { calls++; return `=${w}`; });
  for (const w of colliding) assert.equal(m.get(w), `=${w}`);
  assert.equal(calls, 200);
  for (const w of colliding) assert.equal(m.get(w), `=${w}`);
  // only the first 32 found a slot within reach of their home slot; the others are computed again
  assert.equal(calls, 200 + 200 - 32);
});
