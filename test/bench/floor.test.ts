/**
 * Quality gate (issue 2 §5): punkt's F1 on the scrapinghub set must not fall below the floor in
 * bench/floors.json. Not a timing test. Needs ../shared/bench (or $PUNKT_BENCH_DIR): skipped with a
 * notice when absent, failed when CI=true.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, benchDir, hasSet, loadSet, readPage } from '../../bench/lib/datasets.js';
import { scoreSet } from '../../bench/lib/evaluate.js';
import { TOOLS, runTool, type ToolResult } from '../../bench/lib/tools.js';

interface Floors { scrapinghub: { f1: number } }

test('punkt F1 on scrapinghub stays at or above the recorded floor', async (t) => {
  if (!hasSet('scrapinghub')) {
    const msg = `bench data not found at ${benchDir()} (set PUNKT_BENCH_DIR) — floor test skipped`;
    if (process.env.CI === 'true') assert.fail(msg);
    t.skip(msg);
    return;
  }
  const floors = JSON.parse(readFileSync(join(REPO_ROOT, 'bench', 'floors.json'), 'utf8')) as Floors;
  const floor = floors.scrapinghub.f1;
  assert.equal(typeof floor, 'number', 'bench/floors.json: scrapinghub.f1 must be a number');
  const tool = TOOLS.punkt!;
  await tool.init();
  const pages = loadSet('scrapinghub');
  const results: Array<ToolResult | null> = [];
  for (const page of pages) {
    try {
      results.push(await runTool(tool, readPage(page), page.url));
    } catch {
      results.push(null); // an exception is scored as an empty article
    }
  }
  const score = scoreSet('scrapinghub', pages, results);
  t.diagnostic(`scrapinghub F1 ${score.f1.toFixed(4)} (P ${score.precision.toFixed(4)}, R ${score.recall.toFixed(4)}) over ${pages.length} pages; floor ${floor}`);
  assert.ok(score.f1 >= floor, `scrapinghub F1 ${score.f1.toFixed(4)} fell below the floor ${floor} in bench/floors.json`);
});
