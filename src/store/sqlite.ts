/**
 * The SQLite ArticleStore (better-sqlite3): WAL, foreign keys, prepared statements, committed
 * migrations (./migrate.ts). One article is saved in one transaction, so a crash loses at most the
 * article being written. Identity is the canonical URL (src/dedupe/url.ts); near-duplicates are
 * found with MinHash + LSH (src/dedupe/minhash.ts) and linked both ways; search is FTS5 with
 * stemmed prefix queries (src/search/query.ts) and filters as facet terms (src/search/facets.ts),
 * bm25-ranked in blocks of the most recently archived matches (see search()).
 *
 * @example
 *   const store = openDataDir('./data');           // ./data/punkt.db
 *   const { article, created } = store.save(extract(html, { url }), { url });
 *   store.search({ q: 'Rakete', language: 'de' }).hits[0]?.snippet;
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomFillSync } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { Article } from '../model/article.js';
import { canonicalUrl, siteOf } from '../dedupe/url.js';
import { lshKeys, minhash, signatureFromBytes, signatureToBytes, similarity } from '../dedupe/minhash.js';
import { MAX_LINKS_PER_ARTICLE, NEAR_DUPLICATE_THRESHOLD } from '../dedupe/params.js';
import { expandPrefixes, matchExpression, parseQuery, queryTerms, stripSentinels, MAX_PREFIX_EXPANSION } from '../search/query.js';
import { makeSnippet } from '../search/snippet.js';
import { dateRangeParts, facetTokens, filterExpression, mayMatchFacet, FACETS_VERSION } from '../search/facets.js';
import { migrate } from './migrate.js';
import type {
  ArticleStore, FeedState, IngestError, IngestLog, ListQuery, SaveResult, SearchHit, SearchQuery, SearchResult,
  StoredArticle,
} from './types.js';

/** File name of the archive inside a data directory. */
export const DB_FILE = 'punkt.db';

/** bm25 column weights (title, lead, body, keypoints, facets): a word in the headline says more about
 * the article than one in paragraph nine; the lead is also part of the body, so it counts twice. */
const BM25_WEIGHTS = '10.0, 4.0, 1.0, 3.0, 0.0';
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
const ITERATE_PAGE = 200;
/** Matches ranked by bm25 at most (the most recently archived ones); see search(). Calibrated with
 * `npm run bench:serve`: bm25 over 2,000 matches of a common word took ~20 ms at 100,000 articles, half the budget of a whole query. */
export const RANK_WINDOW = 1000;
/** Search totals stop at this count (`totalCapped` says so): counting a word that is in every
 * article walks its whole doclist (17 ms at 100,000 articles; two common words ANDed, 34 ms for 10,000). */
export const COUNT_CAP = 5_000;
/** A filtered block is ranked over the words alone when its rowid range holds at most this many
 * archived articles per match (see search()). Calibrated with `npm run bench:serve` at 100,000
 * articles: a language filter (about half the archive) spans ~3 rowids per match and ran in half
 * the time words-only; a site filter (1 in 60) spans ~60 and was faster with the facet in the MATCH. */
const DENSE_BLOCK_SPAN = 8;
/** Pages (4 KB) written per index merge step. Calibrated at 100,000 articles: a step took 15 ms
 * (p50) and the whole index merged in 139 steps, 2 s of CPU — short enough for the idle reader to
 * interleave requests between steps. */
const MERGE_STEP_PAGES = 256;
/** FTS5's automerge while a group commit's articles enter the index (see indexGroup()): segments
 * merge once 8 share a level instead of 2. Calibrated with bench/lib/store-times.ts (groups of 20
 * articles, the bench pages, CPU time): the group's end took 0.49 instead of 0.63 ms per article
 * (4: 0.51, 16 or 0: 0.49), and the maintain() after the run 0.07 instead of 0.06. */
const GROUP_AUTOMERGE = 8;
/** FTS5's automerge when the archive sets none. */
const FTS5_DEFAULT_AUTOMERGE = 4;
/** Prefix expansions remembered (see wordsWithPrefix), until the archive changes. */
const VOCAB_CACHE_SIZE = 500;
/** zlib level of the stored JSON: level 1 took a third less CPU than the default (6) on the bench
 * pages' JSON (0.23 instead of 0.35 ms per article) for 8 % more bytes (4.7 instead of 4.3 KB). */
