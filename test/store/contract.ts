/**
 * The ArticleStore contract: every implementation (SQLite now, PostgreSQL later) must pass this
 * suite. `makeStore` returns a fresh, empty store per test.
 *
 * @example
 *   runStoreContract('sqlite', () => openSqliteStore(':memory:'));
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyArticle, finalizeText, type Article } from '../../src/model/article.js';
import type { ArticleStore } from '../../src/store/types.js';

/** Text long enough for near-duplicate detection, built from distinct sentences. */
export const AGENCY_TEXT = [
  'Die Regierung in Bern hat am Mittwoch ein neues Gesetz zur Energieversorgung vorgestellt, das im Winter Engpässe verhindern soll.',
  'Nach Angaben des Bundesamts sollen die Wasserkraftwerke künftig eine strategische Reserve halten, die bei Bedarf abgerufen wird.',
  'Kritiker aus der Opposition bemängeln, dass die Kosten für die Haushalte nicht transparent ausgewiesen würden.',
  'Die Kantone haben bis Ende März Zeit, um zu dem Entwurf Stellung zu nehmen, danach entscheidet das Parlament.',
  'Die Branche begrüsst den Vorschlag grundsätzlich, fordert aber längere Fristen für den Ausbau der Speicher.',
];

export const OTHER_TEXT = [
  'Der FC Basel hat sein Heimspiel gegen die Young Boys nach einer turbulenten zweiten Halbzeit mit drei zu zwei gewonnen.',
  'Der Siegtreffer fiel in der Nachspielzeit, als der eingewechselte Stürmer einen Abpraller aus kurzer Distanz verwertete.',
  'Der Trainer lobte nach dem Spiel die Moral seiner Mannschaft, die zweimal einen Rückstand aufgeholt hatte.',
  'Mit dem Sieg rückt Basel in der Tabelle auf den vierten Platz vor und hat nun Anschluss an die Europacup-Plätze.',
  'Die Berner müssen dagegen nach der dritten Niederlage in Folge um ihre Spitzenposition bangen.',
];

export function makeArticle(over: Partial<Article> & { paragraphs?: string[] } = {}): Article {
  const { paragraphs, ...rest } = over;
  const a: Article = { ...emptyArticle(), language: 'de', ...rest };
  if (paragraphs) a.blocks = paragraphs.map((text) => ({ type: 'paragraph' as const, text }));
  return finalizeText(a);
}

