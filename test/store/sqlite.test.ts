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
  it('save() returns the article exactly as get() reads it back (new, re-saved, date kept, near-duplicate, lone surrogate)', () => {
    const s = openSqliteStore(':memory:');
    const long = Array.from({ length: 8 }, (_, i) => `Der Gemeinderat von Zürich hat am Montag über den Satz Nummer ${i} beraten und ihn angenommen.`);
    const a = makeArticle({ title: 'Titel «x»', lead: 'Der Lead.', url: 'https://www.example.ch/a/1', published: '2025-03-01T10:00:00+01:00', paragraphs: long,
      keyPoints: { items: [{ text: 'Punkt eins.', support: [{ block: 0, start: 0, end: 5 }] }], method: 'builtin' } });
    const first = s.save(a);
    assert.deepEqual(first.article, s.get(first.article.id));
    const again = s.save({ ...a, published: null });
    assert.equal(again.article.published, '2025-03-01T10:00:00+01:00');
    assert.deepEqual(again.article, s.get(first.article.id));
    const copy = s.save(makeArticle({ title: 'Kopie', url: 'https://www.other.ch/b', paragraphs: long }));
    assert.equal(copy.article.alsoPublishedBy.length, 1);
    assert.deepEqual(copy.article, s.get(copy.article.id));
    const odd = s.save(makeArticle({ title: 'Odd', url: 'https://www.example.ch/odd', paragraphs: ['Ein Text mit \ud800 einem halben Zeichen.'] }));
    assert.deepEqual(odd.article, s.get(odd.article.id));
    s.close();
  });

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

  it('merges the full-text index on maintain(), within a budget, and keeps it consistent', () => {
    const s = openDataDir(join(tmp, 'maintain'));
    // one transaction per article, as ingest commits: one new index segment each
    for (let i = 0; i < 40; i++) s.save(makeArticle({ title: `Föhnsturm ${i}`, url: `https://a.ch/f/${i}`, paragraphs: [`Sturmwarnung Nummer ${i} für das Tal.`] }));
    const segments = () => (s.db.prepare('SELECT count(DISTINCT segid) AS n FROM articles_fts_idx').get() as { n: number }).n;
    assert.ok(segments() > 1, `several segments before (${segments()})`);
    assert.equal(s.maintain(0), false, 'a zero budget does one step and reports work left');
    assert.equal(s.maintain(), true);
    assert.equal(segments(), 1);
    assert.equal(s.maintain(), true, 'nothing left to do');
    s.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
    assert.equal(s.search({ q: 'Föhnsturm' }).total, 40);
    assert.equal(s.search({ q: 'Sturmwarnung 17' }).total, 1);
    s.close();
  });

  it('re-tokenises the filter facets of articles saved with older tokens when opened', () => {
    const dir = join(tmp, 'facets');
    const s1 = openDataDir(dir);
    for (let i = 0; i < 12; i++) {
      s1.save(makeArticle({ title: `Wahl ${i}`, url: `https://www.${i % 2 ? 'blick' : 'nzz'}.ch/w/${i}`, language: i % 3 ? 'de' : 'fr', published: `2024-0${1 + (i % 6)}-10T08:00:00Z`, paragraphs: [`Abstimmung ${i}.`] }));
    }
    const want = s1.search({ q: 'Wahl', site: 'blick.ch', from: '2024-02-01', to: '2024-04-30' }).total;
    const wantLang = s1.search({ q: 'Wahl', language: 'de', from: '2024-03-01' }).total;
    assert.ok(want > 0 && wantLang > 0);
    // back to the facets of version 1 (no site × date or language × date pairs)
    s1.db.exec("UPDATE articles SET facets = (SELECT group_concat(value, ' ') FROM json_each('[\"' || replace(facets, ' ', '\",\"') || '\"]') WHERE value NOT LIKE 'zt%' AND value NOT LIKE 'zk%')");
    s1.db.exec("UPDATE store_meta SET value = '1' WHERE key = 'facets_version'");
    assert.equal(s1.search({ q: 'Wahl', site: 'blick.ch', from: '2024-02-01', to: '2024-04-30' }).total, 0, 'old tokens miss the pair filters');
    s1.close();
    const s2 = openDataDir(dir);
    assert.equal(s2.search({ q: 'Wahl', site: 'blick.ch', from: '2024-02-01', to: '2024-04-30' }).total, want);
    assert.equal(s2.search({ q: 'Wahl', language: 'de', from: '2024-03-01' }).total, wantLang);
    assert.equal(s2.db.prepare("SELECT value FROM store_meta WHERE key = 'facets_version'").pluck().get(), '2');
    s2.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
    s2.close();
  });

  it('finds words added after a prefix was looked up, by this connection or another one', () => {
    const dir = join(tmp, 'vocab');
    const a = openDataDir(dir);
    a.save(makeArticle({ title: 'Raketen', url: 'https://a.ch/1', paragraphs: ['Ein Text.'] }));
    assert.equal(a.search({ q: 'Rakete', language: 'de' }).total, 1);
    a.save(makeArticle({ title: 'Raketenabwehr', url: 'https://a.ch/2', paragraphs: ['Noch ein Text.'] }));
    assert.equal(a.search({ q: 'Rakete', language: 'de' }).total, 2, 'own write');
    const b = openDataDir(dir);
    b.save(makeArticle({ title: 'Raketenstart', url: 'https://a.ch/3', paragraphs: ['Dritter Text.'] }));
    b.close();
    assert.equal(a.search({ q: 'Rakete', language: 'de' }).total, 3, 'another connection\'s write');
    a.close();
  });

  it('put() stores the same rows as save() and says whether it created the article', () => {
    const rowsOf = (s: ReturnType<typeof openSqliteStore>) => s.db.prepare(`SELECT a.canonical_url, a.url, a.site, a.language, a.published, a.title, a.lead,
      a.text, a.keypoints, a.facets, a.data, m.sig FROM articles a LEFT JOIN article_minhash m ON m.rid = a.rid ORDER BY a.rid`).all();
    const long = Array.from({ length: 8 }, (_, i) => `Der Gemeinderat von Zürich hat am Montag über den Satz Nummer ${i} beraten und ihn angenommen.`);
    const arts = [
      makeArticle({ title: 'Eins', url: 'https://www.example.ch/a/1', published: '2025-03-01T10:00:00+01:00', paragraphs: long }),
      makeArticle({ title: 'Kopie', url: 'https://www.other.ch/b', paragraphs: long }),
    ];
    const a = openSqliteStore();
    const b = openSqliteStore();
    for (const x of arts) a.save(x);
    assert.deepEqual(arts.map((x) => b.put(x).created), [true, true]);
    assert.equal(b.put(arts[0]!).created, false);
    assert.deepEqual(rowsOf(b), rowsOf(a));
    assert.equal(b.get(b.getByUrl('https://www.other.ch/b')!.id)!.alsoPublishedBy.length, 1);
    a.close();
    b.close();
  });

  it('commits a group of saves at once; a failing save rolls back alone', () => {
    const dir = join(tmp, 'group');
    const s = openDataDir(dir);
    // a save that fails inside its savepoint, after the article row is written
    s.db.exec(`CREATE TEMP TRIGGER fail_bad AFTER INSERT ON main.articles WHEN new.title = 'bad' BEGIN SELECT RAISE(ABORT, 'bad article'); END`);
    const other = new Database(join(dir, 'punkt.db'), { readonly: true });
    const committed = () => other.prepare('SELECT count(*) FROM articles').pluck().get();
    s.beginGroup();
    s.save(makeArticle({ title: 'one', url: 'https://a.ch/1', paragraphs: ['Eins.'] }));
    assert.throws(() => s.save(makeArticle({ title: 'bad', url: 'https://a.ch/2', paragraphs: ['Zwei.'] })), /bad article/);
    s.put(makeArticle({ title: 'three', url: 'https://a.ch/3', paragraphs: ['Drei.'] }));
    s.recordError('https://a.ch/2', null, 'bad article');
    assert.equal(s.count(), 2);
    assert.equal(committed(), 0, 'nothing visible before the group is committed');
    s.endGroup();
    assert.equal(committed(), 2);
    assert.equal(s.pendingErrors().length, 1);
    s.endGroup(); // no group open: nothing to do
    // inside batch(), a group neither opens nor commits a transaction of its own
    s.batch(() => { s.beginGroup(); s.put(makeArticle({ title: 'four', url: 'https://a.ch/4', paragraphs: ['Vier.'] })); s.endGroup(); assert.equal(committed(), 2); });
    assert.equal(committed(), 3);
    other.close();
    s.close();
  });

  it('indexes a group\'s or a batch\'s new articles when it ends: the same full-text index as saving one by one', () => {
    const index = (s: ReturnType<typeof openDataDir>) => {
      s.db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_instances USING fts5vocab(main, articles_fts, instance)');
      s.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
      return s.db.prepare('SELECT term, doc, col, offset FROM temp.fts_instances ORDER BY term, doc, col, offset').raw().all();
    };
    const art = (i: number, title = `Lawinenwarnung ${i}`) => makeArticle({ title, url: `https://a.ch/l/${i}`, paragraphs: [`Schnee im Tal Nummer ${i}.`] });
    const one = openDataDir(join(tmp, 'fts-one'));
    const grouped = openDataDir(join(tmp, 'fts-group'));
    for (const s of [one, grouped]) s.db.exec(`CREATE TEMP TRIGGER fail_bad AFTER INSERT ON main.articles WHEN new.title = 'bad' BEGIN SELECT RAISE(ABORT, 'bad article'); END`);
    for (const s of [one, grouped]) {
      if (s === grouped) s.beginGroup();
      s.put(art(1));
      s.put(art(2));
      s.put(art(3));
      s.put(art(2, 'Lawinenwarnung zwei, neu')); // an update of an article not yet indexed
      assert.equal(s.search({ q: 'Lawinenwarnung' }).total, 3, 'a search sees the open group\'s articles');
      assert.throws(() => s.put(art(4, 'bad')), /bad article/);
      s.put(art(5));
      if (s === grouped) s.endGroup();
      s.batch(() => { s.put(art(6)); s.put(art(1, 'Lawinenwarnung eins, neu')); });
      assert.throws(() => s.batch(() => { s.put(art(7)); throw new Error('batch fails'); }), /batch fails/);
      s.put(art(8));
    }
    assert.ok(index(one).length > 0);
    assert.deepEqual(index(grouped), index(one));
    assert.equal(grouped.search({ q: 'Lawinenwarnung' }).total, 6);
    assert.equal(grouped.search({ q: 'neu' }).total, 2);
    one.close();
    grouped.close();
  });

  it('merges a group\'s index segment with its own automerge, never committing it: the archive keeps its setting', () => {
    const s = openDataDir(join(tmp, 'automerge'));
    const setting = () => s.db.prepare("SELECT v FROM articles_fts_config WHERE k = 'automerge'").pluck().get();
    const segments = () => s.db.prepare('SELECT count(DISTINCT segid) FROM articles_fts_idx').pluck().get() as number;
    assert.equal(setting(), 2);
    for (let g = 0; g < 8; g++) {
      s.beginGroup();
      for (let i = 0; i < 3; i++) s.put(makeArticle({ title: `Gruppe ${g}`, url: `https://a.ch/g/${g}/${i}`, paragraphs: [`Artikel ${i} der Gruppe ${g}.`] }));
      s.endGroup();
      assert.equal(setting(), 2);
    }
    assert.ok(segments() > 2, 'groups leave more segments than automerge 2 would');
    s.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
    assert.equal(s.search({ q: 'Gruppe' }).total, 24);
    assert.equal(s.maintain(), true);
    assert.equal(segments(), 1);
    s.close();
  });

  it('a group SQLite rolled back fails the saves after it and its end, instead of committing them alone', () => {
    const s = openDataDir(join(tmp, 'lost-group'));
    s.db.exec(`CREATE TEMP TRIGGER lose AFTER INSERT ON main.articles WHEN new.title = 'boom' BEGIN SELECT RAISE(ROLLBACK, 'simulated I/O error'); END`);
    s.beginGroup();
    s.put(makeArticle({ title: 'one', url: 'https://a.ch/1', paragraphs: ['Eins.'] }));
    assert.throws(() => s.put(makeArticle({ title: 'boom', url: 'https://a.ch/2', paragraphs: ['Zwei.'] })), /simulated I\/O error/);
    assert.throws(() => s.put(makeArticle({ title: 'three', url: 'https://a.ch/3', paragraphs: ['Drei.'] })), /rolled back by SQLite/);
    assert.throws(() => s.endGroup(), /rolled back by SQLite/);
    assert.equal(s.count(), 0);
    s.put(makeArticle({ title: 'three', url: 'https://a.ch/3', paragraphs: ['Drei.'] }));
    assert.equal(s.count(), 1, 'after the group, saves commit again');
    s.close();
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
