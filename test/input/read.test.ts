import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { InputError, readInput } from '../../src/input/read.js';
import { FetchError } from '../../src/input/fetch.js';

const HTML = '<!doctype html><html><body><p>Grüezi</p></body></html>';
let dir: string;
let server: http.Server;
let base: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'punkt-read-'));
  writeFileSync(join(dir, 'page.html'), HTML);
  writeFileSync(join(dir, 'page.html.gz'), zlib.gzipSync(HTML));
  writeFileSync(join(dir, 'page-no-ext'), zlib.gzipSync(HTML));
  writeFileSync(join(dir, 'fake.html.gz'), HTML);
  writeFileSync(join(dir, 'bomb.gz'), zlib.gzipSync(Buffer.alloc(2_000_000)));
  server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(HTML);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
  server.close();
});

async function rejects(p: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(p, (err: Error & { code?: string }) => {
    assert.equal(err.code, code, err.message);
    return true;
  });
}

test('files, .gz and gzip by magic bytes', async () => {
  for (const f of ['page.html', 'page.html.gz', 'page-no-ext']) {
    const r = await readInput(join(dir, f));
    assert.equal(Buffer.from(r.bytes).toString('utf8'), HTML, f);
    assert.equal(r.url, undefined);
  }
});

test('file errors have codes', async () => {
  await rejects(readInput(join(dir, 'nope.html')), 'not-found');
  await rejects(readInput(dir), 'is-directory');
  await rejects(readInput(join(dir, 'fake.html.gz')), 'bad-gzip');
  await rejects(readInput(join(dir, 'page.html'), { maxReadBytes: 10 }), 'too-large');
  await rejects(readInput(join(dir, 'bomb.gz'), { maxReadBytes: 1_000_000 }), 'too-large');
  await rejects(readInput('ftp://example.com/page'), 'bad-url');
  const err = await readInput(join(dir, 'nope.html')).catch((e: unknown) => e);
  assert.ok(err instanceof InputError);
});

test('stdin', async () => {
  const r = await readInput('-', { stdin: Readable.from([Buffer.from(HTML.slice(0, 10)), Buffer.from(HTML.slice(10))]) });
  assert.equal(Buffer.from(r.bytes).toString('utf8'), HTML);
  const gz = await readInput('-', { stdin: Readable.from([zlib.gzipSync(HTML)]) });
  assert.equal(Buffer.from(gz.bytes).toString('utf8'), HTML);
  await rejects(readInput('-', { stdin: Readable.from([Buffer.alloc(100)]), maxReadBytes: 50 }), 'too-large');
});

test('URLs go through the safe fetcher', async () => {
  const r = await readInput(`${base}/a`, { allowPrivate: true });
  assert.equal(r.url, `${base}/a`);
  assert.equal(r.contentType, 'text/html; charset=utf-8');
  assert.equal(Buffer.from(r.bytes).toString('utf8'), HTML);
  const err = await readInput(`${base}/a`).catch((e: unknown) => e);
  assert.ok(err instanceof FetchError && err.code === 'blocked-address');
});
