import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyPoints } from '../../src/index.js';
import { supportText } from '../../src/keypoints/candidates.js';
import { isDeletionOnly } from '../../src/keypoints/faithful.js';
import { article } from './fixtures.js';

const p = (text: string) => ({ type: 'paragraph' as const, text });

const ARTICLES = {
  en: article({
    language: 'en',
    title: 'Flooding closes roads across Geneva',
    lead: 'Heavy rain flooded several roads in Geneva on Tuesday. The city closed two bridges as a precaution.',
    blocks: [
      p('The Arve river rose by 2.5 metres overnight, the cantonal authorities announced. Firefighters pumped water out of 40 cellars in the old town.'),
      p('“We have not seen anything like this in years,” said a resident. Mr. Dupont, who runs a bakery near the river, had to close his shop.'),
      p('Is the worst over? Forecasters expect the rain to ease on Thursday. Damage is estimated at several million francs.'),
    ],
  }),
  fr: article({
    language: 'fr',
    title: 'Inondations à Genève: des routes fermées',
    lead: 'De fortes pluies ont inondé plusieurs routes à Genève mardi. La ville a fermé deux ponts par précaution.',
    blocks: [
      p('L’Arve est montée de 2,5 mètres pendant la nuit, a annoncé le canton. Les pompiers ont pompé l’eau de 40 caves dans la vieille ville.'),
      p('«Nous n’avons jamais vu cela», a dit une habitante. M. Dupont, qui tient une boulangerie près du fleuve, a dû fermer son commerce.'),
      p('Le pire est-il passé? Les prévisionnistes attendent une accalmie jeudi. Les dégâts sont estimés à plusieurs millions de francs.'),
    ],
  }),
  it: article({
    language: 'it',
    title: 'Alluvione a Lugano: strade chiuse',
    lead: 'Forti piogge hanno allagato diverse strade a Lugano martedì. La città ha chiuso due ponti per precauzione.',
    blocks: [
      p('Il fiume Cassarate è salito di 2,5 metri durante la notte, ha comunicato il Cantone. I pompieri hanno svuotato 40 cantine nel centro storico.'),
      p('«Non abbiamo mai visto niente di simile», ha detto una residente. Il sig. Rossi, che gestisce una panetteria vicino al fiume, ha dovuto chiudere.'),
      p('Il peggio è passato? I meteorologi prevedono un miglioramento giovedì. I danni sono stimati in diversi milioni di franchi.'),
    ],
  }),
};

for (const [lang, a] of Object.entries(ARTICLES)) {
  test(`built-in key points in ${lang}: three faithful statements, no quotes or questions`, () => {
    const kp = keyPoints(a);
    assert.equal(kp.items.length, 3, JSON.stringify(kp));
    assert.equal(kp.messages, undefined);
    for (const it of kp.items) {
      const s = it.support[0]!;
      assert.ok(isDeletionOnly(it.text, supportText(a, s.block)!.slice(s.start, s.end)), it.text);
      assert.ok(!/[?«»“”"]/.test(it.text), it.text);
      assert.ok(/\.$/.test(it.text), it.text);
    }
  });
}

test('the fact attribution is dropped in all three languages', () => {
  const all = Object.values(ARTICLES).flatMap((a) => keyPoints(a, { count: 10 }).items.map((i) => i.text));
  assert.ok(all.includes('The Arve river rose by 2.5 metres overnight.'), all.join('\n'));
  assert.ok(all.includes('L’Arve est montée de 2,5 mètres pendant la nuit.'), all.join('\n'));
  assert.ok(all.includes('Il fiume Cassarate è salito di 2,5 metri durante la notte.'), all.join('\n'));
});
