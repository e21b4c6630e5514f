import { it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDataDir } from '../../src/store/sqlite.js';
import { makeArticle } from './contract.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'punkt-export-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

it('punkt export streams every article as JSON Lines and as Markdown, oldest first', () => {
  const data = join(tmp, 'data');
  const store = openDataDir(data);
  for (let i = 0; i < 450; i++) store.save(makeArticle({ title: `Titel ${i}`, url: `https://a.ch/${i}`, paragraphs: [`Text ${i} <b>fett</b>.`] }));
  store.close();
  const run = (format: string) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'export', '--data', data, '--format', format], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const jsonl = run('jsonl');
  assert.equal(jsonl.status, 0, jsonl.stderr);
  const rows = jsonl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { title: string; id: string; canonicalUrl: string });
  assert.equal(rows.length, 450, 'more than one internal page of 200');
  assert.deepEqual(rows.slice(0, 3).map((r) => r.title), ['Titel 0', 'Titel 1', 'Titel 2']);
  assert.equal(new Set(rows.map((r) => r.id)).size, 450);
  const md = run('md');
  assert.equal(md.status, 0, md.stderr);
  assert.match(md.stdout, /# Titel 0[\s\S]*# Titel 449/);
  assert.equal((md.stdout.match(/^---$/gm) ?? []).length, 449);
  const bad = run('xml');
  assert.notEqual(bad.status, 0);
});

it('punkt ingest and export read the same settings as serve: config file, environment, flags, validated first', () => {
  const dir = join(tmp, 'cfg');
  const pages = join(dir, 'pages');
  mkdirSync(pages, { recursive: true });
  writeFileSync(join(pages, 'a.html'), '<html lang="de"><head><title>Föhn im Tal</title></head><body><article><h1>Föhn im Tal</h1><p>Der Föhn bringt warme Luft in die Alpentäler und sorgt für klare Sicht.</p></article></body></html>');
  writeFileSync(join(dir, 'punkt.config.json'), JSON.stringify({ dataDir: 'archive', keyPoints: { count: 2 } }));
  // run from the config's directory: tsx is found by its resolved URL, not from the cwd
  const TSX = import.meta.resolve('tsx');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PUNKT_')));
  const cli = (args: string[], extra: Record<string, string> = {}) => spawnSync(process.execPath, ['--import', TSX, join(ROOT, 'src/cli/main.ts'), ...args], { cwd: dir, encoding: 'utf8', env: { ...env, ...extra } });
  const ok = cli(['ingest', '--quiet', pages]);
  assert.equal(ok.status, 0, ok.stderr);
  // dataDir from the config file, relative to it
  const out = cli(['export']);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /"title":"Föhn im Tal"/);
  const store = openDataDir(join(dir, 'archive'));
  assert.equal(store.count(), 1);
  store.close();
  const bad = cli(['ingest', '--quiet', pages], { PUNKT_KEYPOINTS_COUNT: '99' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /keyPoints\.count \(from PUNKT_KEYPOINTS_COUNT\)/);
  const badFile = cli(['export', '--config', join(dir, 'missing.json')]);
  assert.equal(badFile.status, 2);
  assert.match(badFile.stderr, /config file not found/);
});
