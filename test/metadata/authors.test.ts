import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanAuthors, cleanDesk, cleanStructuredAuthors } from '../../src/metadata/authors.js';
import { extract } from '../../src/index.js';

test('byline cleaning: dates, relative times, job titles, lead-ins and weekdays are not names', () => {
  assert.deepEqual(cleanAuthors(['Heiko Sauer Do 9 Apr 2020']), ['Heiko Sauer']);
  assert.deepEqual(cleanAuthors(['Isabel Caro, Rocío Latorre y José Miguel Wilson Hace 13 horas']), ['Isabel Caro', 'Rocío Latorre', 'José Miguel Wilson']);
  assert.deepEqual(cleanAuthors(['This post was written by Danielle Padula, Head of Marketing and Community Development']), ['Danielle Padula']);
  assert.deepEqual(cleanAuthors(['Sat, 20 Dec, 2025 - 06:36']), []);
  assert.deepEqual(cleanAuthors(['Member Login']), []);
  assert.deepEqual(cleanAuthors(['Rui Ma, Heba Ledwon and Suparn Patra']), ['Rui Ma', 'Heba Ledwon', 'Suparn Patra']);
});

test('an institution named in metadata stays one name', () => {
  assert.deepEqual(cleanStructuredAuthors(['Center for Drug Evaluation and Research']), ['Center for Drug Evaluation and Research']);
  assert.deepEqual(cleanStructuredAuthors(['Anna Muster and Hans Beispiel']), ['Anna Muster', 'Hans Beispiel']);
});

const prose = '<p>' + 'The council decided on Tuesday to build the new tram line that is to run from 2027 onwards. '.repeat(6) + '</p>';

test("the article's byline wins over bylines of comments further down; cited works' microdata is not the article's", () => {
  const a = extract(`<html lang="en"><head><title>Tram</title></head><body><article><h1>Tram</h1><p class="byline">By Anna Muster</p>${prose}</article>
    <section class="discussion"><p class="byline">By Karl Kommentar</p><p class="byline">By Berta Beispiel</p></section></body></html>`, {});
  assert.deepEqual(a.authors, ['Anna Muster']);
  const b = extract(`<html lang="en"><head><title>Tram</title><meta name="citation_author" content="Marwan Adwan"></head><body><article><h1>Tram</h1>${prose}
    <ol><li itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle"><meta itemprop="author" content="NH. Shear, SP. Spielberg"><meta itemprop="datePublished" content="1988"></li></ol></article></body></html>`, {});
  assert.deepEqual(b.authors, ['Marwan Adwan']);
  assert.equal(b.published, null);
});

test('a byline set in capitals is a name; one- and two-letter capitals are not', () => {
  assert.deepEqual(cleanAuthors(['VON MARTIN BEISPIEL am 21. April 2020']), ['MARTIN BEISPIEL']);
  assert.deepEqual(cleanAuthors(['By HENRY STEIN']), ['HENRY STEIN']);
  assert.deepEqual(cleanAuthors(['AB CD']), []);
});

test('a byline element inside a meta line (date + author) is read as the byline', () => {
  const prose = '<p>' + 'The mission is to make publishing open to everyone, and more speakers help with that. '.repeat(6) + '</p>';
  const a = extract(`<html><head><title>Diverse contributors</title></head><body><main><h1>Diverse contributors</h1>
    <div class="post-meta-top"><span class="date">June 19, 2019</span><p class="post-author-name">Andrea Middleton</p></div>${prose}</main></body></html>`, {});
  assert.deepEqual(a.authors, ['Andrea Middleton']);
});

