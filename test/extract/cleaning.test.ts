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
