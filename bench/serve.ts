/**
 * Archive benchmark (issue 5): ingest throughput from local files, search latency at 100,000
 * stored articles, and the database size on disk.
 *
 * Runs compiled (tsconfig.bench.json → bench/out/build), like `punkt ingest` from dist/: under tsx,
 * the same 300-page ingest took 22 % more CPU (28.3 instead of 34.5 articles per CPU-second, back
 * to back on 2026-12-07).
 *
 * 1. ingest     — `ingest()` (the CLI's pipeline: read, gunzip, extract, key points, save; files
 *                 committed in groups, an article per savepoint) over bench pages read from disk; articles/s on one core
 *                 (one Node thread, SQLite in-process). A second pass times the stages separately
 *                 in CPU time, and a third saves the same pages again (a re-run). Then the same
 *                 files again into a fresh archive with `jobs` = the cores (extraction on worker
 *                 threads, `punkt ingest`'s default), for the wall-clock rate on the whole machine.
 *                 Before all that, the one-thread ingest runs once more in a child process pinned to
 *                 one core with `taskset` (Linux; V8's compiler and GC threads then share that core):
 *                 the literal reading of the "≥ 100 articles/s on one core" target.
 * 2. build      — 100,000 articles made from the ingested ones: each gets a title, lead and key
 *                 points of one article and 6–12 paragraphs drawn from all of them (shuffled, mixed
 *                 sources), its own URL on one of 60 sites, a language and a date; saved through
 *                 `store.save()` (so de-dup signatures and FTS are built as in real use) in batches of
 *                 2,000 per transaction (bench only; ingest commits groups of 64 articles or 250 ms).
 * 3. search     — 300 queries (common and rare words, two-word queries, stems/compounds, with and
 *                 without site/language/date filters), each with total count and snippets for the
 *                 first page of 20; p50/p95/max latency after a warm-up.
 *                 Then once more after `maintain()` (FTS index merged into one segment, as
 *                 `punkt ingest` leaves it and the idle reader does).
 * 4. size       — punkt.db after a WAL checkpoint, per table (dbstat).
 *
 *   npm run bench:serve                         # 300 pages, 100,000 articles
 *   npm run bench:serve -- --pages 100 --n 20000 # quicker
 *   npm run bench:serve -- --write              # also update docs/benchmarks.md (bench:serve section)
 *   npm run bench:serve -- --ingest-only        # only part 1 (ingest throughput and stage times)
 *   npm run bench:serve -- --jobs 1             # without the second ingest run on worker threads (default: the cores)
 *   npm run bench:serve -- --no-pinned          # without the ingest pinned to one core (taskset)
 */
// First, as in the `punkt` command: its V8 settings (src/cli/v8-tuning.ts; PUNKT_V8_FLAGS='' for V8's defaults).
import { V8_TUNING } from '../src/cli/v8-tuning.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract, keyPoints } from '../src/index.js';
import { ingest } from '../src/ingest/pipeline.js';
import { finalizeText, type Article, type Block } from '../src/model/article.js';
import { openDataDir, DB_FILE } from '../src/store/sqlite.js';
import { minhash } from '../src/dedupe/minhash.js';
import type { SearchQuery } from '../src/store/types.js';
import { SET_NAMES, hasSet, linkMigrationsForCompiledRun, loadSet, readPage, type PageRef } from './lib/datasets.js';
import { writeServeBlock } from './serve-doc.js';
import { rng } from './lib/rng.js';

const argv = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : def;
};
const PAGES = Number(arg('--pages', '300'));
const N = Number(arg('--n', '100000'));
const QUERIES = Number(arg('--queries', '300'));
const WRITE = argv.includes('--write');
const KEEP = argv.includes('--keep');
const INGEST_ONLY = argv.includes('--ingest-only');
/** Extraction threads of the second ingest run (`punkt ingest --jobs`); 1 skips it. */
const JOBS = Number(arg('--jobs', String(availableParallelism())));
const BATCH = 2000;
/** Internal: this process is the pinned one-core ingest child; it prints one JSON line and exits. */
const PINNED_CHILD = argv.includes('--pinned-child');
const PINNED = !argv.includes('--no-pinned') && !PINNED_CHILD;

interface IngestRun { n: number; secs: number; cpu: number; failed: number }

/**
 * The one-thread ingest of the same pages in a child pinned to the last core by `taskset`; null
 * (with the reason) where taskset is missing or the child fails.
 */