test('job titles after the name, "By" glued to the name and "in <category>" after it are not part of the name', () => {
  assert.deepEqual(cleanAuthors(['Paul Frew, Home and Digital Security Expert']), ['Paul Frew']);
  assert.deepEqual(cleanAuthors(['ByTrevor Jones']), ['Trevor Jones']);
  assert.deepEqual(cleanAuthors(['Byron Smith']), ['Byron Smith']);
  assert.deepEqual(cleanAuthors(['Rachel MacDonald Writer']), ['Rachel MacDonald']);
  const prose = '<p>' + 'Einmal zahlen und dann alles lesen, das wünschen sich viele Leserinnen und Leser seit Jahren. '.repeat(6) + '</p>';
  const a = extract(`<html><head><title>Einmal zahlen</title></head><body><main><h1>Einmal zahlen</h1>
    <div class="entry-meta"><span>Am 13. November 2019</span> <span>Von Henry Stein</span> <span>In Aktuell</span></div>${prose}</main></body></html>`, {});
  assert.deepEqual(a.authors, ['Henry Stein']);
});

test('a meta line item marked with a person icon, and the name beside the date above the headline, are the author', () => {
  const prose = '<p>' + 'Pixel-perfect pipelines need care at every step, from the design file to the rendered frame. '.repeat(6) + '</p>';
  const a = extract(`<html><head><title>Pixel pipelines</title></head><body><main><h1>Pixel pipelines</h1>
    <div class="entry-meta"><ul><li><i class="bi bi-person"></i> Bence Kovacs</li><li><i class="bi bi-clock"></i> 2025-01-02</li></ul></div>${prose}</main></body></html>`, {});
  assert.deepEqual(a.authors, ['Bence Kovacs']);
  const b = extract(`<html><head><title>Attested builds</title></head><body><main><div><span>Dec 17, 2025</span><span>Jana K. Muster</span></div>
    <h1>Attested builds</h1>${prose}</main></body></html>`, {});
  assert.deepEqual(b.authors, ['Jana K. Muster']);
  assert.equal(b.kicker, null);
});

test('a date opening the byline and "on behalf of …" after the name are not part of it', () => {
  assert.deepEqual(cleanAuthors(['Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group']), ['Niko Matsakis']);
});

test('"by:" and "Contributors:" lines are bylines, also when an empty sibling paragraph shares their parent', () => {
  const prose = '<p>' + 'An inference engine in a nutshell explains batching, caching and scheduling step by step. '.repeat(6) + '</p>';
  const a = extract(`<html><head><title>Mini engine</title></head><body><main><h1>Mini engine</h1><p>by: Ziyi Xu, Dec 17, 2025</p>${prose}</main></body></html>`, {});
  assert.deepEqual(a.authors, ['Ziyi Xu']);
  const b = extract(`<html><head><title>Mini engine</title></head><body><main><h1>Mini engine</h1><div class="tags"><div><strong>Contributors:</strong> Janet Loughrey</div></div>${prose}</main></body></html>`, {});
  assert.deepEqual(b.authors, ['Janet Loughrey']);
  const c = extract(`<html><head><title>Mini engine</title></head><body><main><h1>Mini engine</h1>${prose}<div><p>Written by John Crenshaw</p><p></p></div></main></body></html>`, {});
  assert.deepEqual(c.authors, ['John Crenshaw']);
});

test('an organisation named as the author in metadata yields to a "Von …" line naming a person', () => {
  const prose = '<p>' + 'Zum Gedenktag erinnerten Initiativen in vielen Städten an die verfolgten Frauen und ihre Geschichten. '.repeat(6) + '</p>';
  const a = extract(`<html><head><title>Gedenken</title><meta name="author" content="Frauen-Magazin GmbH"></head><body><main><h1>Gedenken</h1>
    <div class="x">Von Claudia Lindner</div>${prose}</main></body></html>`, {});
  assert.deepEqual(a.authors, ['Claudia Lindner']);
});

test('combined credit labels, interview bylines and acronym metadata authors', () => {
  assert.deepEqual(cleanAuthors(['Text und Interview: Harald Willenbrock']), ['Harald Willenbrock']);
  assert.deepEqual(cleanAuthors(['Richard David Precht im Gespräch mit Karin Fischer']), ['Richard David Precht', 'Karin Fischer']);
  const prose = '<p>' + 'Bei der Auktion kamen viele Schätzchen der Gemeinde unter den Hammer, der Erlös geht an die Orgel. '.repeat(6) + '</p>';
  const a = extract(`<html><head><title>Auktion</title><meta name="author" content="LN"></head><body><main><h1>Auktion</h1>
    <p>Von Cosima Künzel</p>${prose}</main></body></html>`, {});
  assert.deepEqual(a.authors, ['Cosima Künzel']);
});

