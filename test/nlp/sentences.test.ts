import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/nlp/sentences.js';

const split = (text: string, lang: string | null) => splitSentences(text, lang).map((s) => s.text);

const CASES: Array<[string, string, string[]]> = [
  // German: dates, ordinals, titles, Swiss place names and prices
  ['de', 'Am 3. Oktober kam Dr. Meier nach St. Gallen. Er blieb.', ['Am 3. Oktober kam Dr. Meier nach St. Gallen.', 'Er blieb.']],
  ['de', 'Das kostet Fr. 4.– pro Stück. Danach wird es teurer.', ['Das kostet Fr. 4.– pro Stück.', 'Danach wird es teurer.']],
  ['de', 'Er kaufte z. B. Äpfel. Sie nicht.', ['Er kaufte z. B. Äpfel.', 'Sie nicht.']],
  ['de', 'Er kaufte z.B. Birnen. Sie nicht.', ['Er kaufte z.B. Birnen.', 'Sie nicht.']],
  ['de', 'Er kaufte Äpfel, Birnen usw. Die Preise stiegen.', ['Er kaufte Äpfel, Birnen usw.', 'Die Preise stiegen.']],
  ['de', 'Er kaufte Äpfel usw. für die Gäste.', ['Er kaufte Äpfel usw. für die Gäste.']],
  ['de', 'Die Zahl der Toten stieg auf 77. Die Polizei ermittelt.', ['Die Zahl der Toten stieg auf 77.', 'Die Polizei ermittelt.']],
  ['de', 'Im 19. Jahrhundert wohnte ein Bischof dort. Nr. 5 ist frei.', ['Im 19. Jahrhundert wohnte ein Bischof dort.', 'Nr. 5 ist frei.']],
  ['de', 'Der Verein wurde am 14. Mai 1921 in Biel gegründet. Zunächst hatte er zwölf Mitglieder.', ['Der Verein wurde am 14. Mai 1921 in Biel gegründet.', 'Zunächst hatte er zwölf Mitglieder.']],
  ['de', 'Er verpasste seinen 5. Titel. Nun pausiert er.', ['Er verpasste seinen 5. Titel.', 'Nun pausiert er.']],
  ['de', 'Sie kam am 19.6.2024 an. Er nicht.', ['Sie kam am 19.6.2024 an.', 'Er nicht.']],
  ['de', 'Der Preis liegt bei 24.90 Franken. Das ist viel.', ['Der Preis liegt bei 24.90 Franken.', 'Das ist viel.']],
  ['de', 'Prof. Dr. med. Hans Muster wohnt u. a. in Bern. Ende gut.', ['Prof. Dr. med. Hans Muster wohnt u. a. in Bern.', 'Ende gut.']],
  ['de', 'Laut Art. 3 Abs. 2 gilt das bzw. nicht. Punkt.', ['Laut Art. 3 Abs. 2 gilt das bzw. nicht.', 'Punkt.']],
  ['de', 'Es kostet ca. 5 Mio. Franken. Das Geld fehlt.', ['Es kostet ca. 5 Mio. Franken.', 'Das Geld fehlt.']],
  ['de', 'J. R. R. Tolkien schrieb Bücher. Sie sind berühmt.', ['J. R. R. Tolkien schrieb Bücher.', 'Sie sind berühmt.']],
  ['de', 'Die Kirche St. Peter’s Hill ist alt. Im 12. Jahrhundert wurde sie gebaut.', ['Die Kirche St. Peter’s Hill ist alt.', 'Im 12. Jahrhundert wurde sie gebaut.']],
  ['de', '«Wir kommen.» Das sagte er. «Wann?», fragte sie.', ['«Wir kommen.»', 'Das sagte er.', '«Wann?», fragte sie.']],
  ['de', 'Warum? Weil es regnet! Und dann …', ['Warum?', 'Weil es regnet!', 'Und dann …']],
  ['de', 'Das traf den Kanton.Die Böen erreichen 90 km/h.', ['Das traf den Kanton.', 'Die Böen erreichen 90 km/h.']],
  ['de', 'Die Sendung läuft auf Pro7.1 am Abend. Danach nicht.', ['Die Sendung läuft auf Pro7.1 am Abend.', 'Danach nicht.']],
  ['de', 'Titel ohne Punkt\nDer Text beginnt hier. Er endet hier.', ['Titel ohne Punkt', 'Der Text beginnt hier.', 'Er endet hier.']],
  ['de', 'Der Mann ging am Abend\nnach Hause. Dort schlief er.', ['Der Mann ging am Abend\nnach Hause.', 'Dort schlief er.']],
  // run-in headings of flattened text: cut off where a closed-class word stands capitalised
  ['de', 'Der Ausbau verzögert sich Die Gemeinde wartet auf das Geld. Sie bleibt ruhig.', ['Der Ausbau verzögert sich', 'Die Gemeinde wartet auf das Geld.', 'Sie bleibt ruhig.']],
  ['de', '«Wir bleiben dran» Der Verein sucht weiter nach Helfern.', ['«Wir bleiben dran»', 'Der Verein sucht weiter nach Helfern.']],
  ['de', 'Neue Pläne Doch die Stadt zögert noch.', ['Neue Pläne', 'Doch die Stadt zögert noch.']],
  // … but not before names and titles, after punctuation, or late in the sentence
  ['de', 'Im Nationalrat stimmte die Partei Die Mitte dagegen.', ['Im Nationalrat stimmte die Partei Die Mitte dagegen.']],
  ['de', 'Die Fraktion von Die Mitte stimmte dagegen.', ['Die Fraktion von Die Mitte stimmte dagegen.']],
  ['de', 'Er las «Die Zeit» und den «Bund».', ['Er las «Die Zeit» und den «Bund».']],
  ['de', 'Grund: Bei Regen wird es glatt.', ['Grund: Bei Regen wird es glatt.']],
  ['de', 'Gestern Abend, kurz nach acht, Die Feuerwehr kam.', ['Gestern Abend, kurz nach acht, Die Feuerwehr kam.']],
  ['en', 'The mayor told The Associated Press that the bridge stays shut.', ['The mayor told The Associated Press that the bridge stays shut.']],
  ['en', 'A long night However the river fell by morning.', ['A long night', 'However the river fell by morning.']],
  ['fr', 'Le maire a parlé au journal Le Temps hier soir.', ['Le maire a parlé au journal Le Temps hier soir.']],
  // English
  ['en', 'Mr. Smith met Dr. Jones on Jan. 5. They talked.', ['Mr. Smith met Dr. Jones on Jan. 5.', 'They talked.']],
  ['en', 'He met the U.S. President. He lives in the U.S. The weather is fine.', ['He met the U.S. President.', 'He lives in the U.S.', 'The weather is fine.']],
  ['en', 'Profits rose 3.5% at Acme Inc. last year. Shares fell.', ['Profits rose 3.5% at Acme Inc. last year.', 'Shares fell.']],
  ['en', 'Prices, e.g. for bread, rose. It was 8 p.m. when he left.', ['Prices, e.g. for bread, rose.', 'It was 8 p.m. when he left.']],
  ['en', 'Sen. Warren and Gov. Newsom spoke at St. Mary’s. It rained.', ['Sen. Warren and Gov. Newsom spoke at St. Mary’s.', 'It rained.']],
  ['en', 'The VW ID. SPACE VIZZION is a concept. It may be built.', ['The VW ID. SPACE VIZZION is a concept.', 'It may be built.']],
  // French
  ['fr', 'M. Dupont et Mme Martin sont arrivés. Ils sont partis.', ['M. Dupont et Mme Martin sont arrivés.', 'Ils sont partis.']],
  ['fr', 'Selon M. Macron, la situation est grave. Il a ajouté qu’elle s’améliore.', ['Selon M. Macron, la situation est grave.', 'Il a ajouté qu’elle s’améliore.']],
  ['fr', 'Le Dr Martin et MM. Blanc et Noir, p. ex. à Genève. Fin.', ['Le Dr Martin et MM. Blanc et Noir, p. ex. à Genève.', 'Fin.']],
  ['fr', 'Il est né en 52 av. J.-C. à Rome. Il est mort.', ['Il est né en 52 av. J.-C. à Rome.', 'Il est mort.']],
  // Italian
  ['it', 'Il sig. Rossi e la sig.ra Bianchi sono arrivati. Il dott. Verdi no.', ['Il sig. Rossi e la sig.ra Bianchi sono arrivati.', 'Il dott. Verdi no.']],
  ['it', 'Lo ha detto il prof. Neri. Poi è partito.', ['Lo ha detto il prof. Neri.', 'Poi è partito.']],
  ['it', 'Mele, pere ecc. Poi è partito.', ['Mele, pere ecc.', 'Poi è partito.']],
  ['it', 'Vive a S. Gallo, pag. 4. La fine.', ['Vive a S. Gallo, pag. 4.', 'La fine.']],
];

for (const [lang, text, expected] of CASES) {
  test(`splitSentences ${lang}: ${text.slice(0, 50)}`, () => {
    assert.deepEqual(split(text, lang), expected);
  });
}

test('offsets point into the text', () => {
  const text = '  Erster Satz hier.   Zweiter Satz, mit Komma. ';
  for (const s of splitSentences(text, 'de')) assert.equal(text.slice(s.start, s.end), s.text);
});

test('unsupported language still splits on plain punctuation', () => {
  assert.deepEqual(split('Hola amigo. ¿Qué tal? Bien.', 'es'), ['Hola amigo.', '¿Qué tal?', 'Bien.']);
});

test('empty and whitespace input give no sentences', () => {
  assert.deepEqual(split('', 'de'), []);
  assert.deepEqual(split('  \n ', 'de'), []);
});

test('a long text splits in linear-ish time', () => {
  const text = 'Am 3. Oktober kam Dr. Meier nach St. Gallen, z. B. mit dem Zug. '.repeat(20_000);
  const t0 = performance.now();
  const n = splitSentences(text, 'de').length;
  assert.equal(n, 20_000);
  assert.ok(performance.now() - t0 < 3000);
});
