/**
 * The narrow storage interface behind the reader. The SQLite implementation lives in ./sqlite.ts;
 * a PostgreSQL one can follow without touching callers. test/store/contract.ts is the contract
 * suite every implementation must pass.
 */
// NOTE for the server helper (storage helper, issue 5): additive changes only —
// `IngestLog`, `FeedState`, `IngestError` were added for the ingest pipeline,
// `SearchResult.totalCapped` (show "5,000+" when set) and the optional `maintain()`; open a store with
// `openDataDir(dir)` (→ `<dir>/punkt.db`) or `openSqliteStore(':memory:')` from ./sqlite.ts.
import type { Article } from '../model/article.js';

export interface StoredArticle extends Article {
  id: string;
  /** Canonical URL used as the identity key (null for pasted text without URL). */
  canonicalUrl: string | null;
  site: string | null;
  createdAt: string;
  updatedAt: string;
  /** Other stored articles with (nearly) the same text: partner republications, agency copies. */
  alsoPublishedBy: Array<{ id: string; site: string | null; url: string | null; title: string | null; similarity: number }>;
}

export interface SaveResult { article: StoredArticle; created: boolean }

export interface SearchQuery {
  q: string;
  site?: string;
  language?: string;
  /** ISO dates (inclusive) on `published`. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  site: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  /** Snippet with matches wrapped in <mark>…</mark>; everything else HTML-escaped. */
  snippet: string;
  score: number;
}

export interface SearchResult {
  total: number;
  /** True when counting stopped at the store's cap (5,000 for SQLite): there are more than `total` matches. */
  totalCapped?: boolean;
  hits: SearchHit[];
}

export interface ListQuery { limit?: number; offset?: number; site?: string; language?: string }

export interface ArticleStore {
  /** Insert, or update the article with the same canonical URL (keeping `updated`). Links near-duplicates. */
  save(article: Article, meta?: { url?: string | null }): SaveResult;
  get(id: string): StoredArticle | null;
  getByUrl(url: string): StoredArticle | null;
  list(query?: ListQuery): StoredArticle[];
  search(query: SearchQuery): SearchResult;
  count(): number;
  /** Stream every stored article, oldest first. */
  iterate(): Iterable<StoredArticle>;
  /** Optional housekeeping after writes (SQLite: merge the full-text index), at most about
   * `budgetMs`; true when there is nothing left to do. Callers run it after a batch or when idle. */
  maintain?(budgetMs?: number): boolean;
  close(): void;
}

/** Conditional-GET state of a feed or sitemap URL. */
export interface FeedState { etag: string | null; lastModified: string | null; lastStatus: number | null; checkedAt: string }

/** An item (file, page URL, feed) that failed to ingest; retried on the next run. */
export interface IngestError { item: string; source: string | null; error: string; attempts: number; firstAt: string; lastAt: string }

/** Bookkeeping the ingest pipeline keeps next to the articles (same database, same transactions). */
export interface IngestLog {
  getFeed(url: string): FeedState | null;
  setFeed(url: string, state: { etag: string | null; lastModified: string | null; lastStatus: number | null }): void;
  recordError(item: string, source: string | null, error: string): void;
  clearError(item: string): void;
  /** Failed items with fewer than `maxAttempts` attempts, oldest first. */
  pendingErrors(maxAttempts?: number): IngestError[];
  /** save() for a writer that only needs `created`: the same rows, without building the stored article. */
  put?(article: Article, meta?: { url?: string | null }): { id: string; created: boolean };
  /** Group commit: everything written until endGroup() is one transaction (each save() a savepoint
   * in it, so a failing save rolls back alone). A crash loses the open group, never a committed one. */
  beginGroup?(): void;
  endGroup?(): void;
}
