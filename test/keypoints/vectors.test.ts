import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFreq, idfAfterChanges, idfOf, idfOfDf, TermSpace } from '../../src/keypoints/vectors.js';

test('idfAfterChanges gives the idf of the changed documents', () => {
  const before = [['haus', 'stadt', 'haus'], ['stadt', 'polizei'], ['gericht', 'urteil', 'stadt'], ['polizei']];
  const after = [['haus', 'stadt', 'haus'], ['stadt'], ['gericht', 'neu', 'neu'], ['polizei']];
  const df = docFreq(before);
  const idf = idfOfDf(df, before.length);
  assert.deepEqual(idf, idfOf(before));
  const changes = [1, 2].map((i) => ({ before: before[i]!, after: after[i]! }));
  const updated = idfAfterChanges(idf, df, before.length, changes);
  const expected = idfOf(after);
  assert.equal(updated.size, expected.size);
  for (const [t, v] of expected) assert.equal(updated.get(t), v, t);
});

test('TermSpace.ofDocs gives the idf, document frequencies and vectors of the separate passes', () => {
  const docs = [['haus', 'stadt', 'haus'], ['stadt', 'polizei'], [], ['gericht', 'urteil', 'stadt', 'gericht'], ['polizei']];
  const df = docFreq(docs);
  const idf = idfOfDf(df, docs.length);
  const space = new TermSpace(idf);
  const one = TermSpace.ofDocs(docs);
  assert.deepEqual([...one.idf], [...idf]);
  for (const t of df.keys()) assert.deepEqual(one.df.get(t), df.get(t));
  assert.equal(one.df.get('fehlt'), undefined);
  assert.deepEqual(one.vecs, docs.map((d) => space.vec(d)));
  assert.deepEqual(one.space.vec(['stadt', 'neu', 'stadt']), space.vec(['stadt', 'neu', 'stadt']));
});
