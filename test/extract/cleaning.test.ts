import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';

const para = (n: number) => Array.from({ length: n }, (_, i) =>
  `<p>The council met on Tuesday and agreed, after a long debate, on point number ${i + 1} of the new plan for the harbour.</p>`).join('');
const page = (inner: string) => `<html lang="en"><head><title>Harbour plan</title></head><body><main><article><h1>Harbour plan</h1><p class="byline">By Jane Roe</p><div class="entry-content">${inner}</div></article></main></body></html>`;

test('author boxes at the foot of a post go (Simple Author Box plugin, "about-the-author", author cards and profiles)', () => {
  const bio = 'Jane Roe is a reporter who has covered the harbour, the council and the city budget for ten years.';
  for (const cls of ['saboxplugin-wrap', 'about-the-author', 'c-author-card', 'post__author-profile']) {
    const a = extract(page(`${para(5)}<div class="${cls}"><div><p>${bio}</p></div></div>`), {});
    assert.ok(a.text.includes('point number 5'), cls);
    assert.ok(!a.text.includes('Jane Roe is a reporter'), cls);
  }
});

test('a lead-classed box at the foot of the body container is not the lead ("excerpt" of a related post)', () => {
  const teaser = 'Last year the council had voted the other way, and the harbour plan was shelved for a whole year.';
  const a = extract(page(`${para(5)}<div class="related-post"><div class="post-excerpt">${teaser}</div></div>`), {});
  assert.notEqual(a.lead, teaser);
  assert.ok(a.text.startsWith('The council met'), a.text.slice(0, 80));
});

test('table-of-contents labels (with their show/hide toggle) are not text, as headings or lines', () => {
  for (const label of ['<h2>Table of Contents</h2>', '<p>Table of Contents [Hide]</p>', '<div>Inhaltsverzeichnis ▼</div>', '<h3>In this article</h3>']) {
    const a = extract(page(`${label}<ul><li><a href="#a">Point one</a></li><li><a href="#b">Point two</a></li></ul>${para(5)}`), {});
    assert.ok(a.text.includes('point number 5'), label);
    assert.ok(!/table of contents|inhaltsverzeichnis|in this article/i.test(a.text), label);
  }
});

test('form-plugin prompts and call-to-action boxes inside the post go (their <form> is gone already)', () => {
  for (const box of ['<div class="gform_wrapper"><p class="gform_description">Get insider information and deals in your inbox every week!</p></div>',
    '<div class="w-form"><div class="w-form-fail"><div>Oops! Something went wrong while submitting the form, please try again.</div></div></div>',
    '<div class="article-cta-box"><p>Enjoyed this piece? We need your help to keep publishing, so please consider a donation.</p></div>']) {
    const a = extract(page(`${para(3)}${box}${para(2)}`), {});
    assert.ok(a.text.includes('point number 2'), box);
    assert.ok(!/insider information|Oops|Enjoyed this piece/.test(a.text), box);
  }
});

test('a section headed "Autor:innen" / "The author" at the foot of the article goes; an "Author:" field label stays', () => {
  for (const head of ['Autor:innen', 'The author', 'Autoren']) {
    const a = extract(page(`${para(4)}<div class="pb-xl"><h2>${head}</h2><div><p>Born in 1983, she has written for the paper since 2015, mostly about the harbour and the council.</p></div></div>`), {});
    assert.ok(a.text.includes('point number 4'), head);
    assert.ok(!a.text.includes('Born in 1983'), head);
  }
  const b = extract(page(`${para(4)}<div class="book"><div><strong>Author:</strong> <span>Sloane Brooks</span></div><div><strong>Genre:</strong> <span>Romance</span></div></div>`), {});
  assert.ok(b.text.includes('Sloane Brooks'));
});

test('bare credit labels ("Written by", "Edited by:") are interface', () => {
  const a = extract(page(`${para(4)}<p>Written by</p><p>Edited by:</p>`), {});
  assert.ok(a.text.includes('point number 4'));
  assert.ok(!/Written by|Edited by/.test(a.text), a.text.slice(-120));
});