const DEFLATE_OPTIONS = { level: 1 } as const;
const STORAGE_FIELDS = ['id', 'canonicalUrl', 'site', 'createdAt', 'updatedAt', 'alsoPublishedBy'] as const;
type StorageField = (typeof STORAGE_FIELDS)[number];

interface Row {
  rid: number; id: string; canonical_url: string | null; url: string | null; site: string | null;
  language: string | null; published: string | null; title: string | null; lead: string | null;
  text: string; data: Buffer; created_at: string; updated_at: string;
}

export interface SqliteStoreOptions {
  /** Matches ranked by bm25 at most (default RANK_WINDOW). */
  rankWindow?: number;
  /** Matches counted at most (default COUNT_CAP). */
  countCap?: number;
}

/** Open (creating if needed) `<dir>/punkt.db`. */
export function openDataDir(dir: string, options: SqliteStoreOptions = {}): SqliteStore {
  mkdirSync(dir, { recursive: true });
  return new SqliteStore(join(dir, DB_FILE), options);
}

export function openSqliteStore(file = ':memory:', options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(file, options);
}

/** Random bytes for ids, filled 512 ids at a time: a randomBytes() call per id cost more than the
 * 9 bytes it made. */
const ID_BYTES = 9;
const idPool = Buffer.alloc(ID_BYTES * 512);
let idPos = idPool.length;

function newId(): string {
  if (idPos === idPool.length) { randomFillSync(idPool); idPos = 0; }
  idPos += ID_BYTES;
  return idPool.toString('base64url', idPos - ID_BYTES, idPos);
}

