import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lacksFiniteVerb } from '../../src/keypoints/filter.js';
import { runBuiltin } from '../../src/keypoints/pipeline.js';
import { words } from '../../src/nlp/tokenize.js';
import { article } from './fixtures.js';

const verbless = (s: string, lang: 'de' | 'en' = 'de') => lacksFiniteVerb(words(s), lang);

test('German fragments without a finite verb are found; sentences with one are not', () => {
  for (const s of ['Vermutlich sogar schon im Frühling.', 'Der Verein – der älteste im ganzen Kanton.', 'Im Gegenteil.']) {
    assert.ok(verbless(s), s);
  }
  for (const s of [
    'Der Mann wurde vorläufig festgenommen.', 'Eine Packung kostet zwölf Franken.', 'Im Laden kosten die Äpfel dann mehr.',
    'So fand die Sitzung im Freien statt.', 'Die Feuerwehr rief die Anwohner zur Vorsicht auf.', 'Er verpasste den Zug.',
    'Sie musste lange warten.', 'Die Behörden warnen vor Lawinen.',
  ]) assert.ok(!verbless(s), s);
  // long sentences and other languages are not judged
  assert.ok(!verbless('Vermutlich sogar schon im Frühling, im Sommer, im Herbst, im Winter oder im nächsten Jahr danach.'));
  assert.ok(!verbless('Reportedly even in a clinic in Bern.', 'en'));
});

test('the filter excludes verbless fragments as "no finite verb"', () => {
  const a = article({
    title: 'Spital',
    lead: 'Der Umbau des Bahnhofs dauert länger als geplant. Vermutlich sogar bis in den Herbst.',
    blocks: [{ type: 'paragraph', text: 'Die Stadt hat am Montag informiert. Die Bauleitung ist zuversichtlich, dass der Bahnhof bald fertig wird.' }],
  });
  const { state } = runBuiltin(a);
  const c = state.candidates.find((x) => x.source.startsWith('Vermutlich'))!;
  assert.equal(c.excluded, 'no finite verb');
});

test('anaphora: 1 for a referring opener, half for a connective opener or a later back-reference', () => {
  const a = article({
    title: 'Velodiebstahl in Thun',
    blocks: [{
      type: 'paragraph',
      text: 'Ein Mann hat in Thun zwölf Velos gestohlen. Er verkaufte sie im Internet weiter. Und auch ein zweiter Mann wurde angezeigt. '
        + 'Die Polizei fand darauf weitere Velos in einem Keller. Die Besitzer erhalten ihre Velos nächste Woche zurück.',
    }],
  });
  const { state } = runBuiltin(a);
  const f = (start: string) => state.candidates.find((c) => c.source.startsWith(start))!.features.anaphora;
  assert.equal(f('Ein Mann'), 0);
  assert.equal(f('Er verkaufte'), 1);
  assert.equal(f('Und auch'), 0.5);
  assert.equal(f('Die Polizei fand darauf'), 0.5);
  assert.equal(f('Die Besitzer'), 0);
});

test('anaphora grades work the same in en, fr and it', () => {
  const cases = {
    en: ['A man stole twelve bikes in Thun last week.', 'He sold them online to buyers across the country.', 'But a second man was also reported.', 'Police then found more bikes in a cellar.'],
    fr: ['Un homme a volé douze vélos à Thoune la semaine passée.', 'Il les a vendus en ligne à des acheteurs de tout le pays.', 'Mais un deuxième homme a aussi été dénoncé.', 'La police a alors trouvé des vélos dans une cave.'],
    it: ['Un uomo ha rubato dodici biciclette a Thun la settimana scorsa.', 'Lui le ha vendute online a clienti di tutto il paese.', 'Ma anche un secondo uomo è stato denunciato.', 'La polizia ha poi trovato altre biciclette in una cantina.'],
  } as const;
  for (const [lang, sents] of Object.entries(cases)) {
    const a = article({ language: lang, title: 'Bikes', blocks: [{ type: 'paragraph', text: sents.join(' ') }] });
    const { state } = runBuiltin(a);
    assert.deepEqual(state.candidates.map((c) => c.features.anaphora), [0, 1, 0.5, 0.5], lang);
  }
});
