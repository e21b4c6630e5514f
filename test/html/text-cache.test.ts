/** textOf keeps an element's text on the element: removals and insertions below it must refresh it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elements, insertBefore, parseHtml, removeNode, textOf } from '../../src/html/dom.js';

const byId = (root: ReturnType<typeof parseHtml>, id: string) => elements(root).find((e) => e.attribs.id === id)!;

test('textOf is current after a node below the element is removed or inserted', () => {
  const doc = parseHtml('<div id="a"><section id="b"><p id="c">one <b id="d">two</b></p><p id="e">three</p></section><span id="f">four</span></div>');
  const a = byId(doc, 'a');
  assert.equal(textOf(a), 'one two three four');
  assert.equal(textOf(a, true), 'one two\nthree\nfour');
  removeNode(byId(doc, 'd'));
  assert.equal(textOf(a), 'one three four');
  assert.equal(textOf(a, true), 'one\nthree\nfour');
  assert.equal(textOf(byId(doc, 'c')), 'one');
  const e = byId(doc, 'e');
  removeNode(e);
  assert.equal(textOf(a), 'one four');
  assert.equal(textOf(e), 'three', 'a removed element keeps its own text');
  insertBefore(e, byId(doc, 'f'));
  assert.equal(textOf(a), 'one three four');
  assert.equal(textOf(byId(doc, 'b')), 'one');
});
