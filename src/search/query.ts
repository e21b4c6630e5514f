/**
 * From a reader's search words to an FTS5 MATCH expression, and from FTS5 snippets to safe HTML.
 *
 * German-aware matching without a second index: the index folds diacritics (unicode61
 * remove_diacritics 2) and each query word also matches as a prefix of its Snowball stem, so
 * "Rakete" (stem "raket") finds "Raketenangriff", "Raketen" and "Rakete", and "Häuser" (stem "haus")
 * finds "Haus" and "Hausbesitzer". A compound is thus found by its first element; later elements
 * ("Angriff" in "Raketenangriff") are not: that needs a decompounding column (not built yet).
 * Function words ("sich", "über", "with", src/search/function-words.ts) match only as themselves.
 */
import { stem } from '../nlp/stem.js';
import { LANGS, normalizeLang, type Lang } from '../nlp/language.js';
import { isFunctionWord } from './function-words.js';

/** Stems shorter than this are not used as prefixes: "bu*" or "an*" would match half the archive.
 * Four letters keeps "haus*", "raket*", "krieg*" and drops "tor*", "bus*". */
export const MIN_STEM_PREFIX = 4;
/** Query words beyond this are ignored: every word is an AND, and a pasted paragraph would only slow the query down. */
export const MAX_QUERY_WORDS = 12;

/** Private-use sentinels handed to snippet(); stored text is stripped of them (see `stripSentinels`). */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

export function stripSentinels(s: string): string {
  return s.includes(MARK_OPEN) || s.includes(MARK_CLOSE) ? s.replace(/[\uE000\uE001]/g, '') : s;
}

function quote(term: string): string {
  return '"' + term.replace(/"/g, '""') + '"';
}

/** Lowercase without diacritics, as the index's unicode61 tokenizer folds (ASCII fast path: a
 * snippet folds every word of 20 texts, and NFKD costs microseconds per call). */
export function fold(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** One query term: matched exactly, or as a prefix of indexed words. */
export interface QueryTerm { term: string; prefix: boolean }
/** A query word's alternatives (any may match), or a quoted phrase. */
export type QueryGroup = { kind: 'word'; word?: string; alts: QueryTerm[] } | { kind: 'phrase'; words: string[] };

/** Alternatives for one query word: the word itself and stemmed prefixes in the relevant languages.
 * An alternative another prefix already covers is dropped ("regierung" under "regier*"): each
 * prefix term makes FTS5 merge the doclists of every indexed word it starts, so fewer is faster. */
function wordAlts(word: string, langs: readonly Lang[]): QueryTerm[] {
  if (isFunctionWord(word, langs)) return [{ term: word, prefix: false }];
  const alts = new Map<string, boolean>([[word, false]]);
  for (const l of langs) {
    // Snowball expects lowercase; it maps ä→a etc. itself (German), and the index folds the rest.
    const s = stem(word, l);
    // a stem too short for a prefix adds nothing the word itself does not ("rak" for "rakete")
    if (s.length >= MIN_STEM_PREFIX) alts.set(s, true);
  }
  const prefixes = [...alts].filter(([, p]) => p).map(([t]) => fold(t));
  return [...alts]
    .filter(([t, p]) => !prefixes.some((q) => fold(t).startsWith(q) && (fold(t) !== q || !p)))
    .map(([term, prefix]) => ({ term, prefix }));
}

/** Parse a reader's query: words (ANDed, each with its stemmed alternatives) and "quoted phrases". */
export function parseQuery(q: string, language?: string | null): QueryGroup[] {
  const lang = normalizeLang(language);
  const langs = lang ? [lang] : LANGS;
  const groups: QueryGroup[] = [];
  // Zero-width characters are not in stored text (`collapse` removes them): a pasted "Auf\u200clage" is one word.
  q = q.replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  const re = /"([^"]*)"|([^\s"]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(q)) && groups.length < MAX_QUERY_WORDS) {
    if (m[1] !== undefined) {
      const words = m[1].toLowerCase().match(/[\p{L}\p{N}]+/gu);
      if (words) groups.push({ kind: 'phrase', words });
    } else {
      for (const w of m[2]!.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
        if (groups.length < MAX_QUERY_WORDS) groups.push({ kind: 'word', word: w, alts: wordAlts(w, langs) });
      }
    }
  }
  return groups;
}

