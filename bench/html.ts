/**
 * `npm run bench` — issue 2 §5: every tool over every set, each (tool, set) in its own child
 * process (bench/lib/child.ts) so peak RSS is per tool per set; ms per page timed around the
 * extraction call only; errors and timeouts counted, never fatal. Prints a markdown table and, on a
 * full run, writes it into the `bench:html` section of docs/benchmarks.md.
 *
 *   npm run bench -- [--sets a,b] [--tools x,y] [--limit N] [--timeout MS] [--json out.json [--with-text]] [--write|--no-write] [--reuse [--skip-missing]] [--note TEXT]
 *
 * Every finished (tool, set) run is kept in bench/out/runs/; `--reuse` takes a kept run (same page
 * limit) instead of measuring it again, so a long full run can be assembled from pieces. The table
 * then says which rows were reused and when they were measured.
 *
 * Per-page punkt scores always go to bench/out/<set>-punkt.json (git-ignored), worst pages first.
 */
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, SET_NAMES, benchDir, hasSet, loadSet, type PageRef, type SetName } from './lib/datasets.js';
import { machineLine, writeDocSection } from './lib/docs.js';
import { scoreSet, type SetScore } from './lib/evaluate.js';
import { quantile } from './lib/score.js';
import type { ChildMessage, ParentMessage } from './lib/child.js';
import { TOOLS, TOOL_NAMES, type ToolResult } from './lib/tools.js';

/** Issue 2 §5 targets. */
export const TARGETS = {
  f1: { scrapinghub: 0.96, 'trafilatura-dev': 0.93, 'wcxb-articles-dev': 0.95 } as Record<SetName, number>,
  title: 0.9,
  author: 0.8,
  date: 0.85,
  /** punkt's median ms per page at most this fraction of Readability-on-linkedom's. */
  speedVsReadability: 1 / 3,
  rssMb: 250,
};

/** Published in issue 2 §5 (same scorers, Node 20, 2 cores): F1 per set. */
const PUBLISHED: Record<string, [number, number, number]> = {
  'readability-linkedom': [0.952, 0.883, 0.929],
  defuddle: [0.93, 0.879, 0.929],
  'article-extractor': [0.926, 0.839, 0.858],
  'whole-page': [0.671, 0.684, 0.786],
};

export interface RunResult {
  tool: string;
  set: SetName;
  results: Array<ToolResult | null>;
  ms: number[];
  errors: Array<{ id: string; error: string }>;
  peakRssMb: number;
  baseRssMb: number;
  wallS: number;
  startedAt: string;
  limit: number;
  timeoutMs?: number;
  /** 5-minute load average when the run ended: the machine is shared, so ms depend on it. */
  load?: number;
  reused?: boolean;
}

const RUNS = join(REPO_ROOT, 'bench', 'out', 'runs');
// A partial run (--limit) is kept under its own name so it never replaces a full one.
const runFile = (tool: string, set: SetName, limit: number): string => join(RUNS, `${set}--${tool}${limit ? `--limit${limit}` : ''}.json`);

function loadRun(tool: string, set: SetName, limit: number): RunResult | null {
  const file = runFile(tool, set, limit);
  if (!existsSync(file)) return null;
  const run = JSON.parse(readFileSync(file, 'utf8')) as RunResult;
  return run.limit === limit ? { ...run, reused: true } : null;
}

const { values: args } = parseArgs({
  options: {
    sets: { type: 'string' },
    tools: { type: 'string' },
    limit: { type: 'string' },
    timeout: { type: 'string', default: '30000' },
    json: { type: 'string' },
    'with-text': { type: 'boolean' },
    reuse: { type: 'boolean' },
    'skip-missing': { type: 'boolean' },
    note: { type: 'string' },
    write: { type: 'boolean' },
    'no-write': { type: 'boolean' },
  },
});

/**
 * Children run under plain node from a compiled copy of bench/ and src/ (tsconfig.bench.json, into
 * bench/out/build). tsx's loader rewrites our code with esbuild's keepNames (every closure it
 * creates gets wrapped) but leaves the peers in node_modules alone, so under tsx the tools would not
 * run on equal terms. Users run punkt as compiled JavaScript, so that is what is measured, for every
 * tool alike. PUNKT_BENCH_TSX=1 runs the sources under tsx instead.
 */
const COMPILED = process.env.PUNKT_BENCH_TSX !== '1';
const CHILD = COMPILED ? join(REPO_ROOT, 'bench', 'out', 'build', 'bench', 'lib', 'child.js') : join(REPO_ROOT, 'bench', 'lib', 'child.ts');
if (COMPILED) {
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(REPO_ROOT, 'tsconfig.bench.json')], { stdio: 'inherit' });
}

