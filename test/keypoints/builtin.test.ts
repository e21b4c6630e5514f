import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyPoints } from '../../src/index.js';
import { supportText } from '../../src/keypoints/candidates.js';
import { isDeletionOnly } from '../../src/keypoints/faithful.js';
import { runBuiltin } from '../../src/keypoints/pipeline.js';
import type { Article, KeyPoints } from '../../src/model/article.js';
import { article, BOX_SENTINEL, newsArticle } from './fixtures.js';

function assertFaithful(a: Article, kp: KeyPoints): void {
  for (const it of kp.items) {
    assert.ok(it.support.length > 0, `no support: ${it.text}`);
    for (const s of it.support) {
      const src = supportText(a, s.block);
      assert.ok(src !== null, `support block ${s.block} has no text`);
      assert.ok(isDeletionOnly(it.text, src!.slice(s.start, s.end)), `not a deletion of its support: ${it.text}`);
    }
  }
}

test('three bullets, each a faithful deletion of the sentence it cites', () => {
  const a = newsArticle();
  const kp = keyPoints(a);
  assert.equal(kp.method, 'builtin');
  assert.equal(kp.items.length, 3);
  assertFaithful(a, kp);
});

test('no questions, no direct speech, never the title, never the page box', () => {
  const a = newsArticle();
  for (const count of [3, 8]) {
    const kp = keyPoints(a, { count });
    for (const it of kp.items) {
      assert.ok(!/\?/.test(it.text), it.text);
      assert.ok(!/[«»"„“]/.test(it.text), it.text);
      assert.ok(!it.text.includes('Hochwasser in Bern: Aare tritt über die Ufer'), it.text);
      assert.ok(!it.text.includes(BOX_SENTINEL), it.text);
    }
  }
});

test('compression shows in the bullets: attribution and parenthetical dropped', () => {
  const kp = keyPoints(newsArticle(), { count: 8 });
  const texts = kp.items.map((i) => i.text);
  assert.ok(texts.includes('Die Aare hat am Dienstagmorgen in Bern einen Pegel von 560 Kubikmetern pro Sekunde erreicht.'), texts.join('\n'));
  assert.ok(!texts.some((t) => t.includes('(rund 120')), texts.join('\n'));
});

test('bullets come in reading order and are deterministic', () => {
  const a = newsArticle();
  const one = keyPoints(a);
  const two = keyPoints(a);
  assert.deepEqual(one, two);
  const order = one.items.map((i) => i.support[0]!.block * 10_000 + i.support[0]!.start);
  assert.deepEqual(order, [...order].sort((x, y) => x - y));
});

test('count is honoured; 0 gives nothing', () => {
  assert.equal(keyPoints(newsArticle(), { count: 1 }).items.length, 1);
  assert.equal(keyPoints(newsArticle(), { count: 0 }).items.length, 0);
});

test('stages can be switched off: without compression the bullet is the whole sentence', () => {
  const { result } = runBuiltin(newsArticle(), { count: 8, stages: { compressCandidates: false } });
  assert.ok(result.items.some((i) => i.text.endsWith('teilte das Bundesamt für Umwelt mit.')));
});

// ---- bad input: fewer bullets with a message, never invented text, bounded time ----

test('one sentence: one bullet and a message', () => {
  const a = article({ title: 'Kurz', blocks: [{ type: 'paragraph', text: 'Der Gemeinderat von Thun hat das neue Budget einstimmig genehmigt.' }] });
  const kp = keyPoints(a);
  assert.equal(kp.items.length, 1);
  assert.ok(kp.messages?.some((m) => m.code === 'keypoints-few-sentences'));
  assertFaithful(a, kp);
});

test('no sentences (only a table and a list): no bullets and a message', () => {
  const a = article({
    title: 'Resultate',
    blocks: [
      { type: 'table', rows: [['Team', 'Punkte'], ['YB', '3'], ['FCB', '1']] },
      { type: 'list', ordered: false, items: ['Erster Punkt der Liste', 'Zweiter Punkt der Liste'] },
    ],
  });
  const kp = keyPoints(a);
  assert.equal(kp.items.length, 0);
  assert.ok(kp.messages?.some((m) => m.code === 'keypoints-no-sentences'));
});

test('empty article: no bullets, a message, no crash', () => {
  const kp = keyPoints(article({}));
  assert.equal(kp.items.length, 0);
  assert.ok(kp.messages?.length);
});

test('unsupported language: message, whole sentences only', () => {
  const a = article({
    language: 'es',
    title: 'Lluvias en Madrid',
    lead: 'Las lluvias causaron inundaciones en el centro de Madrid, según el ayuntamiento.',
    blocks: [{ type: 'paragraph', text: 'Los bomberos rescataron a doce personas atrapadas en sus coches. El metro cerró tres estaciones durante la tarde.' }],
  });
  const kp = keyPoints(a);
  assert.ok(kp.messages?.some((m) => m.code === 'keypoints-unsupported-language'));
  assertFaithful(a, kp);
  for (const it of kp.items) {
    const s = it.support[0]!;
    assert.equal(it.text, supportText(a, s.block)!.slice(s.start, s.end));
  }
});

test('200,000 words: bounded time, truncation message, faithful bullets', () => {
  const para = 'Der Gemeinderat hat am Montag das Budget für das kommende Jahr beraten und mehrere Anträge abgelehnt. '
    + 'Die Stimmbevölkerung entscheidet im März über die Vorlage, die Steuererhöhungen vorsieht. ';
  const blocks = Array.from({ length: 7_500 }, () => ({ type: 'paragraph' as const, text: para }));
  const a = article({ title: 'Budget', lead: 'Der Gemeinderat streitet über das Budget.', blocks });
  assert.ok(a.wordCount >= 200_000, String(a.wordCount));
  const t0 = performance.now();
  const kp = keyPoints(a);
  const ms = performance.now() - t0;
  assert.ok(ms < 2_000, `took ${ms} ms`);
  assert.ok(kp.messages?.some((m) => m.code === 'keypoints-truncated'));
  assertFaithful(a, kp);
});

test('one endless paragraph without punctuation: no bullets, truncation and few-sentences messages, bounded time', () => {
  const a = article({ title: 'Endlos', blocks: [{ type: 'paragraph', text: 'wort '.repeat(200_000) }] });
  const t0 = performance.now();
  const kp = keyPoints(a);
  assert.ok(performance.now() - t0 < 2_000);
  assert.equal(kp.items.length, 0);
  assert.deepEqual(kp.messages?.map((m) => m.code), ['keypoints-truncated', 'keypoints-few-sentences']);
});

test('the language is guessed when the article does not declare one', () => {
  const a = newsArticle();
  a.language = null;
  const kp = keyPoints(a);
  assert.equal(kp.items.length, 3);
  assert.ok(!kp.messages?.some((m) => m.code === 'keypoints-unsupported-language'));
});
