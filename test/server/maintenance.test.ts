/**
 * Idle index maintenance: starts only after a quiet spell, runs in steps until the store reports
 * nothing left, restarts its wait on every write, stops for good on stop(), and survives a failing
 * store. Also: the app reports every stored article to `onWrite`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { idleMaintenance } from '../../src/server/maintenance.js';
import { createApp } from '../../src/server/app.js';
import type { ArticleStore } from '../../src/store/types.js';
import { MemoryStore } from './memory-store.js';
import { ORIGIN, testConfig } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A store whose maintain() needs `steps` calls to finish. */
function fakeStore(steps: number, fail = false): ArticleStore & { calls: number[] } {
  const s = new MemoryStore() as unknown as ArticleStore & { calls: number[] };
  s.calls = [];
  let left = steps;
  s.maintain = (budget?: number) => {
    s.calls.push(budget ?? -1);
    if (fail) throw new Error('disk full');
    left--;
    return left <= 0;
  };
  return s;
}

describe('idle maintenance', () => {
  it('waits for quiet, then steps until done', (t) => {
    // mocked clock: on a loaded machine real sleeps overran the 40 ms quiet spell
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const store = fakeStore(3);
    const idle = idleMaintenance(store, 40, 5);
    idle.touch();
    t.mock.timers.tick(15);
    idle.touch(); // a write restarts the wait
    t.mock.timers.tick(39);
    assert.equal(store.calls.length, 0, 'not during the quiet spell');
    t.mock.timers.tick(1);
    assert.deepEqual(store.calls, [5, 5, 5], 'when the quiet spell is over: three steps of 5 ms budget, then done');
    t.mock.timers.tick(10_000);
    assert.equal(store.calls.length, 3, 'nothing more once the store reports done');
    idle.stop();
  });

  it('does nothing after stop(), and a failing store does not throw', async () => {
    const store = fakeStore(3);
    const idle = idleMaintenance(store, 10, 5);
    idle.touch();
    idle.stop();
    idle.touch();
    await sleep(40);
    assert.equal(store.calls.length, 0);
    const broken = fakeStore(1, true);
    const errors: unknown[] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => { errors.push(a); };
    try {
      const i2 = idleMaintenance(broken, 5, 5);
      i2.touch();
      await sleep(30);
      i2.stop();
    } finally {
      console.error = orig;
    }
    assert.equal(broken.calls.length, 1, 'one failed attempt, not a loop');
    assert.equal(errors.length, 1);
  });

  it('is told about every article the app stores', async () => {
    let writes = 0;
    const app = createApp({ store: new MemoryStore(), config: testConfig(), onWrite: () => { writes++; } });
    const html = '<html lang="de"><head><title>Brücke wird saniert</title></head><body><article><h1>Brücke wird saniert</h1><p>Die alte Brücke über den Fluss wird ab Montag während drei Monaten saniert.</p></article></body></html>';
    const res = await app.request(`${ORIGIN}/api/articles`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ html, url: 'https://news.example.ch/stadt/bruecke' }),
    });
    assert.equal(res.status, 201);
    assert.equal(writes, 1);
    const bad = await app.request(`${ORIGIN}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(bad.status, 400);
    assert.equal(writes, 1, 'a refused request stores nothing');
  });
});
