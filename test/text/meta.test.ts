/**
 * Header metadata on dumps: bylines with their fields, the byline and date next to the title
 * rather than those of teasers elsewhere on the page, and the title above the first paragraph.
 * All text is invented for the tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readByline } from '../../src/text/bylines.js';
import { compiledLexicon } from '../../src/rules/text/index.js';
import { extractText } from '../../src/text/index.js';

const en = compiledLexicon('en');
const de = compiledLexicon('de');
const names = (text: string, lex = en, meta = false): string[] | null => readByline(text, text.toLowerCase(), lex, meta)?.names ?? null;

test('bylines: names end at a field separator, a date or a link word', () => {
  assert.deepEqual(names('By David Kim • December 17, 2025 • 11 min read', en, true), ['David Kim']);
  assert.deepEqual(names('By Anna Lee ⋅ Review Editor ⋅ Updated May 6, 2025', en, true), ['Anna Lee']);
  assert.deepEqual(names('Posted by BeauHD on Friday December 19, 2025 @08:00PM', en, true), ['BeauHD']);
  assert.deepEqual(names('Von Anna Muster und Peter Meier', de), ['Anna Muster', 'Peter Meier']);
  assert.deepEqual(names('Veröffentlicht am 13. März 2019 von Karl Beispiel-Weber', de, true), ['Karl Beispiel-Weber']);
  assert.deepEqual(names('Publiziert am 3. Mai 2024 von redaktion42', de, true), ['redaktion42']);
  assert.deepEqual(names('yes! | By Cara Example | April 13, 2020', en, true), ['Cara Example']);
  assert.deepEqual(names('von Anna Beispiel, Online-Redaktion Veröffentlicht: 26.12.2022', de, true), ['Anna Beispiel'], 'a role after the comma is not a second name');
});

test('bylines: particles inside a name, one or a run of them; "Von der …" is a name\'s own first word, not "by"', () => {
  assert.deepEqual(names('Von Ursula von der Leyen', de), ['Ursula von der Leyen']);
  assert.deepEqual(names('By Jean-Luc de la Tour • 3 May 2024', en, true), ['Jean-Luc de la Tour']);
  assert.deepEqual(names('Von Anna Muster und Ursula von der Leyen', de), ['Anna Muster', 'Ursula von der Leyen']);
  assert.equal(names('Von der Leyen', de), null);
  assert.equal(names('Von der Leyen sagte am Dienstag, die Kommission werde handeln.', de), null);
});

test('bylines: headings and credits that merely contain a byline word are not bylines', () => {
  assert.equal(names('By Train to Paris'), null);
  assert.equal(names('Von Montag bis Freitag geöffnet', de), null);
  assert.equal(names('Photo by John Doe'), null);
  assert.equal(names('Publiziert am 3. Mai 2024 von redaktion42', de, false), null, 'a lone handle needs a meta line');
});

const PARA = (n: number): string => `This is paragraph number ${n} of the story, and it is long enough to read as prose with a full stop at the end of it.`;

test('the byline and date next to the title win over those of teasers elsewhere on the page', () => {
  const dump = [
    'Home', 'News', 'Sport', '',
    'Harbour cranes return after a long winter',
    'By Jane Example · 4 March 2024', '',
    PARA(1), '', PARA(2), '', PARA(3), '',
    'More stories', '',
    'Ferry timetable changes next week', 'By Someone Else · 1 February 2023', '',
    'New bakery opens in the old station', 'By Third Person · 2 January 2023',
  ].join('\n');
  const a = extractText(dump);
  assert.equal(a.title, 'Harbour cranes return after a long winter');
  assert.deepEqual(a.authors, ['Jane Example']);
  assert.equal(a.published?.slice(0, 10), '2024-03-04');
});

test('a date inside the meta line under the title is the publication date', () => {
  const dump = ['Harbour News', '', 'Cranes return to the harbour', 'Harbour News 5. März 2024 Hafen, Wirtschaft', '',
    'Die Kräne sind nach dem langen Winter wieder in Betrieb, und die ersten Schiffe wurden am Montag entladen.', '',
    'Im Hafen arbeiten jetzt wieder mehr als zweihundert Menschen, die meisten von ihnen in zwei Schichten.'].join('\n');
  const a = extractText(dump);
  assert.equal(a.title, 'Cranes return to the harbour');
  assert.equal(a.published?.slice(0, 10), '2024-03-05');
});

test('title: a one-word label above the text is passed over; a repeated line after the first paragraph is not the title', () => {
  const dump = ['Start', 'Verein', 'Kontakt', '',
    'Protokoll der Sitzung vom Herbst', 'Sitzung', '',
    PARA(1), '', PARA(2), '', 'Watch this post on the platform', '', PARA(3), '', PARA(4), '', 'Watch this post on the platform'].join('\n');
  const a = extractText(dump);
  assert.equal(a.title, 'Protokoll der Sitzung vom Herbst');
  assert.ok(a.text.includes(PARA(1)) && a.text.includes(PARA(2)), 'the paragraphs before the repeated line are kept');
});

test('a name next to the date under the title is the author, without a byline word', () => {
  const body = ['', PARA(1), '', PARA(2), '', PARA(3)];
  const a = extractText(['Harbour cranes return after a long winter', 'Tom Example', '4 March 2024', ...body].join('\n'));
  assert.deepEqual(a.authors, ['Tom Example']);
  const b = extractText(['Harbour cranes return after a long winter', 'Tom Example • March 4, 2024 • 5 min read', ...body].join('\n'));
  assert.deepEqual(b.authors, ['Tom Example']);
  assert.equal(b.published?.slice(0, 10), '2024-03-04');
  const c = extractText(['Harbour cranes return after a long winter', 'Harbour Cranes', ...body].join('\n'));
  assert.deepEqual(c.authors, [], 'a capitalised line without a date is no byline');
});