function runChild(tool: string, set: SetName, pages: PageRef[], limit: number, timeoutMs: number): Promise<RunResult> {
  const run: RunResult = { tool, set, results: new Array<ToolResult | null>(pages.length).fill(null), ms: [], errors: [], peakRssMb: 0, baseRssMb: 0, wallS: 0, startedAt: new Date().toISOString(), limit, timeoutMs };
  const t0 = Date.now();
  return new Promise((resolve) => {
    const start = (from: number): void => {
      if (from >= pages.length) { run.wallS = (Date.now() - t0) / 1000; resolve(run); return; }
      let next = from;
      let finished = false;
      let ready = false;
      const child = fork(CHILD, [tool, String(from)], {
        execArgv: COMPILED ? [] : ['--import', 'tsx'],
        env: { ...process.env, TZ: 'UTC', PUNKT_BENCH_DIR: benchDir() },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      child.send({ type: 'pages', pages: pages.map(({ id, url, file }) => ({ id, url, file })) } satisfies ParentMessage);
      let timer: NodeJS.Timeout | undefined;
      // The first page also pays for module loading, so the watchdog gives it extra time.
      const arm = (ms: number): void => { clearTimeout(timer); timer = setTimeout(onTimeout, ms); };
      const onTimeout = (): void => {
        const page = pages[next];
        if (page) run.errors.push({ id: page.id, error: `timeout after ${timeoutMs} ms` });
        finished = true;
        child.kill('SIGKILL');
        start(next + 1);
      };
      arm(timeoutMs + 60_000);
      child.on('message', (m: ChildMessage) => {
        if (m.type === 'ready') { ready = true; run.baseRssMb = Math.max(run.baseRssMb, m.rssKb / 1024); arm(timeoutMs); return; }
        if (m.type === 'page') {
          arm(timeoutMs);
          run.peakRssMb = Math.max(run.peakRssMb, m.maxRssKb / 1024);
          run.results[m.index] = m.result;
          if (m.error) run.errors.push({ id: m.id, error: m.error }); else run.ms.push(m.ms);
          next = m.index + 1;
          if (m.index % 50 === 49) process.stderr.write(`  ${tool} × ${set}: ${m.index + 1}/${pages.length}\n`);
          return;
        }
        run.peakRssMb = Math.max(run.peakRssMb, m.maxRssKb / 1024);
        next = pages.length;
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (finished) return;
        finished = true;
        if (!ready) {
          // The tool could not even load: every remaining page is an error, no point retrying.
          for (const page of pages.slice(next)) run.errors.push({ id: page.id, error: `worker failed to start (exit ${code})` });
          run.wallS = (Date.now() - t0) / 1000;
          resolve(run);
        } else if (next < pages.length) {
          // Crashed (e.g. out of memory) on page `next`: count it and carry on after it.
          const page = pages[next]!;
          run.errors.push({ id: page.id, error: `worker exited with code ${code}` });
          start(next + 1);
        } else {
          run.wallS = (Date.now() - t0) / 1000;
          resolve(run);
        }
      });
    };
    start(0);
  });
}

const f3 = (x: number | undefined | null): string => (x == null || Number.isNaN(x) ? '—' : x.toFixed(3));
const acc = (a: SetScore['title']): string => (a ? a.value.toFixed(2) : '—');
const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

function table(rows: Array<{ run: RunResult; score: SetScore }>): string {
  const lines = [
    '| set | tool | F1 | P | R | title | author | date | median ms | p95 ms | peak RSS MB | errors | published F1 |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { run, score } of rows) {
    const pub = PUBLISHED[run.tool]?.[SET_NAMES.indexOf(run.set)];
    lines.push(`| ${run.set} | ${run.tool === 'punkt' ? '**punkt**' : run.tool} | ${f3(score.f1)} | ${f3(score.precision)} | ${f3(score.recall)} | ${acc(score.title)} | ${acc(score.author)} | ${acc(score.date)} | ${ms(quantile(run.ms, 0.5))} | ${ms(quantile(run.ms, 0.95))} | ${run.peakRssMb.toFixed(0)} | ${run.errors.length} | ${pub == null ? '' : pub.toFixed(3)} |`);
  }
  return lines.join('\n');
}

function targetTable(rows: Array<{ run: RunResult; score: SetScore }>, sets: SetName[]): string {
  const get = (tool: string, set: SetName): { run: RunResult; score: SetScore } | undefined => rows.find((r) => r.run.tool === tool && r.run.set === set);
  const mark = (ok: boolean): string => (ok ? '✅ met' : '❌ missed');
  const cell = (set: SetName, f: (p: { run: RunResult; score: SetScore }) => string): string => {
    const p = get('punkt', set);
    return p ? f(p) : '—';
  };
  const meta = (key: 'title' | 'author' | 'date', target: number) => (p: { score: SetScore }): string => {
    const a = p.score[key];
    // three decimals: 0.897 must not read as the 0.90 it misses
    return a ? `${a.value.toFixed(3)} (${a.correct}/${a.total}) ${mark(a.value >= target)}` : 'no gold';
  };
  const lines = [
    `| target (issue 2 §5) | ${sets.join(' | ')} |`,
    `|---|${sets.map(() => '---').join('|')}|`,
    `| F1 ≥ ${sets.map((s) => TARGETS.f1[s].toFixed(2)).join(' / ')} | ${sets.map((s) => cell(s, (p) => `${f3(p.score.f1)} ${mark(p.score.f1 >= TARGETS.f1[s])}`)).join(' | ')} |`,
    `| title ≥ ${TARGETS.title} | ${sets.map((s) => cell(s, meta('title', TARGETS.title))).join(' | ')} |`,
    `| author ≥ ${TARGETS.author} | ${sets.map((s) => cell(s, meta('author', TARGETS.author))).join(' | ')} |`,
    `| date ≥ ${TARGETS.date} | ${sets.map((s) => cell(s, meta('date', TARGETS.date))).join(' | ')} |`,
    `| median ms ≤ ⅓ of readability-linkedom | ${sets.map((s) => cell(s, (p) => {
      const r = get('readability-linkedom', s);
      if (!r) return `${ms(quantile(p.run.ms, 0.5))} (no readability run)`;
      const limit = quantile(r.run.ms, 0.5) * TARGETS.speedVsReadability;
      return `${ms(quantile(p.run.ms, 0.5))} vs ≤ ${ms(limit)} ${mark(quantile(p.run.ms, 0.5) <= limit)}`;
    })).join(' | ')} |`,
    `| peak RSS ≤ ${TARGETS.rssMb} MB | ${sets.map((s) => cell(s, (p) => `${p.run.peakRssMb.toFixed(0)} ${mark(p.run.peakRssMb <= TARGETS.rssMb)}`)).join(' | ')} |`,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const sets = (args.sets ? args.sets.split(',') : [...SET_NAMES]) as SetName[];
  const tools = args.tools ? args.tools.split(',') : TOOL_NAMES;
  for (const s of sets) if (!SET_NAMES.includes(s)) throw new Error(`unknown set ${s} (known: ${SET_NAMES.join(', ')})`);
  for (const t of tools) if (!TOOLS[t]) throw new Error(`unknown tool ${t} (known: ${TOOL_NAMES.join(', ')})`);
  const limit = args.limit ? Number(args.limit) : 0;
  const timeoutMs = Number(args.timeout);

  const rows: Array<{ run: RunResult; score: SetScore }> = [];
  const notMeasured: string[] = [];
  const present = sets.filter((s) => {
    if (hasSet(s)) return true;
    console.error(`bench: set ${s} not found under the bench dir — skipped`);
    return false;
  });
  for (const set of present) {
    const pages = loadSet(set).slice(0, limit || undefined);
    for (const tool of tools) {
      const kept = args.reuse ? loadRun(tool, set, limit) : null;
      if (!kept && args['skip-missing']) {
        process.stderr.write(`${tool} × ${set}: no kept run — not measured in this table\n`);
        notMeasured.push(`${tool} × ${set}`);
        continue;
      }
      process.stderr.write(`${tool} × ${set} (${pages.length} pages)${kept ? `: reusing the run of ${kept.startedAt}` : '…'}\n`);
      const run = kept ?? { ...await runChild(tool, set, pages, limit, timeoutMs), load: loadavg()[1] };
      if (!kept) {
        mkdirSync(RUNS, { recursive: true });
        writeFileSync(runFile(tool, set, limit), JSON.stringify(run));
      }
      const score = scoreSet(set, pages, run.results);
      rows.push({ run, score });
      process.stderr.write(`  F1 ${f3(score.f1)}  median ${ms(quantile(run.ms, 0.5))} ms  peak ${run.peakRssMb.toFixed(0)} MB  errors ${run.errors.length}  (${run.wallS.toFixed(0)} s)\n`);
      if (tool === 'punkt') writePunktPages(set, run, score);
    }
  }

  const full = !limit && present.length === SET_NAMES.length && tools.length === TOOL_NAMES.length && !notMeasured.length;
  const body = [
    '## HTML extraction vs. peers (`npm run bench`)',
    '',
    `Run: ${machineLine()}${limit ? ` · **partial run, first ${limit} pages per set**` : ''}. Command: \`nice -n 10 npm run bench\`.`,
    '',
    table(rows),
    '',
    'F1/P/R use each set\'s own metric (see "How the scores are computed" below). title/author/date: share of pages',
    'whose ground truth has the field that the tool got right. ms: median and 95th percentile per page, timed',
    'around the extraction call only (DOM parse included, file reading, decoding of peer input and html→text of',
    'peer output excluded). Peak RSS: max resident set of the one process that ran the tool over the whole set.',
    '"published F1": the peer numbers quoted in issue 2 §5.',
    ...(() => {
      const loads = rows.map((r) => r.run.load).filter((x): x is number => x != null);
      return loads.length ? [`Machine load (5-min load average at the end of each run, ${cpuCount()} cores): ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; ms are only comparable between rows measured under similar load.`] : [];
    })(),
    '',
    ...(args.note ? [`Note: ${args.note}`, ''] : []),
    ...(notMeasured.length ? [`Not measured (no time in this session): ${notMeasured.join(', ')}.`, ''] : []),
    ...(rows.some((r) => r.run.reused) ? [`Assembled from kept runs (\`--reuse\`); measured at: ${rows.map((r) => `${r.run.tool} × ${r.run.set} ${r.run.startedAt.slice(0, 16).replace('T', ' ')}`).join('; ')} (UTC).`, ''] : []),
    targetTable(rows, present),
    '',
    `Errors and timeouts (per-page limit ${[...new Set(rows.map((r) => r.run.timeoutMs ?? timeoutMs))].join('/')} ms) score as empty output. Tools: ${tools.map((t) => `\`${t}\` — ${TOOLS[t]!.describe}`).join('; ')}.`,
    '',
    METHOD,
  ].join('\n');
  console.log(body);
  if (args.json) {
    writeFileSync(args.json, JSON.stringify(rows.map(({ run, score }) => ({
      tool: run.tool, set: run.set, f1: score.f1, precision: score.precision, recall: score.recall,
      title: score.title, author: score.author, date: score.date,
      medianMs: quantile(run.ms, 0.5), p95Ms: quantile(run.ms, 0.95), peakRssMb: run.peakRssMb, errors: run.errors,
      pages: score.perPage.map((p, i) => ({ ...p, ms: run.ms[i], textLength: run.results[i]?.text.length ?? null, ...(args['with-text'] ? { text: run.results[i]?.text ?? null } : {}) })),
    })), null, 1));
    console.error(`per-page results → ${args.json}`);
  }
  if ((full && !args['no-write']) || args.write) {
    writeDocSection('html', body);
    console.error('docs/benchmarks.md (bench:html) updated');
  } else {
    console.error('partial run: docs/benchmarks.md not touched (use --write to force)');
  }
}

function cpuCount(): number {
  return cpus().length;
}

function writePunktPages(set: SetName, run: RunResult, score: SetScore): void {
  const dir = join(REPO_ROOT, 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  const pages = score.perPage.map((p, i) => ({ ...p, error: run.errors.find((e) => e.id === p.id)?.error ?? null, text: run.results[i]?.text ?? null }))
    .sort((a, b) => a.f1 - b.f1);
  writeFileSync(join(dir, `${set}-punkt.json`), JSON.stringify({ set, f1: score.f1, precision: score.precision, recall: score.recall, pages }, null, 1));
}

const METHOD = `### How the scores are computed
- **scrapinghub** — the article-extraction-benchmark's \`evaluate.py\`: tokens are \`\\w+\` matches (Unicode, case kept); shingles are token 4-grams (a text of 1–3 tokens gives one shorter shingle, an empty text none); per page TP/FP/FN are multiset shingle counts divided by TP+FP+FN; page precision TP/(TP+FP) and recall TP/(TP+FN) (1 when FP = FN = 0); the set's precision is the mean over pages where the tool returned something (TP+FP > 0), recall the mean over pages with ground truth; F1 = 2PR/(P+R) of those means.
- **trafilatura-dev** — trafilatura's comparison: after whitespace collapse, each \`with\` snippet found is a TP, missing an FN; each \`without\` snippet present an FP, absent a TN; counts summed over the set; F1 = 2PR/(P+R).
- **wcxb-articles-dev** — bag of lowercased \`\\w+\` tokens against \`main_content\`: P = overlap/|pred|, R = overlap/|truth|, page F1, mean over pages (the one page without \`main_content\` is not scored).
- **Metadata** — title equal after NFKC, whitespace collapse and lower-casing; author: every gold name (gold split on \`;\`, \`,\`, \`|\`, " and ", " & "; credentials like "MS", "Ph.D." dropped) equals or is contained in a predicted name, case-insensitive after NFKC; date: the same calendar day as written (first YYYY-MM-DD in the prediction, no zone shift; a gold date given to the month matches any day of it). Only pages whose ground truth has the field count; scrapinghub has no metadata.
- All tools' text goes through the same normalisation (NFC, Unicode spaces to spaces, lines trimmed); tools that return HTML go through the same html→text function. Peers get the page decoded by one shared decoder (BOM, strict UTF-8, meta charset, chardet); punkt gets the bytes.`;

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
