/**
 * The store's share of an ingest, alone: every bench page is extracted and given key points once
 * (cached in the OS temp dir as punkt-store-times-articles.v8; delete it after changing extraction),
 * then the articles are put() into a fresh archive in group commits of GROUP articles
 * (beginGroup/put…/endGroup, as src/ingest/pipeline.ts does), PASSES times, and the CPU time of the
 * puts, of the group ends (full-text insert + COMMIT) and of the maintain() after the run is
 * reported per article, with the file size. Pass 0 is a warm-up. Runs compiled.
 *
 *   npx tsc -p tsconfig.bench.json
 *   [VARIANTS='base root=/other/checkout fts:automerge=8+pragma:cache_spill=0 …] [DIGEST=1] [SEARCH=1] \
 *     node bench/out/build/bench/lib/store-times.js [GROUP=20] [PASSES=5] [COPIES=1]
 *
 * VARIANTS are alternated pass by pass in this one process (an A/B on a noisy machine); `root=`
 * loads the store of another checkout's compiled build. DIGEST=1 prints a hash of everything the
 * archive stores, SEARCH=1 the CPU time of a fixed set of searches before and after maintain().
 * GROUP 20: the ingest ends a group at 64 articles or 250 ms, and at ~12 ms per page on one core
 * a group holds about 20. COPIES > 1 saves every article again under other URLs (a bigger archive).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { SET_NAMES, hasSet, linkMigrationsForCompiledRun, loadSet, readPage } from './datasets.js';
import { extract, keyPoints } from '../../src/index.js';
import type { Article } from '../../src/model/article.js';
import { openDataDir, DB_FILE } from '../../src/store/sqlite.js';

linkMigrationsForCompiledRun();

const GROUP = Number(process.argv[2] ?? 20);
const PASSES = Number(process.argv[3] ?? 5);
const COPIES = Number(process.argv[4] ?? 1);
const NOW = new Date('2025-01-15T12:00:00Z');

const cache = join(tmpdir(), 'punkt-store-times-articles.v8');
let items: Array<{ url: string; article: Article }>;
if (existsSync(cache)) {
  items = deserialize(readFileSync(cache)) as typeof items;
} else {
  items = [];
  for (const set of SET_NAMES.filter((s) => hasSet(s))) {
    for (const page of loadSet(set)) {
      try {
        const a = extract(readPage(page), { url: page.url, now: NOW });
        a.keyPoints = keyPoints(a);
        items.push({ url: 'file:///bench/' + set + '/' + page.id, article: a });
      } catch { /* skipped like a failed ingest item */ }
    }
  }
  writeFileSync(cache, serialize(items));
}

const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

/** DIGEST=1: print a hash of everything the archive stores (rows without ids and times, signatures,
 * LSH keys, links, the full-text index's every term instance), to check that a change to the
 * store's layout or commits stores the same. */
const DIGEST = process.env.DIGEST === '1';
function digest(db: Database.Database): string {
  const h = createHash('sha1');
  const add = (rows: unknown[]) => { for (const r of rows) h.update(JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)) + '\n'); };
  add(db.prepare('SELECT rid, canonical_url, url, site, language, published, title, lead, text, keypoints, facets, data FROM articles ORDER BY rid').raw().all());
  add(db.prepare('SELECT * FROM article_minhash ORDER BY rid').raw().all());
  add(db.prepare('SELECT * FROM article_lsh ORDER BY key, rid').raw().all());
  add(db.prepare('SELECT * FROM article_duplicates ORDER BY a, b').raw().all());
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.digest_instances USING fts5vocab(main, articles_fts, instance)');
  add(db.prepare('SELECT term, doc, col, offset FROM temp.digest_instances ORDER BY term, doc, col, offset').raw().all());
  db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
  return h.digest('hex').slice(0, 16);
}

/** SEARCH=1: time searches for the first title word of every 10th article (3 rounds, the last
 * counted) before and after maintain(): more index segments make every query read more. */
const SEARCH = process.env.SEARCH === '1';
const queries = items.filter((_, i) => i % 10 === 0).map((it) => /\p{L}{4,}/u.exec(it.article.title ?? '')?.[0]).filter((q): q is string => Boolean(q));
function searchMs(store: ReturnType<typeof openDataDir>): number {
  let ms = 0;
  for (let round = 0; round < 3; round++) {
    const c0 = cpuMs(process.cpuUsage());
    for (const q of queries) store.search({ q });
    ms = cpuMs(process.cpuUsage()) - c0;
  }
  return ms;
}

