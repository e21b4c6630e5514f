/** `punkt extract` run as a real process: exit codes, formats, batches with bad inputs, stdin, .gz, WET. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TITLE = 'Regierung beschliesst neue Massnahmen';
const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${TITLE}</title></head><body>
<nav><a href="/">Home</a></nav><main><article><p class="kicker">Politik</p><h1>${TITLE}</h1>
${Array.from({ length: 6 }, (_, i) => `<p>Absatz ${i + 1}: Die Regierung hat am Dienstag neue Massnahmen angekündigt, die ab dem kommenden Monat gelten und viele Haushalte betreffen.</p>`).join('\n')}
</article></main></body></html>`;
let dir: string;
const f = (name: string) => join(dir, name);

interface Run { code: number; stdout: string; stderr: string }
function punkt(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }));
    child.stdin?.end(stdin ?? '');
  });
}
const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as { input: string; article?: { title: string | null; keyPoints?: unknown }; error?: { code: string } });

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'punkt-cli-'));
  writeFileSync(f('good.html'), PAGE);
  writeFileSync(f('good.html.gz'), zlib.gzipSync(PAGE));
  writeFileSync(f('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(f('empty.html'), '');
  const text = `${TITLE}\n\nAbsatz eins: Die Regierung hat am Dienstag neue Massnahmen angekündigt, die ab dem kommenden Monat gelten.\n\nAbsatz zwei: Viele Haushalte sind betroffen, sagt die Ministerin, und die Opposition kritisiert den Plan scharf.\n`;
  const record = (uri: string, body: string) => {
    const payload = Buffer.from(body);
    return Buffer.concat([Buffer.from(`WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2024-10-24T12:00:00Z\r\nContent-Type: text/plain\r\nContent-Length: ${payload.length}\r\n\r\n`), payload, Buffer.from('\r\n\r\n')]);
  };
  writeFileSync(f('sample.warc.wet.gz'), zlib.gzipSync(Buffer.concat([record('https://example.ch/a', text), record('https://example.ch/b', text)])));
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('usage errors exit 2 and print nothing on stdout', async () => {
  const runs = await Promise.all([
    punkt(['extract']),
    punkt(['extract', '--format', 'xml', f('good.html')]),
    punkt(['extract', '--no-such-flag', f('good.html')]),
    punkt(['extract', '--timezone', 'Mars/Olympus', f('good.html')]),
    punkt(['extract', '--url', 'https://example.ch/a', f('good.html'), f('good.html.gz')]),
  ]);
  for (const r of runs) {
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /error/i);
  }
});

test('jsonl batch: a bad input in the middle does not stop the batch; exit 1', async () => {
  const r = await punkt(['extract', '--format', 'jsonl', f('good.html'), f('missing.html'), f('image.png'), f('empty.html'),
    'http://127.0.0.1:9/x', f('good.html.gz'), '-'], PAGE);
  assert.equal(r.code, 1, r.stderr);
  const out = lines(r.stdout);
  assert.deepEqual(out.map((o) => o.input), [f('good.html'), f('missing.html'), f('image.png'), f('empty.html'), 'http://127.0.0.1:9/x', f('good.html.gz'), '-']);
  assert.deepEqual(out.map((o) => o.error?.code ?? 'ok'), ['ok', 'not-found', 'binary-input', 'empty-input', 'blocked-address', 'ok', 'ok']);
  for (const i of [0, 5, 6]) assert.equal(out[i]?.article?.title, TITLE, `line ${i}`);
  assert.ok(!r.stderr.includes('extract ['), 'no progress bar when stderr is not a terminal');
});

test('all good: exit 0; json prints one object (with --key-points/--debug), or an array for several inputs (null for failures)', async () => {
  const [one, many, withBad] = await Promise.all([
    punkt(['extract', f('good.html'), '--timezone', 'Europe/Zurich', '--language', 'de-CH', '--url', 'https://example.ch/a', '--key-points', '--debug']),
    punkt(['extract', f('good.html'), f('good.html.gz')]),
    punkt(['extract', f('good.html'), f('missing.html')]),
  ]);
  assert.equal(one.code, 0, one.stderr);
  const a = JSON.parse(one.stdout) as { title: string; keyPoints?: { items: unknown[]; method: string }; debug?: unknown };
  assert.equal(a.title, TITLE);
  assert.ok(a.keyPoints && Array.isArray(a.keyPoints.items) && typeof a.keyPoints.method === 'string', '--key-points');
  assert.ok(a.debug !== undefined, '--debug adds the trace');
  assert.equal(many.code, 0, many.stderr);
  assert.deepEqual((JSON.parse(many.stdout) as Array<{ title: string }>).map((x) => x.title), [TITLE, TITLE]);
  assert.equal(withBad.code, 1);
  const arr = JSON.parse(withBad.stdout) as Array<{ title: string } | null>;
  assert.equal(arr.length, 2);
  assert.equal(arr[1], null);
  assert.match(withBad.stderr, /missing\.html.*not-found/);
});

test('md, html and text formats', async () => {
  const [md, html, text] = await Promise.all(['md', 'html', 'text'].map((fmt) => punkt(['extract', '--format', fmt, f('good.html')])));
  assert.equal(md?.code, 0, md?.stderr);
  assert.match(md?.stdout ?? '', new RegExp(`^(?:.*\\n\\n)?# ${TITLE}\\n`));
  assert.match(html?.stdout ?? '', /^<article class="punkt-article"[^>]*>/);
  assert.ok(html?.stdout.includes(`<h1>${TITLE}</h1>`));
  assert.ok(text?.stdout.includes(TITLE) && !/<[a-z]/.test(text?.stdout ?? ''));
});

test('--from wet streams records from a (gzipped) WET file', async () => {
  const r = await punkt(['extract', '--from', 'wet', '--format', 'jsonl', f('sample.warc.wet.gz'), f('missing.wet')]);
  const out = lines(r.stdout);
  assert.deepEqual(out.map((o) => o.input), [`${f('sample.warc.wet.gz')}#https://example.ch/a`, `${f('sample.warc.wet.gz')}#https://example.ch/b`, f('missing.wet')]);
  assert.equal(out[2]?.error?.code, 'not-found');
  assert.equal(r.code, 1);
  for (const o of out.slice(0, 2)) assert.ok(o.article && !o.error, JSON.stringify(o));
});
