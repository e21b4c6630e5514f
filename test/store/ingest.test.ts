import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingest, expandSpecs } from '../../src/ingest/pipeline.js';
import { detectKind, parseSource } from '../../src/ingest/sources.js';
import { fetchConditional } from '../../src/ingest/http.js';
import { openSqliteStore } from '../../src/store/sqlite.js';

interface Hit { path: string; start: number; end: number; ifNoneMatch?: string }

const page = (n: string) => `<!doctype html><html lang="de"><head><title>Seite ${n}</title></head><body><article><h1>Seite ${n}</h1>
<p>Ein Absatz über das Thema ${n}, mit genug Worten, damit ein Extraktor ihn als Artikel erkennt.</p></article></body></html>`;

function rss(base: string, items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Feed</title>${items
    .map((p, i) => `<item><title>Item ${i}</title><link>${base}${p}</link><guid isPermaLink="false">id-${i}</guid></item>`).join('')}</channel></rss>`;
}

describe('ingest over HTTP (local server on 127.0.0.1)', () => {
  let server: http.Server;
  let base = '';
  let hits: Hit[] = [];
  let active = 0;
  let maxActive = 0;
  let badFails = true;

  before(async () => {
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const hit: Hit = { path: url.pathname, start: Date.now(), end: 0, ifNoneMatch: req.headers['if-none-match'] as string | undefined };
      hits.push(hit);
      active++;
      maxActive = Math.max(maxActive, active);
      const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => setTimeout(() => {
        active--;
        hit.end = Date.now();
        res.writeHead(status, { 'content-type': type, ...headers });
        res.end(body);
      }, 15);
      const xml = url.searchParams.get('type') ?? 'text/html; charset=utf-8';
      switch (url.pathname) {
        case '/rss.xml':
          if (req.headers['if-none-match'] === '"feed-v1"') return send(304, xml, '');
          return send(200, xml, rss(base, ['/p/1', '/p/2', '/p/bad', '/p/1?utm_source=rss']), { etag: '"feed-v1"' });
        case '/atom.xml':
          return send(200, xml, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
            <entry><title>3</title><link rel="alternate" type="text/html" href="${base}/p/3"/><link rel="enclosure" href="${base}/img.jpg"/></entry>
            <entry><title>4</title><link href="/p/4"/></entry></feed>`);
        case '/sitemap.xml':
          return send(200, xml, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>${base}/p/5</loc><news:news><news:title>5</news:title></news:news></url><url><loc>${base}/p/6</loc></url></urlset>`);
        case '/sitemap.xml.gz':
          active--;
          hit.end = Date.now();
          res.writeHead(200, { 'content-type': xml });
          return res.end(gzipSync(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${base}/p/7</loc></url></urlset>`));
        case '/sitemap-index.xml':
          return send(200, xml, `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/sitemap.xml?type=${encodeURIComponent(xml)}</loc></sitemap></sitemapindex>`);
        case '/p/bad':
          if (badFails) return send(500, 'text/html', 'oops');
          return send(200, 'text/html; charset=utf-8', page('bad'));
        default:
          if (url.pathname.startsWith('/p/')) return send(200, 'text/html; charset=utf-8', page(url.pathname.slice(3)));
          return send(404, 'text/html', 'not found');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));
  const reset = () => { hits = []; maxActive = 0; active = 0; };

  it('follows a feed item by item, politely, records failures and retries them on the next run', async () => {
    reset();
    badFails = true;
    const store = openSqliteStore();
    const progress: string[] = [];
    const r1 = await ingest([`${base}/rss.xml`], { store, allowPrivate: true, hostDelayMs: 40, onProgress: (p) => progress.push(`${p.status}`) });
    assert.equal(r1.created, 2, JSON.stringify(r1));
    assert.equal(r1.failed, 1);
    assert.match(r1.errors[0]!.error, /500/);
    assert.equal(store.count(), 2, 'the tracking-parameter copy of /p/1 is the same article');
    assert.deepEqual(store.pendingErrors().map((e) => e.item), [`${base}/p/bad`]);
    assert.equal(store.pendingErrors()[0]!.source, `${base}/rss.xml`);
    assert.equal(maxActive, 1, 'one request at a time per host');
    const sorted = [...hits].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i]!.start - sorted[i - 1]!.end >= 35, `pause between requests (${sorted[i]!.start - sorted[i - 1]!.end} ms)`);
    assert.ok(progress.includes('expanded') && progress.includes('failed'));

    badFails = false;
    reset();
    const r2 = await ingest([`${base}/rss.xml`], { store, allowPrivate: true, hostDelayMs: 0 });
    assert.equal(r2.created, 1, JSON.stringify(r2));
    assert.equal(r2.failed, 0);
    assert.equal(store.count(), 3);
    assert.deepEqual(store.pendingErrors(), []);
    assert.ok(!hits.some((h) => h.path === '/p/2'), 'stored items are not fetched again');
    store.close();
  });

  it('refuses private addresses unless allowed, without aborting the run', async () => {
    const store = openSqliteStore();
    const r = await ingest([`${base}/p/1`], { store, hostDelayMs: 0 });
    assert.equal(r.failed, 1);
    assert.match(r.errors[0]!.error, /private|loopback|Refusing/i);
    assert.equal(store.count(), 0);
    store.close();
  });

  it('ingests a feed served as application/rss+xml, then uses conditional GET (ETag → 304)', async () => {
    badFails = false;
    const store = openSqliteStore();
    const feedUrl = `${base}/rss.xml?type=${encodeURIComponent('application/rss+xml; charset=utf-8')}`;
    reset();
    const r1 = await ingest([feedUrl], { store, allowPrivate: true, hostDelayMs: 0, retryFailed: false });
    assert.equal(r1.failed, 0, JSON.stringify(r1.errors));
    assert.equal(r1.created, 3, JSON.stringify(r1));
    assert.equal(hits.find((h) => h.path === '/rss.xml')?.ifNoneMatch, undefined, 'first request is unconditional');
    assert.equal(store.getFeed(feedUrl)?.etag, '"feed-v1"', 'the ETag is read from the response headers');
    reset();
    const r2 = await ingest([feedUrl], { store, allowPrivate: true, hostDelayMs: 0, retryFailed: false });
    assert.equal(hits.find((h) => h.path === '/rss.xml')?.ifNoneMatch, '"feed-v1"');
    assert.equal(r2.notModified, 1, JSON.stringify(r2));
    assert.equal(r2.failed, 0, JSON.stringify(r2.errors));
    assert.deepEqual(hits.map((h) => h.path), ['/rss.xml'], 'nothing fetched after the 304');
    store.close();
  });

  it('reads Atom feeds and (news) sitemaps, also through a sitemap index', async () => {
    const store = openSqliteStore();
    // served as text/html: what they are is decided by content
    const r = await ingest([`${base}/atom.xml`, `${base}/sitemap-index.xml`, `${base}/sitemap.xml.gz`], { store, allowPrivate: true, hostDelayMs: 0 });
    assert.equal(r.failed, 0, JSON.stringify(r.errors));
    assert.deepEqual(new Set([...store.iterate()].map((a) => new URL(a.canonicalUrl!).pathname)), new Set(['/p/3', '/p/4', '/p/5', '/p/6', '/p/7']));
    store.close();

    // served with their real feed/sitemap types, the .xml.gz as a gzip file (not Content-Encoding)
    const probe = await fetchConditional(`${base}/atom.xml?type=application/atom%2Bxml`, { allowPrivate: true, feed: true });
    assert.equal(probe.status, 'ok');
    assert.equal(probe.contentType, 'application/atom+xml');
    const store2 = openSqliteStore();
    const r2 = await ingest([
      `${base}/atom.xml?type=application/atom%2Bxml`, `${base}/sitemap.xml?type=application/xml`,
      `${base}/sitemap-index.xml?type=text/xml`, `${base}/sitemap.xml.gz?type=application/gzip`,
    ], { store: store2, allowPrivate: true, hostDelayMs: 0 });
    assert.equal(r2.failed, 0, JSON.stringify(r2.errors));
    assert.deepEqual(new Set([...store2.iterate()].map((a) => new URL(a.canonicalUrl!).pathname)), new Set(['/p/3', '/p/4', '/p/5', '/p/6', '/p/7']));
    store2.close();
  });
});

