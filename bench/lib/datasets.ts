/**
 * Loaders for the three benchmark sets in ../shared/bench (or $PUNKT_BENCH_DIR). Pages are read
 * lazily, one at a time, so the harness itself adds little to a tool's peak RSS. Ground truth is
 * normalised into one `Truth` shape; fields some files store as Python-literal strings
 * (`"['a', 'b']"`) are parsed with `pyliteral.ts`.
 */
import { existsSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { asStringField, asStringList } from './pyliteral.js';

export const SET_NAMES = ['scrapinghub', 'trafilatura-dev', 'wcxb-articles-dev'] as const;
export type SetName = (typeof SET_NAMES)[number];

export interface Truth {
  /** Full main text (scrapinghub `articleBody`, wcxb `main_content`); null when the set has none. */
  body: string | null;
  /** Snippets that must appear / must not appear (trafilatura-dev; wcxb has them too). */
  with: string[];
  without: string[];
  /** Metadata, null when the ground truth does not give it (then the page is not scored for it). */
  title: string | null;
  author: string | null;
  date: string | null;
}

export interface PageRef {
  set: SetName;
  id: string;
  url: string;
  /** Absolute path of the gzipped page. */
  file: string;
  truth: Truth;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The repository itself, also when this file runs compiled from bench/out/build/bench/lib. */
export const SOURCE_ROOT = REPO_ROOT.endsWith(join('bench', 'out', 'build')) ? resolve(REPO_ROOT, '..', '..', '..') : REPO_ROOT;

export function benchDir(): string {
  return process.env.PUNKT_BENCH_DIR ?? resolve(SOURCE_ROOT, '..', 'shared', 'bench');
}

/**
 * A compiled bench tool that opens an archive: the store reads its migrations from `migrations/` two
 * levels above src/store, which for the compiled copy is bench/out/build/migrations; link it to the
 * repository's folder (once; bench/out is git-ignored).
 */
export function linkMigrationsForCompiledRun(): void {
  if (SOURCE_ROOT !== REPO_ROOT && !existsSync(join(REPO_ROOT, 'migrations'))) {
    symlinkSync(join(SOURCE_ROOT, 'migrations'), join(REPO_ROOT, 'migrations'));
  }
}

export function hasSet(set: SetName, dir = benchDir()): boolean {
  const base = join(dir, set);
  switch (set) {
    case 'scrapinghub': return existsSync(join(base, 'ground-truth.json')) && existsSync(join(base, 'html'));
    case 'trafilatura-dev': return existsSync(join(base, 'evaldata.json')) && existsSync(join(base, 'html'));
    case 'wcxb-articles-dev': return existsSync(join(base, 'ground-truth')) && existsSync(join(base, 'html'));
  }
}

/** The raw bytes of a page (gunzipped). */
export function readPage(page: Pick<PageRef, 'file'>): Uint8Array {
  return new Uint8Array(gunzipSync(readFileSync(page.file)));
}

export function loadSet(set: SetName, dir = benchDir()): PageRef[] {
  const base = join(dir, set);
  switch (set) {
    case 'scrapinghub': return loadScrapinghub(base);
    case 'trafilatura-dev': return loadTrafilatura(base);
    case 'wcxb-articles-dev': return loadWcxb(base);
  }
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function loadScrapinghub(base: string): PageRef[] {
  const gt = obj(readJson(join(base, 'ground-truth.json')));
  return Object.keys(gt).sort().map((id) => {
    const e = obj(gt[id]);
    return {
      set: 'scrapinghub' as const, id, url: asStringField(e.url) ?? '',
      file: join(base, 'html', `${id}.html.gz`),
      truth: { body: asStringField(e.articleBody) ?? '', with: [], without: [], title: null, author: null, date: null },
    };
  });
}

function loadTrafilatura(base: string): PageRef[] {
  const gt = obj(readJson(join(base, 'evaldata.json')));
  return Object.keys(gt).map((url) => {
    const e = obj(gt[url]);
    const file = asStringField(e.file) ?? '';
    return {
      set: 'trafilatura-dev' as const, id: file, url,
      file: join(base, 'html', `${file}.gz`),
      truth: {
        body: null, with: asStringList(e.with), without: asStringList(e.without),
        title: asStringField(e.title), author: asStringField(e.author), date: asStringField(e.date),
      },
    };
  }).sort((a, b) => a.id.localeCompare(b.id));
}

function loadWcxb(base: string): PageRef[] {
  const files = readdirSync(join(base, 'ground-truth')).filter((f) => f.endsWith('.json')).sort();
  return files.map((f) => {
    const id = f.replace(/\.json$/, '');
    const d = obj(readJson(join(base, 'ground-truth', f)));
    let g: unknown = d.ground_truth;
    if (typeof g === 'string') {
      // Some exports store the whole record as a Python dict literal; JSON is tried first.
      try { g = JSON.parse(g); } catch { g = pyDictToJson(g as string); }
    }
    const gt = obj(g);
    return {
      set: 'wcxb-articles-dev' as const, id, url: asStringField(d.url) ?? '',
      file: join(base, 'html', `${id}.html.gz`),
      truth: {
        body: asStringField(gt.main_content),
        with: asStringList(gt.with), without: asStringList(gt.without),
        title: asStringField(gt.title), author: asStringField(gt.author), date: asStringField(gt.publish_date),
      },
    };
  });
}

/** Best effort for a Python dict literal of plain strings/lists/None: rewrite to JSON and parse. */
function pyDictToJson(src: string): unknown {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "'" || c === '"') {
      let s = '';
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\' && i + 1 < src.length) {
          const e = src[i + 1]!;
          s += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          i += 2;
        } else {
          s += src[i++];
        }
      }
      i++;
      out += JSON.stringify(s);
    } else if (src.startsWith('None', i)) { out += 'null'; i += 4; } else if (src.startsWith('True', i)) { out += 'true'; i += 4; } else if (src.startsWith('False', i)) { out += 'false'; i += 5; } else { out += c; i++; }
  }
  try { return JSON.parse(out) as unknown; } catch { return {}; }
}
