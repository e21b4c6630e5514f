/**
 * In-process A/B of two builds of the ingest: both loaded in one process, the same N bench pages
 * ingested into a fresh archive per pass, builds alternating, CPU time per page (pass 0 is warm-up).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// node bench/lib/ab-ingest.mjs OLD_ROOT NEW_ROOT [PAGES=600]: each root a checkout with `npx tsc -p tsconfig.bench.json` run in it.
const [A, B] = [process.argv[2], process.argv[3]];
if (!A || !B) { console.error('usage: node bench/lib/ab-ingest.mjs OLD_ROOT NEW_ROOT [PAGES=600]'); process.exit(2); }
const load = async (root) => ({
  root,
  ingest: (await import(`${root}/bench/out/build/src/ingest/pipeline.js`)).ingest,
  open: (await import(`${root}/bench/out/build/src/store/sqlite.js`)).openDataDir,
  ds: await import(`${root}/bench/out/build/bench/lib/datasets.js`),
});
const builds = [await load(A), await load(B)];
for (const b of builds) b.ds.linkMigrationsForCompiledRun();
const all = builds[0].ds.SET_NAMES.flatMap((s) => builds[0].ds.loadSet(s));
const N = Number(process.argv[4] ?? 600);
const step = all.length / N;
const files = Array.from({ length: N }, (_, i) => all[Math.floor(i * step)].file);
const res = [[], []];
for (let pass = 0; pass < 5; pass++) {
  for (const k of pass % 2 ? [1, 0] : [0, 1]) {
    const tmp = mkdtempSync(join(tmpdir(), 'ab-'));
    const store = builds[k].open(join(tmp, 'd'));
    const c0 = process.cpuUsage();
    const r = await builds[k].ingest(files, { store, retryFailed: false, maintainMs: 0 });
    const c = process.cpuUsage(c0);
    store.close(); rmSync(tmp, { recursive: true, force: true });
    const ms = (c.user + c.system) / 1000 / (r.created + r.updated);
    if (pass > 0) res[k].push(ms);
    console.log(`pass ${pass} ${k ? 'new' : 'old'}: ${ms.toFixed(2)} ms CPU per page (${r.created + r.updated} pages)`);
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median of passes 1-4: old ${med(res[0]).toFixed(2)}, new ${med(res[1]).toFixed(2)} ms CPU per page`);
