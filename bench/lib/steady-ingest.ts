/**
 * What the ingest costs once V8 is warm but the pages are new: the bench pages split in two
 * interleaved halves, A and B. Pass 1 ingests A (a cold process: JIT warm-up, empty word memos),
 * pass 2 ingests B (warm code, but B's words are mostly new to the stem and word-fact memos, as in a
 * long real ingest), pass 3 ingests B again (warm code and memos: what an in-process A/B that
 * repeats its pages measures). Each pass into a fresh archive; CPU time of all threads.
 *
 *   npx tsc -p tsconfig.bench.json && node bench/out/build/bench/lib/steady-ingest.js [PAGES=1405]
 */
// First, as in the `punkt` command: its V8 settings (src/cli/v8-tuning.ts; PUNKT_V8_FLAGS='' for V8's defaults).
import { V8_TUNING } from '../../src/cli/v8-tuning.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SET_NAMES, hasSet, linkMigrationsForCompiledRun, loadSet } from './datasets.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { openDataDir } from '../../src/store/sqlite.js';

linkMigrationsForCompiledRun();
console.log(`V8 flags: ${V8_TUNING.flags || 'none (V8 defaults)'}`);
const PAGES = Number(process.argv[2] ?? 1405);
const all = SET_NAMES.filter((s) => hasSet(s)).flatMap((s) => loadSet(s));
if (all.length === 0) { console.error('steady-ingest: benchmark data not found (set PUNKT_BENCH_DIR)'); process.exit(1); }
const step = all.length / Math.min(PAGES, all.length);
const files = Array.from({ length: Math.min(PAGES, all.length) }, (_, i) => all[Math.floor(i * step)]!.file);
const halves = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)] as const;

const tmp = mkdtempSync(join(tmpdir(), 'punkt-steady-'));
try {
  const passes: Array<[string, string[]]> = [
    ['1: half A, cold process', halves[0]],
    ['2: half B, warm code, new pages', halves[1]],
    ['3: half B again, warm code and memos', halves[1]],
  ];
  for (const [i, [name, list]] of passes.entries()) {
    const store = openDataDir(join(tmp, `d${i}`));
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await ingest(list, { store, retryFailed: false, maintainMs: 0 });
    const secs = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    store.close();
    const n = r.created + r.updated;
    const cpuMs = (c.user + c.system) / 1000 / n;
    console.log(`pass ${name}: ${n} pages, ${cpuMs.toFixed(2)} ms CPU per page (${(1000 / cpuMs).toFixed(1)} articles per CPU-second), ${(n / secs).toFixed(1)} articles/s wall`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
