/**
 * `npm run bench:text` — issue 3: every page of the three sets rendered to a whole-page text dump
 * by each available converter (bench/lib/converters.ts; a missing one is skipped with a notice),
 * then punkt `extract(dump, {from: 'text'})`, scored with the same metrics as the HTML benchmark,
 * next to the floor of keeping the whole dump. Dumps are cached in bench/out/dumps/<converter>/<set>/.
 *
 * The extraction runs in a child process under plain node from the compiled copy of bench/ and src/
 * (tsconfig.bench.json → bench/out/build), as the HTML benchmark does: users run punkt as compiled
 * JavaScript, and tsx's keepNames rewrite slows our closures down. PUNKT_BENCH_TSX=1 runs the
 * sources under tsx instead. Each page is extracted twice in a row of pages and timed both times
 * (wall clock; process CPU time on the second): the first pass is cold, the second warm.
 *
 *   npm run bench:text -- [--sets a,b] [--converters x,y] [--limit N] [--refresh] [--write|--no-write]
 */
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
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

/** One extracted page as the child reports it; null fields when the call threw. */
/** ms and cpuMs are from the warm pass, coldMs from the first. */
interface Extracted { text: string | null; title: string | null; authors: string[]; date: string | null; ms: number; cpuMs: number; coldMs: number; error: string | null }

const CHILD_FLAG = '--extract-child';

/**
 * Child mode: `text.js --extract-child MANIFEST OUT` reads the dumps listed in MANIFEST
 * ([{file, url}], a dump file of null for a failed conversion), extracts each once, and writes
 * the results to OUT: every page twice, both timed. Punkt is imported from the sibling src/ of this file (compiled or not).
 */
async function childMain(manifestPath: string, outPath: string): Promise<void> {
  const { extract } = await import(new URL('../src/index.js', import.meta.url).href) as typeof import('../src/index.js');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Array<{ file: string | null; url: string }>;
  const dumps = manifest.map((m) => (m.file ? readFileSync(m.file, 'utf8') : null));
  const out: Array<Extracted | null> = [];
  // pass 1 is cold (the JIT still compiling punkt), pass 2 warm, as in a batch of many pages
  for (let pass = 0; pass < 2; pass++) {
    dumps.forEach((dump, i) => {
      if (dump === null) { out[i] = null; return; }
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      try {
        const a = extract(dump, { from: 'text', url: manifest[i]!.url });
        const ms = performance.now() - t0;
        const c = process.cpuUsage(c0);
        const cpuMs = (c.user + c.system) / 1000;
        if (pass === 0) out[i] = { text: a.text ?? '', title: a.title, authors: a.authors ?? [], date: a.published, ms, cpuMs, coldMs: ms, error: null };
        else Object.assign(out[i]!, { ms, cpuMs });
      } catch (e) {
        out[i] = { text: null, title: null, authors: [], date: null, ms: 0, cpuMs: 0, coldMs: 0, error: String(e).slice(0, 300) };
      }
    });
  }
  writeFileSync(outPath, JSON.stringify(out));
}

const COMPILED = process.env.PUNKT_BENCH_TSX !== '1';

/** Extract every dump of one (converter, set) in a fresh child process. */
function runChild(files: Array<string | null>, pages: PageRef[]): Promise<Array<Extracted | null>> {
  const dir = join(REPO_ROOT, 'bench', 'out');
  const manifest = join(dir, 'text-manifest.json');
  const outFile = join(dir, 'text-extracted.json');
  writeFileSync(manifest, JSON.stringify(files.map((file, i) => ({ file, url: pages[i]!.url }))));
  const script = COMPILED ? join(REPO_ROOT, 'bench', 'out', 'build', 'bench', 'text.js') : fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = fork(script, [CHILD_FLAG, manifest, outFile], {
      execArgv: COMPILED ? [] : ['--import', 'tsx'], env: { ...process.env, TZ: 'UTC' }, stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) { reject(new Error(`extraction child exited with ${code}`)); return; }
      resolve(JSON.parse(readFileSync(outFile, 'utf8')) as Array<Extracted | null>);
    });
  });
}

