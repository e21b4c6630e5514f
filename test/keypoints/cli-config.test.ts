/**
 * `punkt keypoints --method llm` reads its LLM settings from the config file's "llm" section (flags
 * and environment override it), like the reader does — checked against a real local HTTP server.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HTML = `<!doctype html><html lang="de"><head><title>Hochwasser in Bern</title></head><body><article><h1>Hochwasser in Bern</h1>
<p>Nach tagelangem Regen ist die Aare in Bern über die Ufer getreten. Im Mattequartier stehen mehrere Keller unter Wasser.</p>
<p>Die Feuerwehr pumpte in der Nacht zahlreiche Keller aus, teilte die Stadt mit. Die Uferwege bleiben bis auf Weiteres gesperrt.</p>
<p>Die Schäden dürften nach ersten Schätzungen mehrere Millionen Franken betragen.</p></article></body></html>`;
const BULLETS = ['Die Aare ist in Bern nach tagelangem Regen über die Ufer getreten.', 'Die Feuerwehr pumpte in der Nacht zahlreiche Keller aus.', 'Die Uferwege bleiben bis auf Weiteres gesperrt.'];

let server: Server;
let base = '';
const models: string[] = [];
const keys: string[] = [];
before(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => { raw += c.toString(); });
    req.on('end', () => {
      const body = JSON.parse(raw) as { model: string };
      models.push(body.model);
      keys.push(String(req.headers.authorization ?? ''));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: JSON.stringify({ bullets: BULLETS }) } }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

function punkt(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PUNKT_LLM_')));
  return new Promise((done) => {
    execFile(process.execPath, ['--import', import.meta.resolve('tsx'), join(ROOT, 'src/cli/main.ts'), ...args], { cwd, env: { ...clean, ...env }, timeout: 60_000 },
      (err, stdout, stderr) => done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }));
  });
}

test('the config file llm section is used, a flag overrides it, a bad section is a usage error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'punkt-kpcfg-'));
  writeFileSync(join(dir, 'page.html'), HTML);
  writeFileSync(join(dir, 'punkt.config.json'), JSON.stringify({ llm: { baseUrl: base, model: 'from-config', apiKey: 'secret-1' } }));
  const a = await punkt(['keypoints', '--method', 'llm', 'page.html'], dir);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(models.at(-1), 'from-config');
  assert.equal(keys.at(-1), 'Bearer secret-1');
  const out = JSON.parse(a.stdout) as { keyPoints: { method: string; items: Array<{ text: string }> } };
  assert.match(out.keyPoints.method, /llm/);
  assert.equal(out.keyPoints.items.length, 3);

  const b = await punkt(['keypoints', '--method', 'llm', '--llm-model', 'from-flag', 'page.html'], dir);
  assert.equal(b.code, 0, b.stderr);
  assert.equal(models.at(-1), 'from-flag');

  writeFileSync(join(dir, 'punkt.config.json'), JSON.stringify({ llm: { baseUrl: 'ftp://nope', model: 'm' } }));
  const c = await punkt(['keypoints', '--method', 'llm', 'page.html'], dir);
  assert.equal(c.code, 2);
  assert.match(c.stderr, /llm\.baseUrl/);
});
