import { test, before, after, mock } from 'node:test';
import dns from 'node:dns';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { FetchError, fetchPage } from '../../src/input/fetch.js';
import { decodeBytes } from '../../src/input/decode.js';
import { fetchArticle } from '../../src/index.js';

const PAGE = '<!doctype html><html><head><title>Grüße</title></head><body><p>Hallo Zürich</p></body></html>';
const ARTICLE = `<!doctype html><html lang="de"><head><title>Grüße aus Zürich</title></head><body><article><h1>Grüße aus Zürich</h1>
${Array.from({ length: 5 }, (_, i) => `<p>Absatz ${i + 1}: Die Stadt Zürich hat am Montag neue Pläne für die Seeuferpromenade vorgestellt, über die im Frühling abgestimmt wird.</p>`).join('\n')}
</article></body></html>`;
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><link>https://example.ch/a</link></item></channel></rss>';
const FEED_ETAG = '"v1"';
const FEED_MODIFIED = 'Wed, 25 Nov 2026 10:00:00 GMT';
let server: http.Server;
let base: string;
let port: number;
let connections = 0;

before(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const html = (body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(body);
    };
    if (path === '/page') return html(PAGE);
    if (path === '/latin1') return html(iconv.encode(PAGE, 'windows-1252'), { 'content-type': 'text/html; charset=ISO-8859-1' });
    if (path === '/article-latin1') return html(iconv.encode(ARTICLE, 'windows-1252'), { 'content-type': 'text/html; charset=ISO-8859-1' });
    if (path === '/xhtml') return html(PAGE, { 'content-type': 'application/xhtml+xml' });
    if (path === '/gzip') return html(zlib.gzipSync(PAGE), { 'content-encoding': 'gzip' });
    if (path === '/br') return html(zlib.brotliCompressSync(PAGE), { 'content-encoding': 'br' });
    if (path === '/deflate-raw') return html(zlib.deflateRawSync(PAGE), { 'content-encoding': 'deflate' });
    if (path === '/bomb') return html(zlib.gzipSync(Buffer.alloc(5_000_000, 0x20)), { 'content-encoding': 'gzip' });
    if (path === '/pdf') return html('%PDF-1.7', { 'content-type': 'application/pdf' });
    if (path === '/json') return html('{}', { 'content-type': 'application/json' });
    if (path === '/echo') return html(JSON.stringify(req.headers));
    if (path === '/feed') {
      const validators = { etag: FEED_ETAG, 'last-modified': FEED_MODIFIED };
      if (req.headers['if-none-match'] === FEED_ETAG || (req.headers['if-none-match'] === undefined && req.headers['if-modified-since'] === FEED_MODIFIED)) {
        res.writeHead(304, validators);
        return res.end();
      }
      return html(RSS, { 'content-type': 'application/rss+xml; charset=utf-8', ...validators, 'x-multi': ['a', 'b'] as unknown as string });
    }
    if (path === '/text-xml') return html(RSS, { 'content-type': 'Text/XML' });
    if (path === '/to-feed') { res.writeHead(302, { location: '/feed' }); return res.end(); }
    if (path === '/always-304') { res.writeHead(304); return res.end(); }
    if (path === '/sitemap.xml.gz') return html(zlib.gzipSync(RSS), { 'content-type': 'application/gzip' });
    if (path === '/missing') { res.writeHead(404, { 'content-type': 'text/html' }); return res.end('<h1>Not found</h1>'); }
    if (path === '/big-declared') { res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50_000_000) }); return res.write('<p>'); }
    if (path === '/big-stream') {
      // Chunked, no Content-Length: the cap must stop the stream itself.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 12 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => { sent = Infinity; });
      return pump();
    }
    if (path === '/slow') { res.writeHead(200, { 'content-type': 'text/html' }); res.write('<p>'); return; }
    if (path === '/hang') return;
    let m = /^\/chain\/(\d+)$/.exec(path);
    if (m) {
      const n = Number(m[1]);
      res.writeHead(n > 0 ? 302 : 200, n > 0 ? { location: `/chain/${n - 1}` } : { 'content-type': 'text/html' });
      return res.end(n > 0 ? '' : PAGE);
    }
    m = /^\/to\?(.*)$/.exec(path);
    if (m) { res.writeHead(301, { location: decodeURIComponent(m[1] ?? '') }); return res.end(); }
    res.writeHead(500);
    res.end();
  });
  server.on('connection', () => { connections++; });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function rejects(p: Promise<unknown>, code: string): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof FetchError, `expected FetchError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    return err;
  }
  assert.fail(`expected FetchError ${code}, got a page`);
}

test('fetches an HTML page from an allowed private address', async () => {
  const page = await fetchPage(`${base}/page`, { allowPrivate: true });
  assert.equal(page.status, 200);
  assert.equal(page.url, `${base}/page`);
  assert.equal(page.contentType, 'text/html; charset=utf-8');
  assert.equal(Buffer.from(page.bytes).toString('utf8'), PAGE);
  const x = await fetchPage(`${base}/xhtml`, { allowPrivate: true });
  assert.equal(x.contentType, 'application/xhtml+xml');
});

test('without allowPrivate, loopback/private/link-local/metadata targets are refused before connecting', async () => {
  const before = connections;
  for (const url of [`${base}/page`, `http://localhost:${port}/page`, `http://[::1]:${port}/`, 'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/', 'http://[::ffff:127.0.0.1]/', 'http://metadata.google.internal/computeMetadata/v1/', 'http://[fd00:ec2::254]/',
    'http://0.0.0.0/', 'http://2130706433/', 'http://0x7f.1/']) {
    const err = await rejects(fetchPage(url), 'blocked-address');
    assert.match(err.message, /allow-private/);
  }
  assert.equal(connections, before, 'no connection was made');
});

