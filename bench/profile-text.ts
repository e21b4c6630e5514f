/**
 * Per-stage CPU profile of the text-dump pipeline over the dumps `npm run bench:text` keeps in
 * bench/out/dumps/<converter>/<set>/. Each page runs `rounds` times after one warm-up pass; every
 * stage is timed with `process.cpuUsage` summed over all pages (CPU time, so the figures hold
 * on a loaded machine where wall-clock time does not). Also reports the per-page median CPU time
 * of the whole `extract(dump, {from: 'text'})` call and the slowest pages.
 *
 *   node --import tsx bench/profile-text.ts [--sets a,b] [--converters x,y] [--rounds N] [--top N]
 *   npx tsc -p tsconfig.bench.json && PUNKT_TEXT_DUMPS=bench/out/dumps node --cpu-prof bench/out/build/bench/profile-text.js
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './lib/datasets.js';
import { extract } from '../src/index.js';
import { emptyArticle, finalizeText } from '../src/model/article.js';
import { compiledLexicon } from '../src/rules/text/index.js';
import { TEXT_STAGES, type TextContext } from '../src/text/index.js';

const { values: args } = parseArgs({
  options: {
    sets: { type: 'string' },
    converters: { type: 'string' },
    rounds: { type: 'string' },
    top: { type: 'string' },
  },
});

// compiled runs (tsconfig.bench.json) live in bench/out/build: point them at the dumps with PUNKT_TEXT_DUMPS
const DUMPS = process.env.PUNKT_TEXT_DUMPS ?? join(REPO_ROOT, 'bench', 'out', 'dumps');
const rounds = Number(args.rounds ?? 3);
const top = Number(args.top ?? 5);

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

function runStages(text: string, stageUs: Map<string, number>): void {
  const ctx: TextContext = {
    options: { from: 'text' }, input: text, units: [], lang: null, scoringLang: null,
    lex: compiledLexicon(null), article: emptyArticle(), removals: [], main: null, halt: false,
    stage: '', brand: null, repeatedTitles: [], barriers: new Set(), softBarriers: new Set(), captionCredits: new Map(), meta: [],
  };
  for (const [name, stage] of TEXT_STAGES) {
    if (ctx.halt) break;
    ctx.stage = name;
    const t0 = process.hrtime.bigint();
    stage(ctx);
    stageUs.set(name, (stageUs.get(name) ?? 0) + Number(process.hrtime.bigint() - t0) / 1000);
  }
  const t0 = process.hrtime.bigint();
  finalizeText(ctx.article);
  stageUs.set('finalizeText', (stageUs.get('finalizeText') ?? 0) + Number(process.hrtime.bigint() - t0) / 1000);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : 0;
};

const convs = args.converters ? args.converters.split(',') : readdirSync(DUMPS);
for (const conv of convs) {
  const sets = args.sets ? args.sets.split(',') : readdirSync(join(DUMPS, conv));
  for (const set of sets) {
    const dir = join(DUMPS, conv, set);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const dumps = files.map((f) => readFileSync(join(dir, f), 'utf8'));
    for (const d of dumps) extract(d, { from: 'text' }); // warm-up
    const perPage = dumps.map(() => [] as number[]);
    for (let r = 0; r < rounds; r++) {
      dumps.forEach((d, i) => {
        const t0 = cpuMicros();
        extract(d, { from: 'text' });
        perPage[i]!.push(cpuMicros() - t0);
      });
    }
    const pageUs = perPage.map(median);
    const stageUs = new Map<string, number>();
    for (let r = 0; r < rounds; r++) for (const d of dumps) runStages(d, stageUs);
    const total = [...stageUs.values()].reduce((a, b) => a + b, 0);
    console.log(`\n${conv} × ${set}: ${dumps.length} pages · median CPU ${(median(pageUs) / 1000).toFixed(3)} ms/page · mean ${(pageUs.reduce((a, b) => a + b, 0) / pageUs.length / 1000).toFixed(3)} ms`);
    for (const [name, us] of [...stageUs].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${name.padEnd(18)} ${(us / rounds / dumps.length / 1000).toFixed(4)} ms/page  ${((100 * us) / total).toFixed(1)} %`);
    }
    const slow = pageUs.map((us, i) => [us, i] as const).sort((a, b) => b[0] - a[0]).slice(0, top);
    console.log(`  slowest: ${slow.map(([us, i]) => `${files[i]} ${(us / 1000).toFixed(2)} ms (${dumps[i]!.length} chars)`).join('; ')}`);
  }
}