function pinnedIngest(): { run: IngestRun; core: number } | { error: string } {
  if (process.platform !== 'linux' || spawnSync('taskset', ['-V']).error) return { error: 'taskset not available' };
  const core = availableParallelism() - 1;
  const child = spawnSync('taskset', ['-c', String(core), process.execPath, fileURLToPath(import.meta.url), '--pinned-child', '--pages', String(PAGES)], {
    encoding: 'utf8', env: process.env, maxBuffer: 16 * 1024 * 1024,
  });
  const line = child.stdout?.split('\n').find((l) => l.startsWith('{"pinned":'));
  if (child.status !== 0 || !line) return { error: `the pinned child failed (exit ${child.status}): ${(child.stderr ?? '').trim().slice(0, 300)}` };
  return { run: (JSON.parse(line) as { pinned: IngestRun }).pinned, core };
}

const rand = rng(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? 0;
};
/** CPU seconds of this process since `since`: on a shared machine wall time includes waiting for a core. */
const cpuSecs = (since: NodeJS.CpuUsage) => { const d = process.cpuUsage(since); return (d.user + d.system) / 1e6; };
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function sample(pages: PageRef[], limit: number): PageRef[] {
  if (!limit || pages.length <= limit) return pages;
  const step = pages.length / limit;
  return Array.from({ length: limit }, (_, i) => pages[Math.floor(i * step)]!);
}

const SITES = Array.from({ length: 60 }, (_, i) => `site${i}.example`);
const LANGS = ['de', 'de-CH', 'de-AT', 'en', 'fr', 'it'];

