/** Per-element text statistics count text as `collapse` leaves it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { collapse, elements, parseHtml, Text, type Element } from '../../src/html/dom.js';
import { STATS_SKIP, Stats } from '../../src/html/stats.js';
import { FIXTURES_DIR } from '../extract/fixtures-lib.js';

/**
 * What a text node adds to its element's length: its collapsed text, where leading whitespace counts
 * nothing and trailing whitespace one space (the separator to whatever follows the node). Soft
 * hyphens count one each (see `measureText`).
 */
const expectedLength = (data: string): number => collapse(data + 'x').length - 1 + (data.match(/\u00ad/g)?.length ?? 0);

/** Elements whose only child is a text node, with that text. */
function leaves(html: string): Array<[Element, string]> {
  const out: Array<[Element, string]> = [];
  for (const el of elements(parseHtml(html))) {
    const only = el.children[0];
    if (el.children.length === 1 && only instanceof Text && !STATS_SKIP.has(el.name)) out.push([el, only.data]);
  }
  return out;
}

test('an element\'s text length is the length of its collapsed text, on tricky strings', () => {
  const tricky = [
    'a\u2009\u2009b', '10\u202f000 Franken', 'x\u3000\u3000y', 'a\u1680b\u2028c\u2029d\u205fe\u000bf', ' \u2003lead and trail\u2003 ',
    'Auf\u200clage', 'Donaudampfschifffahrts\u200bgesellschaft', 'a \u200b b', '\ufeffab\ufeff', 'Wort\u2060verbinder', '\u200b\u2060',
    'Mes\u00adsen\u00adger', 'Die 👨\u200d👩\u200d👧 im Urlaub', '🏃\u200d♀\ufe0f läuft', 'Text\u200d und 👩\u200d Text', 'a,\u3001b\uff0cc\u060c',
  ];
  const html = tricky.map((s) => `<p>${s}</p>`).join('');
  const got = leaves(html);
  assert.equal(got.length, tricky.length);
  for (const [el, data] of got) {
    const stats = new Stats(el).get(el);
    assert.equal(stats.text, expectedLength(data), JSON.stringify(data));
  }
  const [[p]] = leaves('<p>a,\u3001b\uff0cc\u060c</p>') as [[Element, string]];
  assert.equal(new Stats(p).get(p).commas, 4);
});

test('an element\'s text length is the length of its collapsed text, on every leaf of every fixture page', () => {
  let checked = 0;
  for (const dir of readdirSync(FIXTURES_DIR)) {
    for (const [el, data] of leaves(readFileSync(join(FIXTURES_DIR, dir, 'source.html'), 'utf8'))) {
      assert.equal(new Stats(el).get(el).text, expectedLength(data), `${dir} <${el.name}> ${JSON.stringify(data.slice(0, 80))}`);
      checked++;
    }
  }
  assert.ok(checked > 500, String(checked));
});
