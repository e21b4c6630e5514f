/**
 * Where punkt's HTML extraction spends its time, per page, in one process: the dispatch steps of
 * src/extract/extract.ts and every pipeline stage, timed separately. Pages are read into memory
 * first (gunzip excluded) and each page is extracted REPS times after a warm-up pass; the table gives
 * the median over pages of each page's median, and the sum of those medians per page as "all".
 * `extract()` itself is timed on its own too (row "extract()"), which is the number the bench's
 * ms/page corresponds to.
 *
 *   npx tsc -p tsconfig.bench.json
 *   node bench/out/build/bench/lib/profile-html.js [SET,SET…] [REPS]
 *
 * Times are performance.now() (wall) with the process pinned to one page at a time; the total is
 * also given as CPU time (process.cpuUsage) so that a loaded machine can be told apart.
 */
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT, SET_NAMES, hasSet, loadSet, readPage, type SetName } from './datasets.js';
import { extract } from '../../src/index.js';
import { binaryKind, decodeBytes } from '../../src/input/decode.js';
import { looksLikeHtml, looksLikeJson } from '../../src/input/sniff.js';
import { shrinkInput } from '../../src/input/shrink.js';
import { limitNesting } from '../../src/input/nesting.js';
import { parseHtml } from '../../src/html/dom.js';
import { Stats } from '../../src/html/stats.js';
import { HTML_PIPELINE } from '../../src/extract/pipeline.js';
import type { HtmlContext } from '../../src/extract/context.js';
import { emptyArticle } from '../../src/model/article.js';

const ROOT = REPO_ROOT.endsWith(join('bench', 'out', 'build')) ? resolve(REPO_ROOT, '..', '..', '..') : REPO_ROOT;
process.env.PUNKT_BENCH_DIR ??= resolve(ROOT, '..', 'shared', 'bench');
const NOW = new Date('2025-01-15T12:00:00Z');

type Times = Record<string, number>;

/** One pass of the dispatch and the first pipeline run, each step timed (mirrors extract.ts / html.ts). */
function phases(bytes: Uint8Array, url: string): Times {
  const t: Times = {};
  let t0 = performance.now();
  const lap = (name: string): void => { const n = performance.now(); t[name] = (t[name] ?? 0) + n - t0; t0 = n; };
  binaryKind(bytes); lap('binaryKind');
  let source = decodeBytes(bytes).text; lap('decodeBytes');
  const empty = source.trim() === ''; lap('trim');
  if (empty) return t;
  looksLikeJson(source); lap('looksLikeJson');
  const asHtml = looksLikeHtml(source); lap('looksLikeHtml');
  source = shrinkInput(source, asHtml).text; lap('shrinkInput');
  if (!asHtml) return t;
  source = limitNesting(source).html; lap('limitNesting');
  const doc = parseHtml(source); lap('parse');
  const options = { url, now: NOW };
  const ctx: HtmlContext = {
    html: source, options, doc, stats: new Stats(doc),
    meta: undefined as never,
    dates: { timezone: 'UTC', now: NOW },
    language: null, body: null, bodies: [], header: null, h1: null, kicker: null, lead: null, leadEl: null,
    hero: null, heroEl: null, bylines: [], declaredAuthors: [], textBylines: [], authorLinks: [], copyrightHolders: [], nearTitleDate: null, nearTitleField: null, dateBelowTitle: null, classedDate: null, stamps: [], sourceCredits: [], consumed: new Set(), textCache: new Map(),
    article: emptyArticle(), removals: [], debug: false,
  };
  lap('stats');
  for (const [name, stage] of HTML_PIPELINE) {
    try { stage(ctx); } catch { /* a failing stage is the pipeline's business, not the profile's */ }
    lap(name);
  }
  return t;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) : 0;
};

function main(): void {
  const [setsArg, repsArg] = process.argv.slice(2);
  const sets = (setsArg ? setsArg.split(',') : [...SET_NAMES]) as SetName[];
  const reps = Number(repsArg) || 5;
  for (const set of sets) {
    if (!hasSet(set)) { console.error(`profile: set ${set} not found — skipped`); continue; }
    const pages = loadSet(set).map((p) => ({ url: p.url, bytes: readPage(p) }));
    for (const p of pages) { extract(p.bytes, { url: p.url, now: NOW }); phases(p.bytes, p.url); } // warm-up
    const perPage = pages.map(() => ({ extract: [] as number[], cpu: [] as number[], phases: [] as Times[] }));
    const cpu0 = process.cpuUsage();
    for (let r = 0; r < reps; r++) {
      pages.forEach((p, i) => {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        extract(p.bytes, { url: p.url, now: NOW });
        perPage[i]!.extract.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        perPage[i]!.cpu.push((c.user + c.system) / 1000);
      });
    }
    const extractCpu = process.cpuUsage(cpu0);
    for (let r = 0; r < reps; r++) pages.forEach((p, i) => perPage[i]!.phases.push(phases(p.bytes, p.url)));
    const names = [...new Set(perPage.flatMap((p) => p.phases.flatMap((t) => Object.keys(t))))];
    const row = (name: string, xs: number[]): string => `${name.padEnd(22)} ${median(xs).toFixed(3).padStart(8)}  ${(xs.reduce((a, b) => a + b, 0)).toFixed(0).padStart(7)}`;
    console.log(`\n${set}: ${pages.length} pages × ${reps} reps — median over pages of per-page median ms, and the sum over pages (ms)`);
    console.log(row('extract() wall', perPage.map((p) => median(p.extract))));
    console.log(row('extract() CPU', perPage.map((p) => median(p.cpu))));
    console.log(`  (process CPU for all ${reps} extract passes: ${((extractCpu.user + extractCpu.system) / 1000 / reps).toFixed(0)} ms per pass)`);
    console.log(row('phases total', perPage.map((p) => median(p.phases.map((t) => Object.values(t).reduce((a, b) => a + b, 0))))));
    for (const n of names) console.log(row(n, perPage.map((p) => median(p.phases.map((t) => t[n] ?? 0)))));
  }
}

main();
