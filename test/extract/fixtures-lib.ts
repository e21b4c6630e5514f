/**
 * Shared helpers for the hand-written HTML fixtures in `test/fixtures/<site>--<slug>/`.
 *
 * A fixture is `source.html` (bytes, any charset the page declares) plus `expected.json`: a PARTIAL
 * Article — only the fields present are checked — and a few underscore keys:
 *   `_note`          what the fixture tests (required),
 *   `_options`       ExtractOptions passed to `extract` (`now` as an ISO string, turned into a Date),
 *   `_textIncludes`  strings that must occur in `article.text`,
 *   `_textExcludes`  strings that must occur neither in `article.text` nor in any block,
 *   `_messages`      message codes that must occur in `article.messages`.
 * Used by fixtures.test.ts (compare with the extractor) and fixtures-lint.test.ts (shape checks).
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Block, ExtractOptions } from '../../src/model/article.js';

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Every Article key; `Record<keyof Article, …>` makes tsc flag this list when the model changes. */
const ARTICLE_KEY_MAP: Record<keyof Article, true> = {
  title: true, kicker: true, lead: true, authors: true, siteName: true, source: true, url: true,
  language: true, published: true, updated: true, section: true, tags: true, image: true, blocks: true,
  summaryBox: true, text: true, wordCount: true, messages: true, keyPoints: true, debug: true,
};
export const ARTICLE_KEYS = Object.keys(ARTICLE_KEY_MAP) as Array<keyof Article>;

const OPTION_KEY_MAP: Record<keyof ExtractOptions, true> = {
  url: true, timezone: true, language: true, from: true, contentType: true, now: true, debug: true, stages: true,
};
export const OPTION_KEYS = Object.keys(OPTION_KEY_MAP) as Array<keyof ExtractOptions>;

export const EXTRA_KEYS = ['_note', '_options', '_textIncludes', '_textExcludes', '_messages'] as const;

/** The exact field list of each block type, for the lint (an expected block must spell out all fields). */
export const BLOCK_FIELDS: Record<Block['type'], string[]> = {
  paragraph: ['type', 'text'],
  heading: ['type', 'level', 'text'],
  quote: ['type', 'text', 'cite'],
  list: ['type', 'ordered', 'items'],
  table: ['type', 'rows'],
  figure: ['type', 'src', 'alt', 'caption', 'credit'],
  embed: ['type', 'kind', 'url'],
};

export const IMAGE_FIELDS = ['src', 'alt', 'caption', 'credit'];

/** ISO 8601 with an explicit offset (or Z), as the model requires for `published`/`updated`. */
export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

export const FOLDER_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type Expected = Record<string, unknown> & {
  _note?: string;
  _options?: Record<string, unknown>;
  _textIncludes?: string[];
  _textExcludes?: string[];
  _messages?: string[];
};

/** Fixture folder names, sorted (files such as a stray README are ignored). */
export function listFixtures(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => !name.startsWith('.') && statSync(join(FIXTURES_DIR, name)).isDirectory())
    .sort();
}

/** Whitespace collapse + trim, the comparison form of every string. */
export function norm(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** Deep copy with every string normalised; keeps nulls, numbers, booleans. */
export function normDeep(v: unknown): unknown {
  if (typeof v === 'string') return norm(v);
  if (Array.isArray(v)) return v.map(normDeep);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = normDeep(x);
    return out;
  }
  return v;
}

/**
 * Canonical spelling of an ISO timestamp so that equal instants with equal offsets compare equal:
 * `Z` ≡ `+00:00`, missing seconds ≡ `:00`, zero milliseconds dropped. The offset itself still counts.
 */
export function normIso(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.exec(v.trim());
  if (!m) return v;
  const ms = m[3] && !/^\.0+$/.test(m[3]) ? m[3] : '';
  const off = m[4] === 'Z' ? '+00:00' : m[4]!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return `${m[1]}${m[2] ?? ':00'}${ms}${off}`;
}

/** `_options` from JSON to ExtractOptions (`now` is stored as an ISO string). */
export function toExtractOptions(raw: Record<string, unknown> | undefined): ExtractOptions {
  const opts: Record<string, unknown> = { ...(raw ?? {}) };
  if (typeof opts.now === 'string') opts.now = new Date(opts.now);
  return opts as ExtractOptions;
}

/** Every string a block carries (text, items, cells, caption, credit, alt, cite, url). */
export function blockStrings(b: Block): string[] {
  switch (b.type) {
    case 'paragraph': case 'heading': return [b.text];
    case 'quote': return [b.text, b.cite ?? ''];
    case 'list': return b.items;
    case 'table': return b.rows.flat();
    case 'figure': return [b.caption ?? '', b.credit ?? '', b.alt ?? ''];
    case 'embed': return [b.url];
  }
}