export function runStoreContract(name: string, makeStore: () => ArticleStore | Promise<ArticleStore>): void {
  describe(`ArticleStore contract: ${name}`, () => {
    const withStore = (fn: (s: ArticleStore) => void | Promise<void>) => async () => {
      const s = await makeStore();
      try { await fn(s); } finally { s.close(); }
    };

    it('saves an article and reads it back by id and URL, with all fields', withStore((s) => {
      const a = makeArticle({
        title: 'Titel', kicker: 'Kicker', lead: 'Der Lead.', url: 'https://www.example.ch/a/1', authors: ['A. Autor'],
        published: '2025-03-01T10:00:00+01:00', paragraphs: ['Erster Absatz.', 'Zweiter Absatz.'],
        image: { src: 'https://example.ch/i.jpg', alt: 'Alt', caption: 'Bildlegende', credit: 'Keystone' },
        keyPoints: { items: [{ text: 'Punkt eins.', support: [] }], method: 'builtin' },
      });
      const { article, created } = s.save(a);
      assert.equal(created, true);
      assert.ok(article.id);
      assert.equal(s.count(), 1);
      const back = s.get(article.id)!;
      assert.equal(back.title, 'Titel');
      assert.equal(back.kicker, 'Kicker');
      assert.equal(back.text, a.text);
      assert.deepEqual(back.blocks, a.blocks);
      assert.deepEqual(back.image, a.image);
      assert.deepEqual(back.keyPoints, a.keyPoints);
      assert.equal(back.site, 'example.ch');
      assert.equal(back.canonicalUrl, 'https://www.example.ch/a/1');
      assert.deepEqual(back.alsoPublishedBy, []);
      assert.equal(s.getByUrl('https://www.example.ch/a/1?utm_source=x#top')?.id, article.id);
      assert.equal(s.get('no-such-id'), null);
      assert.equal(s.getByUrl('https://www.example.ch/other'), null);
    }));

    it('updates the article with the same canonical URL instead of adding a copy', withStore((s) => {
      const first = s.save(makeArticle({ title: 'Alt', url: 'https://example.ch/story/', paragraphs: ['Alter Text über Gletscher.'], published: '2025-01-01T08:00:00Z' }));
      const second = s.save(makeArticle({
        title: 'Neu', url: 'http://EXAMPLE.ch:80/story?utm_medium=social&fbclid=1', paragraphs: ['Neuer Text über Lawinen.'],
        published: null, updated: '2025-01-02T09:00:00Z',
      }));
      assert.equal(second.created, false);
      assert.equal(second.article.id, first.article.id);
      assert.equal(s.count(), 1);
      const back = s.get(first.article.id)!;
      assert.equal(back.title, 'Neu');
      assert.equal(back.updated, '2025-01-02T09:00:00Z', 'updated comes from the new extraction');
      assert.equal(back.published, '2025-01-01T08:00:00Z', 'a lost date is not erased');
      assert.equal(back.createdAt, first.article.createdAt);
      // the index follows the update
      assert.equal(s.search({ q: 'Lawinen' }).total, 1);
      assert.equal(s.search({ q: 'Gletscher' }).total, 0);
    }));

    it('keeps articles without URL apart', withStore((s) => {
      s.save(makeArticle({ title: 'Eins', paragraphs: ['Text eins.'] }));
      s.save(makeArticle({ title: 'Zwei', paragraphs: ['Text zwei.'] }));
      assert.equal(s.count(), 2);
    }));

    it('links the same text on another site both ways, and not different texts', withStore((s) => {
      const a = s.save(makeArticle({ title: 'Energie', url: 'https://www.20min.ch/story/energie-1', paragraphs: AGENCY_TEXT })).article;
      const other = s.save(makeArticle({ title: 'Fussball', url: 'https://www.20min.ch/story/fcb', paragraphs: OTHER_TEXT })).article;
      // the partner's copy: other layout (one paragraph), a sentence of its own at the end
      const b = s.save(makeArticle({ title: 'Neues Energiegesetz', url: 'https://www.blick.ch/politik/energie', paragraphs: [AGENCY_TEXT.join(' '), 'Mehr dazu in unserem Dossier.'] })).article;
      assert.deepEqual(b.alsoPublishedBy.map((d) => d.id), [a.id]);
      assert.equal(b.alsoPublishedBy[0]!.site, '20min.ch');
      assert.ok(b.alsoPublishedBy[0]!.similarity >= 0.5 && b.alsoPublishedBy[0]!.similarity <= 1);
      assert.deepEqual(s.get(a.id)!.alsoPublishedBy.map((d) => d.id), [b.id]);
      assert.deepEqual(s.get(other.id)!.alsoPublishedBy, []);
      // saving the same page again (a re-run of an ingest) keeps the links
      s.save(makeArticle({ title: 'Neues Energiegesetz', url: 'https://www.blick.ch/politik/energie', paragraphs: [AGENCY_TEXT.join(' '), 'Mehr dazu in unserem Dossier.'] }));
      assert.deepEqual(s.get(b.id)!.alsoPublishedBy.map((d) => d.id), [a.id]);
      assert.deepEqual(s.get(a.id)!.alsoPublishedBy.map((d) => d.id), [b.id]);
      // an update that changes the text removes the link
      s.save(makeArticle({ title: 'Neues Energiegesetz', url: 'https://www.blick.ch/politik/energie', paragraphs: OTHER_TEXT.slice(0, 2).concat(['Ganz anderer Schluss des Textes mit vielen neuen Worten darin.']) }));
      assert.deepEqual(s.get(a.id)!.alsoPublishedBy, []);
    }));

    it('does not link short texts', withStore((s) => {
      s.save(makeArticle({ url: 'https://a.ch/1', paragraphs: ['Kurze Meldung ohne viel Text.'] }));
      const b = s.save(makeArticle({ url: 'https://b.ch/1', paragraphs: ['Kurze Meldung ohne viel Text.'] })).article;
      assert.deepEqual(b.alsoPublishedBy, []);
    }));

    it('searches with diacritics folded, stems and compounds', withStore((s) => {
      s.save(makeArticle({ title: 'Raketenangriff auf Kiew', url: 'https://a.ch/1', paragraphs: ['In Zürich demonstrierten Tausende gegen den Krieg.'] }));
      s.save(makeArticle({ title: 'Die Häuser am See', url: 'https://a.ch/2', paragraphs: ['Ein Bericht über Wohnungen.'] }));
      s.save(makeArticle({ title: 'Élection en France', url: 'https://a.fr/3', language: 'fr', paragraphs: ['Les électeurs ont voté dimanche.'] }));
      assert.equal(s.search({ q: 'Rakete' }).total, 1, 'compound found by its first element');
      assert.equal(s.search({ q: 'Raketen' }).total, 1);
      assert.equal(s.search({ q: 'Zurich' }).total, 1, 'diacritics folded in the query');
      assert.equal(s.search({ q: 'zürich' }).total, 1);
      assert.equal(s.search({ q: 'Haus' }).total, 1, 'Häuser found by Haus');
      assert.equal(s.search({ q: 'election' }).total, 1);
      assert.equal(s.search({ q: 'Rakete Zürich' }).total, 1, 'words are ANDed');
      assert.equal(s.search({ q: 'Rakete Wohnungen' }).total, 0);
      assert.equal(s.search({ q: '"gegen den Krieg"' }).total, 1, 'phrases');
      assert.equal(s.search({ q: '"den gegen Krieg"' }).total, 0);
    }));

    it('matches function words as themselves, not as prefixes of other words', withStore((s) => {
      s.save(makeArticle({ title: 'Überfall auf eine Bank', url: 'https://a.ch/1', paragraphs: ['Die Sicherheit der Filiale wird geprüft.'] }));
      s.save(makeArticle({ title: 'Bericht über den Winter', url: 'https://a.ch/2', paragraphs: ['Es schneite, und man freute sich.'] }));
      assert.equal(s.search({ q: 'über' }).total, 1, '"über" does not find "Überfall"');
      assert.equal(s.search({ q: 'sich' }).total, 1, '"sich" does not find "Sicherheit"');
      assert.equal(s.search({ q: 'Überfall' }).total, 1);
      assert.equal(s.search({ q: 'Sicher' }).total, 1, 'a content word still finds its compounds');
    }));

    it('filters exactly like a scan of the articles would, for every combination', withStore((s) => {
      // a small deterministic archive: 3 sites × 3 languages × dates over 14 months
      const sites = ['www.20min.ch', 'www.blick.ch', 'www.lematin.ch'];
      const langs = ['de', 'de-CH', 'fr'];
      const rows: Array<{ site: string; language: string; day: string }> = [];
      for (let i = 0; i < 60; i++) {
        const d = new Date(Date.UTC(2024, 0, 1) + ((i * 37) % 430) * 86400_000).toISOString().slice(0, 10);
        const r = { site: sites[i % 3]!, language: langs[(i * 7) % 3]!, day: d };
        rows.push(r);
        s.save(makeArticle({ title: `Meldung ${i}`, url: `https://${r.site}/m/${i}`, language: r.language, published: `${d}T09:30:00+01:00`, paragraphs: [`Gewitter über dem Land, Folge ${i}.`] }));
      }
      const ranges: Array<[string | undefined, string | undefined]> = [[undefined, undefined], ['2024-03-15', '2024-09-02'], ['2024-12-31', undefined], [undefined, '2024-02-29'], ['2024-05-01', '2024-05-31']];
      for (const site of [undefined, 'blick.ch']) {
        for (const language of [undefined, 'de', 'de-CH', 'fr']) {
          for (const [from, to] of ranges) {
            const want = rows.filter((r) => (!site || r.site.endsWith(site))
              && (!language || r.language === language || r.language.startsWith(language + '-'))
              && (!from || r.day >= from) && (!to || r.day <= to)).length;
            const got = s.search({ q: 'Gewitter', site, language, from, to, limit: 100 });
            assert.equal(got.total, want, JSON.stringify({ site, language, from, to }));
            assert.equal(got.hits.length, want);
          }
        }
      }
    }));

    it('searches key points', withStore((s) => {
      s.save(makeArticle({ title: 'T', url: 'https://a.ch/kp', paragraphs: ['Body.'], keyPoints: { items: [{ text: 'Das Murmeltier erwacht.', support: [] }], method: 'builtin' } }));
      assert.equal(s.search({ q: 'Murmeltier' }).total, 1);
    }));

    it('never fails on FTS syntax in a query', withStore((s) => {
      s.save(makeArticle({ title: 'Test', url: 'https://a.ch/x', paragraphs: ['NEAR AND OR NOT text.'] }));
      for (const q of ['"', 'NEAR(', 'a OR', '*', '^foo', 'col:umn', 'AND', '(((', '-x', "l'essentiel", '']) {
        assert.doesNotThrow(() => s.search({ q }), q);
      }
      assert.deepEqual(s.search({ q: '   ' }), { total: 0, hits: [] });
    }));

    it('ranks a title match above a body match', withStore((s) => {
      s.save(makeArticle({ title: 'Wetter', url: 'https://a.ch/1', paragraphs: ['Gletscher schmelzen schneller als erwartet, sagen Forschende.'] }));
      s.save(makeArticle({ title: 'Gletscher schmelzen', url: 'https://a.ch/2', paragraphs: ['Forschende messen Rekordwerte in den Alpen.'] }));
      const r = s.search({ q: 'Gletscher' });
      assert.equal(r.total, 2);
      assert.equal(r.hits[0]!.title, 'Gletscher schmelzen');
      assert.ok(r.hits[0]!.score >= r.hits[1]!.score);
    }));

    it('escapes page text in snippets and marks only matches', withStore((s) => {
      s.save(makeArticle({ title: 'X', url: 'https://a.ch/x', paragraphs: ['Ein <script>alert("Rakete")</script> und <img src=x onerror=alert(1)> und \uE000Rakete\uE001 & mehr Raketen.'] }));
      const hit = s.search({ q: 'Rakete' }).hits[0]!;
      assert.doesNotMatch(hit.snippet, /<(?!\/?mark>)/, 'no tag but <mark>');
      assert.match(hit.snippet, /&lt;script&gt;/);
      assert.match(hit.snippet, /<mark>Raketen<\/mark>/);
      assert.equal((hit.snippet.match(/<mark>/g) ?? []).length, (hit.snippet.match(/<\/mark>/g) ?? []).length);
    }));

    it('filters by site, language and date range, and pages with a total', withStore((s) => {
      for (let i = 0; i < 7; i++) {
        s.save(makeArticle({
          title: `Bericht ${i} über Lawinen`, url: `https://${i % 2 ? 'www.blick.ch' : 'www.20min.ch'}/l/${i}`,
          language: i === 6 ? 'de-CH' : i === 5 ? 'fr' : 'de', published: `2025-02-0${i + 1}T12:00:00+01:00`, paragraphs: [`Lawinen Text ${i}.`],
        }));
      }
      assert.equal(s.search({ q: 'Lawinen' }).total, 7);
      assert.equal(s.search({ q: 'Lawinen', site: 'blick.ch' }).total, 3);
      assert.equal(s.search({ q: 'Lawinen', language: 'de' }).total, 6, 'de matches de-CH');
      assert.equal(s.search({ q: 'Lawinen', language: 'fr' }).total, 1);
      assert.equal(s.search({ q: 'Lawinen', from: '2025-02-03', to: '2025-02-05' }).total, 3, 'inclusive date range');
      assert.equal(s.search({ q: 'Lawinen', from: '2025-02-06' }).total, 2, 'open end');
      assert.equal(s.search({ q: 'Lawinen', to: '2025-02-01' }).total, 1, 'open start');
      assert.equal(s.search({ q: 'Lawinen', from: '2025-03-01' }).total, 0);
      assert.equal(s.search({ q: 'Lawinen', from: '2025-02-05', to: '2025-02-03' }).total, 0, 'empty range');
      assert.equal(s.search({ q: 'Lawinen', site: 'blick.ch', language: 'de', from: '2025-02-01', to: '2025-02-04' }).total, 2, 'filters combine');
      assert.equal(s.search({ q: 'Lawinen', site: 'nowhere.ch' }).total, 0);
      assert.equal(s.search({ q: 'zlde' }).total, 0, 'filter tokens are not words');
      const p1 = s.search({ q: 'Lawinen', limit: 3, offset: 0 });
      const p3 = s.search({ q: 'Lawinen', limit: 3, offset: 6 });
      assert.equal(p1.total, 7);
      assert.equal(p1.hits.length, 3);
      assert.equal(p3.hits.length, 1);
      const all = [0, 3, 6].flatMap((offset) => s.search({ q: 'Lawinen', limit: 3, offset }).hits.map((h) => h.id));
      assert.equal(new Set(all).size, 7, 'pages do not overlap');
    }));

    it('lists latest first with filters, counts and iterates everything oldest first', withStore((s) => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        ids.push(s.save(makeArticle({ title: `T${i}`, url: `https://${i < 2 ? 'a' : 'b'}.ch/${i}`, published: `2025-01-0${5 - i}T00:00:00Z`, paragraphs: [`p${i}`] })).article.id);
      }
      assert.deepEqual(s.list().map((a) => a.title), ['T0', 'T1', 'T2', 'T3', 'T4']);
      assert.deepEqual(s.list({ limit: 2, offset: 1 }).map((a) => a.title), ['T1', 'T2']);
      assert.deepEqual(s.list({ site: 'a.ch' }).map((a) => a.title), ['T0', 'T1']);
      assert.equal(s.count(), 5);
      assert.deepEqual([...s.iterate()].map((a) => a.id), ids);
    }));
  });
}
