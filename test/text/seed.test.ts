/**
 * The golden test of issue 3: the seed dump (examples/nordkorea-soldaten.txt, identical to
 * ../shared/seed/nordkorea-soldaten.txt) must give exactly the article the issue lists.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/index.js';
import { blockStrings } from '../extract/fixtures-lib.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = readFileSync(join(ROOT, 'examples', 'nordkorea-soldaten.txt'), 'utf8');

/** Every body paragraph of the seed, in order, each under the subhead it belongs to. */
const BODY: Array<[heading: string | null, paragraphs: string[]]> = [
  [null, [
    'Gerüchte gab es schon länger, jetzt hat sich der Verdacht bestätigt: Nordkorea hilft Russland im Krieg gegen die Ukraine. Nun sind sechs nordkoreanische Offiziere bei einem ukrainischen Raketenangriff in den russisch besetzten Gebieten getötet worden.',
    'Auch drei nordkoreanische Soldaten seien bei dem Angriff vom 3. Oktober verletzt worden, meldet die einflussreiche Zeitung "Ukrajinska Prawda" unter Berufung auf ukrainische Geheimdienstquellen.',
  ]],
  ['Konsultationen und Demonstrationen', [
    'Die Nordkoreaner sollen "zu Konsultationen mit ihren russischen Kollegen angereist" sein, heißt es in russischen sozialen Medien. Vor dem Raketenangriff hätten russische Militärs den Nordkoreanern demonstriert, wie sie ihre Männer auf Angriffs- und Verteidigungsoperationen vorbereiten.',
    'In seiner abendlichen Videoansprache nahm auch der ukrainische Präsident Wolodimir Selenski Bezug auf diese Nachricht. "Es geht jetzt nicht mehr nur um Waffenlieferungen, sondern um die Eingliederung von Nordkoreanern in die Besatzungstruppen", sagte er.',
  ]],
  ['Kim: "Volle Unterstützung im heiligen Krieg"', [
    'Auch die militärische US-Denkfabrik ISW (Institute for the Study of War) hatte kürzlich berichtet, dass mehrere Tausend nordkoreanische Soldaten in Russland eingetroffen seien und auf ihren Einsatz in der Ukraine vorbereitet würden. Sowohl Pyongyang als auch Moskau weisen dies zurück.',
    'Nordkorea gehört zu den ersten Befürwortern des russischen Angriffs auf die Ukraine: Diktator Kim Jong-un hatte dem russischen Präsidenten Anfang 2022 nicht nur seine "volle" Unterstützung für den "heiligen Krieg für regionalen Frieden und internationale Gerechtigkeit" zugesagt. Nordkorea war auch eines der wenigen Länder, das gegen eine UNO-Resolution stimmte, welche die russische Aggression gegen den kleineren Nachbar verurteilte – neben Belarus, Nicaragua und Syrien.',
  ]],
  ['Wieso unterstützt Nordkorea Russland?', [
    'Einem Bericht des südkoreanischen Geheimdienstes zufolge liefert das international weitgehend isolierte Land vor allem Artilleriegeschosse und Kurzstreckenraketen nach Russland. Im Gegenzug erhält Pyongyang wohl russische Hilfe, um sein eigenes Waffenprogramm voranzutreiben.',
    'Dabei reichen die Beziehungen bis in die Zeit der Sowjetunion zurück, als Moskau 1950 die Invasion des Nordens in den Süden unterstützte. Der Koreakrieg endete in einem Waffenstillstand, Frieden gibt es bis heute nicht.',
  ]],
  ['Was sollen Nordkoreas Offiziere genau ausrichten?', [
    'Südkoreanische Experten gehen davon aus, dass Pyongyang vor allem technische Berater nach Russland schickt, um den Einsatz der nordkoreanischen Waffen vor Ort zu kontrollieren. Längst gibt es Berichte, wonach ein Großteil der gelieferten nordkoreanischen Granaten nicht richtig funktionierten und Blindgänger seien. Nordkoreanisches Personal solle bei der Wartung, Verwaltung und Bewertung der Waffen helfen, sagt Lee Ho-ryung vom Korea Institute for Defense Analyses der "Washington Post".',
    'Diesen Sommer hatten Moskau und Pyongyang zudem einen gegenseitigen Verteidigungspakt unterzeichnet. Vor diesem Hintergrund ist die Entsendung von nordkoreanischem Personal Experten zufolge ein Hinweis dafür, dass die militärische Zusammenarbeit weiter vertieft wird.',
  ]],
  ['Wie profitiert Moskau sonst noch von Pyongyang?', [
    'In der Ukraine geht man davon aus, dass Wladimir Putin möglicherweise auch deswegen auf nordkoreanische Soldaten setzt, um daheim eine neue Mobilisierungswelle zur Aufstockung seiner Truppen zu vermeiden. Tausende nordkoreanische Soldaten könnten in bestimmten Gebieten an der Front "erhebliche Auswirkungen" haben, schreibt die "Washington Post".',
  ]],
  ['Sind Nordkoreaner schon länger in Russland?', [
    'Die Männer arbeiten demnach oft unter sklavenhaften Bedingungen, ohne Sicherheitsvorkehrungen oder Ausrüstung. Ihre Pässe sollen bei der Einreise nach Russland eingezogen werden, während ihre Frauen und Kinder in Nordkorea bleiben müssen, um die Männer von einer Flucht ins Ausland abzuhalten.',
    'Diesen September gab es auf Telegram russische Berichte, wonach ein nordkoreanischer Bauarbeiter im Gebiet Moskau von einem Gerüst gestürzt sei. Der Mann sei unter eine Brücke gelegt und zum Sterben zurückgelassen worden.',
  ]],
];

