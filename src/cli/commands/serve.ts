/**
 * `punkt serve` — the web reader and JSON API on localhost:3000, archive in ./data/punkt.db.
 * Settings: defaults < punkt.config.json / --config < PUNKT_* environment < flags (src/config).
 * On first start with an empty archive the bundled examples are imported (unless --no-examples).
 */
import type { Command } from 'commander';
import { serve } from '@hono/node-server';
import { ConfigError, loadConfig } from '../../config/index.js';
import { createApp } from '../../server/app.js';
import { importExamples } from '../../server/examples.js';
import { idleMaintenance } from '../../server/maintenance.js';
import { openDataDir } from '../../store/sqlite.js';

interface ServeFlags { port?: string; host?: string; data?: string; config?: string; examples?: boolean }

export function register(program: Command): void {
  const cmd = program
    .command('serve')
    .description('start the web reader and JSON API (default http://127.0.0.1:3000, archive in ./data)')
    .option('-p, --port <n>', 'TCP port, 0 for any free one (default 3000, env PUNKT_PORT)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1, env PUNKT_HOST)')
    .option('--data <dir>', 'data directory holding punkt.db (default ./data, env PUNKT_DATA)')
    .option('--config <file>', 'JSON config file (default ./punkt.config.json if present)')
    .option('--no-examples', 'do not import the bundled example pages into an empty archive')
    .action(async (opts: ServeFlags) => {
      const flags: Record<string, unknown> = {};
      // Numbers that do not parse are passed on as strings so the schema names the bad flag.
      if (opts.port !== undefined) flags.port = /^\d+$/.test(opts.port) ? Number(opts.port) : opts.port;
      if (opts.host !== undefined) flags.host = opts.host;
      if (opts.data !== undefined) flags.dataDir = opts.data;
      if (cmd.getOptionValueSource('examples') === 'cli') flags.examples = opts.examples;

      let config;
      try {
        config = loadConfig({ flags, env: process.env, configFile: opts.config });
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        console.error(`punkt serve: ${err.message}`);
        process.exitCode = 2;
        return;
      }

      const store = openDataDir(config.dataDir);
      if (config.examples && store.count() === 0) {
        const report = await importExamples({ store, config });
        if (report.imported.length) console.log(`Imported ${report.imported.length} example page(s): ${report.imported.join(', ')}`);
        for (const f of report.failed) console.error(`Example ${f.file} not imported: ${f.message}`);
      }

      const idle = idleMaintenance(store);
      // an archive left unmerged (a killed ingest, an upgrade) is merged once the reader is idle
      idle.touch();
      const app = createApp({ store, config, log: (line) => console.log(line), onWrite: idle.touch });
      const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
        const host = info.address.includes(':') ? `[${info.address}]` : info.address;
        console.log(`punkt reader listening on http://${host}:${info.port}/ (archive ${config.dataDir}, ${store.count()} articles)`);
      });
      server.on('error', (err: NodeJS.ErrnoException) => {
        idle.stop();
        console.error(`punkt serve: cannot listen on ${config.host}:${config.port}: ${err.code === 'EADDRINUSE' ? 'address already in use' : err.message}`);
        store.close();
        process.exitCode = 1;
      });

      const stop = () => {
        idle.stop();
        server.close(() => {
          store.close();
          process.exit(0);
        });
        // Idle keep-alive connections would hold close() open; the archive is safe, every save is committed.
        (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