const isChild = process.argv[2] === CHILD_FLAG;
const { values: args } = parseArgs({
  args: isChild ? [] : process.argv.slice(2),
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

/** The dump file of every page (null where the converter failed), made when missing. */
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
      if (!args.refresh && existsSync(file)) { out[i] = file; continue; }
      if (!args.refresh && existsSync(errFile)) { failed++; continue; }
      try {
        const text = await converter.convert(decodePage(readPage(page)).text);
        writeFileSync(file, text);
        out[i] = file;
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

interface Row { set: SetName; conv: string; punkt: SetScore; floor: SetScore; ms: number[]; cpuMs: number[]; coldMs: number[]; errors: number; dumpErrors: number; load: [number, number] }

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
  if (COMPILED) execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(REPO_ROOT, 'tsconfig.bench.json')], { stdio: 'inherit' });

  const rows: Row[] = [];
  for (const set of sets) {
    if (!hasSet(set)) { console.error(`bench:text: set ${set} not found — skipped`); continue; }
    const pages = loadSet(set).slice(0, limit || undefined);
    for (const conv of convs) {
      process.stderr.write(`${conv} × ${set} (${pages.length} pages)…\n`);
      const files = await dumpsFor(conv, set, pages);
      const load0 = loadavg()[0]!;
      const extracted = await runChild(files, pages);
      const load: [number, number] = [load0, loadavg()[0]!];
      const results: Array<ToolResult | null> = [];
      const floors: Array<ToolResult | null> = [];
      const ms: number[] = [];
      const cpuMs: number[] = [];
      const coldMs: number[] = [];
      let errors = 0;
      for (let i = 0; i < pages.length; i++) {
        const file = files[i];
        const x = extracted[i];
        if (file == null || !x) { results.push(null); floors.push(null); continue; }
        floors.push({ text: normalizeText(readFileSync(file, 'utf8')), title: null, authors: [], date: null });
        if (x.error !== null || x.text === null) { errors++; results.push(null); continue; }
        ms.push(x.ms);
        cpuMs.push(x.cpuMs);
        coldMs.push(x.coldMs);
        results.push({ text: normalizeText(x.text), title: x.title, authors: x.authors, date: x.date });
      }
      const punkt = scoreSet(set, pages, results);
      const floor = scoreSet(set, pages, floors);
      rows.push({ set, conv, punkt, floor, ms, cpuMs, coldMs, errors, dumpErrors: files.filter((d) => d == null).length, load });
      process.stderr.write(`  punkt F1 ${punkt.f1.toFixed(3)} · whole dump ${floor.f1.toFixed(3)} · median ${quantile(ms, 0.5).toFixed(2)} ms (CPU ${quantile(cpuMs, 0.5).toFixed(2)} ms) · load ${load0.toFixed(1)}\n`);
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
    '| set | converter | punkt F1 | P | R | title | author | date | median ms | p95 ms | median CPU ms | cold median ms | load | errors | whole-dump F1 | P | R | target |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const med = quantile(r.ms, 0.5);
      const t = TARGETS[r.set];
      const target = [t != null ? `F1 ≥ ${t} ${mark(r.punkt.f1 >= t)}` : '', `≤ ${TARGET_MEDIAN_MS} ms ${mark(r.ms.length > 0 && med <= TARGET_MEDIAN_MS)}`].filter(Boolean).join(', ');
      return `| ${r.set} | ${r.conv} | ${f3(r.punkt.f1)} | ${f3(r.punkt.precision)} | ${f3(r.punkt.recall)} | ${acc(r.punkt.title)} | ${acc(r.punkt.author)} | ${acc(r.punkt.date)} | ${med.toFixed(2)} | ${quantile(r.ms, 0.95).toFixed(2)} | ${quantile(r.cpuMs, 0.5).toFixed(2)} | ${quantile(r.coldMs, 0.5).toFixed(2)} | ${r.load.map((l) => l.toFixed(1)).join('–')} | ${r.errors}${r.dumpErrors ? ` (+${r.dumpErrors} dumps failed)` : ''} | ${f3(r.floor.f1)} | ${f3(r.floor.precision)} | ${f3(r.floor.recall)} | ${target} |`;
    }),
    '',
    'punkt: `extract(dump, {from: \'text\'})` from the compiled build under plain node, in one child process per row.',
    'The child runs over the row\'s dumps twice and times every call: median/p95 ms and median CPU ms are from the second',
    '(warm) pass, as in a batch of many pages; cold median ms is the first pass of a fresh process, JIT compilation',
    'included. CPU ms is the process\'s CPU time (`process.cpuUsage`), which also counts V8\'s background compiler and GC',
    'threads. The median target is checked on the warm wall-clock median. load: the machine\'s 1-minute load',
    'average (2 cores) before and after the row; the machine is shared, so wall-clock figures move with it. whole-dump: the',
    'floor of keeping the entire dump. Scores use the HTML benchmark\'s metrics (bench:html section). Targets from issue 3: F1 ≥ 0.88 on',
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

(isChild ? childMain(process.argv[3]!, process.argv[4]!) : main()).catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
