import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBullet, indexSource } from '../../src/keypoints/check.js';

const SOURCE = 'Nun sind sechs nordkoreanische Offiziere bei einem Raketenangriff am 3. Oktober getötet worden. '
  + 'Der ukrainische Präsident Wolodimir Selenski sprach von einer «Eingliederung in die Besatzungstruppen». '
  + 'Die Waffenlieferungen kosteten 19.99 Millionen Franken.';
const src = indexSource(SOURCE, 'de');
const check = (t: string) => checkBullet(t, src, 'Nordkorea schickt Soldaten');

test('numbers: digits and number words are the same number', () => {
  assert.equal(check('6 nordkoreanische Offiziere wurden getötet.'), null);
  assert.equal(check('Sechs Offiziere wurden getötet.'), null);
  assert.match(check('Sieben Offiziere wurden getötet.') ?? '', /number not in source: "Sieben"/);
  assert.match(check('Es starben 60 Offiziere.') ?? '', /number not in source: "60"/);
  assert.equal(check('Die Lieferungen kosteten 19.99 Millionen Franken.'), null);
});

test('dates: month and weekday names must be in the source', () => {
  assert.equal(check('Der Angriff geschah am 3. Oktober.'), null);
  assert.match(check('Der Angriff geschah am 3. November.') ?? '', /date not in source: "November"/);
  assert.match(check('Der Angriff geschah am Montag.') ?? '', /date not in source: "Montag"/);
  // abbreviations meet the full name; a wrong month is caught in any spelling
  assert.equal(check('Der Angriff geschah am 3. Okt.'), null);
  assert.match(check('Der Angriff geschah am 3. Nov.') ?? '', /date not in source: "Nov"/);
  const en = indexSource('The council met on Tuesday, 3 October.', 'en');
  assert.equal(checkBullet('The council met on Tue. 3 Oct.', en, null), null);
  assert.match(checkBullet('The council met in March.', en, null) ?? '', /date not in source: "March"/);
  // "may" the verb and "mar" the word are not dates
  assert.equal(checkBullet('The council may meet again.', en, null), null);
});

test('names: invented ones fail; inflections and compounds of source words pass', () => {
  assert.equal(check('Selenski sprach von einer Eingliederung.'), null);
  assert.match(check('Präsident Petro Poroschenko sprach von einer Eingliederung.') ?? '', /name not in source: "Petro"/);
  assert.equal(check('Die Waffenlieferung kostete viel.'), null);
  assert.equal(check('Offiziere starben bei Raketenangriffen.'), null);
});

test('quoted passages must be found verbatim (quote style and spacing aside)', () => {
  assert.equal(check('Selenski sprach von einer "Eingliederung in die Besatzungstruppen".'), null);
  assert.match(check('Selenski sprach von «einem Verrat».') ?? '', /quoted passage not in source/);
});

test('questions, the title and empty bullets fail', () => {
  assert.equal(check('Wurden Offiziere getötet?'), 'question');
  assert.equal(check('Nordkorea schickt Soldaten.'), 'restates title');
  assert.equal(check('  '), 'empty bullet');
});
