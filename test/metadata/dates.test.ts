import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPageZone, defaultZone, writesMonthFirst, parseHumanDate, parseStamp, parseStamps, labelledField, STAMP_LABELS, STAMP_LABEL_HINT_RE } from '../../src/metadata/dates.js';

const ctx = (timezone: string, monthFirst = false) => ({ timezone, now: new Date('2024-01-01T00:00:00Z'), monthFirst });

test('the page zone comes from the language region, then the country TLD, then the language', () => {
  assert.equal(defaultZone('de-CH', null), 'Europe/Zurich');
  assert.equal(defaultZone('es', 'https://www.lanacion.com.ar/x'), 'America/Argentina/Buenos_Aires');
  assert.equal(defaultZone('de', 'https://example.com/'), 'Europe/Berlin');
  assert.equal(defaultZone('en', 'https://example.com/'), 'UTC');
});

test('a UTC timestamp moves to the page zone only when the page shows that local day, or it is local midnight', () => {
  const c = ctx('Europe/Berlin');
  assert.equal(toPageZone('2022-11-06T23:30:00Z', c, new Set(['2022-11-07'])), '2022-11-07T00:30:00+01:00');
  assert.equal(toPageZone('2022-11-06T23:30:00Z', c, new Set(['2022-11-06'])), '2022-11-06T23:30:00Z');
  assert.equal(toPageZone('2022-11-06T22:30:00Z', c, new Set()), '2022-11-06T22:30:00Z');
  assert.equal(toPageZone('2022-11-06T23:00:00Z', c, new Set(['2022-11-06'])), '2022-11-06T23:00:00Z');
  // a day stored as the start of the local day
  assert.equal(toPageZone('2022-11-06T23:00:00Z', c, new Set()), '2022-11-07T00:00:00+01:00');
  assert.equal(toPageZone('2022-06-06T22:00:00.000Z', c, new Set()), '2022-06-07T00:00:00+02:00');
  assert.equal(toPageZone('2022-11-06T23:00:00Z', ctx('UTC'), new Set()), '2022-11-06T23:00:00Z');
  assert.equal(toPageZone('2022-11-06T23:00:00+02:00', c, new Set(['2022-11-07'])), '2022-11-06T23:00:00+02:00');
});

test('numeric slash dates are month first only on US English pages', () => {
  assert.equal(writesMonthFirst('en-US'), true);
  assert.equal(writesMonthFirst('en'), false);
  assert.equal(writesMonthFirst('en-GB'), false);
  assert.equal(parseHumanDate('03/10/2023', ctx('UTC'))?.slice(0, 10), '2023-10-03');
  assert.equal(parseHumanDate('03/10/2023', ctx('UTC', true))?.slice(0, 10), '2023-03-10');
});

test('a stamp label followed by words but no date is prose, a bare label is a truncated stamp', () => {
  assert.equal(parseStamp('Strava-Update: POI bei Routen-Tool', ctx('UTC')), null);
  assert.equal(parseStamp('Update: neue Funktionen im Routen-Tool', ctx('UTC')), null);
  assert.deepEqual(parseStamp('Akt.', ctx('Europe/Zurich'))?.truncated, true);
  assert.equal(parseStamp('Aktualisiert am 24.10.2024, 14:05', ctx('Europe/Zurich'))?.iso, '2024-10-24T14:05:00+02:00');
});

test('dates read from adjacent elements run together: the first printed date is read, and the label before it names its field', () => {
  assert.equal(parseHumanDate('By Sarah July 30, 2019January 18, 2023', ctx('UTC'))?.slice(0, 10), '2019-07-30');
  assert.equal(parseHumanDate('Posted on Freitag, 15. April 2016Samstag, 4. März 2017', ctx('UTC'))?.slice(0, 10), '2016-04-15');
  assert.equal(labelledField('By Jane Doe · Updated on Dec. 9, 2025', ctx('UTC')), 'updated');
  assert.equal(labelledField('Published | Oct 10, 2025 · updated Nov 1, 2025', ctx('UTC')), 'published');
  assert.equal(labelledField('Jane Doe · 30.11.2021', ctx('UTC')), null);
});

test('the stamp-label pre-check finds every label of STAMP_LABELS (a label added there must be added to the hint)', () => {
  for (const { re } of STAMP_LABELS) {
    // the labels are the alternatives of the pattern's one group, after the look-behind
    const inner = re.source.replace(/^\(\?<!\[\\p\{L\}-\]\)\(/, '').replace(/\)$/, '');
    const labels = inner.replace(/\([^()]*\)\?/g, '').replace(/:\?/g, '').replace(/\\\./g, '.').split('|');
    assert.ok(labels.length >= 10, 'labels read from the pattern');
    for (const label of labels) {
      assert.match(`${label} 12.03.2024`, re, `the pattern itself matches "${label}"`);
      assert.match(`${label.toUpperCase()} 12.03.2024`, STAMP_LABEL_HINT_RE, `hint misses "${label}"`);
    }
  }
});

test('a stamp label is a whole word: a teaser line holding "Standings" or "Updates" is no update stamp', () => {
  const c = ctx('UTC');
  assert.deepEqual(parseStamps('Full standings, schedule, results from Madrid 16 hours ago', c), []);
  assert.deepEqual(parseStamps('Standort Zürich, 12.03.2024', c), []);
  assert.deepEqual(parseStamps('Live updates 2 hours ago', c), []);
  assert.equal(parseStamp('Standings 16 hours ago', c), null);
  // the labels themselves still read
  assert.equal(parseStamps('Stand: 12.03.2024, 10:15 Uhr', c)[0]?.field, 'updated');
  assert.equal(parseStamps('Stand 12.03.2024', c)[0]?.iso?.slice(0, 10), '2024-03-12');
  assert.equal(parseStamps('Updated on March 12, 2024', c)[0]?.field, 'updated');
  assert.equal(parseStamps('Posted 2 hours ago', c)[0]?.field, 'published');
});
