/** textOf: words of elements a browser shows apart stay apart; inline elements join as rendered. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml, textOf } from '../../src/html/dom.js';

const text = (html: string, lines = false): string => textOf(parseHtml(html), lines);

test('block elements, rules and table cells separate the words on either side', () => {
  assert.equal(text('<div><aside>Related</aside><main>Story</main><nav>Home</nav></div>'), 'Related Story Home');
  assert.equal(text('<p>one<hr>two</p>'), 'one two');
  assert.equal(text('<address>Hauptstrasse 1</address><address>8000 Zürich</address>'), 'Hauptstrasse 1 8000 Zürich');
  assert.equal(text('<details><summary>More</summary>Hidden text</details>'), 'More Hidden text');
  assert.equal(text('<form><fieldset><legend>Name</legend>First</fieldset><fieldset>Last</fieldset></form>'), 'Name First Last');
  assert.equal(text('<table><caption>Prices</caption><tr><td>Tea</td><td>3</td></tr></table>'), 'Prices Tea 3');
  assert.equal(text('<hgroup><h1>Title</h1><p>Sub</p></hgroup><menu><li>A</li></menu><dl><dt>Term</dt><dd>Def</dd></dl>'), 'Title Sub A Term Def');
  assert.equal(text('<head><title>Page</title></head><body>Body</body>'), 'Page Body');
  assert.equal(text('<div><aside>Related</aside><main>Story</main></div>', true), 'Related\nStory');
});

test('inline elements join as a browser renders them', () => {
  assert.equal(text('<p><span>a</span><span>b</span></p>'), 'ab');
  assert.equal(text('<p><b>S</b>tory and CO<sub>2</sub></p>'), 'Story and CO2');
  assert.equal(text('<p><a href="/x">Wort</a><em>teil</em> x<wbr>y</p>'), 'Wortteil xy');
});
