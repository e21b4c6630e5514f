/**
 * WET reader: a small hand-made WARC/WET file (plain and gzip, including multi-member gzip as
 * Common Crawl writes it), read as a stream; only conversion records are yielded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readWet, WetFormatError, type WetRecord } from '../../src/input/wet.js';
import { extract } from '../../src/index.js';

function record(type: string, headers: Record<string, string>, body: string): Buffer {
  const payload = Buffer.from(body, 'utf8');
  const head = [`WARC/1.0`, `WARC-Type: ${type}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${payload.length}`, '', ''].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'utf8'), payload, Buffer.from('\r\n\r\n')]);
}

const PAGE_A = 'Neue Brücke über den Rhein eröffnet\n\nNach vier Jahren Bauzeit ist die neue Fussgängerbrücke zwischen den beiden Quartieren am Samstag eröffnet worden. Tausende Menschen kamen zur Feier.\n\nDie Brücke ist 240 Meter lang und hat rund 30 Millionen Franken gekostet. Sie soll täglich von etwa 8000 Personen benutzt werden.\n';
const PAGE_B = 'Harbour ferry returns after repairs\n\nThe old harbour ferry is back in service after six months in dry dock, the operator said on Friday. Tickets cost the same as before.\n';

const records = [
  record('warcinfo', { 'WARC-Date': '2025-01-01T00:00:00Z', 'Content-Type': 'application/warc-fields' }, 'software: hand-made\r\nformat: WARC File Format 1.0\r\n'),
  record('conversion', { 'WARC-Target-URI': 'https://example.ch/bruecke', 'WARC-Date': '2025-01-02T10:00:00Z', 'Content-Type': 'text/plain' }, PAGE_A),
  record('conversion', { 'WARC-Target-URI': 'https://example.com/ferry', 'WARC-Date': '2025-01-03T11:00:00Z', 'Content-Type': 'text/plain' }, PAGE_B),
];
const wet = Buffer.concat(records);

async function collect(it: AsyncIterable<WetRecord>): Promise<WetRecord[]> {
  const out: WetRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}

function check(recs: WetRecord[]): void {
  assert.equal(recs.length, 2);
  assert.deepEqual(recs.map((r) => r.uri), ['https://example.ch/bruecke', 'https://example.com/ferry']);
  assert.equal(recs[0]!.text, PAGE_A);
  assert.equal(recs[1]!.text, PAGE_B);
  assert.equal(recs[0]!.date, '2025-01-02T10:00:00Z');
}

test('reads conversion records from a plain WET file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'punkt-wet-'));
  try {
    const p = join(dir, 'sample.warc.wet');
    writeFileSync(p, wet);
    check(await collect(readWet(p)));
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('reads .gz transparently, also multi-member gzip (one member per record)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'punkt-wet-'));
  try {
    const single = join(dir, 'a.warc.wet.gz');
    writeFileSync(single, gzipSync(wet));
    check(await collect(readWet(single)));
    const multi = join(dir, 'b.warc.wet.gz');
    writeFileSync(multi, Buffer.concat(records.map((r) => gzipSync(r))));
    check(await collect(readWet(multi)));
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('works on a stream delivered in tiny chunks (records split anywhere)', async () => {
  const chunks: Buffer[] = [];
  for (let i = 0; i < wet.length; i += 7) chunks.push(wet.subarray(i, i + 7));
  check(await collect(readWet(Readable.from(chunks))));
});

test('each record extracts to an article', async () => {
  const recs = await collect(readWet(Readable.from([wet])));
  const a = extract(recs[0]!.text, { from: 'text', url: recs[0]!.uri });
  assert.equal(a.title, 'Neue Brücke über den Rhein eröffnet');
  assert.equal(a.url, 'https://example.ch/bruecke');
  assert.ok(a.text.includes('240 Meter'));
});

test('not a WARC file, and a truncated record, give clear errors', async () => {
  await assert.rejects(collect(readWet(Readable.from([Buffer.from('hello world\nthis is not warc\n')]))), WetFormatError);
  await assert.rejects(collect(readWet(Readable.from([wet.subarray(0, wet.length - 60)]))), /cut short/);
});

test('empty input yields nothing', async () => {
  assert.deepEqual(await collect(readWet(Readable.from([]))), []);
});

test('stopping early does not read the rest', async () => {
  for await (const r of readWet(Readable.from([wet]))) {
    assert.equal(r.uri, 'https://example.ch/bruecke');
    break;
  }
});

test('streams: a record is yielded before the records after it are read', async () => {
  let pulled = 0;
  async function* source(): AsyncGenerator<Buffer> {
    for (const r of records) { pulled++; yield r; }
  }
  const seen: number[] = [];
  for await (const r of readWet(source())) {
    seen.push(pulled);
    assert.ok(r.uri);
  }
  // record 2 (the first conversion) arrives after 2 source records, record 3 after 3: no read-ahead
  assert.deepEqual(seen, [2, 3]);
});

test('an oversized record keeps its start and does not stop the batch', async () => {
  const big = record('conversion', { 'WARC-Target-URI': 'https://example.org/big' }, `${PAGE_B}${'x '.repeat(5000)}`);
  const recs = await collect(readWet(Readable.from([records[0]!, big, records[1]!]), { maxRecordBytes: 1000 }));
  assert.deepEqual(recs.map((r) => r.uri), ['https://example.org/big', 'https://example.ch/bruecke']);
  assert.equal(recs[0]!.text.length, 1000);
  assert.ok(recs[0]!.truncatedFrom! > 10_000);
  assert.equal(recs[1]!.text, PAGE_A);
  assert.equal(recs[1]!.truncatedFrom, undefined);
});