test('metadata naming only a handle yields to a byline naming a person in full; an ISO timestamp ends a byline', () => {
  assert.deepEqual(cleanAuthors(['Nick van Mead 2022-11-23T08:10+02:00']), ['Nick van Mead']);
  const prose = '<p>' + 'The county council agreed the new bus routes after a long debate about costs and timetables. '.repeat(6) + '</p>';
  const a = extract(`<html><head><title>Bus routes</title><meta name="author" content="LisaB"></head><body><main><h1>Bus routes</h1>
    <p class="byline">Aoife O'Riordan</p>${prose}</main></body></html>`, {});
  assert.deepEqual(a.authors, ["Aoife O'Riordan"]);
});

test('a byline label with a colon ("Posted by:", "Written By:") is not part of the name', () => {
  assert.deepEqual(cleanAuthors(['Posted by: Idle Cartulary']), ['Idle Cartulary']);
  assert.deepEqual(cleanAuthors(['Written By: Tom May']), ['Tom May']);
});

test('"Last updated" after the name, and roles run onto it or left alone, are not names', () => {
  assert.deepEqual(cleanAuthors(['Craig McCarthy Last updated: May 3, 2025']), ['Craig McCarthy']);
  assert.deepEqual(cleanAuthors(['Michael Ansaldo Contributor']), ['Michael Ansaldo']);
  assert.deepEqual(cleanAuthors(['Rasmus Barslund Founder, Lead Reviewer']), ['Rasmus Barslund']);
});

test('a user name given as the byline is the last resort: handles, not capitalised words', () => {
  const prose = '<p>' + 'The council decided on Tuesday to build the new tram line that is to run from 2027 onwards. '.repeat(6) + '</p>';
  const page = (byline: string): string => `<html lang="de"><head><title>Tram</title></head><body><article><h1>Tram</h1>${byline}${prose}</article></body></html>`;
  assert.deepEqual(extract(page('<div class="group-author">Von <a class="username">Petra.Beispiel</a> am Samstag, 19. Oktober 2019</div>'), {}).authors, ['Petra.Beispiel']);
  assert.deepEqual(extract(page('<p class="meta">by oz on December 4, 2006</p>'), {}).authors, ['oz']);
  assert.deepEqual(extract(page('<div class="meta">Posted by alpha302 on March 2</div>'), {}).authors, ['alpha302']);
  // A single capitalised word in a byline slot may be a category, and a comment's author is not the article's.
  assert.deepEqual(extract(page('<p>Posted by Lifestyle</p>'), {}).authors, []);
  assert.deepEqual(extract(page('<p>Posted by project</p>'), {}).authors, []);
  assert.deepEqual(extract(page('<span class="author">crazy lennys</span>'), {}).authors, []);
  assert.deepEqual(extract(page('<ul><li><span class="comment-author-link">flappybird</span> on <a href="/x">Post</a></li></ul>'), {}).authors, []);
});

test('an element that itself declares the author (rel=author, class fn) names it even as a handle, before later bylines', () => {
  const prose = '<p>' + 'The council decided on Tuesday to build the new tram line that is to run from 2027 onwards. '.repeat(6) + '</p>';
  const a = extract(`<html><head><title>Tram</title></head><body><article><h1>Tram</h1><div class="entry-meta">Autor: <a href="/author/x7lin4/" rel="author">x7lin4</a></div>${prose}</article>
    <article><h2>Older post</h2><p class="byline">By Anna Muster</p>${prose}</article></body></html>`, {});
  assert.deepEqual(a.authors, ['x7lin4']);
  const b = extract(`<html><head><title>Tram</title></head><body><article><h1>Tram</h1><span class="author vcard"><a class="url fn n" href="/author/admin/">uriebe</a></span>${prose}</article>
    <article><h2>Older post</h2><span class="author vcard"><a class="url fn n" href="/author/tom/">Tom Stelling</a></span>${prose}</article></body></html>`, {});
  assert.deepEqual(b.authors, ['uriebe']);
});