function sortKey(published: string | null, fallback: string): string {
  if (published) {
    const t = Date.parse(published);
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  return fallback;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function keyPointsText(a: Article): string {
  return (a.keyPoints?.items ?? []).map((k) => k.text).join('\n');
}

export class SqliteStore implements ArticleStore, IngestLog {
  readonly db: Database.Database;
  private readonly st: ReturnType<SqliteStore['prepare']>;
  /** saveRow() in one transaction (a savepoint inside an open one); made once, not per save. */
  private readonly saveTx: (article: Article, metaUrl: string | null | undefined, full: boolean) => SaveResult | { id: string; created: boolean };

  /** Saves through this connection (invalidates the prefix cache; see wordsWithPrefix). */
  private writes = 0;
  private readonly vocabCache = new Map<string, string[] | null>();
  private vocabStamp = '';
  private readonly rankWindow: number;
  /** A group commit is open (beginGroup()). */
  private grouped = false;
  /** batch() calls running. */
  private batches = 0;
  /** The smallest rid of the articles inserted but not yet in the full-text index (0: none); see
   * indexNewArticles(). Every row from it up was inserted by this connection in the open group or batch. */
  private unindexedFrom = 0;
  private readonly countCap: number;

  constructor(file = ':memory:', options: SqliteStoreOptions = {}) {
    this.rankWindow = options.rankWindow ?? RANK_WINDOW;
    this.countCap = options.countCap ?? COUNT_CAP;
    this.db = new Database(file);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed transaction survives a process crash (it is in the WAL);
    // only an OS crash or power cut can lose the last commits, never corrupt the file.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // The default 2 MB page cache makes every insert into the LSH and FTS b-trees a page-cache miss
    // once the archive passes ~100 MB; 64 MB keeps their upper levels resident.
    this.db.pragma('cache_size = -65536');
    this.db.pragma('temp_store = MEMORY');
    migrate(this.db);
    // Not schema: a read-only view of the FTS index's terms, made per connection.
    this.db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab USING fts5vocab(main, articles_fts, row)');
    this.st = this.prepare();
    this.saveTx = this.db.transaction((article: Article, metaUrl: string | null | undefined, full: boolean) => this.saveRow(article, metaUrl, full));
    this.refreshFacets();
  }

  /**
   * Re-tokenise the facets of articles saved with older facet tokens (see migrations/002), in
   * batches of one transaction each, recording progress: a crash resumes where it stopped. The
   * FTS update trigger re-indexes each row, so on a big archive this takes a while, once.
   */
  private refreshFacets(batch = 500): void {
    const get = this.db.prepare('SELECT value FROM store_meta WHERE key = ?').pluck();
    const put = this.db.prepare('INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    if (Number(get.get('facets_version') ?? 0) >= FACETS_VERSION) return;
    const rows = this.db.prepare('SELECT rid, site, language, published FROM articles WHERE rid > ? ORDER BY rid LIMIT ?');
    const set = this.db.prepare('UPDATE articles SET facets = ? WHERE rid = ? AND facets != ?');
    for (;;) {
      const done = this.db.transaction(() => {
        const after = Number(get.get('facets_refresh_after') ?? 0);
        const page = rows.all(after, batch) as Array<{ rid: number; site: string | null; language: string | null; published: string | null }>;
        for (const r of page) {
          const f = facetTokens(r);
          set.run(f, r.rid, f);
        }
        if (page.length < batch) {
          put.run('facets_version', String(FACETS_VERSION));
          this.db.prepare('DELETE FROM store_meta WHERE key = ?').run('facets_refresh_after');
          return true;
        }
        put.run('facets_refresh_after', String(page[page.length - 1]!.rid));
        return false;
      })();
      if (done) return;
    }
  }

  private prepare() {
    const db = this.db;
    return {
      byCanonical: db.prepare('SELECT * FROM articles WHERE canonical_url = ?'),
      byUrl: db.prepare('SELECT * FROM articles WHERE url = ? ORDER BY rid LIMIT 1'),
      byId: db.prepare('SELECT * FROM articles WHERE id = ?'),
      insert: db.prepare(`INSERT INTO articles
        (id, canonical_url, url, site, language, published, sort_at, title, lead, text, keypoints, facets, data, created_at, updated_at)
        VALUES (@id, @canonical_url, @url, @site, @language, @published, @sort_at, @title, @lead, @text, @keypoints, @facets, @data, @created_at, @updated_at)`),
      update: db.prepare(`UPDATE articles SET url = @url, site = @site, language = @language, published = @published,
        sort_at = @sort_at, title = @title, lead = @lead, text = @text, keypoints = @keypoints, facets = @facets, data = @data,
        updated_at = @updated_at WHERE rid = @rid`),
      count: db.prepare('SELECT count(*) AS n FROM articles'),
      page: db.prepare('SELECT * FROM articles WHERE rid > ? ORDER BY rid LIMIT ?'),
      getSig: db.prepare('SELECT sig FROM article_minhash WHERE rid = ?'),
      putSig: db.prepare('INSERT OR REPLACE INTO article_minhash (rid, sig) VALUES (?, ?)'),
      delSig: db.prepare('DELETE FROM article_minhash WHERE rid = ?'),
      // all band keys of an article in one statement (a JSON array): 32 statement calls cost more than the inserts
      putLsh: db.prepare('INSERT OR IGNORE INTO article_lsh (key, rid) SELECT value, ? FROM json_each(?)'),
      delLsh: db.prepare('DELETE FROM article_lsh WHERE rid = ? AND key IN (SELECT value FROM json_each(?))'),
      // New articles into the full-text index (see migrations/003 and indexNewArticles()).
      ftsInsert: db.prepare(`INSERT INTO articles_fts(rowid, title, lead, body, keypoints, facets)
        SELECT rid, title, lead, text, keypoints, facets FROM articles WHERE rid >= ?`),
      candidates: db.prepare(`SELECT DISTINCT l.rid, m.sig FROM article_lsh l JOIN article_minhash m ON m.rid = l.rid
        WHERE l.key IN (SELECT value FROM json_each(?)) AND l.rid != ?`),
      link: db.prepare('INSERT OR REPLACE INTO article_duplicates (a, b, similarity) VALUES (?, ?, ?)'),
      unlink: db.prepare('DELETE FROM article_duplicates WHERE a = ? OR b = ?'),
      dups: db.prepare(`SELECT a2.id, a2.site, a2.url, a2.title, d.similarity FROM article_duplicates d
        JOIN articles a2 ON a2.rid = d.b WHERE d.a = ? ORDER BY d.similarity DESC, a2.rid`),
      // Two subqueries, not min() and max() in one SELECT: only a lone min/max is answered from the
      // index's first/last entry; together they scanned the whole index (8 ms at 100,000 articles).
      dateSpan: db.prepare('SELECT (SELECT min(published) FROM articles) AS lo, (SELECT max(published) FROM articles) AS hi'),
      // The index's vocabulary (a temp fts5vocab table, see the constructor); a term range is a b-tree seek.
      vocab: db.prepare('SELECT term FROM temp.articles_vocab WHERE term >= ? AND term < ? LIMIT ?'),
      ftsIds: db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match ORDER BY rowid DESC LIMIT @cap').pluck(),
      // bm25() with SQLite's sorter, not FTS5's `ORDER BY rank`: the latter ignored the rowid window
      // and ranked every match (225 ms for a common word at 100,000 articles).
      ftsRank: db.prepare(`SELECT rowid AS rid, bm25(articles_fts, ${BM25_WEIGHTS}) AS score FROM articles_fts
        WHERE articles_fts MATCH @match AND rowid BETWEEN @lo AND @hi ORDER BY score LIMIT @limit OFFSET @offset`).safeIntegers(true),
      // `+rowid`: a filter SQLite applies to FTS5's rows, not a rowid constraint handed to FTS5
      // (which would run the MATCH once per listed rowid).
      ftsRankIn: db.prepare(`SELECT rowid AS rid, bm25(articles_fts, ${BM25_WEIGHTS}) AS score FROM articles_fts
        WHERE articles_fts MATCH @match AND rowid BETWEEN @lo AND @hi AND +rowid IN (SELECT value FROM json_each(@ids))
        ORDER BY score LIMIT @limit OFFSET @offset`).safeIntegers(true),
      hitRow: db.prepare('SELECT id, title, site, url, published, language, text FROM articles WHERE rid = ?'),
      totalChanges: db.prepare('SELECT total_changes()').pluck(),
      ftsAutomerge: db.prepare("SELECT v FROM articles_fts_config WHERE k = 'automerge'").pluck(),
      mergeStep: db.prepare(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('merge', ${-MERGE_STEP_PAGES})`),
      dataVersion: db.prepare('PRAGMA data_version').pluck(),
      feedGet: db.prepare('SELECT etag, last_modified AS lastModified, last_status AS lastStatus, checked_at AS checkedAt FROM feeds WHERE url = ?'),
      feedPut: db.prepare(`INSERT INTO feeds (url, etag, last_modified, last_status, checked_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
        last_status = excluded.last_status, checked_at = excluded.checked_at`),
      errPut: db.prepare(`INSERT INTO ingest_errors (item, source, error, attempts, first_at, last_at) VALUES (?, ?, ?, 1, ?, ?)
        ON CONFLICT(item) DO UPDATE SET error = excluded.error, source = coalesce(excluded.source, source),
        attempts = attempts + 1, last_at = excluded.last_at`),
      errDel: db.prepare('DELETE FROM ingest_errors WHERE item = ?'),
      errList: db.prepare('SELECT item, source, error, attempts, first_at AS firstAt, last_at AS lastAt FROM ingest_errors WHERE attempts < ? ORDER BY first_at'),
    };
  }

  save(article: Article, meta: { url?: string | null } = {}): SaveResult {
    return this.write(article, meta.url, true) as SaveResult;
  }

  /** save() without building the article it returns, for writers that only need `created` (the
   * ingest): the same rows. */
  put(article: Article, meta: { url?: string | null } = {}): { id: string; created: boolean } {
    return this.write(article, meta.url, false) as { id: string; created: boolean };
  }

  private write(article: Article, metaUrl: string | null | undefined, full: boolean): SaveResult | { id: string; created: boolean } {
    // SQLite rolled the open group back (RAISE(ROLLBACK), full disk, I/O error): a save now would
    // commit on its own while the caller still counts it in the lost group. Fail it instead.
    if (this.grouped && !this.db.inTransaction) throw new Error(GROUP_LOST);
    this.writes++;
    const unindexed = this.unindexedFrom;
    try {
      return this.saveTx(article, metaUrl, full);
    } catch (err) {
      // the save's savepoint was rolled back, with any index insert it made: the rows before it
      // are as unindexed as they were (or gone with the whole transaction)
      this.unindexedFrom = this.db.inTransaction ? unindexed : 0;
      throw err;
    }
  }

  /**
   * Put the articles inserted since `unindexedFrom` into the full-text index, in one statement.
   * In a group commit or a batch, new articles are indexed when it ends, not one by one: FTS5
   * writes what it holds in memory to a new segment at every savepoint (each save is one, and so
   * is each statement that may need undoing), so an article indexed on its own became a segment
   * of its own (SQLite's part of a grouped save fell from about 1.15 to 0.40 ms per article without
   * that, with about 0.55 ms per article moved to the end of the group). Runs before
   * anything reads the index or updates an unindexed row (whose trigger removes its old terms).
   */
  private indexNewArticles(): void {
    if (this.unindexedFrom === 0) return;
    this.st.ftsInsert.run(this.unindexedFrom);
    this.unindexedFrom = 0;
  }

  private saveRow(article: Article, metaUrl: string | null | undefined, full: boolean): SaveResult | { id: string; created: boolean } {
    const canonical = canonicalUrl(article.url) ?? canonicalUrl(metaUrl);
    const url = article.url ?? metaUrl ?? null;
    const existing = canonical ? (this.st.byCanonical.get(canonical) as Row | undefined) : undefined;
    const now = new Date().toISOString();
    const stored: Article = { ...article };
    // A re-extraction that lost a date must not erase the one we had (the stored JSON is only
    // inflated when a date is missing: a re-run usually has both).
    if (existing && (article.published == null || article.updated == null)) {
      const prev = this.decode(existing);
      stored.published = article.published ?? prev.published;
      stored.updated = article.updated ?? prev.updated;
    }
    // A StoredArticle handed back in keeps none of its storage fields in the JSON.
    const { text, ...rest } = stored as Article & Partial<Record<StorageField, unknown>>;
    for (const k of STORAGE_FIELDS) delete rest[k];
    const json = JSON.stringify(rest);
    const site = siteOf(canonical ?? url);
    const row = {
      url,
      site,
      language: stored.language,
      published: stored.published,
      sort_at: sortKey(stored.published, existing?.created_at ?? now),
      title: stored.title === null ? null : stripSentinels(stored.title),
      lead: stored.lead === null ? null : stripSentinels(stored.lead),
      text: stripSentinels(text ?? ''),
      keypoints: stripSentinels(keyPointsText(stored)),
      facets: facetTokens({ site, language: stored.language, published: stored.published }),
      data: deflateRawSync(json, DEFLATE_OPTIONS),
      updated_at: now,
    };
    let rid: number;
    let id: string;
    if (existing) {
      rid = existing.rid;
      id = existing.id;
      if (this.unindexedFrom !== 0 && rid >= this.unindexedFrom) this.indexNewArticles();
      this.st.update.run({ ...row, rid });
    } else {
      id = newId();
      const info = this.st.insert.run({ ...row, id, canonical_url: canonical, created_at: now });
      rid = Number(info.lastInsertRowid);
      if (this.unindexedFrom === 0) this.unindexedFrom = rid;
      if (!this.grouped && this.batches === 0) this.indexNewArticles();
    }
    // The same text again (a re-run of an ingest): signature, band keys and links all stand —
    // another article's links change only when that one is saved, and it relinks both ways.
    if (!existing || existing.text !== row.text) this.indexNearDuplicates(rid, row.text, Boolean(existing));
    if (!full) return { id, created: !existing };
    // The article as get() reads it back, built from what was just written instead of reading
    // and inflating the row again (a fifth of save()'s time): JSON.parse gives the same copy the
    // stored JSON would. A lone surrogate in the text comes back from SQLite as replacement
    // characters, so such a text is read back.
    if (LONE_SURROGATE.test(row.text)) return { article: this.get(id)!, created: !existing };
    const saved = { ...(JSON.parse(json) as Omit<Article, 'text'>), text: row.text } as Article;
    return {
      article: this.storedOf(saved, { rid, id, canonical_url: existing ? existing.canonical_url : canonical, site: row.site, created_at: existing?.created_at ?? now, updated_at: now }),
      created: !existing,
    };
  }

  /** Replace the article's signature and links; link it both ways to stored near-duplicates. */
  private indexNearDuplicates(rid: number, text: string, replacing: boolean): void {
    const sig = minhash(text);
    const bytes = sig ? signatureToBytes(sig) : null;
    if (replacing) {
      const old = this.st.getSig.get(rid) as { sig: Buffer } | undefined;
      // an edit that leaves the signature as it was (changed punctuation) keeps the links too
      if (old && bytes && old.sig.equals(bytes)) return;
      if (old) this.st.delLsh.run(rid, JSON.stringify(lshKeys(signatureFromBytes(old.sig))));
      this.st.delSig.run(rid);
      this.st.unlink.run(rid, rid);
    }
    if (!sig || !bytes) return;
    const keysJson = JSON.stringify(lshKeys(sig));
    const scored: Array<{ rid: number; sim: number }> = [];
    for (const c of this.st.candidates.all(keysJson, rid) as Array<{ rid: number; sig: Buffer }>) {
      const sim = similarity(sig, signatureFromBytes(c.sig));
      if (sim >= NEAR_DUPLICATE_THRESHOLD) scored.push({ rid: c.rid, sim });
    }
    scored.sort((a, b) => b.sim - a.sim);
    for (const { rid: other, sim } of scored.slice(0, MAX_LINKS_PER_ARTICLE)) {
      this.st.link.run(rid, other, sim);
      this.st.link.run(other, rid, sim);
    }
    this.st.putSig.run(rid, bytes);
    this.st.putLsh.run(rid, keysJson);
  }

  private decode(row: Row): Article {
    const rest = JSON.parse(inflateRawSync(row.data).toString('utf8')) as Omit<Article, 'text'>;
    return { ...rest, text: row.text } as Article;
  }

  private toStored(row: Row): StoredArticle {
    return this.storedOf(this.decode(row), row);
  }

  private storedOf(a: Article, row: Pick<Row, 'rid' | 'id' | 'canonical_url' | 'site' | 'created_at' | 'updated_at'>): StoredArticle {
    const alsoPublishedBy = (this.st.dups.all(row.rid) as Array<{ id: string; site: string | null; url: string | null; title: string | null; similarity: number }>)
      .map((d) => ({ id: d.id, site: d.site, url: d.url, title: d.title, similarity: d.similarity }));
    return {
      ...a,
      id: row.id,
      canonicalUrl: row.canonical_url,
      site: row.site,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      alsoPublishedBy,
    };
  }

  get(id: string): StoredArticle | null {
    const row = this.st.byId.get(id) as Row | undefined;
    return row ? this.toStored(row) : null;
  }

  getByUrl(url: string): StoredArticle | null {
    const canonical = canonicalUrl(url);
    const row = (canonical ? this.st.byCanonical.get(canonical) : undefined) ?? this.st.byUrl.get(url);
    return row ? this.toStored(row as Row) : null;
  }

  list(query: ListQuery = {}): StoredArticle[] {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: clampLimit(query.limit), offset: Math.max(0, query.offset ?? 0) };
    if (query.site) { where.push('site = @site'); params.site = siteOf('https://' + query.site) ?? query.site; }
    if (query.language) { where.push('(language = @language OR language LIKE @langPrefix)'); params.language = query.language; params.langPrefix = `${query.language}-%`; }
    const sql = `SELECT * FROM articles ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY sort_at DESC, rid DESC LIMIT @limit OFFSET @offset`;
    return (this.db.prepare(sql).all(params) as Row[]).map((r) => this.toStored(r));
  }

  search(query: SearchQuery): SearchResult {
    this.indexNewArticles();
    const groups = parseQuery(query.q, query.language);
    const expanded = expandPrefixes(groups, (p) => this.wordsWithPrefix(p));
    const text = matchExpression(expanded);
    if (!text) return { total: 0, hits: [] };
    // Filters are facet terms of the MATCH (src/search/facets.ts): FTS5 intersects doclists.
    let dates: string[] | undefined;
    if (query.from || query.to) {
      const span = this.st.dateSpan.get() as { lo: string | null; hi: string | null };
      if (!span.lo || !span.hi) return { total: 0, hits: [] };
      // `from`/`to` are dates (a time part is ignored), inclusive, compared with the date the
      // article states; open ends are clamped to the archive's first and last date.
      const from = query.from && query.from.slice(0, 10) > span.lo.slice(0, 10) ? query.from : span.lo;
      const to = query.to && query.to.slice(0, 10) < span.hi.slice(0, 10) ? query.to : span.hi;
      dates = dateRangeParts(from, to);
    }
    const filter = filterExpression({
      site: query.site ? siteOf('https://' + query.site) ?? query.site : undefined, language: query.language, dates,
    });
    if (filter === null) return { total: 0, hits: [] };
    const filters = filter ? [filter] : [];
    // The words never match the facet column (a query "zlde" is a word, not a language filter);
    // the column filter is only added when a term could collide (it doubles the cost of a query).
    const words = queryTerms(expanded).some(mayMatchFacet) ? `{title lead body keypoints} : (${text})` : `(${text})`;
    const match = filters.length ? `${words} AND ${filters.join(' AND ')}` : words;
    // One walk, newest first, gives the total (up to countCap; past it the reader only needs to
    // know there are more) and the rowids that bound each ranking block below.
    const ids = this.st.ftsIds.all({ match, cap: this.countCap + 1 }) as number[];
    const capped = ids.length > this.countCap;
    const total = Math.min(ids.length, this.countCap);
    if (total === 0) return { total, hits: [] };
    const limit = clampLimit(query.limit);
    const offset = Math.max(0, query.offset ?? 0);
    // bm25 over every match costs time linear in the matches (a common word matches half of a big
    // archive). So matches are ranked in blocks of `rankWindow`, newest archived first: block 0 is
    // the rankWindow most recent matches in bm25 order, then block 1, … For a news archive the
    // recent block is the useful part; pages stay consistent and the total counts everything.
    const W = this.rankWindow;
    const hits: SearchHit[] = [];
    for (let pos = offset; hits.length < limit && pos < total;) {
      const block = Math.floor(pos / W);
      const inBlock = ids.slice(block * W, Math.min((block + 1) * W, total));
      // Rowid bounds are bound as BigInt: bound as a double, FTS5 does not use them to seek and
      // walks the whole doclist (13 ms instead of 1.6 ms for a word in every article).
      const hi = BigInt(inBlock[0]!);
      const lo = BigInt(inBlock[inBlock.length - 1]!);
      const page = { lo, hi, limit: Math.min(limit - hits.length, total - pos), offset: pos - block * W };
      // bm25 reads the whole doclist of every phrase of the MATCH once (its IDF), filter terms
      // included although their weight is 0: "zlde" alone is half the archive. When the block's
      // matches are dense in their rowid range, rank the words alone over that range and keep the
      // block's rows (same scores, as filter terms add nothing to bm25); when the filter is
      // selective, the words' rows in the range would outnumber the block and the full MATCH is cheaper.
      const dense = filters.length > 0 && Number(hi - lo) + 1 <= DENSE_BLOCK_SPAN * inBlock.length;
      const rows = (filters.length === 0 ? this.st.ftsRank.all({ ...page, match })
        : dense ? this.st.ftsRankIn.all({ ...page, match: words, ids: JSON.stringify(inBlock) })
          : this.st.ftsRank.all({ ...page, match })) as Array<{ rid: bigint; score: number }>;
      if (rows.length === 0) break;
      for (const r of rows) {
        const a = this.st.hitRow.get(r.rid) as { id: string; title: string | null; site: string | null; url: string | null; published: string | null; language: string | null; text: string };
        hits.push({
          id: a.id, title: a.title, site: a.site, url: a.url, published: a.published, language: a.language,
          snippet: makeSnippet(a.text, groups), score: -r.score,
        });
      }
      pos += rows.length;
    }
    return capped ? { total, totalCapped: true, hits } : { total, hits };
  }

  /**
   * Indexed words starting with `prefix` (folded), or null when there are more than
   * MAX_PREFIX_EXPANSION. fts5vocab counts each term's documents as it lists it (2 ms for a
   * prefix of a common word at 100,000 articles), so answers are remembered until the archive
   * changes — through this store (`writes`) or another connection (`PRAGMA data_version`); paging
   * through results repeats the same lookups.
   */
  private wordsWithPrefix(prefix: string): string[] | null {
    const stamp = `${this.st.dataVersion.get() as number}:${this.writes}`;
    if (stamp !== this.vocabStamp) { this.vocabCache.clear(); this.vocabStamp = stamp; }
    const hit = this.vocabCache.get(prefix);
    if (hit !== undefined) return hit;
    const rows = this.st.vocab.all(prefix, prefix + '\u{10FFFF}', MAX_PREFIX_EXPANSION + 1) as Array<{ term: string }>;
    const words = rows.length > MAX_PREFIX_EXPANSION ? null : rows.map((r) => r.term);
    if (this.vocabCache.size >= VOCAB_CACHE_SIZE) this.vocabCache.delete(this.vocabCache.keys().next().value!);
    this.vocabCache.set(prefix, words);
    return words;
  }

  count(): number {
    return (this.st.count.get() as { n: number }).n;
  }

  *iterate(): Iterable<StoredArticle> {
    // Keyset pages instead of one open cursor: better-sqlite3 allows no other statement on the
    // connection while a cursor is open, and the consumer (export, server) may query in between.
    let after = 0;
    for (;;) {
      const rows = this.st.page.all(after, ITERATE_PAGE) as Row[];
      for (const row of rows) yield this.toStored(row);
      if (rows.length < ITERATE_PAGE) return;
      after = rows[rows.length - 1]!.rid;
    }
  }

  /** Merge the full-text index into one segment at once (takes a while on a big archive; see maintain()). */
  optimize(): void {
    this.indexNewArticles();
    this.db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')");
  }

  /**
   * Merge the full-text index's segments a step at a time until it is one segment or `budgetMs`
   * has passed; returns true when nothing is left to merge. Every query reads each of its terms
   * once per segment, so a merged index answers in about half the time (bench:serve at 100,000
   * articles: p95 10 ms instead of 19). A step is FTS5's 'merge' with a negative page count,
   * which merges across levels and resumes where the last step stopped, even in another process.
   * `punkt ingest` runs it at the end, the reader when idle.
   */
  maintain(budgetMs = Number.POSITIVE_INFINITY): boolean {
    const start = performance.now();
    this.indexNewArticles();
    for (;;) {
      const before = this.st.totalChanges.get() as number;
      this.st.mergeStep.run();
      // FTS5 reports a step that found nothing to merge as fewer than two changes.
      if ((this.st.totalChanges.get() as number) - before < 2) return true;
      if (performance.now() - start >= budgetMs) return false;
    }
  }

  /** Open a group commit (see IngestLog.beginGroup); IMMEDIATE takes the write lock now, waiting
   * for another writer up to busy_timeout, rather than failing on the first write of the group. */
  beginGroup(): void {
    if (this.grouped || this.db.inTransaction) return;
    this.db.exec('BEGIN IMMEDIATE');
    this.grouped = true;
  }

  /** Commit the open group. Throws when SQLite had already rolled the whole group back (it does
   * so on a full disk or an I/O error): what was saved in it is lost. */
  endGroup(): void {
    if (!this.grouped) return;
    this.grouped = false;
    if (!this.db.inTransaction) { this.unindexedFrom = 0; throw new Error(GROUP_LOST); }
    try {
      if (this.unindexedFrom !== 0) this.indexGroup();
      this.db.exec('COMMIT');
    } catch (err) {
      // a COMMIT that failed can leave the transaction open; end it so later saves commit
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.unindexedFrom = 0;
      throw err;
    }
  }

  /**
   * A group's new articles into the full-text index, merged as GROUP_AUTOMERGE says. FTS5 writes a
   * transaction's terms as a new segment and then merges segments (automerge): at the archive's
   * setting (2, see migrations/002) an ingest's groups of a few dozen articles rewrote every term
   * about log₂(groups) times. The higher setting is written in the group's transaction, the segment
   * is flushed (FTS5 flushes at a savepoint), and the archive's own setting is written back before
   * the COMMIT, so it is never committed (a crash rolls all three back). The ingest's maintain()
   * and the reader's idle maintenance merge what is left.
   */
  private indexGroup(): void {
    const set = Number(this.st.ftsAutomerge.get());
    const automerge = Number.isInteger(set) ? set : FTS5_DEFAULT_AUTOMERGE;
    this.db.exec(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', ${GROUP_AUTOMERGE})`);
    this.indexNewArticles();
    this.db.exec('SAVEPOINT fts_flush; RELEASE fts_flush');
    this.db.exec(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', ${automerge})`);
  }

  /** Run `fn` in one transaction (bulk loads, e.g. the benchmark); save() inside it nests as a
   * savepoint. New articles enter the full-text index at its end (see indexNewArticles()). */
  batch<T>(fn: () => T): T {
    const unindexed = this.unindexedFrom;
    this.batches++;
    try {
      return this.db.transaction(() => {
        const out = fn();
        this.indexNewArticles();
        return out;
      })();
    } catch (err) {
      // rolled back (to the savepoint of a batch inside a group, with any index insert in it)
      this.unindexedFrom = this.db.inTransaction ? unindexed : 0;
      throw err;
    } finally {
      this.batches--;
    }
  }

  getFeed(url: string): FeedState | null {
    return (this.st.feedGet.get(url) as FeedState | undefined) ?? null;
  }

  setFeed(url: string, state: { etag: string | null; lastModified: string | null; lastStatus: number | null }): void {
    this.st.feedPut.run(url, state.etag, state.lastModified, state.lastStatus, new Date().toISOString());
  }

  recordError(item: string, source: string | null, error: string): void {
    const now = new Date().toISOString();
    this.st.errPut.run(item, source, error, now, now);
  }

  clearError(item: string): void {
    this.st.errDel.run(item);
  }

  pendingErrors(maxAttempts = 5): IngestError[] {
    return this.st.errList.all(maxAttempts) as IngestError[];
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

const GROUP_LOST = 'The group commit was rolled back by SQLite; its saves are lost';

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}
