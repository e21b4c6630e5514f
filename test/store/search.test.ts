import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateRangeTokens, facetTokens, languageTokens, siteToken } from '../../src/search/facets.js';
import { parseQuery, snippetToHtml, toMatchExpression } from '../../src/search/query.js';
import { makeSnippet } from '../../src/search/snippet.js';

describe('search helpers', () => {
  it('covers a date range with years, months and edge days', () => {
    assert.deepEqual(dateRangeTokens('2024-01-30', '2024-03-02'), ['zd20240130', 'zd20240131', 'zm202402', 'zd20240301', 'zd20240302']);
    assert.deepEqual(dateRangeTokens('2023-12-31', '2025-01-01'), ['zd20231231', 'zy2024', 'zd20250101']);
    assert.deepEqual(dateRangeTokens('2024-02-29', '2024-02-29'), ['zd20240229']);
    assert.deepEqual(dateRangeTokens('2024-03-01', '2024-02-01'), []);
    assert.deepEqual(dateRangeTokens('garbage', '2024-02-01'), []);
    assert.ok(dateRangeTokens('2001-01-02', '2030-12-30').length <= 82 + 28);
  });
  it('makes facet tokens of letters and digits only', () => {
    const f = facetTokens({ site: 'a-b.ch', language: 'de-CH', published: '2025-03-01T10:00:00+01:00' });
    assert.match(f, /^[a-z0-9 ]+$/);
    assert.deepEqual(f.split(' ').slice(1), ['zlde', 'zldech', 'zd20250301', 'zm202503', 'zy2025']);
    assert.notEqual(siteToken('a-b.ch'), siteToken('ab.ch'));
    assert.deepEqual(languageTokens('EN'), ['zlen']);
  });
  it('expands words to stemmed prefixes, dropping covered alternatives', () => {
    assert.equal(toMatchExpression('Rakete', 'de'), '"raket"*');
    assert.equal(toMatchExpression('Häuser', 'de'), '"haus"*');
    assert.equal(toMatchExpression('bus'), '"bus"');
    assert.equal(toMatchExpression('"gegen den Krieg" Rakete', 'de'), '"gegen den krieg" AND "raket"*');
    assert.equal(toMatchExpression('  ,;  '), null);
  });
  it('escapes snippets before marking, with balanced marks', () => {
    assert.equal(snippetToHtml('a <b> \uE000x\uE001 & "y"'), 'a &lt;b&gt; <mark>x</mark> &amp; &quot;y&quot;');
    assert.equal(snippetToHtml('\uE000open'), '<mark>open</mark>');
    assert.equal(snippetToHtml('close\uE001 \uE000\uE000a\uE001'), 'close <mark>a</mark>');
  });
  it('makes snippets around the best window, escaped, marking stems and prefixes like the index', () => {
    const text = 'Anfang. ' + 'Füllwort '.repeat(40) + 'Der <b>Raketenangriff</b> auf Zürich & "mehr". ' + 'Ende '.repeat(40);
    const s = makeSnippet(text, parseQuery('Rakete zurich', 'de'), 10);
    assert.match(s, /^…/);
    assert.match(s, /…$/);
    assert.match(s, /&lt;b&gt;<mark>Raketenangriff<\/mark>&lt;\/b&gt; auf <mark>Zürich<\/mark> &amp; &quot;mehr&quot;/);
    assert.doesNotMatch(s, /Anfang/);
    assert.equal(makeSnippet('Kurz: \uE000Rakete\uE001!', parseQuery('x')), 'Kurz: Rakete!');
    assert.equal(makeSnippet('', parseQuery('x')), '');
  });
});
