/**
 * Stage 2: mark sentences that cannot be bullets. Bullets are full declarative sentences stated by
 * the article itself: no questions or exclamations, no direct speech (quoted passages of
 * QUOTE_WORDS+ words, sentences inside a multi-sentence quote, first person outside quotes), no
 * fragments (lower-case start, no final period, too short, German sentences without a finite verb),
 * no run-ons, never the title restated.
 */
import type { Lang } from '../nlp/language.js';
import { contentTerms, words } from '../nlp/tokenize.js';
import { FINITE_VERBS_DE, PAST_SST_DE, SUPERLATIVE_DE, VERB_ENDING_DE, VERBLESS } from '../rules/keypoints/verbs.js';
import { stopwords } from '../nlp/stopwords.js';
import { LENGTH, QUOTE_WORDS, TITLE_DUPLICATE } from '../rules/keypoints/weights.js';
import { supportText } from './candidates.js';
import type { Candidate, KeyPointState } from './types.js';

/** Quoted regions of a text; an unclosed opener runs to the end (quotes spanning sentences). */
export function quotedRegions(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // openers found by a regex search, not a look-up per character (paragraphs are long, quotes rare)
  const open = /[«„“"‹»]/g;
  let i = 0;
  while (i < text.length) {
    open.lastIndex = i;
    const m = open.exec(text);
    if (!m) break;
    i = m.index;
    const close = QUOTE_PAIRS[m[0]]!;
    let j = i + 1;
    while (j < text.length && !close.includes(text[j]!)) j++;
    out.push([i, Math.min(j + 1, text.length)]);
    i = j + 1;
  }
  return out;
}
const QUOTE_PAIRS: Record<string, string> = { '«': '»', '„': '“”', '“': '”', '"': '"', '‹': '›', '»': '«' };

export function isDirectSpeech(c: Candidate, regions: Array<[number, number]>): boolean {
  for (const [s, e] of regions) {
    if (e <= c.start || s >= c.end) continue;
    if (s <= c.start && e >= c.end) return true;
    // the quote mark itself may sit just outside the sentence span when a quote ends the block
    const inner = words(regionText(c, s, e));
    if (inner.length >= QUOTE_WORDS) return true;
  }
  return false;
}

function regionText(c: Candidate, s: number, e: number): string {
  return c.source.slice(Math.max(0, s - c.start), Math.max(0, Math.min(c.end, e) - c.start));
}

export function normalizeForCompare(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether `text` restates `title`: equal after normalisation, or near-equal in content terms. */
export function restatesTitle(text: string, title: string | null, lang: Lang | null,
  pre: { titleNorm?: string; titleTerms?: Set<string>; textTerms?: string[] } = {}): boolean {
  if (!title) return false;
  // a restatement has about the title's length; skip the normalisation for everything else
  if (text.length < title.length * 2 && normalizeForCompare(text) === (pre.titleNorm ?? normalizeForCompare(title))) return true;
  const textTerms = pre.textTerms ?? contentTerms(text, lang);
  const b = pre.titleTerms ?? new Set(contentTerms(title, lang));
  if (textTerms.length === 0 || b.size === 0) return false;
  // the shared distinct terms are at most the text's terms found in the title: most sentences stop
  // here, without a Set of their terms
  let hits = 0;
  for (const t of textTerms) if (b.has(t)) hits++;
  if (hits / b.size < TITLE_DUPLICATE) return false;
  const a = new Set(textTerms);
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / a.size >= TITLE_DUPLICATE && inter / b.size >= TITLE_DUPLICATE;
}

interface FilterContext { titleTerms: Set<string>; titleNorm: string }

/** German only (see rules/keypoints/verbs.ts): whether a short sentence has no word that can be its finite verb. */
export function lacksFiniteVerb(ws: string[], lang: Lang | null): boolean {
  if (lang !== 'de' || ws.length > VERBLESS.maxWords) return false;
  const sw = stopwords('de');
  return !ws.some((w, i) => {
    const l = w.toLowerCase();
    if (FINITE_VERBS_DE.has(l)) return true;
    // inside the sentence a German verb is lower-case; the first word may be any capitalised word
    if (i === 0 || !/^\p{Ll}/u.test(w) || sw.has(l)) return false;
    return VERB_ENDING_DE.test(l) && !(SUPERLATIVE_DE.test(l) && !PAST_SST_DE.test(l));
  });
}

export function exclusionReason(c: Candidate, regions: Array<[number, number]>, state: KeyPointState, ctx: FilterContext): string | null {
  const s = c.source;
  if (/[?]\W*$/u.test(s)) return 'question';
  if (/!\W*$/u.test(s)) return 'exclamation';
  if (!/\.[»«"”“’')\]]*$/u.test(s)) return 'no final period';
  if (!/^[«„"“‹(]?[\p{Lu}\p{N}]/u.test(s)) return 'fragment';
  const ws = c.words;
  if (ws.length < LENGTH.minWords) return 'too short';
  if (ws.length > LENGTH.maxWords) return 'too long';
  if (lacksFiniteVerb(ws, state.lang)) return 'no finite verb';
  if (isDirectSpeech(c, regions)) return 'direct speech';
  // "US" is a country, not "us": all-caps tokens are names
  if (c.facts.firstPerson) return 'first person';
  if (restatesTitle(s, state.article.title, state.lang, { titleNorm: ctx.titleNorm, titleTerms: ctx.titleTerms, textTerms: c.terms })) return 'restates title';
  return null;
}

export function filterCandidates(state: KeyPointState): void {
  const regionsByBlock = new Map<number, Array<[number, number]>>();
  const ctx: FilterContext = {
    titleTerms: new Set(contentTerms(state.article.title ?? '', state.lang)),
    titleNorm: normalizeForCompare(state.article.title ?? ''),
  };
  for (const c of state.candidates) {
    let regions = regionsByBlock.get(c.block);
    if (!regions) {
      regions = quotedRegions(supportText(state.article, c.block) ?? '');
      regionsByBlock.set(c.block, regions);
    }
    c.excluded = exclusionReason(c, regions, state, ctx);
    if (c.excluded) state.removals.push({ stage: 'filterCandidates', reason: c.excluded, text: c.source });
  }
}
