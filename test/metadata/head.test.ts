import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';

const page = (head: string, body: string) => `<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`;
const prose = '<p>' + 'Der Gemeinderat hat am Dienstag über die neue Tramlinie entschieden, die ab 2027 fahren soll. '.repeat(6) + '</p>';

test('a logo <h1> is skipped and the post title <h2> is the headline', () => {
  const a = extract(page('<title>Reflections on pipelines | Playful Tones</title>',
    '<header><h1 class="logo"><a href="/">Playful Tones</a></h1></header><main><h2>Reflections on pipelines</h2>' + prose + '</main>'), { url: 'https://playfultones.com/blog/x' });
  assert.equal(a.title, 'Reflections on pipelines');
});

test('a date-classed element near the headline dates the article; a date above the headline is no kicker', () => {
  const a = extract(page('<title>Tram kommt</title>', '<main><div class="textbox__box-date">03.02.2022</div><h1>Tram kommt</h1>' + prose + '</main>'), {});
  assert.equal(a.published?.slice(0, 10), '2022-02-03');
  const b = extract(page('<title>Tram kommt</title>', '<main><span class="rubric">Jan 18, 2019</span><h1>Tram kommt</h1>' + prose + '</main>'), {});
  assert.equal(b.kicker, null);
  assert.equal(b.published?.slice(0, 10), '2019-01-18');
});

test('bylines: a "Von …" line in any element, declared rel=author handles, site-as-author yields to a person', () => {
  const a = extract(page('<title>Tram kommt</title>', '<main><h1>Tram kommt</h1><div class="x">Von Anna Muster</div>' + prose + '</main>'), {});
  assert.deepEqual(a.authors, ['Anna Muster']);
  const b = extract(page('<title>Tram kommt</title>', '<main><h1>Tram kommt</h1><span class="byline">von <a rel="author" href="/author/g1">gizzmo</a></span>' + prose + '</main>'), {});
  assert.deepEqual(b.authors, ['gizzmo']);
  const c = extract(page('<title>Tram kommt</title><meta name="author" content="Stadtblatt"><meta property="og:site_name" content="Stadtblatt">',
    '<main><h1>Tram kommt</h1><p class="byline">Von Hans Beispiel</p>' + prose + '</main>'), {});
  assert.deepEqual(c.authors, ['Hans Beispiel']);
  // A headline that starts with "Von" is not a byline, and German nouns are no names.
  const d = extract(page('<title>Von Sprachregeln und Gender-Politik</title>', '<main><h1>Von Sprachregeln, Gender-Politik</h1>' + prose + '</main>'), {});
  assert.deepEqual(d.authors, []);
});

test('a kicker set as a separate element inside the <h1> is split when the metadata joins the two', () => {
  const a = extract(page('<meta property="og:title" content="Zoonosen – Wie Umweltzerstörung Epidemien begünstigt">',
    '<main><h1><span class="t1">Zoonosen</span><span class="t2">Wie Umweltzerstörung Epidemien begünstigt</span></h1>' + prose + '</main>'), {});
  assert.equal(a.kicker, 'Zoonosen');
  assert.equal(a.title, 'Wie Umweltzerstörung Epidemien begünstigt');
});

test('a subtitle or screen-reader text inside the <h1> is not the headline; the subtitle becomes the dek when there is none', () => {
  const a = extract(page('<title>Tram kommt</title>', '<main><h1><span class="entry-title-primary">Tram kommt</span> <span class="entry-subtitle">Die Stadt baut eine neue Linie nach Osten</span></h1><div>' + prose + '</div></main>'), {});
  assert.equal(a.title, 'Tram kommt');
  assert.equal(a.lead, 'Die Stadt baut eine neue Linie nach Osten');
  const b = extract(page('<title>Tram kommt</title>', '<main><h1>Tram kommt<span class="element-invisible"> | STADTBLATT.DE</span></h1>' + prose + '</main>'), {});
  assert.equal(b.title, 'Tram kommt');
  // a "subtitle" set before the headline's words is not dropped: it stays in the headline or becomes its kicker
  const c = extract(page('<title>Tram kommt</title>', '<main><h1><span class="article-subtitle">Verkehr</span> Tram kommt</h1>' + prose + '</main>'), {});
  assert.equal([c.kicker, c.title].filter(Boolean).join(' '), 'Verkehr Tram kommt');
});

