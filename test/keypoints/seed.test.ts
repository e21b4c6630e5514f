/**
 * The golden page: built-in key points for the seed dump, and the LLM checker against the page's own
 * "Auf den Punkt gebracht" box — a human box must pass the checks, a box with one wrong number must
 * not. Skips with a notice when ../shared is absent (fails under CI=true).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keyPoints, keyPointsLLM } from '../../src/index.js';
import type { ChatClient } from '../../src/llm/client.js';
import { seedArticle } from '../../bench/keypoints.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = join(process.env.PUNKT_BENCH_DIR ?? join(ROOT, '..', 'shared', 'bench'), '..', 'seed', 'nordkorea-soldaten.txt');

function load(t: { skip(msg: string): void }) {
  if (!existsSync(SEED)) {
    if (process.env.CI === 'true') assert.fail(`seed page not found at ${SEED} (required when CI=true)`);
    t.skip(`seed page not found at ${SEED}`);
    return null;
  }
  return seedArticle(readFileSync(SEED, 'utf8'));
}

const fixed = (bullets: string[]): ChatClient => ({ complete: async () => JSON.stringify({ bullets }) });

test('seed: three built-in bullets, none from the page box', (t) => {
  const seed = load(t);
  if (!seed) return;
  assert.equal(seed.box.length, 3);
  const kp = keyPoints(seed.article);
  assert.equal(kp.items.length, 3);
  for (const it of kp.items) for (const b of seed.box) assert.notEqual(it.text.replace(/\.$/, ''), b.replace(/\.$/, ''));
  assert.ok(kp.items.some((i) => /sechs nordkoreanische Offiziere/.test(i.text)), kp.items.map((i) => i.text).join('\n'));
});

test('seed: the human box passes the LLM checks; a wrong number does not', async (t) => {
  const seed = load(t);
  if (!seed) return;
  const good = await keyPointsLLM(seed.article, { client: fixed(seed.box) });
  assert.deepEqual(good.checks?.map((c) => c.replaced), [false, false, false], JSON.stringify(good.checks));
  const wrong = [seed.box[0]!.replace('Sechs', 'Sieben'), seed.box[1]!, seed.box[2]!];
  const bad = await keyPointsLLM(seed.article, { client: fixed(wrong) });
  assert.equal(bad.checks?.[0]?.replaced, true);
  assert.match(bad.checks?.[0]?.reason ?? '', /number not in source: "Sieben"/);
  assert.ok(!bad.items.some((i) => i.text.includes('Sieben')));
});
