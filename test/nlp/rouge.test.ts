import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lcsLength, rouge, rougeLsum, rougeTokens } from '../../src/nlp/rouge.js';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≉ ${b}`);

test('ROUGE-1/2/L on the textbook pair (same values as rouge-score)', () => {
  const s = rouge('the cat sat on the mat', 'the cat lay on the mat');
  close(s.rouge1.f, 5 / 6);
  close(s.rouge2.f, 3 / 5);
  close(s.rougeL.f, 5 / 6);
});

test('precision and recall differ with lengths; F is their harmonic mean', () => {
  const s = rouge('the cat', 'the cat sat on the mat');
  close(s.rouge1.p, 1);
  close(s.rouge1.r, 2 / 6);
  close(s.rouge1.f, (2 * 1 * (1 / 3)) / (1 + 1 / 3));
});

test('clipped counts: repeating a word does not earn more', () => {
  close(rouge('the the the the', 'the cat').rouge1.p, 1 / 4);
});

test('ROUGE-Lsum: union LCS of Lin (2004), section 3.2', () => {
  const ref = [['w1', 'w2', 'w3', 'w4', 'w5']];
  const cand = [['w1', 'w2', 'w6', 'w7', 'w8'], ['w1', 'w3', 'w8', 'w9', 'w5']];
  const s = rougeLsum(cand, ref);
  close(s.r, 4 / 5);
  close(s.p, 4 / 10);
});

test('LCS length', () => {
  assert.equal(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b']), 3);
  assert.equal(lcsLength([], ['a']), 0);
});

test('tokens keep umlauts; stemming joins inflections', () => {
  assert.deepEqual(rougeTokens('Größte Soldaten, 19.99 Fr.'), ['größte', 'soldaten', '19', '99', 'fr']);
  const plain = rouge('Die Soldaten kamen', 'Der Soldat kam', { lang: 'de' }).rouge1.f;
  const stemmed = rouge('Die Soldaten kamen', 'Der Soldat kam', { lang: 'de', stem: true }).rouge1.f;
  assert.ok(stemmed > plain);
});

test('empty candidate or reference scores 0, not NaN', () => {
  assert.equal(rouge('', 'a b').rouge1.f, 0);
  assert.equal(rouge('a b', '').rougeL.f, 0);
  assert.equal(rouge([], ['a b']).rougeLsum.f, 0);
});