test('allowAddresses lets one private address through', async () => {
  const page = await fetchPage(`${base}/page`, { allowAddresses: ['127.0.0.1'] });
  assert.equal(page.status, 200);
});

test('redirects are followed and re-checked at every hop', async () => {
  const page = await fetchPage(`${base}/chain/5`, { allowPrivate: true });
  assert.equal(page.url, `${base}/chain/0`);
  await rejects(fetchPage(`${base}/chain/6`, { allowPrivate: true }), 'too-many-redirects');
  await rejects(fetchPage(`${base}/chain/3`, { allowPrivate: true, maxRedirects: 2 }), 'too-many-redirects');
  const opts = { allowAddresses: ['127.0.0.1'] };
  for (const target of ['http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/', `http://[::1]:${port}/page`, `http://localhost:${port}/page`, 'http://192.168.0.1/']) {
    await rejects(fetchPage(`${base}/to?${encodeURIComponent(target)}`, opts), 'blocked-address');
  }
  await rejects(fetchPage(`${base}/to?${encodeURIComponent('file:///etc/passwd')}`, opts), 'bad-url');
});

test('bad URLs', async () => {
  await rejects(fetchPage('ftp://example.com/x'), 'bad-url');
  await rejects(fetchPage('not a url'), 'bad-url');
  await rejects(fetchPage('javascript:alert(1)'), 'bad-url');
});

test('size cap: declared, streamed, default 10 MB, decompression bomb', async () => {
  await rejects(fetchPage(`${base}/big-declared`, { allowPrivate: true }), 'too-large');
  await rejects(fetchPage(`${base}/big-stream`, { allowPrivate: true }), 'too-large');
  await rejects(fetchPage(`${base}/page`, { allowPrivate: true, maxBytes: 20 }), 'too-large');
  await rejects(fetchPage(`${base}/bomb`, { allowPrivate: true, maxBytes: 1_000_000 }), 'too-large');
});

test('timeout: a server that never answers, and one that stalls mid-body', async () => {
  await rejects(fetchPage(`${base}/hang`, { allowPrivate: true, timeoutMs: 200 }), 'timeout');
  await rejects(fetchPage(`${base}/slow`, { allowPrivate: true, timeoutMs: 200 }), 'timeout');
});

test('only HTML content types', async () => {
  const err = await rejects(fetchPage(`${base}/pdf`, { allowPrivate: true }), 'bad-content-type');
  assert.match(err.message, /application\/pdf/);
  await rejects(fetchPage(`${base}/json`, { allowPrivate: true }), 'bad-content-type');
});

test('HTTP errors carry the status', async () => {
  const err = await rejects(fetchPage(`${base}/missing`, { allowPrivate: true }), 'http-status');
  assert.equal(err.status, 404);
});

