/**
 * The CPU part of ingesting one file: read (and gunzip) it, extract the article and write its key
 * points. Runs in the ingest's own thread (`jobs: 1`) or in an extraction worker
 * (`extract-worker.ts`); both call this one function, so a file gives the same article either way.
 */
import { extname } from 'node:path';
import { extract, keyPoints } from '../index.js';
import { readFileInputSync } from '../input/read.js';
import type { Article, ExtractOptions } from '../model/article.js';

/** What an extraction of a file needs besides its path: plain data, so it can cross to a worker. */
export interface FileJobOptions {
  /** Extraction options passed through (timezone, language hint). */
  extract?: Pick<ExtractOptions, 'timezone' | 'language'>;
  keyPointCount?: number;
}

/** How a file is read: `.txt` as a text dump, `.html`/`.htm`/`.xhtml` as HTML, else sniffed. */
export function fromOf(path: string): ExtractOptions['from'] {
  const ext = extname(path.replace(/\.gz$/i, '')).toLowerCase();
  if (ext === '.txt') return 'text';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  return 'auto';
}

/** Key points as the ingest writes them (the built-in method, the configured count). */
export function withKeyPoints(article: Article, options: FileJobOptions): Article {
  article.keyPoints = keyPoints(article, options.keyPointCount ? { count: options.keyPointCount } : {});
  return article;
}

/** Read, extract and key-point one file. Throws (an InputError) when the file cannot be read. */
export function extractFile(path: string, options: FileJobOptions): Article {
  const input = readFileInputSync(path);
  return withKeyPoints(extract(input.bytes, { ...options.extract, from: fromOf(path) }), options);
}
