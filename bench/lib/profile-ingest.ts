/**
 * Where the ingest spends its CPU: runs `ingest()` (read, gunzip, extract, key points, save with
 * `put()` in group commits, as `punkt ingest`) over N bench pages spread over all sets, into a fresh
 * archive, under the V8 sampling profiler, and prints the functions with the most self time, the
 * files with the most self time, and the inclusive time of the pipeline's main calls.
 *
 *   npx tsc -p tsconfig.bench.json
 *   node bench/out/build/bench/lib/profile-ingest.js [PAGES=1405] [TOP=40]
 *
 * Runs compiled, like the bench children (tsx's loader would show up in the profile).
 */
// First, as in the `punkt` command: its V8 settings (src/cli/v8-tuning.ts; PUNKT_V8_FLAGS='' for V8's defaults).
import { V8_TUNING } from '../../src/cli/v8-tuning.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, type Profiler } from 'node:inspector';
import { performance } from 'node:perf_hooks';
import { SET_NAMES, hasSet, linkMigrationsForCompiledRun, loadSet } from './datasets.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { openDataDir } from '../../src/store/sqlite.js';

linkMigrationsForCompiledRun();
console.log(`V8 flags: ${V8_TUNING.flags || 'none (V8 defaults)'}`);

const INCLUSIVE = ['extract', 'parseHtml', 'runPipeline', 'keyPoints', 'stem', 'put', 'indexNearDuplicates', 'minhash', 'endGroup'];
const PAGES = Number(process.argv[2] ?? 1405);
const TOP = Number(process.argv[3] ?? 40);

const all = SET_NAMES.filter((s) => hasSet(s)).flatMap((s) => loadSet(s));
if (all.length === 0) { console.error('profile-ingest: benchmark data not found (set PUNKT_BENCH_DIR)'); process.exit(1); }
const step = all.length / Math.min(PAGES, all.length);
const files = Array.from({ length: Math.min(PAGES, all.length) }, (_, i) => all[Math.floor(i * step)]!.file);

const post = <T>(s: Session, method: string, params?: object) =>
  new Promise<T>((ok, fail) => s.post(method, params ?? {}, (err, res) => (err ? fail(err) : ok(res as T))));
const session = new Session();
session.connect();
await post(session, 'Profiler.enable');
await post(session, 'Profiler.setSamplingInterval', { interval: 500 });
const tmp = mkdtempSync(join(tmpdir(), 'punkt-profile-ingest-'));
try {
  const store = openDataDir(join(tmp, 'data'));
  await post(session, 'Profiler.start');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await ingest(files, { store, retryFailed: false, maintainMs: 0 });
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
  store.close();
  const n = r.created + r.updated;
  console.log(`${n} pages (${r.failed} failed): ${secs.toFixed(2)} s wall, ${(n / secs).toFixed(1)} articles/s; ` +
    `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU (all threads), ${(n / ((cpu.user + cpu.system) / 1e6)).toFixed(1)} articles per CPU-second`);
  report(profile, n);
} finally {
  session.disconnect();
  rmSync(tmp, { recursive: true, force: true });
}

function report(p: Profiler.Profile, pages: number): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  let total = 0;
  p.samples!.forEach((id, i) => { const d = p.timeDeltas![i] ?? 0; self.set(id, (self.get(id) ?? 0) + d); total += d; });
  const where = (n: Profiler.ProfileNode) => n.callFrame.url.replace(/^.*\/build\//, '').replace(/^.*node_modules\//, 'nm/');
  const fnKey = new Map<string, number>();
  const fileKey = new Map<string, number>();
  const incl = new Map(INCLUSIVE.map((k) => [k, 0]));
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    const k = `${n.callFrame.functionName || '(anonymous)'} ${where(n)}:${n.callFrame.lineNumber + 1}`;
    fnKey.set(k, (fnKey.get(k) ?? 0) + t);
    const f = where(n).replace(/^(nm\/(?:@[^/]+\/)?[^/]+).*/, '$1') || '(native / builtins)';
    fileKey.set(f, (fileKey.get(f) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur)!.callFrame.functionName;
      if (incl.has(name) && !seen.has(name)) { seen.add(name); incl.set(name, incl.get(name)! + t); }
    }
  }
  const row = (t: number) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / total).toFixed(1).padStart(5)} % ${(t / 1000 / pages).toFixed(2).padStart(6)} ms/page`;
  console.log(`\nsampled main-thread time ${(total / 1e6).toFixed(2)} s\n\ninclusive:`);
  for (const [k, t] of incl) console.log(`${row(t)}  ${k}`);
  console.log('\nself, by function:');
  for (const [k, t] of [...fnKey].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${row(t)}  ${k}`);
  console.log('\nself, by file:');
  for (const [k, t] of [...fileKey].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${row(t)}  ${k}`);
  // PROFILE_CALLERS=name: the call paths (5 frames up) that spend the self time of functions so named.
  const wanted = process.env.PROFILE_CALLERS;
  if (wanted) {
    const paths = new Map<string, number>();
    for (const [id, t] of self) {
      if (byId.get(id)!.callFrame.functionName !== wanted) continue;
      const chain: string[] = [];
      for (let cur = parent.get(id), i = 0; cur !== undefined && i < 5; cur = parent.get(cur), i++) {
        const n = byId.get(cur)!;
        chain.push(`${n.callFrame.functionName || '(anonymous)'}@${where(n).replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`);
      }
      const k = chain.join(' < ');
      paths.set(k, (paths.get(k) ?? 0) + t);
    }
    console.log(`\ncallers of ${wanted}:`);
    for (const [k, t] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${row(t)}  ${k}`);
  }
}
