import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDataDir, openSqliteStore } from '../../src/store/sqlite.js';
import { loadMigrations, migrate } from '../../src/store/migrate.js';
import { runStoreContract, makeArticle } from './contract.js';

const tmp = mkdtempSync(join(tmpdir(), 'punkt-store-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

runStoreContract('sqlite in memory', () => openSqliteStore(':memory:'));
runStoreContract('sqlite file (WAL)', () => openDataDir(join(tmp, `db${n++}`)));

describe('sqlite store specifics', () => {
  it('applies migrations once, records them, and uses WAL and foreign keys', () => {
    const dir = join(tmp, 'mig');
    const s1 = openDataDir(dir);
    s1.save(makeArticle({ title: 'x', url: 'https://a.ch/x', paragraphs: ['y'] }));
    assert.equal(s1.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(s1.db.pragma('foreign_keys', { simple: true }), 1);
    const versions = (s1.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: number }>).map((r) => r.version);
    assert.deepEqual(versions, loadMigrations().map((m) => m.version));
    s1.close();
    const s2 = openDataDir(dir);
    assert.equal(s2.count(), 1, 'reopening keeps data and applies nothing twice');
    assert.deepEqual(migrate(s2.db), []);
    s2.close();
  });

  it('refuses a database written by a newer version', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
    assert.throws(() => migrate(db), /newer version/);
    db.close();
  });

  it('keeps the FTS index consistent through updates', () => {
    const s = openSqliteStore();
    for (let i = 0; i < 20; i++) s.save(makeArticle({ title: `T ${i % 5}`, url: `https://a.ch/${i % 5}`, paragraphs: [`Wort${i} Text`] }));
    assert.equal(s.count(), 5);
    s.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
    s.optimize();
    s.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
    assert.equal(s.search({ q: 'Wort19' }).total, 1);
    assert.equal(s.search({ q: 'Wort3' }).total, 0);
    s.close();
  });

  it('ranks only the most recent matches beyond the rank window, counts all, and pages through', () => {
    const s = openSqliteStore(':memory:', { rankWindow: 3 });
    s.save(makeArticle({ title: 'Lawine Lawine', url: 'https://a.ch/old', paragraphs: ['Lawine im Wallis.'] }));
    for (let i = 0; i < 5; i++) s.save(makeArticle({ title: `Bericht ${i}`, url: `https://a.ch/${i}`, paragraphs: [`Eine Lawine, Text ${i}.`] }));
    const r = s.search({ q: 'Lawine', limit: 2 });
    assert.equal(r.total, 6);
    assert.notEqual(r.hits[0]!.url, 'https://a.ch/old', 'the oldest match is outside the window of 3');
    const all = [0, 2, 4].flatMap((offset) => s.search({ q: 'Lawine', limit: 2, offset }).hits.map((h) => h.url));
    assert.equal(new Set(all).size, 6, 'paging past the window still reaches every match');
    assert.equal(openSqliteStore(':memory:').search({ q: 'x' }).total, 0);
    s.close();
    const c = openSqliteStore(':memory:', { countCap: 4, rankWindow: 3 });
    for (let i = 0; i < 6; i++) c.save(makeArticle({ title: `T${i}`, url: `https://a.ch/${i}`, paragraphs: [`Eine Lawine ${i}.`] }));
    assert.deepEqual({ ...c.search({ q: 'Lawine', limit: 10 }), hits: [] }, { total: 4, totalCapped: true, hits: [] });
    assert.equal(c.search({ q: 'Lawine', limit: 10 }).hits.length, 4);
    assert.equal(c.search({ q: 'T1' }).totalCapped, undefined);
    c.close();
  });

  it('records ingest errors and feed state', () => {
    const s = openSqliteStore();
    s.recordError('https://a.ch/x', 'https://a.ch/rss', 'HTTP 500');
    s.recordError('https://a.ch/x', null, 'HTTP 502');
    const [e] = s.pendingErrors();
    assert.equal(e!.attempts, 2);
    assert.equal(e!.error, 'HTTP 502');
    assert.equal(e!.source, 'https://a.ch/rss');
    assert.equal(s.pendingErrors(2).length, 0, 'given up after maxAttempts');
    s.clearError('https://a.ch/x');
    assert.equal(s.pendingErrors().length, 0);
    s.setFeed('https://a.ch/rss', { etag: '"v1"', lastModified: null, lastStatus: 200 });
    assert.equal(s.getFeed('https://a.ch/rss')!.etag, '"v1"');
    assert.equal(s.getFeed('https://b.ch/rss'), null);
    s.close();
  });
});
