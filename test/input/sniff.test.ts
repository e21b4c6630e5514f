import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeHtml, looksLikeJson } from '../../src/input/sniff.js';

test('HTML documents', () => {
  assert.equal(looksLikeHtml('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>'), true);
  assert.equal(looksLikeHtml('\uFEFF  <!-- saved from url=(0042) -->\n<!doctype html>\n<p>x'), true);
  assert.equal(looksLikeHtml('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'), true);
  assert.equal(looksLikeHtml('<html lang="de">\n<body><div>x</div></body></html>'), true);
  assert.equal(looksLikeHtml('<head><meta charset="utf-8"></head>just text'), true);
});

test('HTML fragments without <html>/<body>', () => {
  assert.equal(looksLikeHtml('<article><h1>Titel</h1><p>Eins.</p><p>Zwei.</p></article>'), true);
  assert.equal(looksLikeHtml('\n  <div class="story">\n<h2>Sub</h2>\n<p>Text</p>\n</div>'), true);
});

test('text dumps with stray tags are text', () => {
  const dump = [
    'Nordkorea schickt Soldaten',
    '',
    'Die Truppen sollen <strong>bis Ende Jahr</strong> an der Front stehen, berichtet die <a href="https://x">Agentur</a>.',
    '',
    'Akt. 24.10.2024, 14:05',
    '',
    ...Array.from({ length: 30 }, (_, i) => `Absatz ${i}: Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut labore.`),
    'Mehr dazu im <em>Liveticker</em>. <br> Ende.',
  ].join('\n');
  assert.equal(looksLikeHtml(dump), false);
  assert.equal(looksLikeHtml('Title\n\nA paragraph with a <p> in it and x < y > z.'), false);
  assert.equal(looksLikeHtml('plain text, no tags at all'), false);
  assert.equal(looksLikeHtml(''), false);
});

test('a dump that is mostly markup is HTML even without a root element', () => {
  const s = 'Kopf\n' + '<div class="teaser"><span>a</span><p>b</p></div>\n'.repeat(20);
  assert.equal(looksLikeHtml(s), true);
});

test('looksLikeJson', () => {
  assert.equal(looksLikeJson('{"title": "x", "items": [1, 2]}'), true);
  assert.equal(looksLikeJson('  [1, 2, 3]\n'), true);
  assert.equal(looksLikeJson('[Anzeige] Text dump that starts with a bracket]'), false);
  assert.equal(looksLikeJson('<html></html>'), false);
});
