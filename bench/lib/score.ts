/**
 * The scorers, one per benchmark set, each reproducing that set's own metric, plus the metadata
 * checks shared by all sets. Every function is pure and takes already-normalised text
 * (`normalizeText` in htmltext.ts); docs/benchmarks.md explains each metric in prose.
 */

// ---------------------------------------------------------------------------------------------
// Tokens. Python's `re` `\w` (Unicode mode) is exactly the characters whose category is L* or N*
// plus "_" (checked over all code points with CPython 3), hence this class.
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

// ---------------------------------------------------------------------------------------------
// scrapinghub: article-extraction-benchmark `evaluate.py`.
// - tokens: `\w+` (case kept); shingles: token 4-grams; a text with 1–3 tokens yields one shorter
//   shingle, an empty text none (`range(0, max(1, len - n + 1))`, empty tuples dropped).
// - per page: multiset TP/FP/FN over shingles, then divided by TP+FP+FN so long pages do not weigh
//   more (left at 0/0/0 when that sum is 0).
// - per-page precision = TP/(TP+FP), recall = TP/(TP+FN), both 1 when FP = FN = 0.
// - set precision = mean of page precisions over pages with TP+FP > 0 (pages where the tool
//   returned nothing are left out of precision); set recall = mean over pages with TP+FN > 0;
//   F1 = 2PR/(P+R) of those means (not the mean of page F1s).

export type TpFpFn = [number, number, number];

export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const sh = tokens.slice(i, i + n);
    if (sh.length === 0) continue;
    const key = sh.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shingleTpFpFn(truth: string, pred: string, n = 4): TpFpFn {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

function pagePrecision([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function pageRecall([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface Prf { precision: number; recall: number; f1: number }

export function shingleAggregate(pages: TpFpFn[]): Prf {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(pagePrecision));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(pageRecall));
  return { precision, recall, f1: f1(precision, recall) };
}

/** Per-page F1 for ranking worst pages (not part of the official metric). */
export function shinglePageF1(c: TpFpFn): number {
  return f1(pagePrecision(c), pageRecall(c));
}

// ---------------------------------------------------------------------------------------------
// trafilatura-dev: trafilatura's tests/comparison.py. After whitespace collapse on both sides,
// each `with` snippet found in the text is a TP, missing an FN; each `without` snippet present is
// an FP, absent a TN. Counts are summed over the whole set (micro average), then
// P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2PR/(P+R). A tool error or empty output scores like an
// empty text: all `with` FN, all `without` TN.

export interface SnippetCounts { tp: number; fp: number; tn: number; fn: number }

export function collapseWs(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function snippetCounts(text: string, withs: string[], withouts: string[]): SnippetCounts {
  const t = collapseWs(text);
  const c: SnippetCounts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const w of withs) {
    const s = collapseWs(w);
    if (!s) continue;
    if (t.includes(s)) c.tp++; else c.fn++;
  }
  for (const w of withouts) {
    const s = collapseWs(w);
    if (!s) continue;
    if (t.includes(s)) c.fp++; else c.tn++;
  }
  return c;
}

export function snippetAggregate(pages: SnippetCounts[]): Prf & { accuracy: number } {
  const s = pages.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, tn: a.tn + c.tn, fn: a.fn + c.fn }), { tp: 0, fp: 0, tn: 0, fn: 0 });
  const precision = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
  const recall = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
  const total = s.tp + s.fp + s.tn + s.fn;
  return { precision, recall, f1: f1(precision, recall), accuracy: total ? (s.tp + s.tn) / total : 0 };
}

/** Per-page F1 of the snippet counts, for ranking worst pages only. */
export function snippetPageF1(c: SnippetCounts): number {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 1;
  return f1(p, r);
}

// ---------------------------------------------------------------------------------------------
// wcxb-articles-dev: bag of lowercased `\w+` tokens per page; overlap = multiset intersection;
// P = overlap/|pred|, R = overlap/|truth|, page F1 = 2PR/(P+R) (0 when P+R = 0); the set score is
// the mean of page F1s (and mean P, mean R alongside). Both empty → 1; one side empty → 0. Pages
// whose ground truth has no main text are not scored.

export function wordBag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokenize(text.toLowerCase())) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function wordBagPrf(truth: string, pred: string): Prf {
  const t = wordBag(truth);
  const p = wordBag(pred);
  let nt = 0, np = 0, overlap = 0;
  for (const c of t.values()) nt += c;
  for (const [k, c] of p) { np += c; overlap += Math.min(c, t.get(k) ?? 0); }
  if (nt === 0 && np === 0) return { precision: 1, recall: 1, f1: 1 };
  if (nt === 0 || np === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = overlap / np;
  const recall = overlap / nt;
  return { precision, recall, f1: f1(precision, recall) };
}

export function meanPrf(pages: Prf[]): Prf {
  return { precision: mean(pages.map((p) => p.precision)), recall: mean(pages.map((p) => p.recall)), f1: mean(pages.map((p) => p.f1)) };
}

// ---------------------------------------------------------------------------------------------
// Metadata (issue 2 §5), scored the same way for every tool on pages whose ground truth has the
// field. A missing prediction counts as wrong.

export function normTitle(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function titleMatch(gold: string, pred: string | null | undefined): boolean {
  return !!pred && normTitle(gold) === normTitle(pred);
}

// Separators between names in a gold author string, and trailing credentials ("MS, RD, FAND",
// "Ph.D.", "E-RYT 200") that are not names: a gold "Dylan Bailey, MS, RD" asks for Dylan Bailey.
const AUTHOR_SEP = /\s*(?:;|\||,|\s&\s|\s(?:and|und)\s)\s*/iu;
const CREDENTIAL = /^(?:[\p{Lu}]{1,5}|[Pp]h\.?\s?[Dd]\.?|M\.?D\.?|[JS]r\.?|[\p{Lu}-]{2,8}\s*\d+)$/u;

export function splitGoldAuthors(s: string): string[] {
  const parts = s.normalize('NFKC').split(AUTHOR_SEP).map((x) => x.replace(/\s+/g, ' ').trim().replace(/^(?:and|und|&)\s+/i, '')).filter(Boolean);
  const names = parts.filter((p) => !CREDENTIAL.test(p));
  return names.length ? names : parts;
}

function normName(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function authorMatch(gold: string, pred: string[]): boolean {
  const golds = splitGoldAuthors(gold).map(normName);
  const preds = pred.map(normName).filter(Boolean);
  if (!golds.length || !preds.length) return false;
  return golds.every((g) => preds.some((p) => p === g || p.includes(g)));
}

/**
 * The calendar day of a date string as written: the first YYYY-MM-DD (or YYYY/MM/DD) in it, never
 * shifted to another zone. Strings without such a pattern ("Feb 19, 2020") are parsed by
 * `Date.parse` and read in UTC (the harness runs with TZ=UTC, so a zone-less string keeps its day).
 */
export function dayOf(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?/.exec(s);
  if (m) return [m[1], m[2]!.padStart(2, '0'), ...(m[3] ? [m[3].padStart(2, '0')] : [])].join('-');
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

/** Same calendar day; a gold date given only to the month ("2025-09") matches any day of it. */
export function dateMatch(gold: string, pred: string | null | undefined): boolean {
  const g = dayOf(gold);
  const p = dayOf(pred);
  if (!g || !p) return false;
  return g.length < 10 ? p.startsWith(g) : p === g;
}

// ---------------------------------------------------------------------------------------------

export function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

export function quantile(xs: number[], q: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  // Linear interpolation between closest ranks (numpy's default), so p95 of a small run is stable.
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}
