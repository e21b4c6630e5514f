/**
 * Where the ingest allocates: runs `ingest()` (read, gunzip, extract, key points, save in group
 * commits, as `punkt ingest`) over N bench pages spread over all sets, into a fresh archive, under
 * V8's sampling heap profiler with the objects that the GC already collected included (so every
 * allocation counts, not just what survives), and prints the allocation sites with the most bytes
 * (self, by function and by file), the bytes allocated under the pipeline's main calls, and the
 * garbage collector's time per page (PerformanceObserver 'gc' entries).
 *
 *   npx tsc -p tsconfig.bench.json
 *   node bench/out/build/bench/lib/alloc-ingest.js [PAGES=1405] [TOP=40] [MODE=ingest]
 *
 * MODE: `ingest` (the whole ingest, default); `extract` (read + extract + key points in process,
 * no archive: parsing and extraction without the store's allocations); `gc-ingest` / `gc-extract`
 * run the same without the heap profiler and print only CPU and GC time per page (for A/B runs;
 * the sampler itself costs CPU). ALLOC_CALLERS=name,name… prints the call paths that allocate
 * in functions so named. Runs compiled, like profile-ingest (tsx's loader would show up).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector';
import { PerformanceObserver, constants, performance, type PerformanceEntry } from 'node:perf_hooks';
import { SET_NAMES, hasSet, linkMigrationsForCompiledRun, loadSet } from './datasets.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { openDataDir } from '../../src/store/sqlite.js';
import { readFileInputSync } from '../../src/input/read.js';
import { extract } from '../../src/extract/extract.js';
import { keyPoints } from '../../src/keypoints/index.js';

linkMigrationsForCompiledRun();

const INCLUSIVE = ['extract', 'parseHtml', 'runPipeline', 'keyPoints', 'stem', 'put', 'indexNearDuplicates', 'minhash', 'endGroup'];
const PAGES = Number(process.argv[2] ?? 1405);
const TOP = Number(process.argv[3] ?? 40);
const MODE = process.argv[4] ?? 'ingest';
if (!['ingest', 'extract', 'gc-ingest', 'gc-extract'].includes(MODE)) { console.error(`alloc-ingest: unknown mode ${MODE}`); process.exit(1); }
const SAMPLE = !MODE.startsWith('gc-');

const all = SET_NAMES.filter((s) => hasSet(s)).flatMap((s) => loadSet(s));
if (all.length === 0) { console.error('alloc-ingest: benchmark data not found (set PUNKT_BENCH_DIR)'); process.exit(1); }
const step = all.length / Math.min(PAGES, all.length);
const files = Array.from({ length: Math.min(PAGES, all.length) }, (_, i) => all[Math.floor(i * step)]!.file);

/** Node 20's sampling heap profile (the flags and the `samples` list are not in @types/node yet). */
interface HeapNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; id: number; children: HeapNode[] }

const post = <T>(s: Session, method: string, params?: object) =>
  new Promise<T>((ok, fail) => s.post(method, params ?? {}, (err, res) => (err ? fail(err) : ok(res as T))));

// GC pauses, by kind: entries arrive asynchronously, so the observer is flushed before reading.
const gcByKind = new Map<string, { ms: number; count: number }>();
const KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor (scavenge)',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major (mark-compact)',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[]) {
    const kind = KINDS[e.detail?.kind ?? -1] ?? 'other';
    const k = gcByKind.get(kind) ?? { ms: 0, count: 0 };
    k.ms += e.duration;
    k.count++;
    gcByKind.set(kind, k);
  }
});