test('a meta wrapper around the headline does not date the article by a date in the headline', () => {
  const a = extract(page('<title>Ergebnisse, 19.5.2007</title>', '<main><div class="post_meta_wrapper"><h1>Ergebnisse, 19.5.2007</h1><p class="post-meta">von Marc Muster | <span class="published">20. Mai 2007</span></p></div>' + prose + '</main>'), {});
  assert.equal(a.published?.slice(0, 10), '2007-05-20');
});

test('more date sources: a parenthesised dateline, "Letzte Änderung", vendor meta keys, a date beside the author above the headline', () => {
  const a = extract(page('<title>Tram kommt</title>', '<main><h1>Tram kommt</h1><p>(21. November 2022) ' + prose.slice(3)), {});
  assert.equal(a.published?.slice(0, 10), '2022-11-21');
  const b = extract(page('<title>Tram kommt</title>', '<main><h1>Tram kommt</h1><div class="x">Letzte Änderung: 14.01.2022 um 09:25</div>' + prose + '</main>'), {});
  assert.equal((b.updated ?? b.published)?.slice(0, 10), '2022-01-14');
  const c = extract(page('<title>Tram kommt</title><meta name="w-published-date" content="2025-05-27T06:03:43.274Z">', '<main><h1>Tram kommt</h1>' + prose + '</main>'), {});
  assert.equal(c.published?.slice(0, 10), '2025-05-27');
  const d = extract(page('<title>Tram kommt</title>', '<main><div class="x"><span>Dec 17, 2025</span><span>Julian Muster</span></div><h1>Tram kommt</h1>' + prose + '</main>'), {});
  assert.equal(d.published?.slice(0, 10), '2025-12-17');
});

test('visible headline: the site name glued to it is cut, twice-escaped entities read as characters, a date line inside an unclosed <h1> is no part of it', () => {
  const a = extract(page('<title>Tram kommt – Stadtblatt</title><meta property="og:site_name" content="Stadtblatt">', '<main><h1>Tram kommt – Stadtblatt</h1>' + prose + '</main>'), {});
  assert.equal(a.title, 'Tram kommt');
  const q = extract(page('<title>»Tram kommt«</title>', '<main><h1>»Tram kommt«</h1>' + prose + '</main>'), {});
  assert.equal(q.title, '»Tram kommt«');
  const b = extract(page('<title>SQL and AI</title>', '<main><h1>SQL &amp;#x26; AI</h1>' + prose + '</main>'), {});
  assert.equal(b.title, 'SQL & AI');
  const c = extract(page('<title>Tram kommt</title>', '<main><article><div class="t"><h1 class="x">Tram kommt</h2><p class="x">January 1, 2025</p></div>' + prose + '</article></main>'), {});
  assert.equal(c.title, 'Tram kommt');
});

test('a headline element after other words inside the <h1> makes those words the kicker; a "title-date" part does not', () => {
  const a = extract(page('<title>Verkehr, Ausbau: Die Stadt baut eine Tramlinie - Stadtblatt</title>', '<main><h1><span class="fake-h5">Verkehr – Ausbau</span><span class="invisible">: </span><span class="headline">Die Stadt baut eine Tramlinie</span></h1>' + prose + '</main>'), {});
  assert.equal(a.kicker, 'Verkehr – Ausbau');
  assert.equal(a.title, 'Die Stadt baut eine Tramlinie');
  const b = extract(page('<title>Die Stadt baut eine Tramlinie</title>', '<main><h1><a href="/x">Die Stadt baut eine Tramlinie</a> <span class="title-date"> / Dec 2025</span></h1>' + prose + '</main>'), {});
  assert.equal(b.title, 'Die Stadt baut eine Tramlinie');
});

