import { test } from 'node:test';
import assert from 'node:assert/strict';
import { digitValues, findNumbers, numberValues, numberWordValue } from '../../src/nlp/numbers.js';

test('number words in four languages', () => {
  assert.equal(numberWordValue('sechs', 'de'), 6);
  assert.equal(numberWordValue('Sechs', 'de'), 6);
  assert.equal(numberWordValue('zwölf', 'de'), 12);
  assert.equal(numberWordValue('einundzwanzig', 'de'), 21);
  assert.equal(numberWordValue('dreihundert', 'de'), 300);
  assert.equal(numberWordValue('zweihundertfünfzig', 'de'), 250);
  assert.equal(numberWordValue('six', 'en'), 6);
  assert.equal(numberWordValue('twenty', 'en'), 20);
  assert.equal(numberWordValue('septante', 'fr'), 70);
  assert.equal(numberWordValue('six', 'fr'), 6);
  assert.equal(numberWordValue('sei', 'it'), 6);
  assert.equal(numberWordValue('dodici', 'it'), 12);
});

test('ordinal words count as their number; "first" and ambiguous words do not', () => {
  for (const [w, lang, v] of [['dritten', 'de', 3], ['Sechster', 'de', 6], ['zwanzigste', 'de', 20], ['achte', 'de', 8],
    ['third', 'en', 3], ['twelfth', 'en', 12], ['troisième', 'fr', 3], ['dixièmes', 'fr', 10], ['terza', 'it', 3], ['decimo', 'it', 10]] as const) {
    assert.equal(numberWordValue(w, lang), v, w);
  }
  for (const [w, lang] of [['erste', 'de'], ['Viertel', 'de'], ['Achtung', 'de'], ['first', 'en'], ['second', 'en'], ['premier', 'fr'],
    ['secondo', 'it'], ['quarto', 'it'], ['nonna', 'it']] as const) {
    assert.equal(numberWordValue(w, lang), null, w);
  }
  assert.ok(numberValues('Er gewann zum 3. Mal.', 'de').has(numberWordValue('dritten', 'de')!));
});

test('non-numbers and articles are not numbers', () => {
  for (const w of ['Nacht', 'ein', 'eine', 'constructor', 'toString', 'Haus', 'Achtung']) assert.equal(numberWordValue(w, 'de'), null, w);
  assert.equal(numberWordValue('one', 'en'), null);
  assert.equal(numberWordValue('un', 'fr'), null);
});

test('digit strings with Swiss, German and English separators', () => {
  assert.deepEqual(digitValues('24.90'), [24.9]);
  assert.deepEqual(digitValues('12’500'), [12500]);
  assert.deepEqual(digitValues("1'000"), [1000]);
  assert.deepEqual(digitValues('4,5'), [4.5]);
  assert.ok(digitValues('1.000').includes(1000));
});

test('findNumbers sees digits and words: "sechs" = 6', () => {
  const a = numberValues('Nun sind sechs nordkoreanische Offiziere getötet worden.', 'de');
  const b = numberValues('6 Offiziere wurden getötet.', 'de');
  assert.ok(a.has(6) && b.has(6));
  assert.deepEqual(findNumbers('Am 3. Oktober 2024 starben 77 Menschen.', 'de').map((n) => n.text), ['3', '2024', '77']);
});

test('ordinal endings are cut as the forms say (de -e/-en/-er/-es/-em, fr -ième(s), it -o/-a/-i/-e)', () => {
  const cases: Array<[string, 'de' | 'en' | 'fr' | 'it', number | null]> = [
    ['dritte', 'de', 3], ['dritten', 'de', 3], ['drittem', 'de', 3], ['zweites', 'de', 2], ['vierter', 'de', 4],
    ['drittee', 'de', null], ['dritt', 'de', null], ['e', 'de', null], ['en', 'de', null],
    ['troisième', 'fr', 3], ['troisièmes', 'fr', 3], ['ième', 'fr', null], ['troisiè', 'fr', null],
    ['terzo', 'it', 3], ['quinta', 'it', 5], ['settimi', 'it', 7], ['o', 'it', null], ['Fifth', 'en', 5], ['fifths', 'en', null],
  ];
  for (const [w, l, want] of cases) assert.equal(numberWordValue(w, l), want, `${w} (${l})`);
});
