/**
 * The bundled example pages (`examples/` in the package): imported on first start into an empty
 * archive so a new user sees the reader working at once. `.html`/`.htm` files go through the HTML
 * extractor, `.txt` files through the text-dump extractor; one bad file is reported, never fatal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, type IngestDeps } from './ingest.js';

/** Resolves to the package's examples/ from both src/server and dist/server. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

export interface ExamplesReport { imported: string[]; failed: Array<{ file: string; message: string }> }

export async function importExamples(deps: IngestDeps, dir: string = EXAMPLES_DIR): Promise<ExamplesReport> {
  const report: ExamplesReport = { imported: [], failed: [] };
  let files: string[];
  try {
    files = readdirSync(dir).sort();
  } catch {
    return report;
  }
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    if (!['.html', '.htm', '.txt'].includes(ext)) continue;
    try {
      const bytes = new Uint8Array(readFileSync(join(dir, file)));
      await ingest(ext === '.txt'
        ? { kind: 'text', text: new TextDecoder().decode(bytes) }
        : { kind: 'html', html: bytes }, deps);
      report.imported.push(file);
    } catch (err) {
      report.failed.push({ file, message: (err as Error).message });
    }
  }
  return report;
}