async function main() {
  linkMigrationsForCompiledRun();
  const sets = SET_NAMES.filter((s) => hasSet(s));
  if (sets.length === 0) {
    console.error('bench:serve: benchmark data not found (set PUNKT_BENCH_DIR)');
    process.exit(1);
  }
  const pages = sets.flatMap((s) => sample(loadSet(s), Math.ceil(PAGES / sets.length)));
  if (PINNED_CHILD) {
    const dir = mkdtempSync(join(tmpdir(), 'punkt-bench-pinned-'));
    try {
      const st = openDataDir(join(dir, 'ingest'));
      const c = process.cpuUsage();
      const t = performance.now();
      const rr = await ingest(pages.map((p) => p.file), { store: st, retryFailed: false, jobs: 1 });
      const run: IngestRun = { n: rr.created + rr.updated, secs: (performance.now() - t) / 1000, cpu: cpuSecs(c), failed: rr.failed };
      st.close();
      console.log(JSON.stringify({ pinned: run }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  // 0. the same ingest in a child pinned to one core, first, while nothing else of ours runs
  const pinned = PINNED ? pinnedIngest() : null;
  const pinnedLine = pinned === null ? null
    : 'error' in pinned ? `not measured: ${pinned.error}`
      : `${pinned.run.n} pages in one process pinned to core ${pinned.core} (\`taskset -c ${pinned.core}\`), **${(pinned.run.n / pinned.run.secs).toFixed(1)} articles/s** wall (${pinned.run.secs.toFixed(1)} s; ${pinned.run.failed} failed); ${(pinned.run.n / pinned.run.cpu).toFixed(1)} articles per CPU-second`;
  const tmp = mkdtempSync(join(tmpdir(), 'punkt-bench-serve-'));
  const lines: string[] = [];
  try {
    // 1. ingest
    const store = openDataDir(join(tmp, 'ingest'));
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await ingest(pages.map((p) => p.file), { store, retryFailed: false });
    const ingestSecs = (performance.now() - t0) / 1000;
    const ingestCpu = cpuSecs(c0);
    const ingested = r.created + r.updated;
    const rate = ingested / ingestSecs;
    // 1b. the same files with extraction on JOBS worker threads, into a fresh archive (after the
    // one-thread run: the saving thread is warm here, the workers start cold)
    let parallel: IngestRun | null = null;
    if (JOBS > 1) {
      const pstore = openDataDir(join(tmp, 'ingest-jobs'));
      const cp = process.cpuUsage();
      const tp = performance.now();
      const rp = await ingest(pages.map((p) => p.file), { store: pstore, retryFailed: false, jobs: JOBS });
      parallel = { n: rp.created + rp.updated, secs: (performance.now() - tp) / 1000, cpu: cpuSecs(cp), failed: rp.failed };
      pstore.close();
    }
    const parallelLine = parallel
      ? `${parallel.n} pages with --jobs ${JOBS} (worker threads), **${(parallel.n / parallel.secs).toFixed(1)} articles/s** wall (${parallel.secs.toFixed(1)} s; ${parallel.failed} failed); ${(parallel.n / parallel.cpu).toFixed(1)} articles per CPU-second of all threads`
      : null;
    // stage timings in CPU time on the same pages (a second pass, into a file archive like the
    // first, not part of the rate above); the MinHash signature, part of save, is timed on its own
    const stage = { read: 0, extract: 0, keyPoints: 0, save: 0, minhash: 0, resave: 0 };
    const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const staged = openDataDir(join(tmp, 'stages'));
    const extracted: Array<{ a: Article; url: string }> = [];
    for (const p of pages) {
      let t = cpuMs();
      const bytes = readPage(p);
      stage.read += cpuMs() - t; t = cpuMs();
      const a = extract(bytes, { from: 'html' });
      stage.extract += cpuMs() - t; t = cpuMs();
      a.keyPoints = keyPoints(a);
      stage.keyPoints += cpuMs() - t; t = cpuMs();
      staged.save(a, { url: 'file://' + p.file });
      stage.save += cpuMs() - t; t = cpuMs();
      minhash(a.text);
      stage.minhash += cpuMs() - t;
      extracted.push({ a, url: 'file://' + p.file });
    }
    // saving the same pages again: what a re-run of an ingest costs per page in the store
    const t9 = cpuMs();
    for (const { a, url } of extracted) staged.save(a, { url });
    stage.resave = cpuMs() - t9;
    staged.close();
    const per = (ms: number) => (ms / pages.length).toFixed(2);
    const perPage = (ms: number) => ms / pages.length;
    // articles per CPU-second if only these stages ran (the part of the ingest target each bounds)
    const ceiling = (ms: number) => (1000 / perPage(ms)).toFixed(0);
    if (INGEST_ONLY) {
      store.close();
      console.log([
        `Measured ${new Date().toISOString()} (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; Node ${process.versions.node}; V8 flags ${V8_TUNING.flags || 'none'}), one Node thread.`,
        `ingest: ${ingested} pages, **${rate.toFixed(1)} articles/s** wall (${ingestSecs.toFixed(2)} s; ${r.failed} failed); ${(ingested / ingestCpu).toFixed(1)} articles per CPU-second (${ingestCpu.toFixed(2)} s CPU)`,
        ...(pinnedLine ? [`ingest: ${pinnedLine}`] : []),
        ...(parallelLine ? [`ingest: ${parallelLine}`] : []),
        `Per stage, CPU ms per page (second pass): read+gunzip ${per(stage.read)}, extract ${per(stage.extract)}, key points ${per(stage.keyPoints)}, save ${per(stage.save)}, of which the MinHash signature ${per(stage.minhash)}; re-save ${per(stage.resave)}.`,
        `Articles per CPU-second each stage alone would allow: read ${ceiling(stage.read)}, extract ${ceiling(stage.extract)}, key points ${ceiling(stage.keyPoints)}, save ${ceiling(stage.save)}.`,
      ].join('\n'));
      return;
    }

    // 2. build
    const sources: Article[] = [...store.iterate()].filter((a) => a.wordCount >= 20);
    store.close();
    if (sources.length === 0) throw new Error('no article with text was extracted; cannot build the archive');
    const pool: Block[] = sources.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph' || b.type === 'heading'));
    const big = openDataDir(join(tmp, 'big'));
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const day0 = Date.parse('2024-01-01T00:00:00Z');
    for (let done = 0; done < N;) {
      const n = Math.min(BATCH, N - done);
      big.batch(() => {
        for (let k = 0; k < n; k++) {
          const src = pick(sources);
          const blocks: Block[] = Array.from({ length: 6 + Math.floor(rand() * 7) }, () => pick(pool));
          const site = pick(SITES);
          const i = done + k;
          const a: Article = finalizeText({
            ...src, blocks, url: `https://www.${site}/news/${i.toString(36)}-${Math.floor(rand() * 1e9).toString(36)}`,
            language: rand() < 0.7 ? src.language ?? pick(LANGS) : pick(LANGS),
            published: new Date(day0 + Math.floor(rand() * 700 * 86400_000)).toISOString(),
            siteName: site, messages: [],
          });
          big.save(a);
        }
      });
      done += n;
      if (process.stderr.isTTY) process.stderr.write(`\rbuild ${done}/${N}`);
    }
    const buildSecs = (performance.now() - t1) / 1000;
    const buildCpu = cpuSecs(c1);
    if (process.stderr.isTTY) process.stderr.write('\n');
    const count = big.count();

    // 3. search
    const vocab = new Map<string, number>();
    for (const b of pool) for (const w of (b.type === 'paragraph' || b.type === 'heading' ? b.text : '').toLowerCase().match(/\p{L}{4,}/gu) ?? []) vocab.set(w, (vocab.get(w) ?? 0) + 1);
    const byFreq = [...vocab.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
    const common = byFreq.slice(0, 300);
    const mid = byFreq.slice(300, 3000);
    const rare = byFreq.slice(3000);
    const queries: SearchQuery[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const kind = i % 6;
      const q: SearchQuery =
        kind === 0 ? { q: pick(common) }
        : kind === 1 ? { q: pick(mid) }
        : kind === 2 ? { q: pick(rare.length ? rare : mid) }
        : kind === 3 ? { q: `${pick(mid)} ${pick(common)}` }
        // a word's beginning, as a reader types a compound's first element ("Rakete" for "Raketenangriff")
        : kind === 4 ? { q: pick(mid).slice(0, 6) }
        : { q: pick(common), ...(rand() < 0.5 ? { site: pick(SITES) } : { language: 'de' }), ...(rand() < 0.5 ? { from: '2024-06-01', to: '2024-12-31' } : {}) };
      queries.push(q);
    }
    const measure = () => {
      for (const q of queries.slice(0, 30)) big.search(q);
      const times: number[] = [];
      const cpuTimes: number[] = [];
      const byKind: number[][] = [[], [], [], [], [], []];
      let totalHits = 0;
      queries.forEach((q, i) => {
        const c = process.cpuUsage();
        const t = performance.now();
        const res = big.search({ ...q, limit: 20 });
        const ms = performance.now() - t;
        cpuTimes.push(cpuSecs(c) * 1000);
        times.push(ms);
        byKind[i % 6]!.push(ms);
        totalHits += res.total;
      });
      return { times, cpuTimes, byKind, totalHits };
    };
    const { times, cpuTimes, byKind, totalHits } = measure();
    const t2 = performance.now();
    const c2 = process.cpuUsage();
    big.maintain();
    const optimizeSecs = (performance.now() - t2) / 1000;
    const optimizeCpu = cpuSecs(c2);
    const opt = measure();
    const listT: number[] = [];
    for (let i = 0; i < 50; i++) { const t = performance.now(); big.list({ limit: 20, offset: i * 20 }); listT.push(performance.now() - t); }
    const getT: number[] = [];
    const ids = big.list({ limit: 100 }).map((a) => a.id);
    for (const id of ids) { const t = performance.now(); big.get(id); getT.push(performance.now() - t); }

    // 4. size
    big.db.pragma('wal_checkpoint(TRUNCATE)');
    const tables = (() => {
      try {
        return big.db.prepare(`SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC`).all() as Array<{ name: string; bytes: number }>;
      } catch {
        return [];
      }
    })();
    const dups = (big.db.prepare('SELECT count(*) AS n FROM article_duplicates').get() as { n: number }).n / 2;
    big.close();
    const file = join(tmp, 'big', DB_FILE);
    const size = statSync(file).size + (existsSync(file + '-wal') ? statSync(file + '-wal').size : 0);
    const group = (re: RegExp) => tables.filter((t) => re.test(t.name)).reduce((s, t) => s + t.bytes, 0);

    const kindNames = ['common word', 'mid-frequency word', 'rare word', 'two words', 'word prefix (6 letters)', 'common word + filters'];
    lines.push(
      `Measured ${new Date().toISOString().slice(0, 10)} on the 2-core machine shared with other jobs (load average ${loadavg()[0]!.toFixed(1)} at the end; Node ${process.versions.node} with the \`punkt\` command's V8 flags \`${V8_TUNING.flags || 'none'}\`, SQLite via better-sqlite3), one Node thread. Wall times include waiting for a core; CPU times do not.`,
      '',
      '| measure | result | target |',
      '|---|---|---|',
      `| ingest throughput (${ingested} bench pages from disk: read, gunzip, extract, key points, save; group commit) | **${rate.toFixed(1)} articles/s** wall (${ingestSecs.toFixed(1)} s; ${r.failed} failed); ${(ingested / ingestCpu).toFixed(1)} articles per CPU-second | ≥ 100 /s |`,
      ...(pinnedLine ? [`| same files, one core: a fresh process pinned with \`taskset\` (V8's compiler and GC threads share the core) | ${pinnedLine} | ≥ 100 /s |`] : []),
      ...(parallelLine ? [`| same files, extraction on worker threads (\`punkt ingest --jobs ${JOBS}\`, ${JOBS} = the cores; saving stays on one thread) | ${parallelLine} | – (the target is one core) |`] : []),
      `| search latency at ${count.toLocaleString('en')} articles, ${QUERIES} queries, total + 20 snippets | **p50 ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms** wall, max ${Math.max(...times).toFixed(1)} ms; CPU time p50 ${pct(cpuTimes, 0.5).toFixed(1)} ms, p95 ${pct(cpuTimes, 0.95).toFixed(1)} ms | p95 ≤ 20 ms |`,
      `| same, after the store's index maintenance (\`maintain()\`, run by \`punkt ingest\` at its end and by the reader when idle: ${optimizeSecs.toFixed(1)} s wall, ${optimizeCpu.toFixed(1)} s CPU) | **p50 ${pct(opt.times, 0.5).toFixed(1)} ms, p95 ${pct(opt.times, 0.95).toFixed(1)} ms** wall, max ${Math.max(...opt.times).toFixed(1)} ms; CPU time p50 ${pct(opt.cpuTimes, 0.5).toFixed(1)} ms, p95 ${pct(opt.cpuTimes, 0.95).toFixed(1)} ms | p95 ≤ 20 ms |`,
      `| database size at ${count.toLocaleString('en')} articles (after checkpoint) | **${mb(size)} MB** (${(size / count / 1024).toFixed(1)} KB/article) | – |`,
      '',
      `Per stage, CPU ms per page (second pass, same ${pages.length} pages): read+gunzip ${per(stage.read)}, extract ${per(stage.extract)}, key points ${per(stage.keyPoints)}, save (row + FTS + MinHash + links, one transaction) ${per(stage.save)}, of which the MinHash signature ${per(stage.minhash)}; saving the same pages again (a re-run) ${per(stage.resave)}.`,
      `Articles per CPU-second each stage alone would allow: read ${ceiling(stage.read)}, extract ${ceiling(stage.extract)}, key points ${ceiling(stage.keyPoints)}, save ${ceiling(stage.save)}; read + save (the store's part) ${ceiling(stage.read + stage.save)}, extract + key points ${ceiling(stage.extract + stage.keyPoints)}.`,
      `Building ${count.toLocaleString('en')} articles through save() in batches of ${BATCH}: ${buildSecs.toFixed(0)} s wall, ${buildCpu.toFixed(0)} s CPU (${(count / buildCpu).toFixed(0)} articles per CPU-second); ${dups} near-duplicate pairs linked (expected: few, paragraphs are drawn at random).`,
      `Search p50/p95 by query kind (wall, as built / after maintenance): ${kindNames.map((k, i) => `${k} ${pct(byKind[i]!, 0.5).toFixed(1)}/${pct(byKind[i]!, 0.95).toFixed(1)} → ${pct(opt.byKind[i]!, 0.5).toFixed(1)}/${pct(opt.byKind[i]!, 0.95).toFixed(1)} ms`).join('; ')}. Mean total per query: ${(totalHits / QUERIES).toFixed(0)} (counts stop at 5,000).`,
      `Latest-articles page (list, 20 per page, offsets 0–980): p95 ${pct(listT, 0.95).toFixed(1)} ms; get by id: p95 ${pct(getT, 0.95).toFixed(2)} ms.`,
      tables.length
        ? `Size by part: articles + indexes ${mb(group(/^(articles|sqlite_autoindex_articles_\d+|articles_(site|language|published|sort))$/))} MB, full-text index ${mb(group(/^articles_fts/))} MB, MinHash signatures + LSH ${mb(group(/^(article_(minhash|lsh)|sqlite_autoindex_article_lsh_\d+)$/))} MB, links ${mb(group(/^article_duplicates/))} MB.`
        : '',
      `Articles are made from ${sources.length} extracted bench pages (${pool.length} paragraphs), so words repeat far more than in a real archive: posting lists are longer and search is slower than it would be with 100,000 distinct articles.`,
    );
  } finally {
    if (!KEEP) rmSync(tmp, { recursive: true, force: true });
    else console.error(`kept ${tmp}`);
  }
  const table = lines.filter((l) => l !== undefined).join('\n');
  console.log(table);
  if (WRITE) writeServeBlock('throughput', table);
}

await main();