const session = new Session();
session.connect();
const tmp = mkdtempSync(join(tmpdir(), 'punkt-alloc-ingest-'));
try {
  if (SAMPLE) {
    await post(session, 'HeapProfiler.enable');
    // Every ~4 KB allocated is sampled, including objects a minor or major GC has already freed.
    await post(session, 'HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  }
  gcObserver.observe({ entryTypes: ['gc'] });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  let failed = 0;
  if (MODE.endsWith('ingest')) {
    const store = openDataDir(join(tmp, 'data'));
    const r = await ingest(files, { store, retryFailed: false, maintainMs: 0 });
    store.close();
    n = r.created + r.updated;
    failed = r.failed;
  } else {
    const now = new Date('2026-01-01T00:00:00Z');
    for (const f of files) {
      try {
        keyPoints(extract(readFileInputSync(f).bytes, { now }));
        n++;
      } catch {
        failed++;
      }
    }
  }
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const heap = SAMPLE ? await post<{ profile: { head: HeapNode } }>(session, 'HeapProfiler.stopSampling') : undefined;
  await new Promise((ok) => setTimeout(ok, 50));
  gcObserver.disconnect();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(`${MODE}: ${n} pages (${failed} failed): ${secs.toFixed(2)} s wall, ${(cpuMs / n).toFixed(2)} ms CPU/page (all threads)` +
    (SAMPLE ? ' (the heap sampler adds its own cost)' : ''));
  const gcTotal = [...gcByKind.values()].reduce((s, k) => s + k.ms, 0);
  console.log(`gc: ${(gcTotal / n).toFixed(3)} ms/page (${((100 * gcTotal) / cpuMs).toFixed(1)} % of CPU)`);
  for (const [kind, k] of [...gcByKind].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`  ${(k.ms / n).toFixed(3).padStart(7)} ms/page  ${String(k.count).padStart(6)} pauses  ${kind}`);
  }
  if (heap) report(heap.profile.head, n);
} finally {
  session.disconnect();
  rmSync(tmp, { recursive: true, force: true });
}

function report(head: HeapNode, pages: number): void {
  const where = (n: HeapNode) => n.callFrame.url.replace(/^.*\/build\//, '').replace(/^.*node_modules\//, 'nm/');
  const fnKey = new Map<string, number>();
  const fileKey = new Map<string, number>();
  const incl = new Map(INCLUSIVE.map((k) => [k, 0]));
  const wanted = new Set((process.env.ALLOC_CALLERS ?? '').split(',').filter(Boolean));
  const paths = new Map<string, number>();
  let total = 0;
  const stack: HeapNode[] = [];
  const visit = (n: HeapNode): void => {
    stack.push(n);
    const b = n.selfSize;
    if (b > 0) {
      total += b;
      const k = `${n.callFrame.functionName || '(anonymous)'} ${where(n)}:${n.callFrame.lineNumber + 1}`;
      fnKey.set(k, (fnKey.get(k) ?? 0) + b);
      const f = where(n).replace(/^(nm\/(?:@[^/]+\/)?[^/]+).*/, '$1') || '(native / builtins)';
      fileKey.set(f, (fileKey.get(f) ?? 0) + b);
      const seen = new Set<string>();
      for (const s of stack) {
        const name = s.callFrame.functionName;
        if (incl.has(name) && !seen.has(name)) { seen.add(name); incl.set(name, incl.get(name)! + b); }
      }
      if (wanted.has(n.callFrame.functionName)) {
        const chain = [n, ...stack.slice(-6, -1).reverse()]
          .map((s) => `${s.callFrame.functionName || '(anonymous)'}@${where(s).replace(/^.*\//, '')}:${s.callFrame.lineNumber + 1}`);
        const key = chain.join(' < ');
        paths.set(key, (paths.get(key) ?? 0) + b);
      }
    }
    for (const c of n.children) visit(c);
    stack.pop();
  };
  visit(head);
  const row = (b: number) => `${(b / 1e6).toFixed(1).padStart(8)} MB ${((100 * b) / total).toFixed(1).padStart(5)} % ${(b / 1024 / pages).toFixed(1).padStart(7)} KB/page`;
  console.log(`\nsampled allocation ${(total / 1e6).toFixed(1)} MB (${(total / 1024 / pages).toFixed(0)} KB/page)\n\ninclusive:`);
  for (const [k, b] of incl) console.log(`${row(b)}  ${k}`);
  console.log('\nself, by function:');
  for (const [k, b] of [...fnKey].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${row(b)}  ${k}`);
  console.log('\nself, by file:');
  for (const [k, b] of [...fileKey].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${row(b)}  ${k}`);
  if (wanted.size) {
    console.log(`\ncallers of ${[...wanted].join(', ')}:`);
    for (const [k, b] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${row(b)}  ${k}`);
  }
}
