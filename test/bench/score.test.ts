/** The benchmark scorers on small hand-made cases (no bench data needed). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  authorMatch, dateMatch, dayOf, meanPrf, quantile, shingleAggregate, shingles, shingleTpFpFn, snippetAggregate,
  snippetCounts, splitGoldAuthors, titleMatch, tokenize, wordBagPrf,
} from '../../bench/lib/score.js';
import { asStringField, asStringList, parsePyLiteral } from '../../bench/lib/pyliteral.js';
import { htmlToText, normalizeText } from '../../bench/lib/htmltext.js';

const close = (a: number, b: number, msg?: string): void => assert.ok(Math.abs(a - b) < 1e-9, `${msg ?? ''} ${a} ≠ ${b}`);

test('tokenize follows Python \\w: letters, digits, underscore, any script', () => {
  assert.deepEqual(tokenize("Größe: 3,5 m² — it's snake_case, 東京 ١٢٣!"), ['Größe', '3', '5', 'm²', 'it', 's', 'snake_case', '東京', '١٢٣']);
  assert.deepEqual(tokenize(''), []);
});

test('shingles: 4-grams, one short shingle for 1–3 tokens, none for empty text', () => {
  assert.equal(shingles('a b c d e').size, 2);
  assert.deepEqual([...shingles('a b').keys()], ['a\u0001b']);
  assert.equal(shingles('').size, 0);
  assert.equal(shingles('x x x x x x').get('x\u0001x\u0001x\u0001x'), 3);
});

test('shingle TP/FP/FN are normalised by their sum; case is kept', () => {
  // truth 5 tokens → 2 shingles; pred has the first one plus one extra
  const [tp, fp, fn] = shingleTpFpFn('a b c d e', 'a b c d x');
  close(tp, 1 / 3); close(fp, 1 / 3); close(fn, 1 / 3);
  assert.deepEqual(shingleTpFpFn('A b c d', 'a b c d'), [0, 0.5, 0.5]);
  assert.deepEqual(shingleTpFpFn('', ''), [0, 0, 0]);
  assert.deepEqual(shingleTpFpFn('a b c d', ''), [0, 0, 1]);
});

test('scrapinghub aggregate: mean P over non-empty predictions, mean R over non-empty truths, F1 of the means', () => {
  const perfect = shingleTpFpFn('a b c d e', 'a b c d e');
  const empty = shingleTpFpFn('a b c d e', '');
  const half = shingleTpFpFn('a b c d e', 'a b c d');
  const r = shingleAggregate([perfect, empty, half]);
  // precision: pages with TP+FP>0 → perfect (1), half (1) ; empty prediction left out
  close(r.precision, 1);
  // recall: all three have truth → (1 + 0 + 0.5) / 3
  close(r.recall, 0.5);
  close(r.f1, (2 * 1 * 0.5) / 1.5);
  assert.deepEqual(shingleAggregate([]), { precision: 0, recall: 0, f1: 0 });
});

test('trafilatura snippets: micro-averaged, whitespace collapsed, case-sensitive', () => {
  const a = snippetCounts('The  quick\nbrown fox. Impressum', ['quick brown', 'lazy dog'], ['Impressum', 'Twitter']);
  assert.deepEqual(a, { tp: 1, fp: 1, tn: 1, fn: 1 });
  const b = snippetCounts('', ['x'], ['y']);
  assert.deepEqual(b, { tp: 0, fp: 0, tn: 1, fn: 1 });
  assert.deepEqual(snippetCounts('Quick', ['quick'], []), { tp: 0, fp: 0, tn: 0, fn: 1 });
  const agg = snippetAggregate([a, b, { tp: 3, fp: 0, tn: 2, fn: 0 }]);
  close(agg.precision, 4 / 5);
  close(agg.recall, 4 / 6);
  close(agg.f1, (2 * 0.8 * (4 / 6)) / (0.8 + 4 / 6));
  close(agg.accuracy, (4 + 4) / 11);
});

test('wcxb word bag: lowercased tokens, multiset overlap, per-page F1 averaged', () => {
  const p = wordBagPrf('The cat sat on the mat', 'the the the cat');
  close(p.precision, 3 / 4); // the×2 + cat out of 4 predicted
  close(p.recall, 3 / 6);
  close(p.f1, 0.6);
  assert.deepEqual(wordBagPrf('a', ''), { precision: 0, recall: 0, f1: 0 });
  assert.deepEqual(wordBagPrf('', ''), { precision: 1, recall: 1, f1: 1 });
  close(meanPrf([p, { precision: 1, recall: 1, f1: 1 }]).f1, 0.8);
});

test('title: NFKC, whitespace and case folded, otherwise exact', () => {
  assert.ok(titleMatch('Nordkorea  gibt Putin', 'nordkorea gibt\nputin'));
  assert.ok(titleMatch('ﬁnal Ｔitle', 'final title'));
  assert.ok(!titleMatch('Nordkorea gibt Putin', 'Nordkorea gibt Putin - 20 Minuten'));
  assert.ok(!titleMatch('x', null));
});

test('author: every gold name equals or is contained in a predicted name', () => {
  assert.ok(authorMatch('Evan Halper', ['By Evan Halper']));
  assert.ok(authorMatch('Sarah Hinger; Sylvia Torres-Guillén', ['sarah hinger', 'Sylvia Torres-Guillén']));
  assert.ok(!authorMatch('Sarah Hinger; Sylvia Torres-Guillén', ['Sarah Hinger']));
  assert.ok(authorMatch('Danielle DeSiato, Donna Enzmann, and Natalie Nguyen', ['Danielle DeSiato, Donna Enzmann and Natalie Nguyen']));
  assert.ok(authorMatch('Dylan Bailey, MS, RD, FAND', ['Dylan Bailey']));
  assert.ok(!authorMatch('Evan Halper', []));
  assert.ok(!authorMatch('Evan Halper', ['Halper']));
  assert.deepEqual(splitGoldAuthors('Genevieve Carlton, Ph.D.'), ['Genevieve Carlton']);
  assert.deepEqual(splitGoldAuthors('Maria & Katerina'), ['Maria', 'Katerina']);
  assert.deepEqual(splitGoldAuthors('AFP'), ['AFP']);
});

test('date: same calendar day as written, no zone shift', () => {
  assert.ok(dateMatch('2020-02-19', '2020-02-19T23:30:00-08:00'));
  assert.ok(dateMatch('2020-02-19', '2020-02-19T00:30:00+02:00'));
  assert.ok(!dateMatch('2020-02-19', '2020-02-20T00:30:00+02:00'));
  assert.ok(dateMatch('2022-11-1', '2022-11-01'));
  assert.ok(dateMatch('2025-09', '2025-09-04'));
  assert.ok(!dateMatch('2020-02-19', null));
  assert.equal(dayOf('2019/3/7 10:00'), '2019-03-07');
  assert.equal(dayOf('not a date'), null);
});

test('python literals in ground truth are parsed, plain strings kept', () => {
  assert.deepEqual(parsePyLiteral("['a', \"b's\", 'c\\'d', '\\u00e9']"), ['a', "b's", "c'd", 'é']);
  assert.equal(parsePyLiteral('[Rezi] Love is War'), undefined);
  assert.deepEqual(asStringList("['x', 'y']"), ['x', 'y']);
  assert.deepEqual(asStringList(['x', "['y']"]), ['x', 'y']);
  assert.deepEqual(asStringList('[1] Wer im Wissenschaftsbetrieb'), ['[1] Wer im Wissenschaftsbetrieb']);
  assert.equal(asStringField("'Evan Halper'"), 'Evan Halper');
  assert.equal(asStringField('"Wir sind tief erschüttert"'), 'Wir sind tief erschüttert');
  assert.equal(asStringField('[Rezi] Love is War'), '[Rezi] Love is War');
  assert.equal(asStringField(['A', 'B']), 'A; B');
  assert.equal(asStringField('None'), null);
  assert.equal(asStringField(''), null);
});

test('html→text: blocks on lines, hidden and script dropped, entities decoded', () => {
  const html = '<html><head><title>T</title><style>p{}</style></head><body><p>One&nbsp;<b>two</b></p><div hidden>secret</div><script>x()</script><p style="display: none">gone</p><ul><li>a</li><li>b</li></ul>Tail &amp; end</body></html>';
  assert.equal(htmlToText(html), 'One two\na\nb\nTail & end');
  assert.equal(normalizeText('  a\u00a0\u00a0b \r\n\n\n c\u200b '), 'a b\nc');
});

test('quantile interpolates like numpy', () => {
  close(quantile([1, 2, 3, 4], 0.5), 2.5);
  close(quantile([5], 0.95), 5);
  assert.equal(quantile([], 0.5), 0);
});
