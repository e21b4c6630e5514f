/** React streaming SSR: hidden segments are moved into their placeholders, as the page's inline scripts do. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';
import { hasTemplate, parseHtml, textOf } from '../../src/html/dom.js';
import { hasStreamedSegments, revealStreamedSegments } from '../../src/html/streamed.js';

const para = (n: number, tag = '') => Array.from({ length: n }, (_, i) =>
  `<p>The council met on Tuesday and agreed, after a long debate, on point number ${i + 1}${tag} of the new plan for the harbour.</p>`).join('');

test('a boundary\'s fallback is replaced by its streamed segment, a segment placeholder by its content', () => {
  const html = '<html><body><main><div class="article-body">'
    + '<!--$?--><template id="B:0"></template><div>Loading paragraph...</div><!--/$-->'
    + '<p>Middle.</p><template id="P:1"></template></div></main>'
    + '<div hidden id="S:0"><p>First streamed.</p></div><div hidden id="S:1"><p>Last streamed.</p></div></body></html>';
  assert.ok(hasStreamedSegments(html));
  const doc = parseHtml(html);
  assert.ok(hasTemplate(doc));
  assert.equal(hasTemplate(parseHtml('<p>no placeholder, "<template id=" in text only</p>')), false);
  assert.equal(revealStreamedSegments(doc), 2);
  assert.equal(textOf(doc), 'First streamed. Middle. Last streamed.');
});

test('without comments (saved pages) the segment takes the template\'s place; a nested boundary is kept whole', () => {
  const doc = parseHtml('<div id="a"><template id="B:2"></template><div>Loading...</div></div>'
    + '<div id="b"><!--$?--><template id="B:3"></template><!--$--><span>inner</span><!--/$--><i>fallback</i><!--/$--><b>after</b></div>'
    + '<div hidden id="S:2"><p>Two.</p></div><div hidden id="S:3"><p>Three.</p></div>');
  revealStreamedSegments(doc);
  assert.equal(textOf(doc), 'Two. Loading... Three. after');
});

test('an article streamed into "Loading paragraph..." placeholders is read in place', () => {
  const segs = [1, 2, 3, 4].map((i) => `<div hidden id="S:${i}">${para(2, `.${i}`)}</div>`).join('');
  const slots = [1, 2, 3, 4].map((i) => `<template id="B:${i}"></template><div>Loading paragraph...</div>`).join('');
  const html = `<html lang="en"><head><title>Harbour plan</title></head><body><main><article><h1>Harbour plan</h1><div class="article-body">${slots}</div></article></main><aside class="related"><p>Other story teaser with enough words to count as a paragraph of prose here.</p></aside>${segs}</body></html>`;
  const a = extract(html, {});
  assert.ok(a.text.startsWith('The council met on Tuesday and agreed, after a long debate, on point number 1.1'), a.text.slice(0, 120));
  assert.ok(a.text.includes('point number 2.4'));
  assert.ok(!a.text.includes('Loading'));
});
