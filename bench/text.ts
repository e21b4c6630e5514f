/**
 * `npm run bench:text` — issue 3: every page of the three sets rendered to a whole-page text dump
 * by each available converter (bench/lib/converters.ts; a missing one is skipped with a notice),
 * then punkt `extract(dump, {from: 'text'})`, scored with the same metrics as the HTML benchmark,
 * next to the floor of keeping the whole dump. Dumps are cached in bench/out/dumps/<converter>/<set>/.
 *
 *   npm run bench:text -- [--sets a,b] [--converters x,y] [--limit N] [--refresh] [--write|--no-write]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { CONVERTERS } from './lib/converters.js';
import { REPO_ROOT, SET_NAMES, hasSet, loadSet, readPage, type PageRef, type SetName } from './lib/datasets.js';
import { decodePage } from './lib/decode.js';
import { machineLine, writeDocSection } from './lib/docs.js';
import { scoreSet, type SetScore } from './lib/evaluate.js';
import { normalizeText } from './lib/htmltext.js';
import { quantile } from './lib/score.js';
import type { ToolResult } from './lib/tools.js';

/** Issue 3 targets: F1 per set for each converter (none given for wcxb) and median ms per page. */
const TARGETS: Partial<Record<SetName, number>> = { scrapinghub: 0.88, 'trafilatura-dev': 0.85 };
const TARGET_MEDIAN_MS = 2;

const { values: args } = parseArgs({
  options: {
    sets: { type: 'string' },
    converters: { type: 'string' },
    limit: { type: 'string' },
    refresh: { type: 'boolean' },
    write: { type: 'boolean' },
    'no-write': { type: 'boolean' },
  },
});

const DUMPS = join(REPO_ROOT, 'bench', 'out', 'dumps');

async function dumpsFor(conv: string, set: SetName, pages: PageRef[]): Promise<Array<string | null>> {
  const dir = join(DUMPS, conv, set);
  mkdirSync(dir, { recursive: true });
  const converter = CONVERTERS[conv]!;
  const out: Array<string | null> = new Array<string | null>(pages.length).fill(null);
  let made = 0;
  let failed = 0;
  // Two at a time: the text browsers are separate processes and the machine has two cores.
  let nextIndex = 0;
  const worker = async (): Promise<void> => {
    for (let i = nextIndex++; i < pages.length; i = nextIndex++) {
      const page = pages[i]!;
      const file = join(dir, `${page.id.replace(/[^\w.-]/g, '_')}.txt`);
      const errFile = `${file}.error`;
      if (!args.refresh && existsSync(file)) { out[i] = readFileSync(file, 'utf8'); continue; }
      if (!args.refresh && existsSync(errFile)) { failed++; continue; }
      try {
        const text = await converter.convert(decodePage(readPage(page)).text);
        writeFileSync(file, text);
        out[i] = text;
        made++;
      } catch (e) {
        writeFileSync(errFile, String(e));
        failed++;
      }
    }
  };
  await Promise.all([worker(), worker()]);
  if (made) process.stderr.write(`  ${conv} × ${set}: ${made} dumps made\n`);
  if (failed) process.stderr.write(`  ${conv} × ${set}: ${failed} pages could not be converted\n`);
  return out;
}

interface Row { set: SetName; conv: string; punkt: SetScore; floor: SetScore; ms: number[]; errors: number; dumpErrors: number }

type Extract = typeof import('../src/index.js').extract;

