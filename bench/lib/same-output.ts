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
import { join, resolve } from 'node:path';
import { REPO_ROOT, loadSet, readPage, type SetName } from './datasets.js';
import { extract } from '../../src/index.js';
import { runChecker } from './record-compare.js';

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

runChecker({ tool: 'same-output', root: ROOT, filePrefix: '', extraEntries: 0, excerpt: 120, outputsOf });