test('the date printed beside the headline wins over the metadata, unless it is labelled or known as an update', () => {
  const meta = '<title>Tram kommt</title><meta property="article:published_time" content="2021-11-29T14:13:37+00:00"><meta property="article:modified_time" content="2022-01-12T14:27:30+00:00">';
  // an unlabelled date under the headline that is not the modification day: the day readers see
  const a = extract(page(meta, '<main><h1>Tram kommt</h1><div class="x">Anna Muster · 30.11.2021</div>' + prose + '</main>'), {});
  assert.equal(a.published?.slice(0, 10), '2021-11-30');
  // labelled as an update: the metadata's publication date stays
  const b = extract(page(meta, '<main><h1>Tram kommt</h1><div class="x">Aktualisiert am 30.11.2021</div>' + prose + '</main>'), {});
  assert.equal(b.published?.slice(0, 10), '2021-11-29');
  // the modification day printed without a label is an update too
  const c = extract(page(meta, '<main><h1>Tram kommt</h1><div class="x">Anna Muster · 12.01.2022</div>' + prose + '</main>'), {});
  assert.equal(c.published?.slice(0, 10), '2021-11-29');
  // without metadata, the date beside the headline wins over a stamp in a teaser list further down
  const d = extract(page('<title>Tram kommt</title>', '<main><h1>Tram kommt</h1><div class="x">Anna Muster · 30.11.2021</div>' + prose
    + '<ul><li><a href="/b">Bus fährt</a></li><li>Publiziert am 02.03.2024</li></ul></main>'), {});
  assert.equal(d.published?.slice(0, 10), '2021-11-30');
});

test('an ambiguous numeric metadata date takes the reading the page prints; a date after the body is not beside the headline', () => {
  const a = extract(page('<title>Tram kommt</title><meta name="date" content="11/01/2023 12:43:42">', '<main><h1>Tram kommt</h1>' + prose + '<p>Erstellt am: 01.11.2023</p></main>'), {});
  assert.equal(a.published?.slice(0, 10), '2023-11-01');
  // the unambiguous metadata wins over a visible date that is its day-month twin
  const b = extract(page('<title>Tram kommt</title><meta property="article:published_time" content="2021-11-01T05:00:14+01:00">', '<main><h1>Tram kommt</h1><div class="x">11/01/2021</div>' + prose + '</main>'), {});
  assert.equal(b.published?.slice(0, 10), '2021-11-01');
  const long = '<div><p>' + 'Der Gemeinderat hat am Dienstag über die neue Tramlinie entschieden, die ab 2027 fahren soll. '.repeat(25) + '</p></div>';
  const c = extract(page('<title>Tram kommt</title><meta property="article:published_time" content="2025-11-28T05:02:00Z">', '<main><h1>Tram kommt</h1></main>' + long + '<div class="x">Rendered: Tue Dec 16 2025 07:21:59 GMT</div>'), {});
  assert.equal(c.published?.slice(0, 10), '2025-11-28');
  // a caption or a sentence naming a day under the headline is no date line
  const d = extract(page('<title>Tram kommt</title><meta property="article:published_time" content="2024-10-09T06:12:00+02:00">', '<main><h1>Tram kommt</h1>'
    + '<figure><img src="/a.jpg"><figcaption><span>Die Stadträte bei der Eröffnung am 19. Juni 2024.</span></figcaption></figure>'
    + '<p class="x">Die Stadträte stießen bei einem Empfang im Rathaus am 19. Juni 2024 auf die neue Linie an.</p>' + prose + '</main>'), {});
  assert.equal(d.published?.slice(0, 10), '2024-10-09');
});