async function main(): Promise<void> {
  const sets = (args.sets ? args.sets.split(',') : [...SET_NAMES]) as SetName[];
  const wanted = args.converters ? args.converters.split(',') : Object.keys(CONVERTERS);
  for (const s of sets) if (!SET_NAMES.includes(s)) throw new Error(`unknown set ${s}`);
  for (const c of wanted) if (!CONVERTERS[c]) throw new Error(`unknown converter ${c} (known: ${Object.keys(CONVERTERS).join(', ')})`);
  const convs = wanted.filter((c) => {
    const why = CONVERTERS[c]!.missing();
    if (why) console.error(`bench:text: converter ${c} skipped — ${why}`);
    return !why;
  });
  const skipped = wanted.filter((c) => !convs.includes(c));
  const limit = args.limit ? Number(args.limit) : 0;
  const extract: Extract = (await import('../src/index.js')).extract;

  const rows: Row[] = [];
  for (const set of sets) {
    if (!hasSet(set)) { console.error(`bench:text: set ${set} not found — skipped`); continue; }
    const pages = loadSet(set).slice(0, limit || undefined);
    for (const conv of convs) {
      process.stderr.write(`${conv} × ${set} (${pages.length} pages)…\n`);
      const dumps = await dumpsFor(conv, set, pages);
      const results: Array<ToolResult | null> = [];
      const floors: Array<ToolResult | null> = [];
      const ms: number[] = [];
      let errors = 0;
      for (let i = 0; i < pages.length; i++) {
        const dump = dumps[i];
        if (dump == null) { results.push(null); floors.push(null); continue; }
        floors.push({ text: normalizeText(dump), title: null, authors: [], date: null });
        try {
          const t0 = performance.now();
          const a = extract(dump, { from: 'text', url: pages[i]!.url });
          ms.push(performance.now() - t0);
          results.push({ text: normalizeText(a.text ?? ''), title: a.title, authors: a.authors ?? [], date: a.published });
        } catch {
          errors++;
          results.push(null);
        }
      }
      const punkt = scoreSet(set, pages, results);
      const floor = scoreSet(set, pages, floors);
      rows.push({ set, conv, punkt, floor, ms, errors, dumpErrors: dumps.filter((d) => d == null).length });
      process.stderr.write(`  punkt F1 ${punkt.f1.toFixed(3)} · whole dump ${floor.f1.toFixed(3)} · median ${quantile(ms, 0.5).toFixed(2)} ms\n`);
      mkdirSync(join(REPO_ROOT, 'bench', 'out'), { recursive: true });
      writeFileSync(join(REPO_ROOT, 'bench', 'out', `text-${set}-${conv}-punkt.json`), JSON.stringify({
        set, converter: conv, f1: punkt.f1,
        pages: punkt.perPage.map((p, i) => ({ ...p, text: results[i]?.text ?? null })).sort((a, b) => a.f1 - b.f1),
      }, null, 1));
    }
  }

  const f3 = (x: number): string => x.toFixed(3);
  const acc = (a: SetScore['title']): string => (a ? a.value.toFixed(2) : '—');
  const mark = (ok: boolean): string => (ok ? '✅' : '❌');
  const lines = [
    '## Text dumps (`npm run bench:text`)',
    '',
    `Run: ${machineLine()}${limit ? ` · **partial run, first ${limit} pages per set**` : ''}. Command: \`nice -n 10 npm run bench:text\`.`,
    skipped.length ? `\nSkipped converters (not installed): ${skipped.join(', ')}.` : '',
    '',
    '| set | converter | punkt F1 | P | R | title | author | date | median ms | p95 ms | errors | whole-dump F1 | P | R | target |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const med = quantile(r.ms, 0.5);
      const t = TARGETS[r.set];
      const target = [t != null ? `F1 ≥ ${t} ${mark(r.punkt.f1 >= t)}` : '', `≤ ${TARGET_MEDIAN_MS} ms ${mark(r.ms.length > 0 && med <= TARGET_MEDIAN_MS)}`].filter(Boolean).join(', ');
      return `| ${r.set} | ${r.conv} | ${f3(r.punkt.f1)} | ${f3(r.punkt.precision)} | ${f3(r.punkt.recall)} | ${acc(r.punkt.title)} | ${acc(r.punkt.author)} | ${acc(r.punkt.date)} | ${med.toFixed(2)} | ${quantile(r.ms, 0.95).toFixed(2)} | ${r.errors}${r.dumpErrors ? ` (+${r.dumpErrors} dumps failed)` : ''} | ${f3(r.floor.f1)} | ${f3(r.floor.precision)} | ${f3(r.floor.recall)} | ${target} |`;
    }),
    '',
    'punkt: `extract(dump, {from: \'text\'})`, timed per page around that call. whole-dump: the floor of keeping the',
    'entire dump. Scores use the HTML benchmark\'s metrics (bench:html section). Targets from issue 3: F1 ≥ 0.88 on',
    'scrapinghub and ≥ 0.85 on trafilatura-dev for each converter, median ≤ 2 ms per page.',
    '',
    `Converters: ${convs.map((c) => `**${c}** — ${CONVERTERS[c]!.describe}`).join('; ')}. Each gets the page decoded by the`,
    'shared decoder; dumps are unwrapped as far as the converter allows (lynx and w3m wrap at about 1,000 columns).',
  ];
  const body = lines.join('\n');
  console.log(body);
  const full = !limit && sets.length === SET_NAMES.length && rows.length > 0;
  if ((full && !args['no-write']) || args.write) {
    writeDocSection('text', body);
    console.error('docs/benchmarks.md (bench:text) updated');
  } else {
    console.error('partial run: docs/benchmarks.md not touched (use --write to force)');
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
