-- 001: articles, full-text index, near-duplicate index, ingest bookkeeping.
-- Applied once by src/store/migrate.ts inside a transaction; never edit an applied migration,
-- add a new numbered file instead.

CREATE TABLE articles (
  rid           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  canonical_url TEXT UNIQUE,
  url           TEXT,
  site          TEXT,
  language      TEXT,
  published     TEXT,
  -- published as UTC ISO when it parses, else created_at: the order of "latest articles".
  sort_at       TEXT NOT NULL,
  title         TEXT,
  lead          TEXT,
  -- article.text (lead and body); also the FTS "body" column.
  text          TEXT NOT NULL DEFAULT '',
  keypoints     TEXT NOT NULL DEFAULT '',
  -- filter tokens (site, language, day/month/year of `published`) indexed in the FTS `facets`
  -- column, so filters are doclist intersections inside FTS5 (src/search/facets.ts).
  facets        TEXT NOT NULL DEFAULT '',
  -- the rest of the Article as deflated JSON (without `text`, which lives above).
  data          BLOB NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX articles_site ON articles(site);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_sort ON articles(sort_at, rid);

-- External-content FTS5 over the article columns: the text is stored once, in `articles`.
-- remove_diacritics 2 folds ä→a, é→e, ø→o (also for decomposed input); compounds and inflections
-- are reached at query time through stemmed prefix terms (src/search/query.ts).
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, lead, body, keypoints, facets,
  content = 'articles_fts_src', content_rowid = 'rid',
  tokenize = "unicode61 remove_diacritics 2"
);
CREATE VIEW articles_fts_src AS
  SELECT rid, title, lead, text AS body, keypoints, facets FROM articles;

CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, lead, body, keypoints, facets)
  VALUES (new.rid, new.title, new.lead, new.text, new.keypoints, new.facets);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, lead, body, keypoints, facets)
  VALUES ('delete', old.rid, old.title, old.lead, old.text, old.keypoints, old.facets);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, lead, text, keypoints, facets ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, lead, body, keypoints, facets)
  VALUES ('delete', old.rid, old.title, old.lead, old.text, old.keypoints, old.facets);
  INSERT INTO articles_fts(rowid, title, lead, body, keypoints, facets)
  VALUES (new.rid, new.title, new.lead, new.text, new.keypoints, new.facets);
END;

-- MinHash signature per article (little-endian uint32 array) and its LSH band keys.
CREATE TABLE article_minhash (
  rid INTEGER PRIMARY KEY REFERENCES articles(rid) ON DELETE CASCADE,
  sig BLOB NOT NULL
);
-- key = band * 2^32 + hash of the band's rows; one row per band per article. No index on rid:
-- rows are removed by (key, rid), recomputed from the stored signature, which keeps the table
-- at one b-tree (it is the largest index after FTS).
CREATE TABLE article_lsh (
  key INTEGER NOT NULL,
  rid INTEGER NOT NULL,
  PRIMARY KEY (key, rid)
) WITHOUT ROWID;

-- Near-duplicate links, stored in both directions (a→b and b→a).
CREATE TABLE article_duplicates (
  a          INTEGER NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
  b          INTEGER NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
  similarity REAL NOT NULL,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX article_duplicates_b ON article_duplicates(b);

-- Conditional-GET state per feed or sitemap URL.
CREATE TABLE feeds (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  last_status   INTEGER,
  checked_at    TEXT NOT NULL
);

-- Items that failed; retried on the next run until they succeed or run out of attempts.
CREATE TABLE ingest_errors (
  item       TEXT PRIMARY KEY,
  source     TEXT,
  error      TEXT NOT NULL,
  attempts   INTEGER NOT NULL DEFAULT 1,
  first_at   TEXT NOT NULL,
  last_at    TEXT NOT NULL
);
