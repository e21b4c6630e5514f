/**
 * Shared set-up for the server tests: a config with test-friendly limits, an app over either store
 * (the in-memory one and the real SQLite one, so the routes are checked against the interface and
 * against what ships), and a German article shaped like the seed page.
 */
import { loadConfig, type Config } from '../../src/config/index.js';
import { createApp } from '../../src/server/app.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Article } from '../../src/model/article.js';
import type { ArticleStore, StoredArticle } from '../../src/store/types.js';
import { MemoryStore, baseArticle } from './memory-store.js';

export const ORIGIN = 'http://localhost';

export function testConfig(overrides: Record<string, unknown> = {}): Config {
  return loadConfig({ flags: { examples: false, ...overrides }, env: {}, cwd: '/nonexistent-punkt-test-dir' });
}

export const STORES: Array<{ name: string; open: () => ArticleStore }> = [
  { name: 'memory store', open: () => new MemoryStore() },
  { name: 'sqlite store', open: () => openSqliteStore(':memory:') },
];

export function makeApp(store: ArticleStore = new MemoryStore(), overrides: Record<string, unknown> = {}) {
  const config = testConfig(overrides);
  return { app: createApp({ store, config }), store, config };
}

/** An article with every reader feature filled, as the seed page yields. */
export function seedArticle(extra: Partial<Article> = {}): Article {
  const a: Article = {
    ...baseArticle(),
    title: 'Nordkorea gibt Putin jetzt auch Soldaten gegen Ukraine',
    kicker: 'Unterstützung von Kim Jong-un',
    lead: 'Diktator Kim Jong-un sendet Moskau neben Waffen nun auch eigene Soldaten. Jetzt starben nordkoreanische Offiziere bei einem Raketenangriff.',
    siteName: '20 Minuten', source: '20 Minuten', url: 'https://www.20min.ch/story/nordkorea-soldaten-103200000',
    language: 'de-CH', published: '2024-10-10T14:03:00+02:00', updated: '2024-10-10T16:45:00+02:00',
    image: {
      src: 'https://image.20min.ch/2024/10/10/kim-putin.jpeg', alt: null,
      caption: 'Freundschaft zwischen Russland und Nordkorea: Putin und Kim stoßen in Pyongyang an.', credit: 'REUTERS',
    },
    blocks: [
      { type: 'paragraph', text: 'Gerüchte gab es schon länger, jetzt hat sich der Verdacht bestätigt: Nordkorea hilft Russland im Krieg gegen die Ukraine.' },
      { type: 'heading', level: 2, text: 'Konsultationen und Demonstrationen' },
      { type: 'paragraph', text: 'Die Nordkoreaner sollen "zu Konsultationen mit ihren russischen Kollegen angereist" sein.' },
      { type: 'quote', text: 'Es geht jetzt nicht mehr nur um Waffenlieferungen.', cite: 'Selenski' },
      { type: 'list', ordered: false, items: ['Artilleriegeschosse', 'Kurzstreckenraketen'] },
    ],
    keyPoints: {
      method: 'test',
      items: [
        { text: 'Sechs nordkoreanische Offiziere wurden bei einem Raketenangriff getötet', support: [] },
        { text: 'Nordkorea unterstützt Russland mit Soldaten und Waffen', support: [] },
        { text: 'Nordkoreanische Arbeiter werden unter extremen Bedingungen eingesetzt', support: [] },
      ],
    },
    ...extra,
  };
  a.text = [a.lead, ...a.blocks.map((b) => ('text' in b ? b.text : ''))].filter(Boolean).join('\n\n');
  a.wordCount = a.text.split(/\s+/).length;
  return a;
}

export function save(store: ArticleStore, a: Article): StoredArticle {
  return store.save(a, { url: a.url }).article;
}

export async function json(res: Response): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return res.json();
}

export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

export function postForm(fields: Record<string, string | File>): RequestInit {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return { method: 'POST', headers: { origin: ORIGIN }, body: fd };
}
