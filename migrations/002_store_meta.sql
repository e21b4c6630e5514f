-- 002: a key/value table for the store's own bookkeeping. First key: `facets_version`, the version
-- of the facet tokens in articles.facets (src/search/facets.ts FACETS_VERSION). Articles saved
-- before 002 carry version 1 tokens; the store re-tokenises them on open (they are computed in JS,
-- so this cannot be done here) and records its progress in `facets_refresh_after`, so an
-- interrupted refresh resumes instead of starting over.
CREATE TABLE store_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO store_meta (key, value) VALUES ('facets_version', '1');
