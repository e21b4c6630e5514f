-- 002: search v2.
--
-- 1. A key/value table for the store's own bookkeeping. First key: `facets_version`, the version
--    of the facet tokens in articles.facets (src/search/facets.ts FACETS_VERSION). Articles saved
--    before 002 carry version 1 tokens; the store re-tokenises them on open (they are computed in
--    JS, so this cannot be done here) and records its progress in `facets_refresh_after`, so an
--    interrupted refresh resumes instead of starting over.
CREATE TABLE store_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO store_meta (key, value) VALUES ('facets_version', '1');

-- 2. FTS5 merges index segments when `automerge` of them share a level (default 4). Every query
--    reads each term once per segment, so fewer segments are faster: at 100,000 articles built in
--    batches of 2,000, automerge 2 left 9 segments instead of 15, for 27 % more CPU in FTS inserts
--    (0.05 ms per article) and a search p95 of 10.5 ms instead of 13.9 ms (bench:serve queries,
--    CPU time). The store also merges everything into one segment in the background (maintain()).
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 2);

-- 3. Re-index an updated article only when an indexed column changed: re-running an ingest (after
--    a crash, or a feed seen again) saves unchanged pages, and re-tokenising them twice (delete and
--    insert) was most of the cost of such a save.
DROP TRIGGER articles_au;
CREATE TRIGGER articles_au AFTER UPDATE OF title, lead, text, keypoints, facets ON articles
WHEN old.title IS NOT new.title OR old.lead IS NOT new.lead OR old.text IS NOT new.text
  OR old.keypoints IS NOT new.keypoints OR old.facets IS NOT new.facets
BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, lead, body, keypoints, facets)
  VALUES ('delete', old.rid, old.title, old.lead, old.text, old.keypoints, old.facets);
  INSERT INTO articles_fts(rowid, title, lead, body, keypoints, facets)
  VALUES (new.rid, new.title, new.lead, new.text, new.keypoints, new.facets);
END;
