/**
 * Ingest through the API and the form with the real extractors, key points and SQLite store:
 * created vs. updated, the stored shape, redirects to the article, and the example import.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { EXAMPLES_DIR, importExamples } from '../../src/server/examples.js';
import { json, makeApp, postForm, postJson, testConfig } from './helpers.js';

const PAGE = (title: string) => `<!doctype html><html lang="de"><head><title>${title}</title>
<link rel="canonical" href="https://news.example.ch/stadt/bruecke-wird-saniert"></head><body><article>
<h1>${title}</h1>
<p>Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss für zwölf Millionen Franken zu sanieren.</p>
<p>Die Arbeiten sollen im Frühling beginnen und rund zwei Jahre dauern. Während der Bauzeit wird der Verkehr einspurig geführt.</p>
<h2>Anwohner werden informiert</h2>
<p>Die Stadt will die Anwohner an einem Informationsabend im März über die Einschränkungen informieren, sagte eine Sprecherin.</p>
</article></body></html>`;

const SEED_TEXT = readFileSync(join(EXAMPLES_DIR, 'nordkorea-soldaten.txt'), 'utf8');

describe('POST /api/articles', () => {
  it('stores HTML as a new article (201), then updates it for the same canonical URL (200)', async () => {
    const { app, store } = makeApp(openSqliteStore(':memory:'));
    const first = await app.request('/api/articles', postJson({ html: PAGE('Brücke wird saniert'), url: 'https://news.example.ch/stadt/bruecke-wird-saniert' }));
    const a = await json(first);
    assert.equal(first.status, 201, JSON.stringify(a).slice(0, 300));
    assert.equal(typeof a.id, 'string');
    assert.equal(a.title, 'Brücke wird saniert');
    assert.equal(first.headers.get('location'), `/api/articles/${a.id}`);
    assert.ok(a.keyPoints && Array.isArray(a.keyPoints.items), 'key points are added on ingest');

    const again = await app.request('/api/articles', postJson({ html: PAGE('Brücke wird doch saniert'), url: 'https://news.example.ch/stadt/bruecke-wird-saniert' }));
    const b = await json(again);
    assert.equal(again.status, 200);
    assert.equal(b.id, a.id);
    assert.equal(b.title, 'Brücke wird doch saniert');
    assert.equal(store.count(), 1);
    assert.equal((await json(await app.request(`/api/articles/${a.id}`))).title, 'Brücke wird doch saniert');
  });

  it('stores a text dump read as text', async () => {
    const { app } = makeApp(openSqliteStore(':memory:'));
    const res = await app.request('/api/articles', postJson({ text: SEED_TEXT }));
    const a = await json(res);
    assert.equal(res.status, 201, JSON.stringify(a).slice(0, 300));
    assert.equal(a.title, 'Nordkorea gibt Putin jetzt auch Soldaten gegen Ukraine');
    assert.equal(a.kicker, 'Unterstützung von Kim Jong-un');
    const hits = await json(await app.request('/api/search?q=Raketenangriff'));
    assert.equal(hits.hits[0]?.id, a.id);
  });

  it('refuses input that yields no article with 422 and stores nothing', async () => {
    const { app, store } = makeApp(openSqliteStore(':memory:'));
    const res = await app.request('/api/articles', postJson({ html: '<html><body>   </body></html>' }));
    assert.equal(res.status, 422);
    assert.equal((await json(res)).error.code, 'no_article');
    assert.equal(store.count(), 0);
  });
});

describe('the add form stores and redirects to the article', () => {
  it('pasted text', async () => {
    const { app } = makeApp(openSqliteStore(':memory:'));
    const res = await app.request('/add', postForm({ mode: 'text', text: SEED_TEXT, url: '' }));
    assert.equal(res.status, 303);
    const location = res.headers.get('location') ?? '';
    assert.match(location, /^\/articles\/[\w-]+$/);
    const page = await (await app.request(location)).text();
    assert.match(page, /<p class="kicker">Unterstützung von Kim Jong-un<\/p>/);
    assert.match(page, /<h1>Nordkorea gibt Putin jetzt auch Soldaten gegen Ukraine<\/h1>/);
  });

  it('an uploaded HTML file', async () => {
    const { app } = makeApp(openSqliteStore(':memory:'));
    const file = new File([readFileSync(join(EXAMPLES_DIR, 'nordkorea-soldaten.html'))], 'nordkorea-soldaten.html', { type: 'text/html' });
    const res = await app.request('/add', postForm({ mode: 'html', file, url: '' }));
    assert.equal(res.status, 303);
    const page = await (await app.request(res.headers.get('location')!)).text();
    assert.match(page, /<h1>Nordkorea gibt Putin jetzt auch Soldaten gegen Ukraine<\/h1>/);
    assert.match(page, /<figcaption>Freundschaft zwischen Russland und Nordkorea/);
  });

  it('an empty upload goes back to the form with a message', async () => {
    const { app, store } = makeApp(openSqliteStore(':memory:'));
    const file = new File(['   '], 'empty.html', { type: 'text/html' });
    const res = await app.request('/add', postForm({ mode: 'html', file }));
    assert.equal(res.status, 422);
    assert.match(await res.text(), /No article could be extracted/);
    assert.equal(store.count(), 0);
  });
});

describe('example import', () => {
  it('imports every bundled example (.html as HTML, .txt as text)', async () => {
    const store = openSqliteStore(':memory:');
    const report = await importExamples({ store, config: testConfig() });
    assert.deepEqual(report.failed, []);
    assert.deepEqual(report.imported.sort(), ['corriere--venezia-acqua-alta.html', 'lemonde--canicule-vendanges.html',
      'nordkorea-soldaten.html', 'nordkorea-soldaten.txt', 'reuters--ecb-rate-cut.html', 'srf--gletscher-schmelze.html']);
    assert.equal(store.count(), 6);
  });

  it('reports a bad file and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'punkt-examples-'));
    writeFileSync(join(dir, 'a-empty.html'), '');
    writeFileSync(join(dir, 'b-good.txt'), SEED_TEXT);
    writeFileSync(join(dir, 'c-ignored.json'), '{}');
    const store = openSqliteStore(':memory:');
    const report = await importExamples({ store, config: testConfig() }, dir);
    assert.deepEqual(report.imported, ['b-good.txt']);
    assert.equal(report.failed.length, 1);
    assert.equal(report.failed[0]!.file, 'a-empty.html');
  });
});

describe('LLM key points when configured', () => {
  it('asks the configured OpenAI-compatible server and stores its checked bullets', async () => {
    const bullets = [
      'Sechs nordkoreanische Offiziere wurden bei einem ukrainischen Raketenangriff getötet.',
      'Nordkorea liefert Russland Artilleriegeschosse und Kurzstreckenraketen.',
      'Moskau und Pyongyang haben einen gegenseitigen Verteidigungspakt unterzeichnet.',
    ];
    const requests: string[] = [];
    const llm = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        requests.push(`${req.method} ${req.url} ${(JSON.parse(body) as { model?: string }).model}`);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: JSON.stringify({ bullets }) } }] }));
      });
    });
    await new Promise<void>((r) => llm.listen(0, '127.0.0.1', r));
    const port = (llm.address() as AddressInfo).port;
    try {
      const { app } = makeApp(openSqliteStore(':memory:'), { llm: { enabled: true, baseUrl: `http://127.0.0.1:${port}/v1`, model: 'test-model' } });
      const res = await app.request('/api/articles', postJson({ text: SEED_TEXT }));
      const a = await json(res);
      assert.equal(res.status, 201);
      assert.deepEqual(requests, ['POST /v1/chat/completions test-model']);
      assert.match(a.keyPoints.method, /^llm/);
      assert.ok(a.keyPoints.items.some((k: { text: string }) => k.text === bullets[2]), JSON.stringify(a.keyPoints));
    } finally {
      llm.close();
    }
  });
});
