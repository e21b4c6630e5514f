/**
 * Per-stage CPU time of extraction and built-in key points over the bench pages (in process,
 * second pass after a warm-up pass), from the stages' own timings.
 *
 *   npx tsc -p tsconfig.bench.json && node bench/out/build/bench/lib/stage-times.js [PAGES=1405]
 */
import { SET_NAMES, hasSet, loadSet } from './datasets.js';
import { readFileInputSync } from '../../src/input/read.js';
import { extract } from '../../src/extract/extract.js';
import { runBuiltin } from '../../src/keypoints/pipeline.js';

const PAGES = Number(process.argv[2] ?? 1405);
const all = SET_NAMES.filter((s) => hasSet(s)).flatMap((s) => loadSet(s));
const step = all.length / Math.min(PAGES, all.length);
const files = Array.from({ length: Math.min(PAGES, all.length) }, (_, i) => all[Math.floor(i * step)]!.file);
const inputs = files.map((f) => readFileInputSync(f).bytes);
const now = new Date('2026-01-01T00:00:00Z');
for (const pass of [0, 1]) {
  const ex = new Map<string, number>();
  const kp = new Map<string, number>();
  for (const input of inputs) {
    const a = extract(input as never, { debug: true, now } as never);
    for (const [k, v] of Object.entries((a.debug as { timings?: Record<string, number> } | undefined)?.timings ?? {})) ex.set(k, (ex.get(k) ?? 0) + v);
    const { state } = runBuiltin(a);
    for (const [k, v] of Object.entries(state.timings)) kp.set(k, (kp.get(k) ?? 0) + v);
  }
  if (pass === 0) continue;
  const n = inputs.length;
  const show = (title: string, m: Map<string, number>) => {
    const total = [...m.values()].reduce((s, v) => s + v, 0);
    console.log(`${title}: ${(total / n).toFixed(2)} ms/page`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1])) console.log(`  ${(v / n).toFixed(3).padStart(7)}  ${k}`);
  };
  show('extract', ex);
  show('keypoints', kp);
}