test('gzip, brotli and raw-deflate responses are decoded', async () => {
  for (const p of ['/gzip', '/br', '/deflate-raw']) {
    const page = await fetchPage(`${base}${p}`, { allowPrivate: true });
    assert.equal(Buffer.from(page.bytes).toString('utf8'), PAGE, p);
  }
});

test('the response charset is passed on and used for decoding', async () => {
  const page = await fetchPage(`${base}/latin1`, { allowPrivate: true });
  assert.equal(page.contentType, 'text/html; charset=ISO-8859-1');
  const d = decodeBytes(page.bytes, page.contentType);
  assert.equal(d.charset, 'windows-1252');
  assert.ok(d.text.includes('Hallo Zürich'));
});

test('DNS rebinding: the socket connects to the checked address, DNS is not asked again', async () => {
  let calls = 0;
  // First answer: the (allowed) test server; any later answer would be the metadata service.
  const lookup = mock.method(dns.promises, 'lookup', async () => {
    calls++;
    return calls === 1 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '169.254.169.254', family: 4 }];
  });
  try {
    const page = await fetchPage(`http://rebind.test:${port}/page`, { allowAddresses: ['127.0.0.1'] });
    assert.equal(Buffer.from(page.bytes).toString('utf8'), PAGE);
    assert.equal(calls, 1, 'one lookup per hop');
    // A name whose answer mixes a public and a private address is refused as a whole.
    lookup.mock.mockImplementation(async () => [{ address: '93.184.216.34', family: 4 }, { address: '10.1.2.3', family: 4 }]);
    await rejects(fetchPage('http://mixed.test/'), 'blocked-address');
  } finally {
    lookup.mock.restore();
  }
});

test('fetchArticle: fetch, decode with the response charset, extract; fetch errors reject', async () => {
  const a = await fetchArticle(`${base}/article-latin1`, { allowPrivate: true });
  assert.equal(a.title, 'Grüße aus Zürich');
  assert.ok(a.text.includes('Die Stadt Zürich hat am Montag neue Pläne'), a.text);
  assert.equal(a.url, `${base}/article-latin1`);
  await rejects(fetchArticle(`${base}/latin1`), 'blocked-address');
});

test('custom request headers arrive; acceptTypes shape the Accept header', async () => {
  const page = await fetchPage(`${base}/echo`, { allowPrivate: true, headers: { 'If-None-Match': '"x"', 'Accept-Language': 'de-CH', 'X-Trace': 'a\tb' } });
  const got = JSON.parse(Buffer.from(page.bytes).toString('utf8')) as Record<string, string>;
  assert.equal(got['if-none-match'], '"x"');
  assert.equal(got['accept-language'], 'de-CH');
  assert.equal(got['x-trace'], 'a\tb');
  assert.equal(got['accept-encoding'], 'gzip, deflate, br', 'the fetcher keeps control of Accept-Encoding');
  assert.match(got['user-agent'] ?? '', /punkt/);
  const feed = await fetchPage(`${base}/echo`, { allowPrivate: true, acceptTypes: ['text/html', 'application/rss+xml'] });
  assert.equal((JSON.parse(Buffer.from(feed.bytes).toString('utf8')) as Record<string, string>).accept, 'text/html, application/rss+xml, */*;q=0.1');
  const own = await fetchPage(`${base}/echo`, { allowPrivate: true, headers: { accept: 'application/atom+xml', 'user-agent': 'ua-test' } });
  const ownGot = JSON.parse(Buffer.from(own.bytes).toString('utf8')) as Record<string, string>;
  assert.equal(ownGot.accept, 'application/atom+xml');
  assert.equal(ownGot['user-agent'], 'ua-test');
});

test('hop-by-hop, framing, Host and credential headers are refused before connecting', async () => {
  const before = connections;
  for (const name of ['Host', 'connection', 'Transfer-Encoding', 'content-length', 'Accept-Encoding', 'Cookie', 'Authorization',
    'Proxy-Authorization', 'proxy-anything', 'upgrade', 'te', 'bad name', '']) {
    const err = await rejects(fetchPage(`${base}/echo`, { allowPrivate: true, headers: { [name]: 'x' } }), 'bad-header');
    assert.ok(err.message.includes(`"${name}"`), err.message);
  }
  for (const value of ['a\r\nX-Injected: 1', 'a\nb', 'nul\u0000', 'emoji 🙂']) {
    await rejects(fetchPage(`${base}/echo`, { allowPrivate: true, headers: { 'x-test': value } }), 'bad-header');
  }
  assert.equal(connections, before, 'no connection was made');
});

