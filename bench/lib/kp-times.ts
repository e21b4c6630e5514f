/**
 * CPU time of the built-in key points alone over the bench pages: the pages are extracted once,
 * then key points run REPS times over all of them in process (the first pass warms up and fills
 * the word memos); prints ms/page of each pass after the first and per stage.
 *
 *   npx tsc -p tsconfig.bench.json && node bench/out/build/bench/lib/kp-times.js [PAGES=1405] [REPS=5]
 *
 * KP_ARTICLES=FILE.json keeps the extracted articles in FILE (written when missing), so A/B runs of
 * key-point changes skip the extraction.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SET_NAMES, hasSet, loadSet } from './datasets.js';
import { readFileInputSync } from '../../src/input/read.js';
import { extract } from '../../src/extract/extract.js';
import { runBuiltin } from '../../src/keypoints/pipeline.js';
import type { Article } from '../../src/model/article.js';

const PAGES = Number(process.argv[2] ?? 1405);
const REPS = Number(process.argv[3] ?? 5);
const all = SET_NAMES.filter((s) => hasSet(s)).flatMap((s) => loadSet(s));
const step = all.length / Math.min(PAGES, all.length);
const files = Array.from({ length: Math.min(PAGES, all.length) }, (_, i) => all[Math.floor(i * step)]!.file);
const now = new Date('2026-01-01T00:00:00Z');
const cache = process.env.KP_ARTICLES;
const articles: Article[] = cache && existsSync(cache)
  ? JSON.parse(readFileSync(cache, 'utf8')) as Article[]
  : files.map((f) => extract(readFileInputSync(f).bytes as never, { now } as never));
if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(articles));
const n = articles.length;
const passes: number[] = [];
const stages = new Map<string, number>();
for (let pass = 0; pass <= REPS; pass++) {
  const c0 = process.cpuUsage();
  for (const a of articles) {
    const { state } = runBuiltin(a);
    if (pass > 0) for (const [k, v] of Object.entries(state.timings)) stages.set(k, (stages.get(k) ?? 0) + v);
  }
  const c = process.cpuUsage(c0);
  if (pass > 0) passes.push((c.user + c.system) / 1000 / n);
  else console.log(`first pass: ${((c.user + c.system) / 1000 / n).toFixed(3)} ms CPU/page`);
}
const sorted = [...passes].sort((a, b) => a - b);
console.log(`keypoints: ${passes.map((p) => p.toFixed(3)).join(' ')} ms CPU/page (median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(3)}, min ${sorted[0]!.toFixed(3)})`);
for (const [k, v] of [...stages].sort((a, b) => b[1] - a[1])) console.log(`  ${(v / n / REPS).toFixed(3).padStart(7)}  ${k}`);
