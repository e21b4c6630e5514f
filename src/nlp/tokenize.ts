/**
 * Word tokenisation shared by scoring, checks and ROUGE: runs of letters and digits, with inner
 * apostrophes, hyphens and digit separators kept ("Jong-un", "24.90", "12’500", "l'armée" splits
 * into "l" + "armée" only for ROUGE, see `rougeTokens`).
 */
import type { Lang } from './language.js';
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
  const sw = lang ? stopwords(lang) : EMPTY;
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const lw = ws[i]!.toLowerCase();
    // the word, then for a compound its parts (no array per word: this runs for every word of
    // every candidate sentence)
    if (lw.length >= 2 && !sw.has(lw)) out.push(stem(lw, lang));
    if (lw.includes('-')) {
      for (const p of lw.split('-')) {
        if (p.length < 2 || sw.has(p)) continue;
        out.push(stem(p, lang));
      }
    }
  }
  return out;
}

const EMPTY = new Set<string>();
