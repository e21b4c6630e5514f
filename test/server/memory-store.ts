/**
 * A tiny in-memory ArticleStore for the server tests: the app is tested against the interface, not
 * against SQLite. Search is a folded substring match, good enough to drive the routes; identity is
 * the URL as given. Also lets tests plant articles with hostile field values directly.
 */
import type { Article } from '../../src/model/article.js';
import type { ArticleStore, ListQuery, SaveResult, SearchQuery, SearchResult, StoredArticle } from '../../src/store/types.js';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class MemoryStore implements ArticleStore {
  private readonly rows: StoredArticle[] = [];
  private seq = 0;
  closed = false;

  save(article: Article, meta: { url?: string | null } = {}): SaveResult {
    const url = meta.url ?? article.url ?? null;
    const now = new Date(Date.UTC(2026, 0, 1, 0, 0, this.seq)).toISOString();
    const existing = url ? this.rows.find((r) => r.canonicalUrl === url) : undefined;
    if (existing) {
      const updated: StoredArticle = { ...existing, ...structuredClone(article), id: existing.id, updatedAt: now };
      this.rows[this.rows.indexOf(existing)] = updated;
      return { article: updated, created: false };
    }
    const stored: StoredArticle = {
      ...structuredClone(article), id: `m${++this.seq}`, canonicalUrl: url, site: url ? new URL(url).hostname : null,
      createdAt: now, updatedAt: now, alsoPublishedBy: [],
    };
    this.rows.push(stored);
    return { article: stored, created: true };
  }

  get(id: string): StoredArticle | null {
    return this.rows.find((r) => r.id === id) ?? null;
  }

  getByUrl(url: string): StoredArticle | null {
    return this.rows.find((r) => r.canonicalUrl === url) ?? null;
  }

  list(q: ListQuery = {}): StoredArticle[] {
    const rows = this.rows.filter((r) => (!q.site || r.site === q.site) && (!q.language || r.language === q.language)).reverse();
    const offset = q.offset ?? 0;
    return rows.slice(offset, offset + (q.limit ?? 20));
  }

  search(q: SearchQuery): SearchResult {
    const needle = fold(q.q.trim());
    const hits = this.rows.filter((r) => fold([r.title, r.lead, r.text, ...(r.keyPoints?.items.map((k) => k.text) ?? [])].join('\n')).includes(needle))
      .filter((r) => (!q.site || r.site === q.site) && (!q.language || r.language === q.language))
      .map((r) => {
        const text = r.text || r.title || '';
        const at = fold(text).indexOf(needle);
        const snippet = at < 0 ? esc(text.slice(0, 120))
          : `${esc(text.slice(Math.max(0, at - 40), at))}<mark>${esc(text.slice(at, at + needle.length))}</mark>${esc(text.slice(at + needle.length, at + needle.length + 60))}`;
        return { id: r.id, title: r.title, site: r.site, url: r.url, published: r.published, language: r.language, snippet, score: 1 };
      });
    const offset = q.offset ?? 0;
    return { total: hits.length, hits: hits.slice(offset, offset + (q.limit ?? 20)) };
  }

  count(): number {
    return this.rows.length;
  }

  *iterate(): Iterable<StoredArticle> {
    yield* this.rows;
  }

  close(): void {
    this.closed = true;
  }

  /** Test hook: store a fully formed article, bypassing extraction. */
  plant(fields: Partial<StoredArticle> & Pick<Article, 'title'>): StoredArticle {
    const { article } = this.save({ ...baseArticle(), ...fields } as Article, { url: fields.url ?? null });
    const merged = { ...article, ...fields, id: article.id } as StoredArticle;
    this.rows[this.rows.findIndex((r) => r.id === article.id)] = merged;
    return merged;
  }
}

export function baseArticle(): Article {
  return {
    title: null, kicker: null, lead: null, authors: [], siteName: null, source: null, url: null, language: null,
    published: null, updated: null, section: null, tags: [], image: null, blocks: [], summaryBox: null, text: '',
    wordCount: 0, messages: [],
  };
}
