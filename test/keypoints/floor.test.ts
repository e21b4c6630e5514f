/**
 * Quality gate on the 20 Minuten key-point set: mean ROUGE-1 F of the built-in bullets against the
 * human "Darum gehts" bullets must stay above a recorded floor, and every bullet must be a deletion
 * of its support. The run is deterministic; the floor is the last measured value (0.36499 on
 * 2026-12-02) cut to three decimals, so any change that loses bullets' overlap fails here and has to
 * be argued for (and the floor lowered) in the open. The issue's target is 0.36.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keyPoints } from '../../src/index.js';
import { supportText } from '../../src/keypoints/candidates.js';
import { isDeletionOnly } from '../../src/keypoints/faithful.js';
import { rouge } from '../../src/nlp/rouge.js';
import { exampleArticle, parseSummary, type Example } from '../../bench/keypoints.js';

const ROUGE1_FLOOR = 0.364;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FILE = join(process.env.PUNKT_BENCH_DIR ?? join(ROOT, '..', 'shared', 'bench'), 'keypoints-20min-dev', 'examples.json');

test('20min key points: ROUGE-1 floor and faithfulness', (t) => {
  if (!existsSync(FILE)) {
    if (process.env.CI === 'true') assert.fail(`bench data not found at ${FILE} (required when CI=true)`);
    t.skip(`bench data not found at ${FILE}; set PUNKT_BENCH_DIR`);
    return;
  }
  const examples = JSON.parse(readFileSync(FILE, 'utf8')) as Example[];
  assert.ok(examples.length >= 10);
  let sum = 0;
  for (const e of examples) {
    const a = exampleArticle(e);
    const kp = keyPoints(a, { count: 3 });
    assert.ok(kp.items.length >= 1, e.id);
    for (const it of kp.items) {
      for (const s of it.support) assert.ok(isDeletionOnly(it.text, supportText(a, s.block)!.slice(s.start, s.end)), it.text);
      assert.ok(!/\?\W*$/.test(it.text), it.text);
    }
    sum += rouge(kp.items.map((i) => i.text), parseSummary(e.summary), { lang: 'de' }).rouge1.f;
  }
  const r1 = sum / examples.length;
  assert.ok(r1 >= ROUGE1_FLOOR, `ROUGE-1 ${r1.toFixed(3)} fell below the floor ${ROUGE1_FLOOR}`);
});

test('parseSummary reads both a list and a Python literal list string', () => {
  assert.deepEqual(parseSummary(['a', 'b']), ['a', 'b']);
  assert.deepEqual(parseSummary("['Er sagte: \\'ja\\'.', \"Zwei\"]"), ["Er sagte: 'ja'.", 'Zwei']);
});
