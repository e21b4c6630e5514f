import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml, elements, textOf, Element } from '../../src/html/dom.js';
import { textLongerThan, trimmedLength } from '../../src/extract/text-size.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

test('textLongerThan agrees with textOf on every element of every fixture page', () => {
  let checked = 0;
  for (const dir of readdirSync(FIXTURES)) {
    const doc = parseHtml(readFileSync(join(FIXTURES, dir, 'source.html'), 'utf8'));
    for (const el of elements(doc)) {
      const len = textOf(el).length;
      for (const n of [0, 3, 40, 93, 400, 2499]) assert.equal(textLongerThan(el, n), len > n, `${dir} <${el.name}> n=${n}`);
      checked++;
    }
  }
  assert.ok(checked > 1000);
});

test('textLongerThan: skipped subtrees, collapsed whitespace and soft hyphens do not count', () => {
  const doc = parseHtml('<div id="a"> a\u00ad\u00adb \n\n c <script>xxxxxxxxxx</script><span>\u200b\u2003</span></div>');
  const div = elements(doc).find((e) => e.attribs.id === 'a') as Element;
  assert.equal(textOf(div), 'ab c');
  assert.equal(textLongerThan(div, 3), true);
  assert.equal(textLongerThan(div, 4), false);
});

test('trimmedLength is the length of trim()', () => {
  for (const s of ['', '  ', ' a ', '\u00a0x\u3000', '\ufeffab\u2028', 'a\u200bb', '\u180ex']) assert.equal(trimmedLength(s), s.trim().length, JSON.stringify(s));
});
