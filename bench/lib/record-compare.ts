/**
 * The record/compare driver shared by the identical-output checkers (`same-output.ts` for extracted
 * articles, `same-ingest.ts` for key points and stored rows): for each set, `outputsOf(set)` gives one
 * JSON string per page; `record` writes them to bench/out/outputs/NAME/, `compare` reports every page
 * whose string differs from the recording (first differing fields) and exits 1 if any does.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SET_NAMES, hasSet, type SetName } from './datasets.js';

export interface Checker {
  /** Name in messages and usage ("same-output"). */
  tool: string;
  /** Repository root (the real one, not the compiled copy). */
  root: string;
  /** File name prefix of a set's recording ("" or "ingest-"). */
  filePrefix: string;
  /** Entries of a set's map that are not pages (summary rows), left out of the recorded page count. */
  extraEntries: number;
  /** Longest value excerpt shown per differing field. */
  excerpt: number;
  outputsOf: (set: SetName) => Map<string, string>;
}

function firstDifference(a: string, b: string, excerpt: number): string {
  const x = JSON.parse(a) as Record<string, unknown>;
  const y = JSON.parse(b) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  const diff = keys.filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
  return diff.map((k) => `${k}: ${JSON.stringify(x[k])?.slice(0, excerpt)} → ${JSON.stringify(y[k])?.slice(0, excerpt)}`).join('\n      ');
}

export function runChecker(c: Checker, argv: string[] = process.argv.slice(2)): void {
  const [mode, name, setsArg] = argv;
  if ((mode !== 'record' && mode !== 'compare') || !name) {
    console.error(`usage: ${c.tool}.js record|compare NAME [SET,SET…]`);
    process.exit(2);
  }
  const sets = (setsArg ? setsArg.split(',') : [...SET_NAMES]) as SetName[];
  const dir = join(c.root, 'bench', 'out', 'outputs', name);
  let differing = 0;
  for (const set of sets) {
    if (!hasSet(set)) {
      console.error(`${c.tool}: set ${set} not found — skipped`);
      continue;
    }
    const t0 = process.cpuUsage();
    const now = c.outputsOf(set);
    const cpu = process.cpuUsage(t0);
    const cpuMs = ((cpu.user + cpu.system) / 1000).toFixed(0);
    const file = join(dir, `${c.filePrefix}${set}.json`);
    if (mode === 'record') {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, JSON.stringify(Object.fromEntries(now)));
      console.log(`${set}: ${now.size - c.extraEntries} pages recorded (${cpuMs} ms CPU)`);
      continue;
    }
    if (!existsSync(file)) throw new Error(`no recording ${file}`);
    const before = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
    let same = 0;
    for (const [id, json] of now) {
      const old = before.get(id);
      if (old === json) { same++; continue; }
      differing++;
      console.log(`  DIFF ${set}/${id}\n      ${old === undefined ? 'not in the recording' : firstDifference(old, json, c.excerpt)}`);
    }
    if (before.size !== now.size) { differing++; console.log(`  ${set}: ${before.size} recorded, ${now.size} now`); }
    console.log(`${set}: ${same}/${now.size} identical (${cpuMs} ms CPU)`);
  }
  if (mode === 'compare') {
    console.log(differing ? `${differing} pages differ` : 'all pages identical');
    process.exit(differing ? 1 : 0);
  }
}