test('"Also in the news" heads a teaser section', () => {
  const b = extract(page(`${para(4)}<div class="more"><h3>Also in the news</h3><div class="news"><p>THE SALVATION ARMY continued its long-standing tradition of outreach with hampers on Tuesday... <a href="/a">Front Page</a></p></div></div>`), {});
  assert.ok(!b.text.includes('SALVATION'), b.text.slice(-160));
});

test('placeholders of script-loaded content ("Loading paragraph...", "Wird geladen …") are interface', () => {
  const a = extract(page(`${para(3)}<p>Loading paragraph...</p><div>Loading image...</div><p>Wird geladen …</p>${para(1)}`), {});
  assert.ok(a.text.includes('point number 3'));
  assert.ok(!/Loading|geladen/.test(a.text), a.text);
});

test('a line that is only a date with an ordinal day ("18th Dec 2025") is interface', () => {
  const a = extract(page(`${para(4)}<div><span>18th Dec 2025</span></div>`), {});
  assert.ok(a.text.includes('point number 4'));
  assert.ok(!a.text.includes('18th Dec'), a.text.slice(-80));
});

test('a list of links to other sites in the body stays (resources, products); a list of links within the site goes', () => {
  const ext = '<ul><li><a href="https://www.coursera.org/learn/python">Python for Everybody</a></li><li><a href="https://www.edx.org/cs50">CS50 Introduction to Computer Science</a></li><li><a href="https://kaggle.com/learn">Kaggle Learn</a></li></ul>';
  const own = '<ul><li><a href="/news/harbour-budget">Harbour budget approved</a></li><li><a href="https://www.example.com/news/ferry">New ferry line opens</a></li><li><a href="/news/bridge">Bridge closed for repairs</a></li></ul>';
  const a = extract(page(`${para(3)}${ext}${para(2)}${own}`), { url: 'https://www.example.com/news/harbour-plan' });
  assert.ok(a.text.includes('Python for Everybody') && a.text.includes('Kaggle Learn'), a.text);
  assert.ok(!a.text.includes('Harbour budget approved') && !a.text.includes('New ferry line'), a.text);
});

test('a stream of teaser cards in the body container goes with its excerpts; cards of the page\'s own chapters stay', () => {
  const card = (href: string, i: number) => `<div class="post-item row"><h3 class="title"><a href="${href}">Other story number ${i} about the town</a></h3><p class="excerpt">Excerpt ${i}: the mayor said on Monday that the budget would be presented next week, after a long delay.</p></div>`;
  const stream = [1, 2, 3, 4].map((i) => card(`/news/other-story-${i}`, i)).join('');
  const a = extract(page(`${para(5)}<div class="more-list">${stream}</div>`), { url: 'https://www.example.com/news/harbour-plan' });
  assert.ok(a.text.includes('point number 5'));
  assert.ok(!a.text.includes('Excerpt 2'), a.text.slice(-200));
  const chapters = [1, 2, 3, 4].map((i) => card(`/guide/chapter-${i}`, i)).join('');
  const b = extract(page(`${para(5)}<div class="more-list">${chapters}</div>`), { url: 'https://www.example.com/guide' });
  assert.ok(b.text.includes('Excerpt 2'), b.text.slice(-200));
});

test('a labelled link box ("Links:") of links to other sites still goes', () => {
  const box = '<h3>Links:</h3><ul><li><a href="https://www.geosphere.at/">Geosphere Austria</a></li><li><a href="https://www.salzburg.gv.at/">Land Salzburg</a></li></ul>';
  const a = extract(page(`${para(4)}${box}`), { url: 'https://www.example.com/news/harbour-plan' });
  assert.ok(a.text.includes('point number 4'));
  assert.ok(!a.text.includes('Land Salzburg'), a.text.slice(-120));
});
