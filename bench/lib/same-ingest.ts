/**
 * Output checker for ingest speed work (key points and the store): for every page of the bench
 * sets, extracts it (fixed `now`), computes its key points and saves it into a fresh archive, then
 * records per page the key points and what the archive holds (every column of the article row with
 * the stored JSON inflated, the MinHash signature, the LSH band keys, the near-duplicate links and
 * the article as save() hands it back), or compares against a recorded run. Ids and timestamps,
 * which differ on every run, are left out (links are recorded by URL).
 *
 *   node --import tsx bench/lib/same-ingest.ts record NAME [SET,SET…]
 *   node --import tsx bench/lib/same-ingest.ts compare NAME [SET,SET…]
 *
 * Runs from source (the store finds its migrations next to src/).
 *
 * Output in bench/out/outputs/NAME/ingest-SET.json (git-ignored).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { REPO_ROOT, loadSet, readPage, type SetName } from './datasets.js';
import { extract, keyPoints } from '../../src/index.js';
import { openDataDir } from '../../src/store/sqlite.js';
import { runChecker } from './record-compare.js';

const NOW = new Date('2025-01-15T12:00:00Z');
const ROOT = REPO_ROOT.endsWith(join('bench', 'out', 'build')) ? resolve(REPO_ROOT, '..', '..', '..') : REPO_ROOT;
process.env.PUNKT_BENCH_DIR ??= resolve(ROOT, '..', 'shared', 'bench');

const VOLATILE = new Set(['id', 'created_at', 'updated_at', 'createdAt', 'updatedAt', 'sort_at', 'rid']);

function strip(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (VOLATILE.has(k)) continue;
    out[k] = Buffer.isBuffer(v) ? v.toString('base64') : v;
  }
  return out;
}

function outputsOf(set: SetName): Map<string, string> {
  const out = new Map<string, string>();
  const tmp = mkdtempSync(join(tmpdir(), 'punkt-same-ingest-'));
  let store: ReturnType<typeof openDataDir> | undefined;
  try {
    store = openDataDir(tmp);
    const pages = loadSet(set);
    const saved = new Map<string, unknown>();
    const keyPts = new Map<string, unknown>();
    for (const page of pages) {
      const url = 'file:///bench/' + set + '/' + page.id;
      try {
        const a = extract(readPage(page), { url: page.url, now: NOW });
        a.keyPoints = keyPoints(a);
        keyPts.set(page.id, a.keyPoints);
        const r = store.save(a, { url });
        // sort_at falls back to the save time for an undated article; record whether it did
        saved.set(page.id, { created: r.created, article: strip(r.article as unknown as Record<string, unknown>), alsoPublishedBy: r.article.alsoPublishedBy.map((d) => d.url) });
      } catch (e) {
        saved.set(page.id, { thrown: e instanceof Error ? e.message : String(e) });
      }
    }
    const db = store.db;
    const urlOf = db.prepare('SELECT url FROM articles WHERE rid = ?').pluck();
    const rows = db.prepare('SELECT * FROM articles ORDER BY rid').all() as Array<Record<string, unknown>>;
    const byUrl = new Map<string, Record<string, unknown>>();
    for (const row of rows) {
      const rid = row.rid as number;
      const rec = strip(row);
      rec.data = JSON.parse(inflateRawSync(row.data as Buffer).toString('utf8')) as unknown;
      rec.sortIsDate = row.sort_at === row.published || (row.published != null && String(row.sort_at).slice(0, 10) === String(row.published).slice(0, 10));
      const sig = db.prepare('SELECT sig FROM article_minhash WHERE rid = ?').pluck().get(rid) as Buffer | undefined;
      rec.sig = sig ? sig.toString('base64') : null;
      rec.lsh = (db.prepare('SELECT key FROM article_lsh WHERE rid = ? ORDER BY key').pluck().all(rid) as string[]);
      rec.links = (db.prepare('SELECT b, similarity FROM article_duplicates WHERE a = ? ORDER BY b').all(rid) as Array<{ b: number; similarity: number }>)
        .map((l) => [urlOf.get(l.b), l.similarity]);
      rec.fts = db.prepare('SELECT title, lead, body, keypoints, facets FROM articles_fts WHERE rowid = ?').get(rid);
      byUrl.set(String(row.canonical_url ?? row.url), rec);
    }
    for (const page of pages) {
      const s = saved.get(page.id) as { article?: { canonicalUrl?: string | null; url?: string | null } } | undefined;
      const key = s?.article ? String(s.article.canonicalUrl ?? s.article.url) : '';
      out.set(page.id, JSON.stringify({ keyPoints: keyPts.get(page.id) ?? null, saved: s, row: byUrl.get(key) ?? null }));
    }
    const fts = db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'der OR the OR le'").pluck().get();
    out.set('__archive__', JSON.stringify({ rows: rows.length, fts }));
  } finally {
    store?.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

runChecker({ tool: 'same-ingest', root: ROOT, filePrefix: 'ingest-', extraEntries: 1, excerpt: 200, outputsOf });
