import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toText } from '../../src/render/text.js';
import { emptyArticle } from '../../src/model/article.js';
import { evilArticle, fullArticle } from './article-fixture.js';

test('plain text: header, lead, summary box, body; no markup added', () => {
  const t = toText(fullArticle());
  assert.ok(t.startsWith('Krieg in der Ukraine\nNordkorea schickt weitere Soldaten\n\nAnna Muster, Beat Beispiel · 20 Minuten · 2024-10-24 14:05\n\nPjöngjang verstärkt'));
  assert.ok(t.includes('[Soldaten bei einer Parade. (via REUTERS)]'));
  assert.ok(t.includes('Auf den Punkt gebracht\n• Erster Punkt.\n• Zweiter Punkt.'));
  assert.ok(t.includes('Erster Absatz mit *Sternchen* und _Unterstrich_.'), 'text is not escaped');
  assert.ok(t.includes('“Wir sind bereit.”\n— Ein Sprecher'));
  assert.ok(t.includes('1. first\n2. second'));
  assert.ok(t.includes('Land\tTruppen\nA|B\t10 000'));
  assert.ok(t.indexOf('Auf den Punkt') < t.indexOf('Erster Absatz'));
  assert.ok(!/<[a-z]/i.test(t));
});

test('empty article renders as empty string; payloads stay literal', () => {
  assert.equal(toText(emptyArticle()), '');
  const t = toText(evilArticle('<script>alert(1)</script>', 'javascript:alert(1)'));
  assert.ok(t.includes('<script>alert(1)</script>'), 'plain text keeps what the page said');
});
