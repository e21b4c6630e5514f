import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, toMarkdown } from '../../src/render/markdown.js';
import { BAD_URLS, PAYLOADS, evilArticle, fullArticle } from './article-fixture.js';

test('layout: kicker above the title, bold lead, hero image, summary box, body blocks', () => {
  const md = toMarkdown(fullArticle());
  const expected = [
    'Krieg in der Ukraine',
    '# Nordkorea schickt weitere Soldaten',
    '*Anna Muster, Beat Beispiel · 20 Minuten · 2024-10-24 14:05*',
    '**Pjöngjang verstärkt seine Truppen an der Front.**',
    '![Soldaten](https://www.example.ch/img/hero.jpg)\n*Soldaten bei einer Parade. (via REUTERS)*',
    '## Auf den Punkt gebracht\n\n- Erster Punkt.\n- Zweiter Punkt.',
    'Erster Absatz mit \\*Sternchen\\* und \\_Unterstrich\\_.',
    '## Was ist passiert?',
    '> Wir sind bereit.\n>\n> — Ein Sprecher',
    '- eins\n- zwei',
    '1. first\n2. second',
    '| Land | Truppen |\n| --- | --- |\n| A\\|B | 10 000 |',
    '![Karte](https://cdn.example.ch/karte.png)\n*Die Karte. (Grafik: Beispiel)*',
    '[twitter: https://twitter.com/x/status/1](https://twitter.com/x/status/1)',
    '1\\. Dieser Satz beginnt mit einer Zahl.',
    '[Beispiel-Zeitung](https://www.example.ch/ausland/nordkorea-123)',
  ].join('\n\n') + '\n';
  assert.equal(md, expected);
});

test('escapeMarkdown neutralises block and inline syntax', () => {
  assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
  assert.equal(escapeMarkdown('> not a quote'), '\\> not a quote');
  assert.equal(escapeMarkdown('<b>x</b>'), '\\<b\\>x\\</b\\>');
  assert.equal(escapeMarkdown('a &amp; b & c'), 'a \\&amp; b & c');
  assert.equal(escapeMarkdown('2024. Jahr'), '2024\\. Jahr');
});

test('XSS payloads: no raw HTML, no javascript:/data: destinations', () => {
  for (const payload of PAYLOADS) {
    for (const badUrl of BAD_URLS) {
      const md = toMarkdown(evilArticle(payload, badUrl));
      assert.ok(!/(^|[^\\])</.test(md), `unescaped < in:\n${md}`);
      assert.ok(!/(?<!\\)\]\(\s*(javascript|data|vbscript|file):/i.test(md), `bad link destination in:\n${md}`);
      // Link/image destinations are only ever http(s) URLs without spaces or parentheses.
      for (const m of md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) assert.match(m[1] ?? '', /^https?:\/\/[^\s()<>]+$/, md);
    }
  }
});
