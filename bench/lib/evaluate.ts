/**
 * Scores one tool's results over one set with that set's own metric (score.ts) and the shared
 * metadata checks. Used by the HTML benchmark, the text-dump benchmark and the floor test, so all
 * three count the same way. A missing result (tool error, timeout) scores as an empty text with no
 * metadata.
 */
import type { PageRef, SetName } from './datasets.js';
import type { ToolResult } from './tools.js';
import {
  authorMatch, collapseWs, dateMatch, meanPrf, shingleAggregate, shinglePageF1, shingleTpFpFn, snippetAggregate,
  snippetCounts, snippetPageF1, titleMatch, wordBagPrf, type Prf, type SnippetCounts, type TpFpFn,
} from './score.js';

export interface Accuracy { correct: number; total: number; value: number }

export interface PageScore {
  id: string;
  url: string;
  /** Page-level F1 (for ranking failures; the set's F1 is computed by the set's own rule). */
  f1: number;
  precision?: number;
  recall?: number;
  counts?: SnippetCounts;
  missing?: string[];
  unwanted?: string[];
  title?: { gold: string; pred: string | null; ok: boolean };
  author?: { gold: string; pred: string[]; ok: boolean };
  date?: { gold: string; pred: string | null; ok: boolean };
}

export interface SetScore extends Prf {
  set: SetName;
  pages: number;
  scored: number;
  title: Accuracy | null;
  author: Accuracy | null;
  date: Accuracy | null;
  perPage: PageScore[];
}

const EMPTY: ToolResult = { text: '', title: null, authors: [], date: null };

export function scoreSet(set: SetName, pages: PageRef[], results: Array<ToolResult | null | undefined>): SetScore {
  const perPage: PageScore[] = [];
  const shingleCounts: TpFpFn[] = [];
  const snippet: SnippetCounts[] = [];
  const bags: Prf[] = [];
  const acc = { title: [0, 0], author: [0, 0], date: [0, 0] };

  pages.forEach((page, i) => {
    const r = results[i] ?? EMPTY;
    const ps: PageScore = { id: page.id, url: page.url, f1: 0 };
    const t = page.truth;
    if (set === 'scrapinghub') {
      const c = shingleTpFpFn((t.body ?? '').normalize('NFC'), r.text);
      shingleCounts.push(c);
      ps.f1 = shinglePageF1(c);
    } else if (set === 'trafilatura-dev') {
      const c = snippetCounts(r.text, t.with, t.without);
      snippet.push(c);
      ps.f1 = snippetPageF1(c);
      ps.counts = c;
      const text = collapseWs(r.text);
      ps.missing = t.with.filter((w) => collapseWs(w) && !text.includes(collapseWs(w)));
      ps.unwanted = t.without.filter((w) => collapseWs(w) && text.includes(collapseWs(w)));
    } else if (t.body) {
      const prf = wordBagPrf(t.body.normalize('NFC'), r.text);
      bags.push(prf);
      Object.assign(ps, prf);
    }
    if (t.title) {
      const ok = titleMatch(t.title, r.title);
      ps.title = { gold: t.title, pred: r.title, ok };
      acc.title[1]!++; if (ok) acc.title[0]!++;
    }
    if (t.author) {
      const ok = authorMatch(t.author, r.authors);
      ps.author = { gold: t.author, pred: r.authors, ok };
      acc.author[1]!++; if (ok) acc.author[0]!++;
    }
    if (t.date) {
      const ok = dateMatch(t.date, r.date);
      ps.date = { gold: t.date, pred: r.date, ok };
      acc.date[1]!++; if (ok) acc.date[0]!++;
    }
    perPage.push(ps);
  });

  const prf = set === 'scrapinghub' ? shingleAggregate(shingleCounts)
    : set === 'trafilatura-dev' ? snippetAggregate(snippet)
      : meanPrf(bags);
  const accuracy = ([c, n]: number[]): Accuracy | null => (n ? { correct: c!, total: n, value: c! / n } : null);
  return {
    set, pages: pages.length,
    scored: set === 'scrapinghub' ? shingleCounts.length : set === 'trafilatura-dev' ? snippet.length : bags.length,
    precision: prf.precision, recall: prf.recall, f1: prf.f1,
    title: accuracy(acc.title), author: accuracy(acc.author), date: accuracy(acc.date),
    perPage,
  };
}