test('acceptTypes let a feed through; the default still refuses XML', async () => {
  await rejects(fetchPage(`${base}/feed`, { allowPrivate: true }), 'bad-content-type');
  const err = await rejects(fetchPage(`${base}/text-xml`, { allowPrivate: true }), 'bad-content-type');
  assert.match(err.message, /not an HTML page/);
  const feed = await fetchPage(`${base}/feed`, { allowPrivate: true, acceptTypes: ['text/html', 'Application/RSS+XML'] });
  assert.equal(feed.status, 200);
  assert.equal(feed.contentType, 'application/rss+xml; charset=utf-8');
  assert.equal(Buffer.from(feed.bytes).toString('utf8'), RSS);
  const xml = await fetchPage(`${base}/text-xml`, { allowPrivate: true, acceptTypes: ['text/xml'] });
  assert.equal(Buffer.from(xml.bytes).toString('utf8'), RSS, 'type parameters and case do not matter');
  // acceptTypes replaces the default: a feed-only fetch refuses HTML
  const html = await rejects(fetchPage(`${base}/page`, { allowPrivate: true, acceptTypes: ['application/rss+xml'] }), 'bad-content-type');
  assert.match(html.message, /text\/html, not one of application\/rss\+xml/);
});

test('response headers are returned lower-cased: ETag and Last-Modified readable', async () => {
  const feed = await fetchPage(`${base}/feed`, { allowPrivate: true, acceptTypes: ['application/rss+xml'] });
  assert.equal(feed.headers.etag, FEED_ETAG);
  assert.equal(feed.headers['last-modified'], FEED_MODIFIED);
  assert.equal(feed.headers['content-type'], 'application/rss+xml; charset=utf-8');
  assert.equal(feed.headers['x-multi'], 'a, b');
  assert.ok(Object.keys(feed.headers).every((k) => k === k.toLowerCase()));
});

test('conditional GET: a 304 is a result (empty bytes, headers) when the request was conditional', async () => {
  const opts = { allowPrivate: true, acceptTypes: ['application/rss+xml'] };
  const byEtag = await fetchPage(`${base}/feed`, { ...opts, headers: { 'If-None-Match': FEED_ETAG } });
  assert.equal(byEtag.status, 304);
  assert.equal(byEtag.bytes.length, 0);
  assert.equal(byEtag.headers.etag, FEED_ETAG);
  const byDate = await fetchPage(`${base}/feed`, { ...opts, headers: { 'if-modified-since': FEED_MODIFIED } });
  assert.equal(byDate.status, 304);
  const viaRedirect = await fetchPage(`${base}/to-feed`, { ...opts, headers: { 'if-none-match': FEED_ETAG } });
  assert.equal(viaRedirect.status, 304);
  assert.equal(viaRedirect.url, `${base}/feed`);
  const stale = await fetchPage(`${base}/feed`, { ...opts, headers: { 'if-none-match': '"old"' } });
  assert.equal(stale.status, 200);
  assert.equal(Buffer.from(stale.bytes).toString('utf8'), RSS);
  // An unasked-for 304 is a broken server, not a cache hit.
  const err = await rejects(fetchPage(`${base}/always-304`, { allowPrivate: true }), 'http-status');
  assert.equal(err.status, 304);
});

test('a gzip file (application/gzip, no Content-Encoding) comes back as raw gzip bytes', async () => {
  await rejects(fetchPage(`${base}/sitemap.xml.gz`, { allowPrivate: true }), 'bad-content-type');
  const gz = await fetchPage(`${base}/sitemap.xml.gz`, { allowPrivate: true, acceptTypes: ['application/gzip'] });
  assert.deepEqual([gz.bytes[0], gz.bytes[1]], [0x1f, 0x8b]);
  assert.equal(zlib.gunzipSync(gz.bytes).toString('utf8'), RSS);
});
