/**
 * `punkt ingest [--data DIR] [--config FILE] [--allow-private] [--jobs N] PATH|URL|FEED|SITEMAP…` — import into
 * the archive (settings as for `serve`: config file < PUNKT_* < flags, validated first),
 * with a progress bar on a terminal and one line per failure. Exit code 1 when some item failed
 * (it is recorded and retried on the next run), 0 otherwise.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { ingest, DEFAULT_HOST_DELAY_MS, type IngestProgress } from '../../ingest/pipeline.js';
import { openDataDir } from '../../store/sqlite.js';
import { commandConfig } from './data-dir.js';

function nonNegativeInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number ≥ 0, got "${v}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Import files, directories, page URLs, RSS/Atom feeds and sitemaps into the archive.')
    .argument('<inputs...>', 'files or directories (.html, .htm, .txt, optionally .gz), URLs, feeds, sitemaps')
    .option('--data <dir>', 'archive directory (default: $PUNKT_DATA, the config file, or ./data)')
    .option('--config <file>', 'JSON config file (default ./punkt.config.json if present)')
    .option('--allow-private', 'allow fetching loopback/private addresses (env PUNKT_ALLOW_PRIVATE)')
    .option('--delay <ms>', 'pause between two requests to the same host', nonNegativeInt, DEFAULT_HOST_DELAY_MS)
    .option('--pause <ms>', 'pause after every item (go easy on a shared machine)', nonNegativeInt, 0)
    .option('--jobs <n>', 'threads extracting files (default: the cores, at most 4; env PUNKT_INGEST_JOBS)', nonNegativeInt)
    .option('--no-retry', 'do not retry items that failed on earlier runs')
    .option('--quiet', 'no progress output')
    .action(async (inputs: string[], opts: { data?: string; config?: string; allowPrivate?: boolean; jobs?: number; delay: number; pause: number; retry: boolean; quiet?: boolean }) => {
      const flags: Record<string, unknown> = {};
      if (opts.data !== undefined) flags.dataDir = opts.data;
      if (opts.allowPrivate) flags.fetch = { allowPrivate: true };
      if (opts.jobs !== undefined) flags.ingest = { jobs: opts.jobs };
      const config = commandConfig('ingest', flags, opts.config);
      if (!config) return;
      const store = openDataDir(config.dataDir);
      const tty = Boolean(process.stderr.isTTY) && !opts.quiet;
      const bar = tty
        ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {item}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
        : null;
      let started = false;
      const onProgress = (p: IngestProgress) => {
        if (bar) {
          const item = p.item.length > 50 ? '…' + p.item.slice(-49) : p.item;
          if (!started) { bar.start(p.total, p.done, { item }); started = true; }
          bar.setTotal(p.total);
          bar.update(p.done, { item });
        }
        if (p.status === 'failed' && !opts.quiet) {
          if (bar) bar.stop();
          process.stderr.write(`punkt: ${p.item}: ${p.error}\n`);
          if (bar) { started = false; }
        }
      };
      try {
        const r = await ingest(inputs, {
          store, onProgress, hostDelayMs: opts.delay, pauseMs: opts.pause, retryFailed: opts.retry,
          allowPrivate: config.fetch.allowPrivate, timeoutMs: config.fetch.timeoutMs, maxBytes: config.fetch.maxBytes,
          maxRedirects: config.fetch.maxRedirects, keyPointCount: config.keyPoints.count,
          jobs: config.ingest.jobs, pageTimeoutMs: config.ingest.pageTimeoutMs,
        });
        bar?.stop();
        if (!opts.quiet) {
          process.stderr.write(`ingest: ${r.created} new, ${r.updated} updated, ${r.skipped} already stored, ${r.notModified} feeds unchanged, ${r.failed} failed; ${store.count()} articles in the archive${r.workers ? ` (${r.workers} extraction threads)` : ''}\n`);
        }
        if (r.failed > 0) process.exitCode = 1;
      } finally {
        bar?.stop();
        store.close();
      }
    });
}