/**
 * A prefix term covering at most this many indexed words is replaced by those words (see
 * `expandPrefixes`); a wider one stays a prefix query. Calibrated with `npm run bench:serve` at
 * 100,000 articles: the widest stems of the bench vocabulary ("work", "stat", "haus") cover 30–60
 * words and their ORs ran in 1–5 ms, while FTS5's own prefix merge of "with*" alone took 7–10 ms;
 * past a few hundred words an OR costs more per query than the merge.
 */
export const MAX_PREFIX_EXPANSION = 200;

/**
 * Replace prefix terms by the indexed words they start (`wordsWithPrefix` reads the index's
 * vocabulary). Same matches, much cheaper: FTS5 answers a prefix term by merging the complete
 * doclists of every word it starts — positions included — before it returns the first row, so a
 * prefix on a common word costs the same for 20 hits as for all, while an OR of plain terms is read
 * lazily, newest rows first, and stops at the LIMIT. A group none of whose alternatives is in the
 * index is returned with no alternatives (the query cannot match). `null` from the lookup keeps the
 * prefix term (too many words).
 */
export function expandPrefixes(groups: QueryGroup[], wordsWithPrefix: (prefix: string) => string[] | null): QueryGroup[] {
  return groups.map((g) => {
    if (g.kind === 'phrase') return g;
    const alts = new Map<string, QueryTerm>();
    const typed = g.word === undefined ? undefined : fold(g.word);
    for (const t of g.alts) {
      if (!t.prefix) { alts.set(fold(t.term), { term: fold(t.term), prefix: false }); continue; }
      const words = wordsWithPrefix(fold(t.term));
      if (words === null) alts.set(fold(t.term) + '*', { term: fold(t.term), prefix: true });
      // A function word reached through a stem ("sicher" → "sich*" → "sich") is not what the
      // reader typed; it is only matched when typed.
      else for (const w of words) if (w === typed || !isFunctionWord(w, LANGS)) alts.set(w, { term: w, prefix: false });
    }
    return { kind: 'word', ...(g.word !== undefined ? { word: g.word } : {}), alts: [...alts.values()] };
  });
}

/** The MATCH expression for parsed (possibly expanded) groups, or null when one of them can match nothing. */
export function matchExpression(groups: QueryGroup[]): string | null {
  const parts: string[] = [];
  for (const g of groups) {
    if (g.kind === 'phrase') { parts.push(quote(g.words.join(' '))); continue; }
    if (g.alts.length === 0) return null;
    const terms = g.alts.map((t) => quote(t.term) + (t.prefix ? '*' : ''));
    parts.push(terms.length === 1 ? terms[0]! : '(' + terms.join(' OR ') + ')');
  }
  return parts.length ? parts.join(' AND ') : null;
}

/** Every term and phrase word of the groups (to check them against reserved token spaces). */
export function queryTerms(groups: QueryGroup[]): string[] {
  return groups.flatMap((g) => (g.kind === 'phrase' ? g.words : g.alts.map((t) => t.term)));
}

/**
 * The MATCH expression for a query, or null when it has no searchable word. Words are ANDed;
 * "quoted phrases" match as phrases (not stemmed).
 *
 * @example
 *   toMatchExpression('Rakete', 'de') // '"raket"*'
 */
export function toMatchExpression(q: string, language?: string | null): string | null {
  return matchExpression(parseQuery(q, language));
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape a snippet made with the sentinels, then turn the sentinels into <mark>: page text can
 * never produce markup, and marks are always balanced. */
export function snippetToHtml(raw: string): string {
  const escaped = raw.replace(/[&<>"']/g, (c) => ESC[c]!);
  let open = false;
  let out = '';
  for (const ch of escaped) {
    if (ch === MARK_OPEN) {
      if (!open) { out += '<mark>'; open = true; }
    } else if (ch === MARK_CLOSE) {
      if (open) { out += '</mark>'; open = false; }
    } else {
      out += ch;
    }
  }
  return open ? out + '</mark>' : out;
}
