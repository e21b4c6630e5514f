/**
 * Writes one block of the `bench:serve` section of docs/benchmarks.md (the section belongs to the
 * storage benchmarks; other sections are left byte for byte). Blocks: `throughput` (bench/serve.ts)
 * and `dedupe` (bench/dedupe.ts), each between `<!-- bench:serve:NAME -->` markers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_ROOT } from './lib/datasets.js';

const DOC = join(SOURCE_ROOT, 'docs', 'benchmarks.md');
const BLOCKS = ['throughput', 'dedupe'] as const;

const HEADINGS: Record<(typeof BLOCKS)[number], string> = {
  throughput: '### Archive: ingest throughput, search latency, size (`npm run bench:serve`)',
  dedupe: '### Near-duplicate detection (`npm run bench:dedupe`)',
};

export function writeServeBlock(name: (typeof BLOCKS)[number], content: string): void {
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n';
  const open = '<!-- bench:serve -->';
  const close = '<!-- /bench:serve -->';
  let section = '';
  const i = doc.indexOf(open);
  const j = doc.indexOf(close);
  if (i >= 0 && j > i) section = doc.slice(i + open.length, j);
  const blocks = new Map<string, string>();
  for (const b of BLOCKS) {
    const m = new RegExp(`<!-- bench:serve:${b} -->([\\s\\S]*?)<!-- /bench:serve:${b} -->`).exec(section);
    blocks.set(b, m ? m[1]!.trim() : '_not measured yet_');
  }
  blocks.set(name, content.trim());
  const body = '## Archive: storage, search, de-duplication\n\n' + BLOCKS.map((b) => `${HEADINGS[b]}\n\n<!-- bench:serve:${b} -->\n${blocks.get(b)}\n<!-- /bench:serve:${b} -->`).join('\n\n');
  const next = i >= 0 && j > i
    ? doc.slice(0, i) + open + '\n' + body + '\n' + doc.slice(j)
    : doc.trimEnd() + '\n\n' + open + '\n' + body + '\n' + close + '\n';
  writeFileSync(DOC, next);
}