const article = extract(SEED, { from: 'text' });
const auto = extract(SEED);

test('seed: kicker, title, two-sentence lead, source', () => {
  assert.equal(article.kicker, 'Unterstützung von Kim Jong-un');
  assert.equal(article.title, 'Nordkorea gibt Putin jetzt auch Soldaten gegen Ukraine');
  assert.equal(article.lead, 'Diktator Kim Jong-un sendet Moskau neben Waffen nun auch eigene Soldaten. Jetzt starben nordkoreanische Offiziere bei einem Raketenangriff.');
  assert.equal(article.source, '20 Minuten');
  assert.equal(article.language, 'de');
});

test('seed: image caption with credit REUTERS', () => {
  assert.deepEqual(article.image, {
    src: null, alt: null,
    caption: 'Freundschaft zwischen Russland und Nordkorea: Der russische Präsident Wladimir Putin und der nordkoreanische Führer Kim Jong-un stoßen bei einem Empfang in Pyongyang am 19. Juni 2024 an.',
    credit: 'REUTERS',
  });
});

test('seed: six subheads in order, each followed by its paragraphs, no paragraph lost', () => {
  const want = BODY.flatMap(([h, ps]) => [
    ...(h ? [{ type: 'heading', level: 2, text: h }] : []),
    ...ps.map((text) => ({ type: 'paragraph', text })),
  ]);
  assert.deepEqual(article.blocks, want);
  assert.equal(article.blocks.filter((b) => b.type === 'heading').length, 6);
});

test('seed: none of the gallery in any field', () => {
  const json = JSON.stringify({ ...article, debug: undefined });
  for (const s of ['Die Bilder des Tages', '1/64', 'Gehe zur Galerie', 'Magdeburg', '21.12.2014', '<strong>', 'data-li-document-ref']) {
    assert.ok(!json.includes(s), `"${s}" leaked into the article`);
  }
  const credits = [article.image?.credit, ...article.blocks.flatMap(blockStrings)].filter((s) => s === 'REUTERS');
  assert.equal(credits.length, 1, 'only the hero credit may say REUTERS');
});

test('seed: summaryBox with heading and three items, not in the body', () => {
  assert.deepEqual(article.summaryBox, {
    heading: 'Auf den Punkt gebracht',
    items: [
      'Sechs nordkoreanische Offiziere wurden bei einem Raketenangriff in den russisch besetzten Gebieten in der Ukraine getötet',
      'Nordkorea unterstützt Russland mit Soldaten, Beratern und Waffenlieferungen, was beide Länder jedoch offiziell abstreiten',
      'Nordkoreanische Arbeiter werden schon lange unter extremen Bedingungen in Russland eingesetzt',
    ],
  });
  assert.ok(!article.text.includes('Auf den Punkt gebracht'));
  assert.ok(!article.text.includes('Sechs nordkoreanische Offiziere wurden'));
});

test('seed: no "20 Minuten" or "Akt." in the body; truncated update stamp reported', () => {
  const body = article.blocks.flatMap(blockStrings).join('\n');
  assert.ok(!body.includes('20 Minuten'));
  assert.ok(!/\bAkt\./.test(body));
  assert.ok(!article.text.includes('20 Minuten'));
  assert.equal(article.updated, null);
  const m = article.messages.find((x) => x.code === 'truncated-stamp');
  assert.ok(m, `messages: ${JSON.stringify(article.messages)}`);
  assert.match(m.message, /Akt\./);
});

test('seed: --from auto treats the dump as text and gives the same article', () => {
  assert.deepEqual(auto, article);
});

test('seed: debug explains every dropped line', () => {
  const dbg = extract(SEED, { from: 'text', debug: true }).debug!;
  const dropped = dbg.removals.map((r) => r.text);
  for (const s of ['1/64', 'Gehe zur Galerie', 'via REUTERS', 'Akt.', '20 Minuten', 'Die Bilder des Tages']) {
    assert.ok(dropped.includes(s), `no removal recorded for ${s}`);
  }
  for (const r of dbg.removals) assert.ok(r.stage && r.reason, JSON.stringify(r));
  assert.ok(Object.keys(dbg.timings).length >= 10);
});

test('seed: stages can be switched off', () => {
  const a = extract(SEED, { from: 'text', stages: { extractSummaryBox: false } });
  assert.equal(a.summaryBox, null);
});
