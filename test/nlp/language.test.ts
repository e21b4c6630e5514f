import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLang, normalizeLang } from '../../src/nlp/language.js';
import { contentTerms } from '../../src/nlp/tokenize.js';
import { nameTokens } from '../../src/nlp/names.js';

test('normalizeLang maps BCP 47 tags to supported languages', () => {
  assert.equal(normalizeLang('de-CH'), 'de');
  assert.equal(normalizeLang('FR_ch'), 'fr');
  assert.equal(normalizeLang('es'), null);
  assert.equal(normalizeLang(null), null);
});

test('guessLang by stopwords; unknown languages stay null', () => {
  assert.equal(guessLang('Der Hund und die Katze sind nicht im Haus, weil es draussen regnet und kalt ist.'), 'de');
  assert.equal(guessLang('The dog and the cat are not in the house because it is raining and cold outside.'), 'en');
  assert.equal(guessLang('Le chien et le chat ne sont pas dans la maison parce qu’il pleut et il fait froid.'), 'fr');
  assert.equal(guessLang('Il cane e il gatto non sono in casa perché fuori piove e fa freddo.'), 'it');
  assert.equal(guessLang('Собака и кошка не дома, потому что на улице идёт дождь.'), null);
});

test('content terms drop stopwords, stem and split hyphenated compounds', () => {
  const t = contentTerms('Die Corona-Tests von Kim Jong-un', 'de');
  assert.ok(t.includes('test'));
  assert.ok(!t.includes('die'));
});

test('German names need a capitalised run, acronym or inner capital; other languages any capital', () => {
  assert.deepEqual(nameTokens('Der Mann traf Wladimir Putin und die UNO in Pyongyang.', 'de').sort(), ['Putin', 'UNO', 'Wladimir']);
  assert.deepEqual(nameTokens('The man met Putin in Moscow.', 'en').sort(), ['Moscow', 'Putin']);
});
