/**
 * The ingest pipeline: specs (files, directories, page URLs, feeds, sitemaps) → stored articles.
 *
 * 1. expandSpecs    — directories are walked for .html/.htm/.txt (optionally .gz); URLs stay URLs.
 * 2. retry          — items that failed on an earlier run (table ingest_errors) are queued again.
 * 3. fetchItem      — URLs go through the safe fetcher, one request at a time per host with a pause,
 *                     feeds and sitemaps with conditional GET; what a URL is, is decided by content.
 * 4. expandSource   — a feed or sitemap adds its item URLs (already stored ones are skipped).
 * 5. extractItem    — extract() + keyPoints() (the public API), file text dumps read as text; files
 *                     in worker threads when `jobs` > 1 (extract-pool.ts), saved in input order.
 * 6. saveItem       — de-dup by canonical URL and near-duplicate links happen in the store. Files
 *                     are committed in groups (at most GROUP_ARTICLES articles or GROUP_MS), each
 *                     article in its own savepoint; fetched pages one transaction each.
 * 7. maintain       — the store merges its search index within a time budget.
 * A failing item is recorded (with its error) and the run goes on; it never aborts the run.
 *
 * @example
 *   const report = await ingest(['./pages', 'https://example.ch/rss'], { store, onProgress: console.log });
 */
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extract } from '../index.js';
import { isUrlSpec } from '../input/read.js';
import type { Article, ExtractOptions } from '../model/article.js';
import { extractFile, withKeyPoints, type FileJobOptions } from './extract-file.js';
import { ExtractPool } from './extract-pool.js';
import type { ArticleStore, IngestLog } from '../store/types.js';
import { fetchConditional, HostQueue, type Fetcher } from './http.js';
import { parseSource } from './sources.js';

/** File types taken from a directory walk; a file named explicitly is taken whatever its name. */
const DIR_EXTENSIONS = /\.(html?|xhtml|txt)(\.gz)?$/i;
/** Pause between two requests to the same host: polite for news sites, which rate-limit crawlers
 * at around one request per second. */
export const DEFAULT_HOST_DELAY_MS = 1000;
/** Hosts fetched at the same time (each still one request at a time). */
const HOST_CONCURRENCY = 4;
/** A sitemap index may list sitemaps of sitemaps; stop following after this depth. */
const MAX_SOURCE_DEPTH = 3;
/** Failed items are retried on later runs until they have failed this often. */
export const MAX_ATTEMPTS = 5;
/** Time given to index maintenance at the end of a run: enough to merge a 100,000-article index
 * (2 s of CPU in bench:serve), and bounded so a small run into a huge archive does not wait long. */
export const DEFAULT_MAINTAIN_MS = 5000;
/** Group commit of files: a commit every GROUP_ARTICLES articles or GROUP_MS milliseconds, whichever
 * comes first. A commit per article cost 0.5 ms CPU per article more (saving the 1,405 bench pages:
 * 3.0 instead of 2.5 ms; WAL frames and an FTS5 segment written per commit). A crash loses at most
 * the open group, which a re-run saves again (a file's URL is its identity: no duplicates). */
export const GROUP_ARTICLES = 64;
export const GROUP_MS = 250;
/** Files per extraction worker at least: a worker costs its start (loading punkt: 0.3 s CPU measured) and its
 * own JIT warm-up, which a handful of files does not repay. */
export const MIN_FILES_PER_WORKER = 16;
/** Default time limit for one page's extraction in a worker: the slowest of the 1,405 bench pages took
 * 133 ms (read, extract, key points; the first page of a cold process 235 ms), so 60 s is a hang. */
export const DEFAULT_PAGE_TIMEOUT_MS = 60_000;
/** A gzipped sitemap may hold 50,000 URLs (the sitemap protocol's limit), about 10 MB of XML. */
const GUNZIP_MAX_BYTES = 50 * 1024 * 1024;

