/**
 * Output checker for speed work: extracts every page of the bench sets with punkt and records the
 * article JSON, or compares against a recorded run. A performance change must leave every page's
 * article identical; this is how that is checked (run it for every commit).
 *
 *   npx tsc -p tsconfig.bench.json
 *   node bench/out/build/bench/lib/same-output.js record NAME [SET,SET…]
 *   node bench/out/build/bench/lib/same-output.js compare NAME [SET,SET…]
 *
 * Runs compiled (like the bench children). `now` is fixed so that relative dates ("vor 2 Stunden")
 * do not differ between a recording and a comparison. Output in bench/out/outputs/NAME/ (git-ignored).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT, SET_NAMES, hasSet, loadSet, readPage, type SetName } from './datasets.js';
import { extract } from '../../src/index.js';

const NOW = new Date('2025-01-15T12:00:00Z');
// Compiled into bench/out/build/, REPO_ROOT points there; the sets and outputs live in the real repo.
const ROOT = REPO_ROOT.endsWith(join('bench', 'out', 'build')) ? resolve(REPO_ROOT, '..', '..', '..') : REPO_ROOT;
process.env.PUNKT_BENCH_DIR ??= resolve(ROOT, '..', 'shared', 'bench');

function outputsOf(set: SetName): Map<string, string> {
  const out = new Map<string, string>();
  for (const page of loadSet(set)) {
    let json: string;
    try {
      json = JSON.stringify(extract(readPage(page), { url: page.url, now: NOW }));
    } catch (e) {
      json = JSON.stringify({ thrown: e instanceof Error ? e.message : String(e) });
    }
    out.set(page.id, json);
  }
  return out;
}

function firstDifference(a: string, b: string): string {
  const x = JSON.parse(a) as Record<string, unknown>;
  const y = JSON.parse(b) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  const diff = keys.filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
  return diff.map((k) => `${k}: ${JSON.stringify(x[k])?.slice(0, 120)} → ${JSON.stringify(y[k])?.slice(0, 120)}`).join('\n      ');
}

function main(): void {
  const [mode, name, setsArg] = process.argv.slice(2);
  if ((mode !== 'record' && mode !== 'compare') || !name) {
    console.error('usage: same-output.js record|compare NAME [SET,SET…]');
    process.exit(2);
  }
  const sets = (setsArg ? setsArg.split(',') : [...SET_NAMES]) as SetName[];
  const dir = join(ROOT, 'bench', 'out', 'outputs', name);
  let differing = 0;
  for (const set of sets) {
    if (!hasSet(set)) {
      console.error(`same-output: set ${set} not found — skipped`);
      continue;
    }
    const t0 = process.cpuUsage();
    const now = outputsOf(set);
    const cpu = process.cpuUsage(t0);
    const file = join(dir, `${set}.json`);
    if (mode === 'record') {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, JSON.stringify(Object.fromEntries(now)));
      console.log(`${set}: ${now.size} pages recorded (${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU)`);
      continue;
    }
    if (!existsSync(file)) throw new Error(`no recording ${file}`);
    const before = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
    let same = 0;
    for (const [id, json] of now) {
      const old = before.get(id);
      if (old === json) { same++; continue; }
      differing++;
      console.log(`  DIFF ${set}/${id}\n      ${old === undefined ? 'not in the recording' : firstDifference(old, json)}`);
    }
    if (before.size !== now.size) { differing++; console.log(`  ${set}: ${before.size} recorded pages, ${now.size} now`); }
    console.log(`${set}: ${same}/${now.size} identical (${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU)`);
  }
  if (mode === 'compare') {
    console.log(differing ? `${differing} pages differ` : 'all pages identical');
    process.exit(differing ? 1 : 0);
  }
}

main();