test('dates in a comment <article> and today\'s date in the site masthead do not date the article', () => {
  const a = extract(page('<title>Tram kommt</title>', '<main><article class="post"><h1>Tram kommt</h1>' + prose + '<p>Veröffentlicht am 16.08.2019</p></article>'
    + '<ol class="list"><li><article class="comment-body"><footer class="meta"><time datetime="2019-08-24T03:36:00+02:00">24. August 2019 um 03:36 Uhr</time></footer><p>Danke!</p></article></li></ol></main>'), {});
  assert.equal(a.published?.slice(0, 10), '2019-08-16');
  const b = extract(page('<title>Tram kommt</title>', '<header class="container"><div class="top"><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></div></header>'
    + '<main><h1>Tram kommt</h1>' + prose + '<p><span class="text_datum">31. Oktober 2023.</span></p></main>'), {});
  assert.equal(b.published?.slice(0, 10), '2023-10-31');
});

test('a page without other dates is dated by the first date line below the headline, inside the block that follows it', () => {
  const row = '<div class="row"><p>' + 'Die Stadt baut eine neue Linie nach Osten und verlängert die bestehende bis zum Bahnhof. '.repeat(3) + '</p><div><span>Tanja Muster</span> <span>3.11.2023</span></div></div>';
  const a = extract(page('<title>Tram kommt</title>', '<main><h1>Tram kommt</h1>' + row + prose + '</main>'), {});
  assert.equal(a.published?.slice(0, 10), '2023-11-03');
  // far below the headline, a date is the body's or a teaser's
  const far = '<div class="row">' + prose.repeat(3) + '<div><span>Tanja Muster</span> <span>3.11.2023</span></div></div>';
  const b = extract(page('<title>Tram kommt</title>', '<main><h1>Tram kommt</h1>' + far + '</main>'), {});
  assert.equal(b.published, null);
});

test('with only a <title>, an <h1> equal to one of its parts is the headline; a logo <h1> linking to the site root is not', () => {
  const a = extract(page('<title>Rioja, Spanien - Weine aus Spanien - Weinhandlung Beispiel</title>',
    '<main><h1>Rioja, Spanien</h1>' + prose + '</main>'), { url: 'https://www.weinhandlung-beispiel.de/wein/rioja/' });
  assert.equal(a.title, 'Rioja, Spanien');
  const b = extract(page('<title>Was ist virales Marketing? | Mein Blog</title>',
    '<header><h1><a href="https://web.archive.org/web/2008/http://www.meinblog.de/">Mein Blog</a></h1></header><main><h2>Was ist virales Marketing?</h2>' + prose + '</main>'),
  { url: 'https://web.archive.org/web/2008/http://www.meinblog.de/2008/07/viral/' });
  assert.equal(b.title, 'Was ist virales Marketing?');
});

test('a kicker run into the <h1> is split off when the document <title> is the rest', () => {
  const a = extract(page('<title>Impfen ist bis Ende Februar überall möglich</title><meta property="og:title" content="Medienmitteilungen">',
    '<main><h1>Medienmitteilung der Gesundheitsdirektion :Impfen ist bis Ende Februar überall möglich</h1>' + prose + '</main>'), {});
  assert.equal(a.title, 'Impfen ist bis Ende Februar überall möglich');
  assert.equal(a.kicker, 'Medienmitteilung der Gesundheitsdirektion');
});

test('the section the URL names is cut from the visible headline with the site after it', () => {
  const a = extract(page('<title>Sleep through the night | Patient Education | Kinderspital Beispiel</title>',
    '<main><h1>Sleep through the night | Patient Education | Kinderspital Beispiel</h1>' + prose + '</main>'), { url: 'https://health.kinderspital-beispiel.ch/children/patient-education/sleep-through-the-night' });
  assert.equal(a.title, 'Sleep through the night');
});