export type ItemStatus = 'created' | 'updated' | 'skipped' | 'not-modified' | 'expanded' | 'failed';

export interface IngestProgress { done: number; total: number; item: string; status: ItemStatus; error?: string }

export interface IngestOptions {
  store: ArticleStore & Partial<IngestLog>;
  onProgress?: (p: IngestProgress) => void;
  allowPrivate?: boolean;
  timeoutMs?: number;
  /** Largest page accepted, after decompression (the safe fetcher's default otherwise). */
  maxBytes?: number;
  maxRedirects?: number;
  /** Pause between requests to one host (default 1000 ms). */
  hostDelayMs?: number;
  /** Pause after every item, to go easy on a shared machine (default 0). */
  pauseMs?: number;
  /** Re-queue items that failed on earlier runs (default true). */
  retryFailed?: boolean;
  keyPointCount?: number;
  /** Extraction options passed through (timezone, language hint). */
  extract?: Pick<ExtractOptions, 'timezone' | 'language'>;
  /** Milliseconds of index maintenance after the run (default 5000; 0: none). */
  maintainMs?: number;
  /** Fetcher override (tests); default the safe fetcher. */
  fetcher?: Fetcher;
  /** Threads extracting files (default 1: in this thread). With more, files are read, extracted and
   * key-pointed in worker threads (at most one per MIN_FILES_PER_WORKER files) and saved here, in
   * input order; the stored archive is the same. */
  jobs?: number;
  /** With workers: a file whose extraction takes longer is stopped and fails (default 60 s). */
  pageTimeoutMs?: number;
}

export interface IngestReport {
  created: number;
  updated: number;
  skipped: number;
  notModified: number;
  failed: number;
  errors: Array<{ item: string; error: string }>;
  /** Extraction worker threads the run used (absent: files were extracted in the calling thread). */
  workers?: number;
}

interface Item { kind: 'file' | 'url' | 'page'; ref: string; source: string | null; depth: number }

