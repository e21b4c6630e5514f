/** Parsing: the fast tokenizer and the tree builder give the stock htmlparser2/domhandler tree (minus doctype nodes). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, Tokenizer } from 'htmlparser2';
import type { ChildNode, Document } from 'domhandler';
import { FAST_TOKENIZER } from '../../src/html/tokenizer.js';
import { elements, parseHtml, removeNode, statsFromParse, type PunktElement } from '../../src/html/dom.js';
import { Stats } from '../../src/html/stats.js';
import { FIXTURES_DIR } from '../extract/fixtures-lib.js';

/** The tree as plain data: type, name, attributes, text, children. */
function shape(doc: Document): unknown {
  const walk = (n: ChildNode): unknown => {
    const o: Record<string, unknown> = { type: n.type };
    if ('name' in n) o.name = n.name;
    if ('attribs' in n) o.attribs = n.attribs;
    if ('data' in n) o.data = n.data;
    if ('children' in n) o.children = n.children.map(walk);
    return o;
  };
  return doc.children.map(walk);
}

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };
const stock = (html: string): unknown => shape(parseDocument(html, { ...OPTIONS, Tokenizer }));
const fast = (html: string): unknown => shape(parseDocument(html, { ...OPTIONS, Tokenizer: FAST_TOKENIZER }));

const TRICKY = [
  '',
  'plain text only',
  'text & more &amp; &lt;tag&gt; &notanentity; &amp',
  '<p>Fish &amp chips &copy 2024 &#x41;&#66;&#x;&#; &euro;</p>',
  '<a href="/x?a=1&b=2&amp;c=3&copy=4" title=\'it&#39;s\' data-x=a&amp;b>link</a>',
  '<div class="a" id=b data-q="x > y" data-e="">x</div>',
  'a < b && c > d <3 <-- <!-- comment -- with -> dashes --> after',
  '<!---->x<!--->y<!-- a --!>z<![CDATA[ cdata ]]><?php echo 1 ?><!DOCTYPE html>',
  '<script>if (a < b && c<d) { s = "</scr" + "ipt>"; }</script><style>a>b{c:d}</style>',
  '<script type="application/ld+json">{"a":"&amp;<b>"}</script>',
  '<title>A &amp; B &lt; C</title><textarea>x &gt; y</textarea>',
  '<p>unterminated attribute <a href="x',
  '<p>entity at the end &am',
  '<p>text at the end',
  '<img src=x alt="a &quot; b"><br/><input value=\'&\'>',
  '<svg><foreignObject><p>x &amp; y</p></foreignObject><path d="M0 0"/></svg>',
  '<xmp>&amp; <b></xmp><noembed>&lt;</noembed><iframe>&amp;</iframe>',
  '<p title="line\nbreak\ttab">α &alpha; 😀 &#128512; \u00a0&nbsp;</p>',
  '&&&&<<<<>>>>""\'\'',
  '<div class=a CLASS="b" id=x class=c Id=y data-a data-a="2" __proto__="p" constructor=k 1=one 1=two>d</div>',
  '<P CLASS="x"/><IMG/SRC=a ALT=b><a\thref\n=\f"x"\r title = y >q</A ><br/ ></p\n>',
  '<div data-x=1/><span a=b=c d==e>t</span><taég xé=1>u</taég></div>',
  // Known names (shared constants, see src/html/names.ts) in and out of SVG/MathML, in any case.
  '<svg viewBox="0 0 1 1"><title>t</title><a href="x"><text>y</text></a><image href="i"/><foreignObject><div class="c">z</div><image src=q></foreignObject></svg><image src=r><math><mi>x</mi><style>s</style></math><p>after',
  '<DIV Class="A" ID=b><Span STYLE="x" data-src=1 Data-Src=2>y</Span></DIV><Image src=s><sVg><Path D="M0"/></sVg><clippath>c</clippath>',
  '<div class="“curly”" id="x">two-byte page — <span title="é">é</span></div>',
];

test('the fast tokenizer builds exactly the stock tree on tricky markup', () => {
  for (const html of TRICKY) assert.deepEqual(fast(html), stock(html), html);
});

test('the fast tokenizer builds exactly the stock tree on every fixture page', () => {
  const dirs = readdirSync(FIXTURES_DIR);
  assert.ok(dirs.length > 5);
  for (const d of dirs) {
    const html = readFileSync(join(FIXTURES_DIR, d, 'source.html'), 'latin1');
    assert.deepEqual(fast(html), stock(html), d);
  }
});

test('the fast tokenizer is in use (htmlparser2 internals still match)', () => {
  assert.notEqual(FAST_TOKENIZER, Tokenizer);
});

/** The tree without ProcessingInstruction (`directive`) nodes, which parseHtml does not build. */
const withoutPis = (d: Document): unknown => JSON.stringify(shape(d), (k, v: unknown) => (Array.isArray(v) ? v.filter((x: { type?: string }) => x?.type !== 'directive') : v));

test('parseHtml (fast tokenizer, tree builder) builds the stock tree on tricky markup and every fixture page', () => {
  // Read as latin1 (one-byte strings) and as UTF-8 (mostly two-byte strings, as most real pages are).
  const pages = [...TRICKY, ...readdirSync(FIXTURES_DIR).flatMap((d) => (['latin1', 'utf8'] as const).map((enc) => readFileSync(join(FIXTURES_DIR, d, 'source.html'), enc)))];
  for (const html of pages) assert.equal(withoutPis(parseHtml(html)), withoutPis(parseDocument(html, { ...OPTIONS, Tokenizer })), html.slice(0, 200));
});

test('parseHtml builds no ProcessingInstruction nodes and otherwise the stock tree', () => {
  const html = '<!DOCTYPE html>\n<html><head><?xml-stylesheet href="a"?><title>T</title></head><body>a<?php x ?>b<p>c</p></body></html>';
  const doc = parseHtml(html);
  const types: string[] = [];
  const stack: ChildNode[] = [...doc.children];
  while (stack.length) { const n = stack.pop()!; types.push(n.type); if ('children' in n) stack.push(...n.children); }
  assert.ok(!types.includes('directive'), types.join());
  assert.equal(withoutPis(doc), withoutPis(parseDocument(html, OPTIONS)));
});

test('parseHtml computes every element\'s Stats while parsing, the same as a walk over the finished tree', () => {
  const pages = [...TRICKY, '<div><p>a, b<svg><p>x</p></svg><script>s</script></p><a>l</a><title>t</title></div><template><p>q</p></template>',
    ...readdirSync(FIXTURES_DIR).map((d) => readFileSync(join(FIXTURES_DIR, d, 'source.html'), 'utf8'))];
  for (const html of pages) {
    const doc = parseHtml(html);
    assert.ok(statsFromParse(doc));
    const els = elements(doc) as PunktElement[];
    const during = JSON.stringify(els.map((e) => e.punktStats ?? null));
    for (const e of els) e.punktStats = undefined;
    new Stats(doc);
    assert.equal(during, JSON.stringify(els.map((e) => e.punktStats ?? null)), html.slice(0, 200));
  }
  const doc = parseHtml('<div><p>a</p><p>b</p></div>');
  assert.ok(statsFromParse(doc));
  removeNode(elements(doc)[1]!);
  assert.ok(!statsFromParse(doc), 'a changed tree needs a new walk');
  const first = parseHtml('<p>x</p>');
  parseHtml('<p>y</p>');
  assert.ok(!statsFromParse(first), 'only the last tree parseHtml built');
});