describe('ingest of local files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'punkt-ingest-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('walks directories for .html/.htm/.txt(.gz), updates on re-ingest, and records bad files', async () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.html'), page('a'));
    writeFileSync(join(dir, 'sub', 'b.txt'), 'Titel B\n\nEin Text über B mit einigen Worten.\n');
    writeFileSync(join(dir, 'sub', 'c.htm.gz'), gzipSync(page('c')));
    writeFileSync(join(dir, 'notes.json'), '{}');
    writeFileSync(join(dir, 'broken.html.gz'), 'not gzip');
    const { items } = expandSpecs([dir]);
    assert.deepEqual(items.map((i) => i.ref.slice(dir.length + 1)).sort(), ['a.html', 'broken.html.gz', 'sub/b.txt', 'sub/c.htm.gz']);

    const store = openSqliteStore();
    const r1 = await ingest([dir, join(dir, 'missing.html')], { store });
    assert.equal(r1.created, 3, JSON.stringify(r1));
    assert.equal(r1.failed, 2);
    assert.deepEqual(r1.errors.map((e) => e.item.replace(dir, '')).sort(), ['/broken.html.gz', '/missing.html']);
    const r2 = await ingest([dir], { store, retryFailed: false });
    assert.equal(r2.created, 0);
    assert.equal(r2.updated, 3);
    assert.equal(store.count(), 3, 'no second copy');
    assert.equal(store.pendingErrors().length, 2);
    store.close();
  });

  it('commits files in groups: a file whose save fails is recorded alone, the others are stored', async () => {
    const sub = join(dir, 'group');
    mkdirSync(sub);
    for (const n of ['g1', 'g2', 'bad', 'g3', 'g4']) writeFileSync(join(sub, `${n}.html`), page(n));
    const store = openSqliteStore();
    store.db.exec(`CREATE TEMP TRIGGER fail_bad AFTER INSERT ON main.articles WHEN new.title LIKE '%bad%' BEGIN SELECT RAISE(ABORT, 'bad article'); END`);
    const r = await ingest([sub], { store });
    assert.equal(r.created, 4, JSON.stringify(r));
    assert.equal(r.failed, 1);
    assert.match(r.errors[0]!.item, /bad\.html$/);
    assert.equal(store.count(), 4);
    assert.equal(store.pendingErrors().length, 1);
    assert.equal(store.db.inTransaction, false, 'the last group is committed');
    store.close();
  });

  it('when SQLite rolls a whole group back, its files are reported failed and retried by the next run', async () => {
    const sub = join(dir, 'lost');
    mkdirSync(sub);
    const names = ['a1', 'a2', 'boom', 'c1', 'c2']; // read in this (sorted) order
    for (const n of names) writeFileSync(join(sub, `${n}.html`), page(n));
    const store = openSqliteStore();
    // RAISE(ROLLBACK) ends the whole transaction, as SQLite does on a full disk or an I/O error
    store.db.exec(`CREATE TEMP TRIGGER lose_group AFTER INSERT ON main.articles WHEN new.title LIKE '%boom%' BEGIN SELECT RAISE(ROLLBACK, 'simulated I/O error'); END`);
    const r1 = await ingest([sub], { store });
    // a1 and a2 were in the group with boom and are lost with it; c1 and c2 go into a new group
    assert.equal(r1.created, 2, JSON.stringify(r1));
    assert.equal(r1.failed, 3);
    assert.equal(store.count(), 2, 'the report matches what is stored');
    const titles = () => store.list({ limit: 10 }).map((a) => a.title).sort();
    assert.deepEqual(titles(), ['Seite c1', 'Seite c2']);
    assert.deepEqual(store.pendingErrors().map((e) => e.item.replace(/^.*\//, '')).sort(), ['a1.html', 'a2.html', 'boom.html']);
    assert.equal(store.db.inTransaction, false);
    store.db.exec('DROP TRIGGER temp.lose_group');
    const r2 = await ingest([], { store });
    assert.equal(r2.created, 3, JSON.stringify(r2));
    assert.equal(store.count(), 5);
    assert.deepEqual(titles(), names.map((n) => `Seite ${n}`).sort());
    assert.equal(store.pendingErrors().length, 0);
    store.close();
  });
});

describe('feed and sitemap parsing', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('detects the kind by content', () => {
    assert.equal(detectKind(enc('<?xml version="1.0"?>\n<!-- c --><rss version="2.0"></rss>')), 'rss');
    assert.equal(detectKind(enc('\uFEFF<rdf:RDF xmlns:rdf="x"></rdf:RDF>')), 'rss');
    assert.equal(detectKind(enc('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')), 'atom');
    assert.equal(detectKind(enc('<urlset></urlset>')), 'sitemap');
    assert.equal(detectKind(enc('<sitemapindex></sitemapindex>')), 'sitemapindex');
    assert.equal(detectKind(enc('<!doctype html><html><body>rss feed</body></html>')), 'page');
  });
  it('lists RSS item links (guid permalink as fallback), resolved and de-duplicated', () => {
    const src = parseSource(enc(`<rss><channel><link>https://s.ch/</link><item><link> /a </link></item><item><guid>https://s.ch/b</guid></item>
      <item><guid isPermaLink="false">123</guid></item><item><link>/a</link></item><item><link>javascript:alert(1)</link></item></channel></rss>`), 'https://s.ch/rss');
    assert.deepEqual(src.links, ['https://s.ch/a', 'https://s.ch/b']);
  });
});
