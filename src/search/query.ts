/**
 * From a reader's search words to an FTS5 MATCH expression, and from FTS5 snippets to safe HTML.
 *
 * German-aware matching without a second index: the index folds diacritics (unicode61
 * remove_diacritics 2) and each query word also matches as a prefix of its Snowball stem, so
 * "Rakete" (stem "raket") finds "Raketenangriff", "Raketen" and "Rakete", and "Häuser" (stem "haus")
 * finds "Haus" and "Hausbesitzer". A compound is thus found by its first element; later elements
 * ("Angriff" in "Raketenangriff") are not: that needs a decompounding column (not built yet).
 */
import { stem } from '../nlp/stem.js';
import { LANGS, normalizeLang, type Lang } from '../nlp/language.js';

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
export type QueryGroup = { kind: 'word'; alts: QueryTerm[] } | { kind: 'phrase'; words: string[] };

/** Alternatives for one query word: the word itself and stemmed prefixes in the relevant languages.
 * An alternative another prefix already covers is dropped ("regierung" under "regier*"): each
 * prefix term makes FTS5 merge the doclists of every indexed word it starts, so fewer is faster. */
function wordAlts(word: string, langs: readonly Lang[]): QueryTerm[] {
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
  const re = /"([^"]*)"|([^\s"]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(q)) && groups.length < MAX_QUERY_WORDS) {
    if (m[1] !== undefined) {
      const words = m[1].toLowerCase().match(/[\p{L}\p{N}]+/gu);
      if (words) groups.push({ kind: 'phrase', words });
    } else {
      for (const w of m[2]!.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
        if (groups.length < MAX_QUERY_WORDS) groups.push({ kind: 'word', alts: wordAlts(w, langs) });
      }
    }
  }
  return groups;
}

/**
 * The MATCH expression for a query, or null when it has no searchable word. Words are ANDed;
 * "quoted phrases" match as phrases (not stemmed).
 *
 * @example
 *   toMatchExpression('Rakete', 'de') // '"raket"*'
 */
export function toMatchExpression(q: string, language?: string | null): string | null {
  const groups = parseQuery(q, language).map((g) => {
    if (g.kind === 'phrase') return quote(g.words.join(' '));
    const terms = g.alts.map((t) => quote(t.term) + (t.prefix ? '*' : ''));
    return terms.length === 1 ? terms[0]! : '(' + terms.join(' OR ') + ')';
  });
  return groups.length ? groups.join(' AND ') : null;
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
