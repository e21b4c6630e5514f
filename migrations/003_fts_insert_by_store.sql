-- 003: new articles enter the full-text index through the store, not an INSERT trigger.
--
-- FTS5 writes the terms it holds in memory to a new index segment at every savepoint, and a
-- statement that may need undoing opens one too (INSERT OR REPLACE, a multi-row INSERT). With the
-- trigger, each article of a group commit flushed its own one-article segment halfway through
-- its save (0.64 ms of the 2.2 ms a save took on the bench pages, most of it merging those tiny
-- segments). The store (src/store/sqlite.ts) now inserts a group's new articles into the index
-- in one statement when the group ends, and a single save's right after its row, in the same
-- transaction as before. Updates and deletes keep their triggers (articles_au, articles_ad).
DROP TRIGGER articles_ai;
