/**
 * `punkt export [--data DIR] --format jsonl|md` — stream the archive to stdout, oldest first, one
 * article at a time (the archive is never loaded whole), honouring back-pressure.
 */
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import { toMarkdown } from '../../index.js';
import { openDataDir } from '../../store/sqlite.js';
import type { StoredArticle } from '../../store/types.js';
import { commandConfig } from './data-dir.js';

export function formatRecord(a: StoredArticle, format: 'jsonl' | 'md', first: boolean): string {
  if (format === 'jsonl') return JSON.stringify(a) + '\n';
  return (first ? '' : '\n---\n\n') + toMarkdown(a).trimEnd() + '\n';
}

export function register(program: Command): void {
  program
    .command('export')
    .description('Write every stored article to stdout as JSON Lines or Markdown.')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'md']).default('jsonl'))
    .option('--data <dir>', 'archive directory (default: $PUNKT_DATA, the config file, or ./data)')
    .option('--config <file>', 'JSON config file (default ./punkt.config.json if present)')
    .action(async (opts: { format: 'jsonl' | 'md'; data?: string; config?: string }) => {
      const config = commandConfig('export', opts.data !== undefined ? { dataDir: opts.data } : {}, opts.config);
      if (!config) return;
      const store = openDataDir(config.dataDir);
      const out = process.stdout;
      let first = true;
      let closed = false;
      out.on('error', () => { closed = true; });
      try {
        for (const a of store.iterate()) {
          if (closed) break;
          if (!out.write(formatRecord(a, opts.format, first))) await once(out, 'drain');
          first = false;
        }
      } finally {
        store.close();
      }
    });
}
