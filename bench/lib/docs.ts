/**
 * docs/benchmarks.md is shared by several benchmark scripts; each owns one marked section
 * (`<!-- bench:NAME -->` … `<!-- /bench:NAME -->`) and replaces only that one.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './datasets.js';

export const BENCH_DOC = join(REPO_ROOT, 'docs', 'benchmarks.md');
export const SECTIONS = ['html', 'text', 'keypoints', 'serve'] as const;

const SKELETON = `# Benchmarks

Measured numbers only: every table below is written by the script named in its section, on the
machine and date it states. Re-run the script to refresh its section; the others stay as they are.

${SECTIONS.map((s) => `<!-- bench:${s} -->\n<!-- /bench:${s} -->`).join('\n\n')}
`;

/** Replace the body of one section (creating the file or the section if missing). */
export function writeDocSection(name: string, body: string, file = BENCH_DOC): void {
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : SKELETON;
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const a = doc.indexOf(open);
  const b = doc.indexOf(close);
  const block = `${open}\n${body.trim()}\n${close}`;
  if (a >= 0 && b > a) doc = doc.slice(0, a) + block + doc.slice(b + close.length);
  else doc = `${doc.trimEnd()}\n\n${block}\n`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, doc);
}

export function machineLine(): string {
  const c = cpus();
  return `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${c.length} × ${c[0]?.model.trim() ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version}`;
}
