import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { toHtml } from '../../src/render/html.js';
import { BAD_URLS, PAYLOADS, evilArticle, fullArticle } from './article-fixture.js';

const ALLOWED_TAGS = new Set(['article', 'header', 'footer', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'figure', 'img',
  'figcaption', 'small', 'aside', 'ul', 'ol', 'li', 'blockquote', 'cite', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'br']);
const ALLOWED_ATTRS = new Set(['class', 'lang', 'href', 'rel', 'src', 'alt', 'loading', 'decoding', 'referrerpolicy']);

function elements(html: string): Element[] {
  return DomUtils.findAll(() => true, parseDocument(html).children);
}

/** Every element and attribute is on the allow-list and every URL is http(s): nothing can run. */
function assertInert(html: string, label: string): void {
  for (const el of elements(html)) {
    assert.ok(ALLOWED_TAGS.has(el.name), `${label}: unexpected <${el.name}>`);
    for (const [name, value] of Object.entries(el.attribs)) {
      assert.ok(ALLOWED_ATTRS.has(name), `${label}: unexpected attribute ${name} on <${el.name}>`);
      if (name === 'href' || name === 'src') assert.match(value, /^https?:\/\//, `${label}: ${name}=${value}`);
    }
    if (el.name === 'a') assert.equal(el.attribs.rel, 'noopener noreferrer nofollow');
    if (el.name === 'img') assert.equal(el.attribs.loading, 'lazy');
  }
}

test('renders every part of the article', () => {
  const html = toHtml(fullArticle());
  assertInert(html, 'full');
  const doc = parseDocument(html);
  const text = (sel: (e: Element) => boolean) => DomUtils.findAll(sel, doc.children).map((e) => DomUtils.textContent(e));
  assert.deepEqual(text((e) => e.name === 'h1'), ['Nordkorea schickt weitere Soldaten']);
  assert.deepEqual(text((e) => e.attribs.class === 'punkt-kicker'), ['Krieg in der Ukraine']);
  assert.deepEqual(text((e) => e.attribs.class === 'punkt-lead'), ['Pjöngjang verstärkt seine Truppen an der Front.']);
  assert.deepEqual(text((e) => e.name === 'h2'), ['Auf den Punkt gebracht', 'Was ist passiert?']);
  assert.deepEqual(text((e) => e.name === 'th'), ['Land', 'Truppen']);
  assert.deepEqual(text((e) => e.name === 'td'), ['A|B', '10 000']);
  assert.match(html, /<article class="punkt-article" lang="de-CH">/);
  assert.match(html, /<img src="https:\/\/www\.example\.ch\/img\/hero\.jpg" alt="Soldaten" loading="lazy"/, 'relative src resolved against the URL');
  assert.match(html, /<figcaption>Soldaten bei einer Parade\. <small>via REUTERS<\/small><\/figcaption>/);
  assert.match(html, /<blockquote>\n<p>Wir sind bereit\.<\/p>\n<footer>— <cite>Ein Sprecher<\/cite><\/footer>/);
  assert.match(html, /<ol>\n<li>first<\/li>/);
  assert.match(html, /<a href="https:\/\/twitter\.com\/x\/status\/1" rel="noopener noreferrer nofollow">/);
  assert.match(html, /Anna Muster, Beat Beispiel · 20 Minuten · 2024-10-24 14:05/);
  assert.ok(html.indexOf('punkt-summary') < html.indexOf('Erster Absatz'), 'summary box before the body');
});

test('XSS payloads in every field stay text; bad URLs are dropped', () => {
  for (const payload of PAYLOADS) {
    for (const badUrl of BAD_URLS) {
      const html = toHtml(evilArticle(payload, badUrl));
      assertInert(html, `${payload} / ${badUrl}`);
      assert.ok(!html.includes('<script'), 'no script element');
      // The payload survives as text, escaped once (not lost, not double-escaped).
      const h1 = DomUtils.findOne((e) => e.name === 'h1', parseDocument(html).children);
      assert.equal(h1 && DomUtils.textContent(h1), payload);
    }
  }
});