test("a Person named by first name only whose description opens with the full name gives the full name", () => {
  const prose = '<p>' + 'The council decided on Tuesday to build the new tram line that is to run from 2027 onwards. '.repeat(6) + '</p>';
  const ld = (person: object): string => `<html><head><title>Tram</title><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: 'Tram', author: person })}</script></head><body><article><h1>Tram</h1>${prose}</article></body></html>`;
  assert.deepEqual(extract(ld({ '@type': 'Person', name: 'Timo', description: 'Timo Muster ist freier Autor und Journalist.' }), {}).authors, ['Timo Muster']);
  assert.deepEqual(extract(ld({ '@type': 'Person', name: 'Karin', description: 'Karin Beispiel - Maschinenbauer und Abenteurer.' }), {}).authors, ['Karin Beispiel']);
  assert.deepEqual(extract(ld({ '@type': 'Person', name: 'Timo', description: 'Nils writes about tram lines.' }), {}).authors, ['Timo']);
});

test('a metadata author field that is a title or a firm is not split into bogus names', () => {
  assert.deepEqual(cleanStructuredAuthors(['Weine aus Spanien in Köln - Vino Y Queso und Vinho Verde']), ['Weine aus Spanien in Köln - Vino Y Queso und Vinho Verde']);
  assert.deepEqual(cleanStructuredAuthors(['Keller & Keller']), ['Keller & Keller']);
  assert.deepEqual(cleanStructuredAuthors(['example.de, Frankfurt, Germany']), ['example.de, Frankfurt, Germany']);
  assert.deepEqual(cleanStructuredAuthors(['Anna Muster und Hans Beispiel']), ['Anna Muster', 'Hans Beispiel']);
  assert.deepEqual(cleanStructuredAuthors(['By Arlene Marturano', 'South Carolina Learning Network on Facebook']), ['Arlene Marturano']);
});

test('a tag link in the byline row is not the author', () => {
  const prose = '<p>' + 'The council decided on Tuesday to build the new tram line that is to run from 2027 onwards. '.repeat(6) + '</p>';
  const a = extract(`<html><head><title>Tram</title></head><body><article><h1>Tram</h1><div class="byline"><span class="byline__tag"><a href="/tag/lifestyle">Lifestyle</a></span> March 12, 2025</div>${prose}</article></body></html>`, {});
  assert.deepEqual(a.authors, []);
  const b = extract(`<html><head><title>Tram</title></head><body><article><h1>Tram</h1><div class="byline"><a href="/category/city/">City</a> · By <a href="/author/anna">Anna Muster</a></div>${prose}</article></body></html>`, {});
  assert.deepEqual(b.authors, ['Anna Muster']);
});

test('"Autoren X und Y" without a colon, "Eine Kolumne von X" and an "Interview" label beside the name are bylines', () => {
  const prose = '<p>' + 'Der Gemeinderat hat am Dienstag beschlossen, die neue Tramlinie bis 2027 zu bauen und zu eröffnen. '.repeat(6) + '</p>';
  const page = (inner: string): string => `<html lang="de"><head><title>Tram</title></head><body><article><h1>Tram</h1>${inner}</article></body></html>`;
  assert.deepEqual(extract(page(`${prose}<p>Autoren Jelko Djuren und Jutta Klaukien</p>`), {}).authors, ['Jelko Djuren', 'Jutta Klaukien']);
  assert.deepEqual(extract(page(`<p><strong>Eine Kolumne von Timo Muster</strong></p>${prose}`), {}).authors, ['Timo Muster']);
  assert.deepEqual(extract(page(`${prose}<div class="credits"><div class="credit"><div class="credit-label">Interview</div><div class="credit-text">SVEN MICHAELSEN</div></div>
    <div class="credit"><div class="credit-label">Fotograf</div><div class="credit-text">ERIC ROY</div></div></div>`), {}).authors, ['SVEN MICHAELSEN']);
});