/** Files under a path (sorted, so runs are reproducible), or the path itself. */
export function expandSpecs(specs: string[]): { items: Item[]; errors: Array<{ item: string; error: string }> } {
  const items: Item[] = [];
  const errors: Array<{ item: string; error: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = resolve(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (DIR_EXTENSIONS.test(name)) items.push({ kind: 'file', ref: p, source: null, depth: 0 });
    }
  };
  for (const spec of specs) {
    if (isUrlSpec(spec)) { items.push({ kind: 'url', ref: spec, source: null, depth: 0 }); continue; }
    try {
      const p = resolve(spec);
      if (statSync(p).isDirectory()) walk(p);
      else items.push({ kind: 'file', ref: p, source: null, depth: 0 });
    } catch (err) {
      errors.push({ item: spec, error: `Cannot read ${spec}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    }
  }
  return { items, errors };
}

export async function ingest(specs: string[], options: IngestOptions): Promise<IngestReport> {
  const { store } = options;
  const report: IngestReport = { created: 0, updated: 0, skipped: 0, notModified: 0, failed: 0, errors: [] };
  const hosts = new HostQueue(options.hostDelayMs ?? DEFAULT_HOST_DELAY_MS);
  const fetchOpts = { allowPrivate: options.allowPrivate ?? false, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, maxRedirects: options.maxRedirects };

  // 1. expandSpecs
  const { items, errors: specErrors } = expandSpecs(specs);
  const queued = new Set(items.map((i) => i.ref));
  // 2. retry
  if (options.retryFailed !== false && store.pendingErrors) {
    for (const e of store.pendingErrors(MAX_ATTEMPTS)) {
      if (queued.has(e.item)) continue;
      queued.add(e.item);
      const kind: Item['kind'] = isUrlSpec(e.item) ? (e.source ? 'page' : 'url') : 'file';
      items.push({ kind, ref: e.item, source: e.source, depth: 0 });
    }
  }

  let done = 0;
  let total = items.length + specErrors.length;
  const progress = (item: string, status: ItemStatus, error?: string) => {
    done++;
    options.onProgress?.({ done, total, item, status, ...(error ? { error } : {}) });
  };
  // The open group commit (see the files loop below): what it saved, undone in the report if the
  // group is lost, and the errors to record when it ends.
  let group: { saved: Array<{ item: Item; created: boolean }>; failed: Array<{ ref: string; source: string | null; message: string }> } | null = null;
  const recordError = (e: { ref: string; source: string | null; message: string }) => {
    try {
      store.recordError?.(e.ref, e.source, e.message);
    } catch { /* the error log is best effort; the run goes on */ }
  };
  const fail = (item: Item | string, err: unknown) => {
    const ref = typeof item === 'string' ? item : item.ref;
    const message = err instanceof Error ? err.message : String(err);
    report.failed++;
    report.errors.push({ item: ref, error: message });
    const error = { ref, source: typeof item === 'string' ? null : item.source, message };
    // In an open group commit the error row would be lost with the group if SQLite rolled it
    // back; it is written when the group ends (see endGroup below).
    if (group) group.failed.push(error); else recordError(error);
    progress(ref, 'failed', message);
  };
  for (const e of specErrors) fail(e.item, new Error(e.error));

  // Without a pause, still one turn of the event loop per item (setImmediate): files are read
  // synchronously, and the loop's tasks (V8's scheduled GC work, timers) should not wait for the run.
  const pause = () => new Promise((r) => (options.pauseMs ? setTimeout(r, options.pauseMs) : setImmediate(r)));

  // 5 + 6. extractItem, saveItem
  const jobOptions: FileJobOptions = { extract: options.extract, keyPointCount: options.keyPointCount };
  /** Saves an article that has its key points. */
  const saveArticle = (item: Item, article: Article, url: string) => {
    // put(): the same rows as save() without building the stored article, which is not used here
    const { created } = store.put ? store.put(article, { url }) : store.save(article, { url });
    if (created) report.created++; else report.updated++;
    group?.saved.push({ item, created });
    store.clearError?.(item.ref);
    progress(item.ref, created ? 'created' : 'updated');
  };

  const processFile = async (item: Item, extracted?: Promise<Article>) => {
    const article = extracted ? await extracted : extractFile(item.ref, jobOptions);
    // Without a canonical URL of its own, the file's URL is the article's identity, so ingesting
    // the same file again updates it instead of adding a copy.
    saveArticle(item, article, pathToFileURL(item.ref).href);
  };

  const processUrl = async (item: Item, pending: Item[]) => {
    const isSpec = item.kind === 'url';
    const feed = isSpec ? store.getFeed?.(item.ref) ?? null : null;
    const got = await hosts.run(item.ref, () => fetchConditional(item.ref, {
      ...fetchOpts, feed: isSpec, etag: feed?.etag, lastModified: feed?.lastModified,
    }, options.fetcher));
    if (got.status === 'not-modified') {
      report.notModified++;
      store.clearError?.(item.ref);
      progress(item.ref, 'not-modified');
      return;
    }
    // sitemap.xml.gz is served as gzip bytes, not with a Content-Encoding
    if (got.bytes[0] === 0x1f && got.bytes[1] === 0x8b) got.bytes = gunzipSync(got.bytes, { maxOutputLength: GUNZIP_MAX_BYTES });
    // 4. expandSource
    const src = isSpec || item.depth > 0 ? parseSource(got.bytes, got.url) : { kind: 'page' as const, links: [] };
    if (src.kind !== 'page') {
      store.setFeed?.(item.ref, { etag: got.etag, lastModified: got.lastModified, lastStatus: 200 });
      const nested = src.kind === 'sitemapindex';
      for (const link of src.links) {
        if (queued.has(link)) continue;
        queued.add(link);
        if (!nested && store.getByUrl(link)) { report.skipped++; total++; progress(link, 'skipped'); continue; }
        if (nested && item.depth + 1 > MAX_SOURCE_DEPTH) continue;
        pending.push({ kind: nested ? 'url' : 'page', ref: link, source: item.ref, depth: nested ? item.depth + 1 : 0 });
        total++;
      }
      store.clearError?.(item.ref);
      progress(item.ref, 'expanded');
      return;
    }
    const article = extract(got.bytes, { ...options.extract, url: got.url, contentType: got.contentType });
    saveArticle(item, withKeyPoints(article, jobOptions), got.url);
  };

  // 3. fetchItem: files one by one (CPU-bound), URLs by a small pool of workers.
  const files = items.filter((i) => i.kind === 'file');
  const urls = items.filter((i) => i.kind !== 'file');
  const grouping = Boolean(store.beginGroup && store.endGroup);
  let groupStart = 0;
  const endGroup = () => {
    const { saved, failed } = group!;
    group = null;
    try {
      store.endGroup!();
    } catch (err) {
      // SQLite rolled the whole group back (disk full, I/O error): its articles are not stored,
      // so they are failures of this run, recorded to be retried by the next one
      const message = err instanceof Error ? err.message : String(err);
      for (const { item, created } of saved) {
        if (created) report.created--; else report.updated--;
        report.failed++;
        report.errors.push({ item: item.ref, error: message });
        failed.push({ ref: item.ref, source: item.source ?? null, message });
      }
    }
    for (const e of failed) recordError(e);
  };
  // With workers, up to WINDOW files are being extracted ahead of the one being saved.
  const jobs = Math.max(1, Math.min(Math.floor(options.jobs ?? 1), Math.ceil(files.length / MIN_FILES_PER_WORKER)));
  const pool = jobs > 1 ? new ExtractPool({ size: jobs, ...jobOptions, pageTimeoutMs: options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS }) : null;
  if (pool) report.workers = jobs;
  const WINDOW = jobs * 4;
  const ahead: Array<Promise<Article> | undefined> = [];
  const startAhead = (k: number) => {
    if (!pool || k >= files.length || ahead[k]) return;
    const p = pool.run(files[k]!.ref);
    p.catch(() => { /* handled when its turn comes */ });
    ahead[k] = p;
  };
  try {
    for (let i = 0; i < files.length; i++) {
      const item = files[i]!;
      for (let k = i; k < i + WINDOW; k++) startAhead(k);
      const extracted = ahead[i];
      ahead[i] = undefined;
      if (grouping && !group) {
        // without a group (another writer held the lock too long) each save is its own transaction
        try { store.beginGroup!(); group = { saved: [], failed: [] }; groupStart = performance.now(); } catch { /* per article */ }
      }
      let ok = true;
      try { await processFile(item, extracted); } catch (err) { ok = false; fail(item, err); }
      // after a failure the group ends at once: if SQLite rolled it back, what it held is reported
      // (and recorded for retry) now, and the next files start a new group
      if (group && (!ok || group.saved.length >= GROUP_ARTICLES || performance.now() - groupStart >= GROUP_MS)) endGroup();
      await pause();
    }
  } finally {
    await pool?.close();
  }
  if (group) endGroup();
  const pending = [...urls];
  const worker = async () => {
    for (let item = pending.shift(); item; item = pending.shift()) {
      try { await processUrl(item, pending); } catch (err) { fail(item, err); }
      await pause();
    }
  };
  // Workers that find the queue empty stop; a feed's items are pushed by the worker that read it,
  // which then keeps draining them, so at least one worker is alive while items remain.
  await Promise.all(Array.from({ length: HOST_CONCURRENCY }, worker));
  // 7. maintain — merge the search index the run has grown, within a budget; what is left is
  //    resumed by the next run or the idle reader. A failure here loses nothing already saved.
  if (report.created + report.updated > 0 && options.maintainMs !== 0) {
    try { store.maintain?.(options.maintainMs ?? DEFAULT_MAINTAIN_MS); } catch { /* housekeeping only */ }
  }
  return report;
}
