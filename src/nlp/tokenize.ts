/**
 * Word tokenisation shared by scoring, checks and ROUGE: runs of letters and digits, with inner
 * apostrophes, hyphens and digit separators kept ("Jong-un", "24.90", "12’500", "l'armée" splits
 * into "l" + "armée" only for ROUGE, see `rougeTokens`).
 */
import type { Lang } from './language.js';
import { memoPerLanguage } from './memo.js';
import { stem } from './stem.js';
import { stopwords } from './stopwords.js';

export interface Token { text: string; start: number; end: number }

// digit separators only before digits ("24.90", "12’500"); no look-behind: this regex is the hot path
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+|[.,’'][\p{N}]+)*/gu;

/** Word tokens with their character offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Content terms: lowercased, stopwords and one-letter tokens removed, stemmed. Hyphenated compounds
 * also contribute their parts, so "Kim Jong-un" meets "Jong-un" and "Corona-Tests" meets "Tests".
 */
export function contentTerms(text: string, lang: Lang | null): string[] {
  return contentTermsOf(words(text), lang);
}

/** `contentTerms` for already tokenised words (saves a second pass over hot text). */
export function contentTermsOf(ws: string[], lang: Lang | null): string[] {
  const memo = termMemo(lang);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const t = memo.get(ws[i]!);
    if (typeof t === 'string') out.push(t);
    else for (let k = 0; k < t.length; k++) out.push(t[k]!);
  }
  return out;
}

/** The content terms of one word as written (memoised; see WordTerms). */
export function wordTermsOf(w: string, lang: Lang | null): WordTerms {
  return termMemo(lang).get(w);
}

/** The content terms of one word as a word gives them: a string for the common single term, else
 * a list (none for a stopword, the parts too for a compound). */
export type WordTerms = string | readonly string[];
const NONE: readonly string[] = [];

function wordTerms(w: string, lang: Lang | null): WordTerms {
  const sw = lang ? stopwords(lang) : EMPTY;
  const lw = w.toLowerCase();
  // the word, then for a compound its parts
  const whole = lw.length >= 2 && !sw.has(lw) ? stem(lw, lang) : null;
  if (!lw.includes('-')) return whole ?? NONE;
  const out: string[] = whole === null ? [] : [whole];
  for (const p of lw.split('-')) {
    if (p.length < 2 || sw.has(p)) continue;
    out.push(stem(p, lang));
  }
  return out;
}

/** Terms per word as written, per language: one look-up per word instead of lowercasing, a
 * stopword test and a stem look-up for every word of every candidate sentence (article words
 * repeat across sentences and articles). */
const termMemo = memoPerLanguage(50_000, (lang: Lang | null) => (w): WordTerms => wordTerms(w, lang));

const EMPTY = new Set<string>();
