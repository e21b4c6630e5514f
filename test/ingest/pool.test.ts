import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtractPool } from '../../src/ingest/extract-pool.js';
import { ingest, MIN_FILES_PER_WORKER } from '../../src/ingest/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite.js';

const fake = new URL('./fake-worker.mjs', import.meta.url);
const titleOf = async (p: Promise<{ title?: string | null }>) => (await p).title;

describe('ExtractPool (with a stand-in worker)', () => {
  it('answers every job with its own result, however the workers interleave', async () => {
    const pool = new ExtractPool({ size: 3, pageTimeoutMs: 5000, workerUrl: fake });
    try {
      const paths = Array.from({ length: 30 }, (_, i) => `/p/${i}-slow${(i * 7) % 5 * 3}`);
      assert.deepEqual(await Promise.all(paths.map((p) => titleOf(pool.run(p)))), paths);
    } finally { await pool.close(); }
  });

  it('rejects a job with the error the worker reports and goes on', async () => {
    const pool = new ExtractPool({ size: 2, pageTimeoutMs: 5000, workerUrl: fake });
    try {
      await assert.rejects(pool.run('/p/bad'), { message: 'cannot read /p/bad' });
      assert.equal(await titleOf(pool.run('/p/ok')), '/p/ok');
    } finally { await pool.close(); }
  });

  it('stops a page that never finishes, fails it alone and finishes the files queued behind it', async () => {
    const pool = new ExtractPool({ size: 1, pageTimeoutMs: 1000, workerUrl: fake });
    try {
      const jobs = ['/p/a', '/p/hang', '/p/b', '/p/c', '/p/d'].map((p) => pool.run(p));
      const settled = await Promise.allSettled(jobs);
      assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
      assert.match(String((settled[1] as PromiseRejectedResult).reason.message), /took longer than 1 s and was stopped/);
    } finally { await pool.close(); }
  });

  it('fails a page that runs its worker out of memory, and one whose worker exits, and goes on', async () => {
    const pool = new ExtractPool({ size: 2, pageTimeoutMs: 20_000, maxHeapMb: 32, workerUrl: fake });
    try {
      const settled = await Promise.allSettled(['/p/oom', '/p/exit', '/p/x', '/p/y'].map((p) => pool.run(p)));
      assert.match(String((settled[0] as PromiseRejectedResult).reason?.message), /ran out of memory \(limit 32 MB per worker\)/);
      assert.match(String((settled[1] as PromiseRejectedResult).reason?.message), /worker stopped \(exit code 3\)/);
      assert.deepEqual(settled.slice(2).map((s) => s.status === 'fulfilled' && s.value.title), ['/p/x', '/p/y']);
    } finally { await pool.close(); }
  });

  it('rejects what is still queued when closed, and new jobs after', async () => {
    const pool = new ExtractPool({ size: 1, pageTimeoutMs: 5000, workerUrl: fake });
    const queued = Promise.allSettled(['/p/slow200', '/p/e', '/p/f'].map((p) => pool.run(p)));
    await pool.close();
    const settled = await queued;
    assert.ok(settled.every((s) => s.status === 'rejected'));
    await assert.rejects(pool.run('/p/g'), /closed/);
  });
});

describe('ingest with extraction workers (jobs > 1)', () => {
  it('stores the same articles, in the same order, with the same failures as in one thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'punkt-jobs-'));
    try {
      const n = MIN_FILES_PER_WORKER * 2 + 2; // enough files for two workers
      for (let i = 0; i < n; i++) {
        writeFileSync(join(dir, `page-${String(i).padStart(3, '0')}.html`), `<!doctype html><html lang="de"><head><title>Seite ${i}</title></head><body>
<article><p class="kicker">Thema ${i % 5}</p><h1>Seite ${i}: Wasserstand am Pegel steigt</h1><p class="lead">Der Pegel ${i} steigt seit Tagen.</p>
<p>Am Pegel ${i} wurde am Montag ein Wasserstand von ${100 + i} Zentimetern gemessen, wie das Amt für Umwelt mitteilte.</p>
<p>Die Behörden rechnen mit einem weiteren Anstieg um ${i % 7} Zentimeter bis zum Wochenende, sagte ein Sprecher.</p>
<p>Anwohner sollen Keller räumen und Fahrzeuge aus tief gelegenen Straßen entfernen, hieß es weiter.</p></article></body></html>`);
      }
      writeFileSync(join(dir, 'page-900.txt'), 'Kurzer Text\n\nEin Absatz als Textdatei, mit genug Worten, damit er als Artikel gilt und gespeichert wird.');
      writeFileSync(join(dir, 'page-901.html.gz'), 'this is not gzip');
      const run = async (jobs: number) => {
        const store = openSqliteStore(':memory:');
        try {
          const report = await ingest([dir], { store, jobs, retryFailed: false, maintainMs: 0 });
          // ids are random: compare without them (also inside the near-duplicate links)
          const articles = [...store.iterate()].map(({ id: _id, createdAt: _c, updatedAt: _u, alsoPublishedBy, ...rest }) =>
            ({ ...rest, alsoPublishedBy: alsoPublishedBy.map(({ id: _d, ...link }) => link) }));
          return { report, articles };
        } finally { store.close(); }
      };
      const one = await run(1);
      const two = await run(2);
      assert.equal(one.report.created, n + 1);
      assert.equal(one.report.failed, 1);
      assert.match(one.report.errors[0]!.error, /gzip/i);
      assert.equal(one.report.workers, undefined);
      const { workers, ...twoReport } = two.report;
      assert.equal(workers, 2);
      assert.deepEqual(twoReport, one.report);
      assert.deepEqual(two.articles, one.articles);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
