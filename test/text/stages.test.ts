/**
 * Unit tests of the text-dump building blocks: unwrapping hard-wrapped dumps, language detection,
 * date stamps, credits, and the pipeline contract (ordered named stages, switchable).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrapWidth } from '../../src/text/stages/split-units.js';
import { guessLanguage } from '../../src/text/stages/detect-language.js';
import { findDate } from '../../src/text/dates.js';
import { creditOf, countWords, isAgencyCredit } from '../../src/text/cues.js';
import { compiledLexicon, lineKey } from '../../src/rules/text/index.js';
import { TEXT_STAGES, extractText } from '../../src/text/index.js';

const PROSE = 'The council voted on Tuesday to keep the old swimming pool open for another summer season while engineers examine the roof, which was damaged in a storm last winter and has been closed to visitors ever since then.';

function wrap(text: string, width: number, indent = ''): string {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && (indent + line + ' ' + w).length > width) { out.push(indent + line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(indent + line);
  return out.join('\n');
}

test('a hard-wrapped dump is unwrapped into paragraphs; a copy-paste dump is not', () => {
  const dump = [wrap(PROSE, 72, '   '), '', wrap(PROSE.toUpperCase().toLowerCase(), 72, '   '), '', 'Short heading', '', wrap(PROSE, 72, '   ')].join('\n');
  assert.ok(wrapWidth(dump.split('\n')) > 60);
  const a = extractText(`Pool stays open for the summer\n\n${dump}`);
  assert.ok(a.text.includes(PROSE), a.text);
  const copyPaste = ['Title of the story here', '', PROSE, '', 'Short line one', 'Short line two', '', PROSE].join('\n');
  assert.equal(wrapWidth(copyPaste.split('\n')), 0);
});

test('language detection by stopwords, de-CH by Swiss cues', () => {
  assert.equal(guessLanguage('Die Regierung hat am Montag beschlossen, dass die Steuern nicht erhöht werden, weil die Einnahmen gestiegen sind.'), 'de');
  assert.equal(guessLanguage(PROSE), 'en');
  assert.equal(guessLanguage('Le gouvernement a décidé lundi que les impôts ne seront pas augmentés, car les recettes ont progressé.'), 'fr');
  assert.equal(guessLanguage('Il governo ha deciso lunedì che le tasse non saranno aumentate, perché le entrate sono cresciute.'), 'it');
  assert.equal(guessLanguage('1234 5678'), null);
  const ch = extractText('Titel der Meldung aus Bern\n\nDer Bundesrat hat am Mittwoch entschieden, dass die Gebühr von Fr. 335 pro Jahr nicht sinkt, weil die Kosten gestiegen sind.\n');
  assert.equal(ch.language, 'de-CH');
  assert.equal(extractText(PROSE, { language: 'fr' }).language, 'fr');
});

test('date stamps in several shapes, with the page zone or an explicit offset', () => {
  const m = compiledLexicon('de').months;
  assert.equal(findDate('21.10.2024, 08:13', m, 'Europe/Zurich')?.iso, '2024-10-21T08:13+02:00');
  assert.equal(findDate('19. Juni 2024', m, 'Europe/Berlin')?.iso, '2024-06-19T00:00+02:00');
  assert.equal(findDate('Nov. 19, 2019 8:03 pm', m, 'UTC')?.iso, '2019-11-19T20:03Z');
  assert.equal(findDate('March 4, 2025 3:12 PM GMT+1', m, 'Europe/Berlin')?.iso, '2025-03-04T15:12+01:00');
  assert.equal(findDate('2024-06-19T10:00', m, 'UTC')?.iso, '2024-06-19T10:00Z');
  assert.equal(findDate('Akt.', m, 'UTC'), null);
  assert.equal(findDate('31.02.2024', m, 'UTC'), null);
});

test('credit lines', () => {
  assert.equal(creditOf('via REUTERS'), 'REUTERS');
  assert.equal(creditOf('Foto: APA/Georg Hochmuth'), 'APA/Georg Hochmuth');
  assert.equal(creditOf('Bild: Keystone'), 'Keystone');
  assert.equal(creditOf('© Keystone'), 'Keystone');
  assert.equal(creditOf('REUTERS'), 'REUTERS');
  assert.equal(creditOf('AFP via Getty Images'), 'AFP via Getty Images');
  assert.equal(creditOf('Reuters reported that the talks had failed.'), null);
  assert.equal(creditOf('Nordkorea gibt Putin jetzt auch Soldaten gegen Ukraine'), null);
  // beside the agency: names of people or photo services in any case; a sentence only when short
  for (const t of ['dpa/picture alliance', 'imago images/Sven Simon', '(dpa/red)', 'Reuters/Anna Muster.']) assert.ok(isAgencyCredit(t), t);
  for (const t of ['AP/jane doe.', 'Reuters, AP und andere berichteten.', 'Reuters 2024/Anna Muster', 'Reuters reported.']) assert.ok(!isAgencyCredit(t), t);
});

test('word count handles unspaced scripts', () => {
  assert.equal(countWords('Die neue Brücke'), 3);
  assert.ok(countWords('市は来年春に新しい図書館を開くと発表した。') >= 8);
});

test('the pipeline is a short ordered list of named stages, each switchable', () => {
  const names = TEXT_STAGES.map(([n]) => n);
  assert.equal(new Set(names).size, names.length);
  assert.deepEqual(names.slice(0, 2), ['guardInput', 'splitUnits']);
  const a = extractText('Titel\n\nEin Absatz mit genug Wörtern, damit er als Text zählt, und einem Punkt am Ende.\n', { debug: true, stages: { detectLanguage: false } });
  assert.equal(a.language, null);
  assert.ok(!('detectLanguage' in a.debug!.timings));
  assert.ok('splitUnits' in a.debug!.timings);
});

test('a lone U+2009, U+3000 or U+205F inside a line is a space in the text, as a run of them is', () => {
  const a = extractText(`Pool stays open for the summer\n\n${PROSE.replace('voted on', 'voted\u2009on').replace('open for', 'open\u3000for').replace('the roof', 'the\u205froof')}`);
  assert.ok(a.text.includes(PROSE), a.text);
});

test('zero-width characters in a dump join words, as in HTML, and an emoji keeps its joiner', () => {
  const a = extractText(`Pool stays open for the summer\n\n${PROSE.replace('swimming', 'swim\u200bming').replace('engineers', 'engi\u200cneers').replace('storm', '\u2060storm')} 👨\u200d👩\u200d👧`);
  assert.ok(a.text.includes(PROSE), a.text);
  assert.ok(a.text.includes('👨\u200d👩\u200d👧'), a.text);
});

test('a line key has plain spaces however the line spaces its words', () => {
  assert.equal(lineKey('Mehr\u2009zum Thema'), 'mehr zum thema');
  assert.equal(lineKey('Mehr zum\tThema'), 'mehr zum thema');
  assert.equal(lineKey('Mehr zum Thema'), 'mehr zum thema');
});
