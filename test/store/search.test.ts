import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateRangeTokens, facetTokens, filterExpression, languageTokens, mayMatchFacet, siteToken } from '../../src/search/facets.js';
import { expandPrefixes, matchExpression, parseQuery, snippetToHtml, toMatchExpression } from '../../src/search/query.js';
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
    const tokens = f.split(' ');
    assert.deepEqual(tokens.slice(1, 6), ['zlde', 'zldech', 'zd20250301', 'zm202503', 'zy2025']);
    // site × date and language × date pairs
    assert.ok(tokens.some((t) => /^zt[a-z0-9]{7}m202503$/.test(t)));
    assert.deepEqual(tokens.filter((t) => t.startsWith('zk')), ['zkded20250301', 'zkdem202503', 'zkdey2025', 'zkdechd20250301', 'zkdechm202503', 'zkdechy2025']);
    assert.deepEqual(facetTokens({ site: null, language: null, published: null }), '');
    assert.notEqual(siteToken('a-b.ch'), siteToken('ab.ch'));
    assert.deepEqual(languageTokens('EN'), ['zlen']);
  });
  it('builds filter expressions: a date range pairs with the site, else with the language', () => {
    const dates = ['m202406', 'd20240701'];
    assert.equal(filterExpression({ language: 'de', dates }), 'facets : ("zkdem202406" OR "zkded20240701")');
    assert.equal(filterExpression({ language: 'de-CH' }), 'facets : "zldech"');
    assert.equal(filterExpression({ dates: ['y2024'] }), 'facets : "zy2024"');
    const site = filterExpression({ site: 'a-b.ch', language: 'fr', dates })!;
    assert.match(site, /^facets : \("zt[a-z0-9]{7}m202406" OR "zt[a-z0-9]{7}d20240701"\) AND facets : "zlfr"$/);
    assert.equal(filterExpression({ site: 'a-b.ch' }), `facets : "${siteToken('a-b.ch')}"`);
    assert.equal(filterExpression({ language: 'de', dates: [] }), null);
    assert.equal(filterExpression({}), '');
  });
  it('knows which query terms could collide with facet tokens', () => {
    for (const t of ['zlde', 'zs1x', 'zy2024', 'ztabc', 'zkdem2024', 'z']) assert.equal(mayMatchFacet(t), true, t);
    for (const t of ['zurich', 'zeit', 'zwei', 'rakete']) assert.equal(mayMatchFacet(t), false, t);
  });
  it('expands words to stemmed prefixes, dropping covered alternatives', () => {
    assert.equal(toMatchExpression('Rakete', 'de'), '"raket"*');
    assert.equal(toMatchExpression('Häuser', 'de'), '"haus"*');
    assert.equal(toMatchExpression('bus'), '"bus"');
    assert.equal(toMatchExpression('"gegen den Krieg" Rakete', 'de'), '"gegen den krieg" AND "raket"*');
    assert.equal(toMatchExpression('  ,;  '), null);
    // zero-width characters join a pasted word, as `collapse` joins it in stored text
    assert.equal(toMatchExpression('Ra\u200bke\u200cte', 'de'), '"raket"*');
  });
  it('replaces prefix terms by the indexed words they start, or keeps them when there are too many', () => {
    const vocab: Record<string, string[] | null> = { raket: ['raketen', 'raketenangriff', 'raketenstart'], haus: null, sich: ['sich', 'sicher', 'sicherheit'] };
    const lookups: string[] = [];
    const lookup = (p: string) => { lookups.push(p); return p in vocab ? vocab[p]! : []; };
    assert.equal(matchExpression(expandPrefixes(parseQuery('Rakete', 'de'), lookup)), '("raketen" OR "raketenangriff" OR "raketenstart")');
    assert.equal(matchExpression(expandPrefixes(parseQuery('Häuser', 'de'), lookup)), '"haus"*', 'too many words: the prefix stays');
    assert.equal(matchExpression(expandPrefixes(parseQuery('sicher', 'de'), lookup)), '("sicher" OR "sicherheit")', 'the function word "sich" reached by the stem is dropped');
    assert.equal(matchExpression(expandPrefixes(parseQuery('Rakete xyzabc', 'de'), lookup)), null, 'a word with no indexed form matches nothing');
    assert.equal(matchExpression(expandPrefixes(parseQuery('"gegen den Krieg"', 'de'), lookup)), '"gegen den krieg"');
    assert.deepEqual(lookups, ['raket', 'haus', 'sich', 'raket', 'xyzabc']);
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
