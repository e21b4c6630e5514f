import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripSiteAffix, plausibleTitle, isSiteName, siteNames, metaTitle, urlSections } from '../../src/metadata/title.js';
import type { PageMeta } from '../../src/metadata/meta.js';

const meta = (over: Partial<PageMeta>): PageMeta => ({
  title: null, titles: [], docTitle: null, description: null, siteName: null, authors: [], published: null, updated: null,
  section: null, tags: [], image: null, imageCaption: null, imageCredit: null, canonical: null, language: null,
  articleBody: null, type: null, publisher: null, paywalled: false, ...over,
});

test('site names come from og:site_name, the publisher and the host, never from a misfilled site name', () => {
  assert.deepEqual(siteNames(meta({ siteName: 'Tages-Anzeiger' }), 'https://www.tagesanzeiger.ch/a'), ['tagesanzeiger']);
  assert.ok(siteNames(meta({}), 'https://investor.vanguard.com/x').includes('vanguard'));
  assert.deepEqual(siteNames(meta({ siteName: 'Achtsam durch die Krise | Die FURCHE' }), null), []);
});

test('the site is stripped from either end, repeatedly; a headline prefix that merely resembles the host stays', () => {
  const names = ['playfultones', 'disfunctions'];
  assert.equal(stripSiteAffix('Reflections on JUCE | Playful Tones', names), 'Reflections on JUCE');
  assert.equal(stripSiteAffix('Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden', names, true), 'Podcasts in Plex einbinden');
  assert.equal(stripSiteAffix('Welpen kaufen – Tipps zu jeder Hunderasse', ['welpenkaufen24']), 'Welpen kaufen – Tipps zu jeder Hunderasse');
  assert.equal(stripSiteAffix('Was wir über uns nicht hören wollen | FASSETTE.NET', []), 'Was wir über uns nicht hören wollen');
  // Without `guess` an unrecognised suffix is kept: it may be part of the headline.
  assert.equal(stripSiteAffix('Kolumne: Queer Royal - Über Dragqueens', []), 'Kolumne: Queer Royal - Über Dragqueens');
});

test('a title that is the site name or a pasted description is not a headline', () => {
  assert.equal(isSiteName('Robomow', ['robomow']), true);
  assert.equal(isSiteName('rete-mirabile.net', ['retemirabile']), true);
  assert.equal(plausibleTitle('15 Jahre rete-mirabile.net', ['retemirabile']), true);
  assert.equal(plausibleTitle('Robomow', ['robomow']), false);
  const para = 'The Nutrition 2025 meeting brought together leading experts and clinicians in Orlando. I have compiled five trends that stood out to me while walking the expo hall.';
  assert.equal(plausibleTitle(para, []), false);
});

test('metaTitle prefers structured headlines and guesses from <title> only as a last resort', () => {
  const names = ['robomow'];
  const m = metaTitle(meta({ titles: ['Robomow'], docTitle: 'Which robotic lawnmower is suitable for which lawn size? | Robomow' }), names);
  assert.deepEqual(m, { text: 'Which robotic lawnmower is suitable for which lawn size?', guessed: true });
  assert.deepEqual(metaTitle(meta({ titles: ['Brexit: Nervenkrieg geht in nächste Runde'] }), []), { text: 'Brexit: Nervenkrieg geht in nächste Runde', guessed: false });
});

test('a trailing title part naming the section the URL files the page under is cut; the article slug is no section', () => {
  const sections = urlSections('https://www.example-news.com/story/opinion/contributors/2025/12/19/meditation-rewires-brains/');
  assert.ok(sections.includes('opinion') && !sections.includes('meditationrewiresbrains'));
  assert.equal(stripSiteAffix('How meditation rewires brains | Opinion', [], false, sections), 'How meditation rewires brains');
  assert.equal(stripSiteAffix('How meditation rewires brains | Opinion', [], false, []), 'How meditation rewires brains | Opinion');
  assert.equal(metaTitle(meta({ titles: ['Gardening makes villages self-reliant | District'] }), [], urlSections('https://news.example.net/district/343604'))?.text,
    'Gardening makes villages self-reliant');
});