test('a desk the byline credits, and a person a copyright line names, are last resorts', () => {
  const prose = '<p>' + 'The council decided on Tuesday to build the new tram line that is to run from 2027 onwards. '.repeat(6) + '</p>';
  const page = (head: string, foot: string): string => `<html lang="en"><head><title>Tram</title></head><body><article><h1>Tram</h1>${head}${prose}</article><footer>${foot}</footer></body></html>`;
  assert.deepEqual(extract(page('<div class="author-name"><span>By Staff Writer</span></div>', ''), {}).authors, ['Staff Writer']);
  assert.deepEqual(extract(page('', '<p>Copyright (c) 2012- Jonas Muster. All rights reserved.</p>'), {}).authors, ['Jonas Muster']);
  assert.deepEqual(extract(page('<p class="byline">By Anna Muster</p>', '<p>© Jonas Muster. All rights reserved.</p>'), {}).authors, ['Anna Muster']);
  // Companies, boilerplate and image credits are not authors.
  assert.deepEqual(extract(page('', '<p>© 2026 The President and Fellows of Beispiel College. All Rights Reserved</p>'), {}).authors, []);
  assert.deepEqual(extract(page('', '<p>© 2025 Alpine Spine Institute</p>'), {}).authors, []);
  assert.deepEqual(extract(page('<figure><img src="a.jpg"><figcaption>Tram <span>© Ole Bildner</span></figcaption></figure>', '<p>© Ole Bildner / Greenpeace</p>'), {}).authors, []);
});

test('the first <article data-author> names the author; a bare "Auteur" label is no name', () => {
  const prose = '<p>' + 'The council decided on Tuesday to build the new tram line that is to run from 2027 onwards. '.repeat(6) + '</p>';
  const a = extract(`<html><head><title>Tram</title></head><body><main><h1>Tram</h1><article class="message" data-author="Pepemaus">${prose}</article>
    <article class="message" data-author="MoeC">${prose}</article></main></body></html>`, {});
  assert.deepEqual(a.authors, ['Pepemaus']);
  assert.deepEqual(cleanAuthors(['Auteur']), []);
  assert.deepEqual(cleanAuthors(['Author']), []);
});

test('a one-word name in a "Von …" line counts when the line goes on with its date', () => {
  const prose = '<p>' + 'Der Gemeinderat hat am Dienstag beschlossen, die neue Tramlinie bis 2027 zu bauen und zu eröffnen. '.repeat(6) + '</p>';
  const page = (line: string): string => `<html lang="de"><head><title>Tram</title></head><body><div class="main"><h1>Tram</h1><p>${line}</p>${prose}</div></body></html>`;
  assert.deepEqual(extract(page('Von Kiko am 25.08.2015 22:30 (1599 x gelesen)'), {}).authors, ['Kiko']);
  assert.deepEqual(extract(page('Von Kiko'), {}).authors, []);
});

test('a date line among sibling date lines is a list entry, not a byline', () => {
  const prose = '<p>' + 'Der Gemeinderat hat am Dienstag beschlossen, die neue Tramlinie bis 2027 zu bauen und zu eröffnen. '.repeat(6) + '</p>';
  const page = (lines: string): string => `<html lang="de"><head><title>Tram</title></head><body><article><h1>Tram</h1>${prose}${lines}</article></body></html>`;
  assert.deepEqual(extract(page('<p>17.11.2022 - Aymz- Grelle Forelle</p><p>18.11.2022 - Dame - Gasometer</p>'), {}).authors, []);
  assert.deepEqual(extract(page('<p>25.10.2022 - Reiner Nagel</p>'), {}).authors, ['Reiner Nagel']);
});

