/**
 * Hostile pages never become executable markup in the reader. Three ways in: an article model with
 * a payload in every field (tests the renderer whatever the extractor keeps), hostile search snippets
 * from a misbehaving store, and hostile pages ingested through the API end to end (extractor + store
 * + renderer). The browser half (no dialog fires) is in test/e2e/reader.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { safeUrl, snippetHtml } from '../../src/server/views/safe.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { MemoryStore } from './memory-store.js';
import { findExecutableVectors } from './vectors.js';
import { BAD_URLS, HOSTILE_HTML, HOSTILE_TEXT, PAYLOADS, hostileArticle, hostileLinks } from './xss-corpus.js';
import { json, makeApp, postForm, postJson } from './helpers.js';

async function pageOf(app: ReturnType<typeof makeApp>['app'], path: string, init?: RequestInit): Promise<string> {
  const res = await app.request(path, init);
  assert.match(res.headers.get('content-type') ?? '', /text\/html/, path);
  return res.text();
}

function assertClean(html: string, where: string): void {
  assert.deepEqual(findExecutableVectors(html), [], `${where} contains executable vectors`);
}

describe('the vector detector', () => {
  it('finds the vectors in the raw hostile page (so a clean verdict means something)', () => {
    const found = findExecutableVectors(HOSTILE_HTML);
    for (const kind of ['<script> element', 'event handler', 'unsafe URL', '<svg> element', '<style> element', '<iframe> element', 'inline style']) {
      assert.ok(found.some((f) => f.includes(kind)), `detector misses ${kind}: ${found.join(' | ')}`);
    }
    for (const p of PAYLOADS.filter((x) => x.startsWith('<') && !x.startsWith('</'))) {
      assert.notDeepEqual(findExecutableVectors(`<p>${p}</p>`), [], `detector misses ${p}`);
    }
  });
});

describe('the reader renders hostile article fields inertly', () => {
  const store = new MemoryStore();
  const planted = store.plant({ ...hostileArticle(), alsoPublishedBy: hostileLinks() });
  const { app } = makeApp(store);

  it('article page', async () => {
    const html = await pageOf(app, `/articles/${planted.id}`);
    assertClean(html, 'article page');
    // The payloads are shown as text, not dropped: nothing the page said is lost silently.
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;\/title&gt;&lt;script&gt;/);
    assert.ok(!html.includes('javascript:alert(30)"'), 'the bad original URL is not linked');
  });

  it('latest list, search page echoing the query, and the add form echoing pasted text', async () => {
    assertClean(await pageOf(app, '/'), 'latest');
    for (const p of PAYLOADS) {
      assertClean(await pageOf(app, `/search?q=${encodeURIComponent(p)}&site=${encodeURIComponent(p)}&from=${encodeURIComponent(p)}`), `search for ${p}`);
      // A refused URL sends the form back with the pasted text kept in the textarea.
      const form = await pageOf(app, '/add', postForm({ mode: 'text', text: p, url: `javascript:${p}` }));
      assert.match(form, /role="alert"/);
      assertClean(form, `add form with ${p}`);
    }
    assertClean(await pageOf(app, '/add', postForm({ mode: 'html', url: PAYLOADS[6]! })), 'add form');
    assertClean(await pageOf(app, `/articles/${encodeURIComponent('"><script>alert(1)</script>')}`), '404 page');
  });
});

describe('search snippets are rebuilt, not trusted', () => {
  it('keeps balanced <mark> and escapes everything else', () => {
    assert.equal(String(snippetHtml('a &amp; <mark>Rakete</mark>n &lt;b&gt;')), 'a &amp; <mark>Rakete</mark>n &lt;b&gt;');
    assert.equal(String(snippetHtml('<script>alert(1)</script><mark>x')), '&lt;script&gt;alert(1)&lt;/script&gt;<mark>x</mark>');
    assert.equal(String(snippetHtml('</mark>a<mark onclick=alert(1)>b<MARK>c</mark></mark>')), 'a&lt;mark onclick=alert(1)&gt;b<mark>c</mark>');
  });

  it('a store returning raw markup in snippets cannot inject it into the page', async () => {
    const store = new MemoryStore();
    store.search = () => ({
      total: PAYLOADS.length,
      hits: PAYLOADS.map((p, i) => ({ id: `h${i}`, title: p, site: p, url: BAD_URLS[i % BAD_URLS.length]!, published: p, language: p, snippet: `vor ${p} <mark>Treffer</mark> nach`, score: 1 })),
    });
    const { app } = makeApp(store);
    const html = await pageOf(app, '/search?q=Treffer');
    assertClean(html, 'search page with hostile snippets');
    assert.equal(html.match(/<mark>Treffer<\/mark>/g)?.length, PAYLOADS.length);
  });
});

describe('safeUrl', () => {
  it('passes http(s) only', () => {
    for (const bad of BAD_URLS.filter((u) => !u.startsWith('//'))) assert.equal(safeUrl(bad), null, bad);
    assert.equal(safeUrl('/relative'), null);
    assert.equal(safeUrl('https://example.ch/a?b=1'), 'https://example.ch/a?b=1');
    assert.equal(safeUrl('//cdn.example.ch/x.jpg'), 'https://cdn.example.ch/x.jpg');
    assert.equal(safeUrl('//evil.example/x" onerror="alert(38)'), 'https://evil.example/x%22%20onerror=%22alert(38)');
  });
});

describe('hostile pages ingested through the API (extractor + store + renderer)', () => {
  for (const [label, body] of [
    ['HTML page', { html: HOSTILE_HTML, url: 'https://hostile.example/news/angriff-auf-den-reader' }],
    ['text dump', { text: HOSTILE_TEXT, url: 'https://hostile.example/news/text-dump' }],
  ] as const) {
    it(`${label}: stored, and every reader page stays inert`, async () => {
      const { app } = makeApp(openSqliteStore(':memory:'));
      const res = await app.request('/api/articles', postJson(body));
      const stored = await json(res);
      assert.equal(res.status, 201, `ingest failed: ${JSON.stringify(stored).slice(0, 300)}`);
      assertClean(await pageOf(app, `/articles/${stored.id}`), `${label} article page`);
      assertClean(await pageOf(app, '/'), `${label} latest`);
      for (const q of ['Brücke', 'Absatz', 'alert', 'script', 'onerror', 'javascript']) {
        assertClean(await pageOf(app, `/search?q=${encodeURIComponent(q)}`), `${label} search ${q}`);
      }
    });
  }
});
