import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { limitNesting, MAX_DEPTH } from '../../src/input/nesting.js';
import { shrinkInput } from '../../src/input/shrink.js';

function depthOf(html: string): number {
  let max = 0;
  const stack: Array<[ChildNode, number]> = parseDocument(html).children.map((c) => [c, 1]);
  while (stack.length) {
    const [node, d] = stack.pop() as [ChildNode, number];
    max = Math.max(max, d);
    if ('children' in node) for (const c of node.children) stack.push([c, d + 1]);
  }
  return max;
}

test('limitNesting leaves real pages untouched (same string)', () => {
  const page = '<html><body>' + '<div><ul><li>a<li>b</ul><p>x<p>y<br><img src=x></div>'.repeat(2000) + '<script>if (a<b && c<d) {}</script></body></html>';
  const r = limitNesting(page);
  assert.equal(r.dropped, 0);
  assert.equal(r.html, page);
});

test('limitNesting caps the depth and keeps the text', () => {
  const html = `<body>${'<div class="x">'.repeat(5000)}<p>Kern</p>${'</div>'.repeat(5000)}<p>Danach</p></body>`;
  const r = limitNesting(html);
  assert.ok(r.dropped > 8900, String(r.dropped));
  assert.ok(depthOf(r.html) <= MAX_DEPTH + 2);
  assert.ok(r.html.includes('>Kern<'), 'text beyond the cap is kept');
  assert.ok(r.html.endsWith('</div><p>Danach</p></body>'), 'end tags of kept elements survive');
  // Unclosed tags, raw text with '<' inside, self-closing syntax.
  const messy = `${'<span>'.repeat(3000)}<script>for(i=0;i<9;i++){}</script><br/>Text`;
  const m = limitNesting(messy, 100);
  assert.ok(m.html.endsWith('<br/>Text'));
  assert.ok(depthOf(m.html) <= 102);
});

test('shrinkInput: empties scripts/styles/data URIs first, truncates only if needed', () => {
  const jsonLd = '<script type="application/ld+json">{"headline":"H"}</script>';
  const html = `<html><head>${jsonLd}<script>${'x'.repeat(5000)}</script><style>${'y'.repeat(5000)}</style></head>`
    + `<body><img src="data:image/png;base64,${'A'.repeat(5000)}"><p>Text</p></body></html>`;
  const r = shrinkInput(html, true, 2000);
  assert.deepEqual(r.messages.map((m) => m.code), ['input-stripped']);
  assert.ok(r.text.includes(jsonLd), 'small JSON-LD kept');
  assert.ok(r.text.includes('<script></script><style></style>'));
  assert.ok(r.text.includes('<img src="data:,"><p>Text</p>'));
  const cut = shrinkInput('z'.repeat(3000), false, 2000);
  assert.deepEqual(cut.messages.map((m) => m.code), ['input-truncated']);
  assert.equal(cut.text.length, 2000);
  const small = shrinkInput(html, true);
  assert.equal(small.text, html);
  assert.deepEqual(small.messages, []);
});
