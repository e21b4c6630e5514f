/**
 * The app in-process (`app.request`): every route, the error shape, body limit, validation, headers.
 * Routes that read the archive run against both the in-memory store and the SQLite store.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CONTENT_SECURITY_POLICY, createApp } from '../../src/server/app.js';
import type { ArticleStore } from '../../src/store/types.js';
import { MemoryStore } from './memory-store.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { resultCount } from '../../src/server/views/pages.js';
import { ORIGIN, STORES, json, makeApp, postForm, postJson, save, seedArticle, testConfig } from './helpers.js';

function assertError(body: any, code: string): void { // eslint-disable-line @typescript-eslint/no-explicit-any
  assert.equal(typeof body?.error?.message, 'string', `error body: ${JSON.stringify(body)}`);
  assert.equal(body.error.code, code, `error body: ${JSON.stringify(body)}`);
}

for (const { name, open } of STORES) {
  describe(`reader and API over the ${name}`, () => {
    it('serves the empty archive with the strict CSP and no script', async () => {
      const { app } = makeApp(open());
      const res = await app.request('/');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      const page = await res.text();
      assert.match(page, /The archive is empty/);
      assert.doesNotMatch(page, /<script/i);
      assert.match(page, /<link rel="stylesheet" href="\/assets\/reader.css">/);
    });

    it('renders an article like the seed page', async () => {
      const { app, store } = makeApp(open());
      const a = save(store, seedArticle());
      const res = await app.request(`/articles/${a.id}`);
      assert.equal(res.status, 200);
      const page = await res.text();
      const at = (s: string) => { const i = page.indexOf(s); assert.ok(i >= 0, `missing ${s}`); return i; };
      // Order as on the source page: kicker, headline, lead, hero, key points, body.
      const order = [
        at('<p class="kicker">Unterstützung von Kim Jong-un</p>'),
        at('<h1>Nordkorea gibt Putin jetzt auch Soldaten gegen Ukraine</h1>'),
        at('<p class="lead">Diktator Kim Jong-un'),
        at('<img src="https://image.20min.ch/2024/10/10/kim-putin.jpeg"'),
        at('<h2 id="keypoints-heading">Auf den Punkt gebracht</h2>'),
        at('<h2>Konsultationen und Demonstrationen</h2>'),
      ];
      assert.deepEqual([...order].sort((x, y) => x - y), order);
      at('Freundschaft zwischen Russland und Nordkorea');
      at('<span class="credit"><span class="sr-only">Bild: </span>REUTERS</span>');
      assert.equal(page.match(/<li>Sechs nordkoreanische|<li>Nordkorea unterstützt|<li>Nordkoreanische Arbeiter/g)?.length, 3);
      at('<time datetime="2024-10-10T14:03:00.000+02:00">10. Okt. 2024, 14:03</time>');
      at('<time datetime="2024-10-10T16:45:00.000+02:00">');
      at('href="https://www.20min.ch/story/nordkorea-soldaten-103200000" rel="noopener noreferrer nofollow"');
      at('<blockquote><p>Es geht jetzt nicht mehr nur um Waffenlieferungen.</p><footer>— Selenski</footer></blockquote>');
      at('lang="de-CH"');
    });

    it('answers 404 pages as HTML and 404 API calls as JSON', async () => {
      const { app } = makeApp(open());
      const page = await app.request('/articles/does-not-exist');
      assert.equal(page.status, 404);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await page.text(), /There is no article at this address/);
      const other = await app.request('/no/such/page');
      assert.equal(other.status, 404);
      assert.match(await other.text(), /<h1 class="page-title">Not found<\/h1>/);
      const api = await app.request('/api/articles/does-not-exist');
      assert.equal(api.status, 404);
      assertError(await json(api), 'not_found');
      const route = await app.request('/api/nothing-here');
      assert.equal(route.status, 404);
      assert.match(route.headers.get('content-type') ?? '', /application\/json/);
      assertError(await json(route), 'not_found');
    });

    it('gets one article and lists with paging', async () => {
      const { app, store } = makeApp(open());
      const ids = [1, 2, 3].map((n) => save(store, seedArticle({ title: `Artikel ${n}`, url: `https://example.ch/a${n}`, published: `2024-10-0${n}T10:00:00+02:00` })).id);
      const one = await app.request(`/api/articles/${ids[0]}`);
      assert.equal(one.status, 200);
      const body = await json(one);
      assert.equal(body.id, ids[0]);
      assert.equal(body.title, 'Artikel 1');
      assert.ok(Array.isArray(body.alsoPublishedBy));

      const first = await json(await app.request('/api/articles?limit=2'));
      assert.equal(first.items.length, 2);
      assert.equal(first.total, 3);
      assert.equal(first.items[0].blocks, undefined, 'list entries are summaries');
      const rest = await json(await app.request('/api/articles?limit=2&offset=2'));
      assert.equal(rest.items.length, 1);
      const seen = new Set([...first.items, ...rest.items].map((i: { id: string }) => i.id));
      assert.deepEqual([...seen].sort(), [...ids].sort());

      const bad = await app.request('/api/articles?limit=0');
      assert.equal(bad.status, 400);
      assertError(await json(bad), 'invalid_request');
      const bad2 = await app.request('/api/articles?offset=-1');
      assert.equal(bad2.status, 400);
    });

    it('searches through the API and the search page, with highlights', async () => {
      const { app, store } = makeApp(open());
      const a = save(store, seedArticle());
      const res = await app.request('/api/search?q=Konsultationen');
      assert.equal(res.status, 200);
      const body = await json(res);
      assert.ok(body.total >= 1);
      assert.equal(body.hits[0].id, a.id);
      assert.match(body.hits[0].snippet, /<mark>/);

      const page = await (await app.request('/search?q=Konsultationen')).text();
      assert.match(page, new RegExp(`<a href="/articles/${a.id}">Nordkorea gibt Putin`));
      assert.match(page, /<mark>Konsultationen<\/mark>/i);

      const none = await (await app.request('/search?q=Zebrastreifen')).text();
      assert.match(none, /Nothing found for “Zebrastreifen”/);
      const empty = await app.request('/search');
      assert.equal(empty.status, 200);
    });

    it('validates search input', async () => {
      const { app } = makeApp(open());
      for (const q of ['', 'q=', 'q=%20%20', 'q=x&from=yesterday', 'q=x&limit=1000', `q=${'a'.repeat(501)}`]) {
        const res = await app.request(`/api/search?${q}`);
        assert.equal(res.status, 400, q);
        assertError(await json(res), 'invalid_request');
      }
      const page = await app.request('/search?q=x&from=yesterday');
      assert.equal(page.status, 400);
      assert.match(await page.text(), /role="alert">from: must be an ISO date/);
    });
  });
}

describe('POST /api/articles input checks (no extraction involved)', () => {
  const cases: Array<[string, RequestInit, number, string]> = [
    ['non-JSON content type', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN }, body: 'url=x' }, 415, 'unsupported_media_type'],
    ['malformed JSON', postJson('{"html": '), 400, 'invalid_json'],
    ['empty object', postJson({}), 400, 'invalid_request'],
    ['html and text together', postJson({ html: '<p>a</p>', text: 'a' }), 400, 'invalid_request'],
    ['empty html', postJson({ html: '' }), 400, 'invalid_request'],
    ['unknown field', postJson({ text: 'Hallo', foo: 1 }), 400, 'invalid_request'],
    ['javascript: URL', postJson({ url: 'javascript:alert(1)' }), 400, 'invalid_request'],
    ['file: URL', postJson({ url: 'file:///etc/passwd' }), 400, 'invalid_request'],
    ['array body', postJson([1, 2]), 400, 'invalid_request'],
  ];
  for (const [label, init, status, code] of cases) {
    it(`refuses ${label} with ${status} ${code}`, async () => {
      const { app, store } = makeApp();
      const res = await app.request('/api/articles', init);
      assert.equal(res.status, status);
      assertError(await json(res), code);
      assert.equal(store.count(), 0);
    });
  }

  it('refuses private addresses through the safe fetcher', async () => {
    const { app, store } = makeApp();
    for (const url of ['http://127.0.0.1:9/x', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/']) {
      const res = await app.request('/api/articles', postJson({ url }));
      assert.equal(res.status, 422, url);
      assertError(await json(res), 'url_refused');
    }
    assert.equal(store.count(), 0);
  });

  it('answers 413 JSON when the body exceeds the limit, with or without Content-Length', async () => {
    const { app } = makeApp(undefined, { bodyLimit: 2048 });
    const big = JSON.stringify({ text: 'x'.repeat(5000) });
    const withLength = await app.request('/api/articles', postJson(big, { 'content-length': String(big.length) }));
    assert.equal(withLength.status, 413);
    assertError(await json(withLength), 'payload_too_large');
    const streamed = await app.request('/api/articles', postJson(big));
    assert.equal(streamed.status, 413);
    assertError(await json(streamed), 'payload_too_large');
    const form = await app.request('/add', postForm({ mode: 'text', text: 'x'.repeat(5000) }));
    assert.equal(form.status, 413);
    assert.match(form.headers.get('content-type') ?? '', /text\/html/);
  });

  it('maps unexpected failures to 500 without leaking internals', async () => {
    const broken = new MemoryStore() as ArticleStore;
    broken.get = () => { throw new Error('disk on fire at /secret/path'); };
    const { app } = makeApp(broken);
    const orig = console.error;
    console.error = () => {};
    try {
      const res = await app.request('/api/articles/x');
      assert.equal(res.status, 500);
      const body = await json(res);
      assertError(body, 'internal');
      assert.doesNotMatch(JSON.stringify(body), /secret|fire/);
      const page = await app.request('/articles/x');
      assert.equal(page.status, 500);
      assert.doesNotMatch(await page.text(), /secret|fire/);
    } finally {
      console.error = orig;
    }
  });
});

describe('the add form', () => {
  it('shows three ways to add a page', async () => {
    const { app } = makeApp();
    const page = await (await app.request('/add')).text();
    assert.match(page, /<input id="url" type="url" name="url" required/);
    assert.match(page, /<input id="file" type="file" name="file" required/);
    assert.match(page, /<textarea id="text" name="text" required/);
    assert.equal(page.match(/enctype="multipart\/form-data"/g)?.length, 3);
  });

  it('re-shows the form with a message for incomplete input, keeping what was typed', async () => {
    const { app, store } = makeApp();
    const res = await app.request('/add', postForm({ mode: 'text', text: '   ', url: 'https://example.ch/a' }));
    assert.equal(res.status, 400);
    const page = await res.text();
    assert.match(page, /role="alert"/);
    assert.match(page, /Paste the text of the article/);
    assert.match(page, /value="https:\/\/example.ch\/a"/);
    const noFile = await app.request('/add', postForm({ mode: 'html' }));
    assert.equal(noFile.status, 400);
    assert.match(await noFile.text(), /Choose an HTML file/);
    const badUrl = await app.request('/add', postForm({ mode: 'url', url: 'javascript:alert(1)' }));
    assert.equal(badUrl.status, 400);
    const page3 = await badUrl.text();
    assert.match(page3, /must start with http/);
    assert.doesNotMatch(page3, /javascript:/, "a refused URL is not echoed back");
    assert.equal(store.count(), 0);
  });

  it('answers malformed form data with 400, not 500', async () => {
    const { app } = makeApp();
    const res = await app.request('/add', { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'multipart/form-data; boundary=xyz' }, body: 'garbage' });
    assert.equal(res.status, 400);
    assert.match(await res.text(), /form data could not be read/);
  });

  it('refuses cross-site form posts (CSRF)', async () => {
    const { app, store } = makeApp();
    const init = postForm({ mode: 'text', text: 'Ein Text' });
    (init.headers as Record<string, string>).origin = 'https://evil.example';
    const res = await app.request('/add', init);
    assert.equal(res.status, 403);
    assert.equal(store.count(), 0);
  });
});

describe('static assets', () => {
  it('serves our stylesheet and icon', async () => {
    const { app } = makeApp();
    const css = await app.request('/assets/reader.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    assert.match(await css.text(), /\.keypoints/);
    const icon = await app.request('/favicon.svg');
    assert.match(icon.headers.get('content-type') ?? '', /image\/svg\+xml/);
  });

  it('logs one line per request when asked to', async () => {
    const lines: string[] = [];
    const app = createApp({ store: new MemoryStore(), config: testConfig(), log: (l) => lines.push(l) });
    await app.request('/api/health');
    await app.request('/api/articles/nope');
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^GET \/api\/health 200 \d+ms$/);
    assert.match(lines[1]!, /^GET \/api\/articles\/nope 404 \d+ms$/);
  });

  it('answers health with the archive size', async () => {
    const { app, store } = makeApp();
    save(store, seedArticle());
    assert.deepEqual(await json(await app.request('/api/health')), { ok: true, articles: 1 });
  });
});

describe('article page details', () => {
  it('heads the key-points box by the article language', async () => {
    const { app, store } = makeApp();
    const cases: Array<[string | null, string]> = [['de-CH', 'Auf den Punkt gebracht'], ['en', 'Key points'], ['fr-CH', "L&#39;essentiel"], ['it', 'In breve'], [null, 'Key points']];
    for (const [language, heading] of cases) {
      const a = save(store, seedArticle({ language, url: `https://example.ch/${language}` }));
      const page = await (await app.request(`/articles/${a.id}`)).text();
      assert.match(page, new RegExp(`<h2 id="keypoints-heading">${heading}</h2>`), String(language));
    }
  });

  it("falls back to the page's own box when there are no key points, and shows none when neither exists", async () => {
    const { app, store } = makeApp();
    const boxed = save(store, seedArticle({ keyPoints: { items: [], method: 'none' }, summaryBox: { heading: 'Darum gehts', items: ['Eins', 'Zwei'] }, url: 'https://example.ch/box' }));
    const page = await (await app.request(`/articles/${boxed.id}`)).text();
    assert.match(page, /<h2 id="keypoints-heading">Darum gehts<\/h2>\s*<ul><li>Eins<\/li><li>Zwei<\/li><\/ul>/);
    const bare = save(store, seedArticle({ keyPoints: undefined, summaryBox: null, url: 'https://example.ch/bare' }));
    assert.doesNotMatch(await (await app.request(`/articles/${bare.id}`)).text(), /keypoints/);
  });

  it('lists "also published by" with links to the stored copies', async () => {
    const store = new MemoryStore();
    const other = store.plant({ ...seedArticle(), url: 'https://www.heute.at/s/nordkorea' });
    const a = store.plant({ ...seedArticle(), alsoPublishedBy: [{ id: other.id, site: 'heute.at', url: other.url, title: other.title, similarity: 0.97 }] });
    const { app } = makeApp(store);
    const page = await (await app.request(`/articles/${a.id}`)).text();
    assert.match(page, new RegExp(`Auch erschienen bei:</p><ul><li><a href="/articles/${other.id}">heute.at</a> — Nordkorea gibt Putin`));
  });

  it('drops a hero repeated as the first body figure and figures without a safe image or caption', async () => {
    const { app, store } = makeApp();
    const img = { src: 'https://img.example/a.jpg', alt: null, caption: 'Bildlegende', credit: 'KEYSTONE' };
    const a = save(store, seedArticle({ image: img, blocks: [{ type: 'figure', ...img }, { type: 'figure', src: 'javascript:alert(1)', alt: null, caption: null, credit: null }, { type: 'paragraph', text: 'Text.' }] }));
    const page = await (await app.request(`/articles/${a.id}`)).text();
    assert.equal(page.match(/<figure/g)?.length, 1);
  });
});

describe('paging in the reader', () => {
  it('pages the latest list and search results by 20', async () => {
    const { app, store } = makeApp();
    for (let i = 1; i <= 25; i++) save(store, seedArticle({ title: `Meldung ${i}`, url: `https://example.ch/m${i}` }));
    const first = await (await app.request('/')).text();
    assert.equal(first.match(/class="teaser"/g)?.length, 20);
    assert.match(first, /<a href="\/\?page=2" rel="next">Older →<\/a>/);
    const second = await (await app.request('/?page=2')).text();
    assert.equal(second.match(/class="teaser"/g)?.length, 5);
    assert.match(second, /<a href="\/" rel="prev">/);
    assert.equal((await app.request('/?page=abc')).status, 200);

    const s1 = await (await app.request('/search?q=Konsultationen')).text();
    assert.match(s1, /25 results/);
    assert.match(s1, /<a href="\/search\?q=Konsultationen&amp;page=2" rel="next">More results →<\/a>/);
    const s2 = await (await app.request('/search?q=Konsultationen&page=2')).text();
    assert.equal(s2.match(/class="teaser"/g)?.length, 5);
  });
});

describe('capped search totals', () => {
  it('says "N+" in the API and on the page when counting stopped at the cap, and still pages on', async () => {
    const { app, store } = makeApp(openSqliteStore(':memory:', { countCap: 21 }));
    for (let i = 1; i <= 30; i++) save(store, seedArticle({ title: `Meldung ${i}`, url: `https://example.ch/m${i}` }));
    const body = await json(await app.request('/api/search?q=Konsultationen'));
    assert.equal(body.total, 21);
    assert.equal(body.totalCapped, true);
    const page = await (await app.request('/search?q=Konsultationen')).text();
    assert.match(page, /21\+ results for/);
    assert.match(page, /rel="next">More results/);
    const exact = await json(await app.request('/api/search?q=Meldung%207'));
    assert.equal(exact.totalCapped, false);
    const few = await (await app.request('/search?q=Nordkorea&site=nowhere.example')).text();
    assert.match(few, /Nothing found/);
  });

  it('formats counts with thousands separators', () => {
    assert.equal(resultCount(5000, true), '5,000+ results');
    assert.equal(resultCount(1234, false), '1,234 results');
    assert.equal(resultCount(1, false), '1 result');
    assert.equal(resultCount(1, true), '1+ results');
  });
});

describe('DNS rebinding guard', () => {
  it('a loopback-bound reader answers only to loopback host names', async () => {
    const { app } = makeApp();
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'localhost']) {
      assert.equal((await app.request('/api/health', { headers: { host } })).status, 200, host);
    }
    const res = await app.request('http://rebind.attacker.example/api/articles', { headers: { host: 'rebind.attacker.example' } });
    assert.equal(res.status, 403);
    assertError(await json(res), 'forbidden_host');
    assert.equal((await app.request('/', { headers: { host: 'evil.example:3000' } })).status, 403);
  });

  it('a reader bound to another address answers to any name', async () => {
    const { app } = makeApp(undefined, { host: '0.0.0.0' });
    assert.equal((await app.request('http://reader.lan/api/health', { headers: { host: 'reader.lan' } })).status, 200);
  });
});