test('a "Von …" or date line whose name starts in lower case is no byline (the capital is checked although the label matches in any case)', () => {
  const prose = '<p>' + 'Der Gemeinderat hat am Dienstag beschlossen, die neue Tramlinie bis 2027 zu bauen und zu eröffnen. '.repeat(6) + '</p>';
  const page = (line: string): string => `<html lang="de"><head><title>Tram</title></head><body><div class="main"><h1>Tram</h1><p>${line}</p>${prose}</div></body></html>`;
  assert.deepEqual(extract(page('von der Leyen und Macron'), {}).authors, []);
  assert.deepEqual(extract(page('Von der Leyen und Macron'), {}).authors, []);
  assert.deepEqual(extract(page('25.10.2022 - von der Leyen'), {}).authors, []);
  // capitalised names still are, in any case of the label, particles inside the name too
  assert.deepEqual(extract(page('VON Anna Muster'), {}).authors, ['Anna Muster']);
  assert.deepEqual(extract(page('von Anna Muster'), {}).authors, ['Anna Muster']);
  assert.deepEqual(extract(page('25.10.2022 - Ursula von der Leyen'), {}).authors, ['Ursula von der Leyen']);
});

test('"Von der Leyen" is no byline naming "der Leyen": a name starts with a capital, and a label before a particle is the name\'s own', () => {
  for (const line of ['Von der Leyen', 'Von der Leyen sagte am Dienstag', 'Von der Leyen und Macron', 'VON DER LEYEN']) assert.deepEqual(cleanAuthors([line]), [], line);
  assert.deepEqual(cleanAuthors(['Von Jana Muster']), ['Jana Muster']);
  assert.deepEqual(cleanAuthors(['Von Ursula von der Leyen']), ['Ursula von der Leyen']);
  assert.deepEqual(cleanAuthors(['Von Anna Muster und Ursula von der Leyen']), ['Anna Muster', 'Ursula von der Leyen']);
  // metadata that names "Von der Leyen" names her whole, not "der Leyen"
  assert.deepEqual(cleanStructuredAuthors(['Von der Leyen']), ['Von der Leyen']);
  assert.deepEqual(cleanStructuredAuthors(['Von Ursula von der Leyen']), ['Ursula von der Leyen']);
  // also from a classed byline element and a paragraph at the top of the body
  const prose = '<p>' + 'Der Gemeinderat hat am Dienstag beschlossen, die neue Tramlinie bis 2027 zu bauen und zu eröffnen. '.repeat(6) + '</p>';
  const page = (line: string): string => `<html lang="de"><head><title>Tram</title></head><body><article><h1>Tram</h1><p class="byline">${line}</p>${prose}</article></body></html>`;
  assert.deepEqual(extract(page('Von der Leyen'), {}).authors, []);
  assert.deepEqual(extract(page('Von Ursula von der Leyen'), {}).authors, ['Ursula von der Leyen']);
  assert.deepEqual(extract(page('Von Jana Muster'), {}).authors, ['Jana Muster']);
});

test('a desk is capitalised words before the desk word; a label is cut before a handle', () => {
  assert.equal(cleanDesk('Kontakt zur Redaktion'), null);
  assert.equal(cleanDesk('Sports Desk'), 'Sports Desk');
  assert.equal(cleanDesk('Team news desk'), 'Team news desk');
  assert.equal(cleanDesk('Editorial Team'), 'Editorial Team');
  assert.deepEqual(cleanStructuredAuthors(['by jdoe']), ['jdoe']);
  assert.deepEqual(cleanAuthors(['Von der']), []);
});

test('a dateline names a capitalised place before the agency', () => {
  const page = (first: string): string => `<html lang="de"><head><title>Tram</title></head><body><article><h1>Tram</h1><p>${first}</p>`
    + '<p>' + 'Der Gemeinderat hat am Dienstag beschlossen, die neue Tramlinie bis 2027 zu bauen und zu eröffnen. '.repeat(6) + '</p></article></body></html>';
  assert.equal(extract(page('BERLIN (AFP) – Der Gemeinderat hat am Dienstag beschlossen, die neue Tramlinie zu bauen.'), {}).source, 'AFP');
  assert.equal(extract(page('(AFP) – Der Gemeinderat hat am Dienstag beschlossen, die neue Tramlinie zu bauen.'), {}).source, 'AFP');
  assert.equal(extract(page('rund 200 Menschen (AFP) – der Gemeinderat hat am Dienstag beschlossen, die neue Tramlinie zu bauen.'), {}).source, null);
});
