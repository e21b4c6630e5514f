import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lacksFiniteVerb } from '../../src/keypoints/filter.js';
import { runBuiltin } from '../../src/keypoints/pipeline.js';
import { words } from '../../src/nlp/tokenize.js';
import { article } from './fixtures.js';

const verbless = (s: string, lang: 'de' | 'en' = 'de') => lacksFiniteVerb(words(s), lang);

test('German fragments without a finite verb are found; sentences with one are not', () => {
  for (const s of ['Angeblich sogar in einer Klinik in Bern.', 'Der Verein – der älteste im ganzen Kanton.', 'Im Gegenteil.']) {
    assert.ok(verbless(s), s);
  }
  for (const s of [
    'Der Mann wurde vorläufig festgenommen.', 'Eine Packung kostet zwölf Franken.', 'In der Apotheke kosten die Tests dann mehr.',
    'So fand die Sitzung im Freien statt.', 'Die Feuerwehr rief die Anwohner zur Vorsicht auf.', 'Er verpasste den Zug.',
    'Sie musste lange warten.', 'Die Behörden warnen vor Lawinen.',
  ]) assert.ok(!verbless(s), s);
  // long sentences and other languages are not judged
  assert.ok(!verbless('Angeblich sogar in einer Klinik in Bern, in einer Klinik in Basel, in einer Klinik in Chur oder in Sitten.'));
  assert.ok(!verbless('Reportedly even in a clinic in Bern.', 'en'));
});

test('the filter excludes verbless fragments as "no finite verb"', () => {
  const a = article({
    title: 'Spital',
    lead: 'Die Patientin wird seit Wochen in einer Klinik behandelt. Angeblich sogar in einer Einrichtung in Bern.',
    blocks: [{ type: 'paragraph', text: 'Die Familie hat sie am Sonntag besucht. Die Ärzte sind zuversichtlich, dass sie bald heimkehren kann.' }],
  });
  const { state } = runBuiltin(a);
  const c = state.candidates.find((x) => x.source.startsWith('Angeblich'))!;
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