/** Experiments (bench only), alternated pass by pass in this process: each VARIANT is `base` or
 * `+`-joined `page_size=N` (the new file's), `pragma:name=value`, `fts:option=value` (an FTS5
 * configuration option), applied after opening. */
const variants = (process.env.VARIANTS ?? 'base').split(/\s+/).filter(Boolean);

/** `root=DIR`: the store of another checkout's compiled build (an A/B of two versions of the store). */
const openers = new Map<string, typeof openDataDir>();
for (const v of variants) {
  for (const p of v.split('+').filter((x) => x.startsWith('root='))) {
    const dir = p.slice(5);
    const mod = await import(pathToFileURL(join(dir, 'bench/out/build/src/store/sqlite.js')).href) as { openDataDir: typeof openDataDir };
    openers.set(dir, mod.openDataDir);
  }
}

function run(variant: string): { put: number; end: number; merge: number; size: number; n: number } {
  const tmp = mkdtempSync(join(tmpdir(), 'punkt-store-times-'));
  const parts = variant === 'base' ? [] : variant.split('+');
  const page = parts.find((p) => p.startsWith('page_size='));
  if (page) {
    const db = new Database(join(tmp, DB_FILE));
    db.pragma(page);
    db.pragma('journal_mode = WAL');
    db.close();
  }
  const root = parts.find((p) => p.startsWith('root='));
  const store = root ? openers.get(root.slice(5))!(tmp) : openDataDir(tmp);
  for (const p of parts) {
    if (p.startsWith('pragma:')) store.db.pragma(p.slice(7));
    if (p.startsWith('fts:')) {
      const [k, v] = p.slice(4).split('=');
      store.db.exec(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('${k}', ${Number(v)})`);
    }
  }
  let put = 0;
  let end = 0;
  let n = 0;
  for (let copy = 0; copy < COPIES; copy++) {
    for (let i = 0; i < items.length; i += GROUP) {
      store.beginGroup();
      const c0 = cpuMs(process.cpuUsage());
      for (const { url, article } of items.slice(i, i + GROUP)) {
        const a = copy === 0 ? article : { ...article, url: article.url ? article.url + '#copy' + copy : null };
        store.put(a, { url: copy === 0 ? url : url + '#copy' + copy });
        n++;
      }
      const c1 = cpuMs(process.cpuUsage());
      store.endGroup();
      const c2 = cpuMs(process.cpuUsage());
      put += c1 - c0;
      end += c2 - c1;
    }
  }
  const before = DIGEST ? digest(store.db) : '';
  const searchBefore = SEARCH ? searchMs(store) : 0;
  const segments = store.db.prepare('SELECT count(DISTINCT segid) FROM articles_fts_idx').pluck().get() as number;
  // the merge `punkt ingest` runs at its end (maintain()), counted apart
  const m0 = cpuMs(process.cpuUsage());
  store.maintain();
  const merge = cpuMs(process.cpuUsage()) - m0;
  if (SEARCH) {
    console.log(`${variant}: ${queries.length} searches ${searchBefore.toFixed(1)} ms CPU as built (${segments} index segments), ${searchMs(store).toFixed(1)} ms after maintain()`);
  }
  if (DIGEST) console.log(`${variant}: archive digest ${before} before maintain(), ${digest(store.db)} after`);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const size = statSync(join(tmp, DB_FILE)).size;
  store.close();
  rmSync(tmp, { recursive: true, force: true });
  return { put: put / n, end: end / n, merge: merge / n, size, n };
}

const results = new Map(variants.map((v) => [v, [] as Array<ReturnType<typeof run>>]));
for (let pass = 0; pass < PASSES; pass++) {
  for (const v of pass % 2 ? [...variants].reverse() : variants) {
    const r = run(v);
    if (pass > 0 || PASSES === 1) results.get(v)!.push(r);
    console.log(`pass ${pass} ${v}: ${r.n} articles, put ${r.put.toFixed(3)} + group end ${r.end.toFixed(3)} = ${(r.put + r.end).toFixed(3)} ms CPU per article, then maintain() ${r.merge.toFixed(3)}; db ${(r.size / 1e6).toFixed(2)} MB`);
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [v, rs] of results) {
  console.log(`${v}: median put ${med(rs.map((r) => r.put)).toFixed(3)}, group end ${med(rs.map((r) => r.end)).toFixed(3)}, ` +
    `total ${med(rs.map((r) => r.put + r.end)).toFixed(3)} ms CPU per article; maintain() ${med(rs.map((r) => r.merge)).toFixed(3)}; db ${(med(rs.map((r) => r.size)) / 1e6).toFixed(2)} MB`);
}
