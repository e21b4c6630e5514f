/**
 * Small predicates a careful reader uses on one line: is it a sentence, could it be a heading,
 * is it a photo credit, how much of it is stopwords. Pure functions, no state; all linear in the
 * line length so a 1 MB line costs one pass.
 */
import { createRequire } from 'node:module';
import { AGENCIES, CREDIT_PREFIX, SENTENCE_END, STRONG_END, THRESHOLDS } from '../rules/text/common.js';
import { lineKey } from '../rules/text/index.js';
import type { Unit } from './context.js';

const require = createRequire(import.meta.url);
const STOPWORDS_ISO = require('stopwords-iso') as Record<string, string[]>;

/** Languages the detector knows; stopword lists from stopwords-iso. */
export const LANGS = ['de', 'en', 'fr', 'it'] as const;
export const STOPWORDS: Record<string, Set<string>> = Object.fromEntries(
  LANGS.map((l) => [l, new Set(STOPWORDS_ISO[l] ?? [])]),
);

/** Stopword set of any stopwords-iso language (for scoring prose in languages we don't extract specially). */
export function stopwordsOf(lang: string): Set<string> | undefined {
  let set = STOPWORDS[lang];
  if (!set && STOPWORDS_ISO[lang]) {
    // drop one-char entries: ko/zh lists hold punctuation, which would make every line "prose"
    set = new Set(STOPWORDS_ISO[lang]!.filter((w) => w.length > 1 || /\p{L}/u.test(w)));
    STOPWORDS[lang] = set;
  }
  return set;
}

let wordLangs: Map<string, string[]> | null = null;

/** Best stopwords-iso language for a sample, or null; used only to score prose. */
export function guessScoringLanguage(sample: string): string | null {
  if (!wordLangs) {
    wordLangs = new Map();
    for (const [lang, list] of Object.entries(STOPWORDS_ISO)) {
      for (const w of list) {
        if (w.length < 2 && !/\p{L}/u.test(w)) continue;
        const l = wordLangs.get(w);
        if (l) l.push(lang); else wordLangs.set(w, [lang]);
      }
    }
  }
  const counts = new Map<string, number>();
  let total = 0;
  for (const w of tokenize(sample.toLowerCase())) {
    if (w === '') continue;
    total++;
    for (const l of wordLangs.get(w) ?? []) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [l, n] of counts) if (n > bestN) { bestN = n; best = l; }
  return best && bestN >= 5 && bestN >= 0.15 * total ? best : null;
}

const AGENCY_SET = new Set(AGENCIES.map((a) => a.toLowerCase()));

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Latin-1 punctuation, general punctuation, CJK punctuation are separators; the rest counts as letters
  return !(c <= 0xbf || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xd7 || c === 0xf7);
}

/**
 * Class of every UTF-16 code unit, looked up once per character by the word counter and the
 * tokenizer (a 64 KB table is ~2× faster than the branches of isWordChar on every char of a dump):
 * bit 1 word char, bit 2 CJK (two chars count as one word), bit 4 token char (word chars plus the
 * ASCII apostrophe and hyphen and the typographic apostrophe ’).
 */
const WORD = 1;
const CJK = 2;
const TOKEN = 4;
const CHAR_CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  const cjk = (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff);
  const w = isWordChar(c);
  const tok = c < 128 ? w || c === 39 || c === 45 : w || c === 0x2019;
  CHAR_CLASS[c] = (cjk ? CJK : w ? WORD : 0) | (tok ? TOKEN : 0);
}

/** Word count in one pass over char codes (the regex with \p{L} is ~10× slower and runs on every line). */
export function countWords(s: string): number {
  let n = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const k = CHAR_CLASS[s.charCodeAt(i)]!;
    // kana and CJK ideographs are written without spaces: count two characters as one word
    if (k & CJK) { cjk++; inWord = false; continue; }
    const w = (k & WORD) !== 0;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n + Math.ceil(cjk / 2);
}

/**
 * Tokens of an already lowercased string, split on anything that is not a letter, digit, apostrophe
 * or hyphen. A char-code loop: the equivalent split regex costs ~2× as much on every line.
 */
export function tokenize(lower: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    if (CHAR_CLASS[lower.charCodeAt(i)]! & TOKEN) { if (start < 0) start = i; } else if (start >= 0) { out.push(lower.slice(start, i)); start = -1; }
  }
  if (start >= 0) out.push(lower.slice(start));
  return out;
}

/**
 * A cheap pre-check for set membership that needs no substring: a flag per (first char, last char,
 * length) of the set's words. Most tokens of a paragraph fail it, so only candidates are sliced and hashed.
 */
export interface WordFilter { set: Set<string>; bits: Uint8Array }

const FILTER_BITS = 1 << 16;

function filterSlot(first: number, last: number, len: number): number {
  return ((first & 0x3f) << 10) | ((last & 0x1f) << 5) | (len > 31 ? 31 : len);
}

const filters = new WeakMap<Set<string> | Map<string, number>, WordFilter>();

export function wordFilter(set: Set<string> | Map<string, number>): WordFilter {
  let f = filters.get(set);
  if (!f) {
    const bits = new Uint8Array(FILTER_BITS);
    for (const w of set.keys()) if (w.length > 0) bits[filterSlot(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] = 1;
    f = { set: set instanceof Set ? set : new Set(set.keys()), bits };
    filters.set(set, f);
  }
  return f;
}

/**
 * Call `visit(token)` for the tokens of `lower` (as `tokenize` splits them) that may be in the
 * filter's set, and return the number of all tokens. No array, no slice for the other tokens.
 */
export function countTokens(lower: string, filter: WordFilter, visit: (token: string) => void): number {
  let total = 0;
  let start = -1;
  const n = lower.length;
  for (let i = 0; i <= n; i++) {
    if (i < n && CHAR_CLASS[lower.charCodeAt(i)]! & TOKEN) { if (start < 0) start = i; continue; }
    if (start < 0) continue;
    total++;
    if (filter.bits[filterSlot(lower.charCodeAt(start), lower.charCodeAt(i - 1), i - start)]) visit(lower.slice(start, i));
    start = -1;
  }
  return total;
}

/** Bit per known language (LANGS order) for every stopword: one lookup per token for detection. */
export const STOP_MASK: Map<string, number> = new Map();
LANGS.forEach((l, bit) => { for (const w of STOPWORDS[l]!) STOP_MASK.set(w, (STOP_MASK.get(w) ?? 0) | (1 << bit)); });

/** Prose is judged on its first ~60 words; the ratio is stable long before the end of a paragraph. */
const RATIO_SAMPLE_CHARS = 400;

/** Share of tokens that are stopwords of `lang` (or of any known language when lang is unknown). */
export function stopwordRatio(s: string, lang: string | null): number {
  return lowerStopwordRatio((s.length > RATIO_SAMPLE_CHARS ? s.slice(0, RATIO_SAMPLE_CHARS) : s).toLowerCase(), lang);
}

/** `stopwordRatio` of an already lowercased sample. */
function lowerStopwordRatio(lower: string, lang: string | null): number {
  const base = (lang ?? '').split('-')[0] ?? '';
  const set = stopwordsOf(base);
  const filter = wordFilter(set ?? STOP_MASK);
  let n = 0;
  const total = countTokens(lower, filter, (w) => { if (filter.set.has(w)) n++; });
  return total ? n / total : 0;
}

/** Cached stopword ratio of a unit. */
export function unitStopRatio(u: Unit, lang: string | null): number {
  if (u.stop < 0) {
    // the unit's key is its lowercased text: slice it rather than lowercasing the text again, when
    // lowercasing kept the length (it does except for a few letters such as "İ")
    u.stop = u.key.length === u.text.length
      ? lowerStopwordRatio(u.key.length > RATIO_SAMPLE_CHARS ? u.key.slice(0, RATIO_SAMPLE_CHARS) : u.key, lang)
      : stopwordRatio(u.text, lang);
  }
  return u.stop;
}

/** Replace a unit's text and its derived keys. */
export function setText(u: Unit, text: string): void {
  u.text = text;
  u.key = text.toLowerCase();
  // vocabulary entries are short; long lines never match, skip the regex work
  u.lkey = text.length <= 100 ? lineKey(text, u.key) : '';
  u.words = countWords(text);
  u.stop = -1;
}

export function endsSentence(s: string): boolean {
  return STRONG_END.test(s);
}

/** Heading-like: short, one line, not ending like a sentence (questions and quotes allowed). */
export function headingLike(u: Unit): boolean {
  const t = u.text;
  if (t.length < 2 || t.length > THRESHOLDS.maxHeadingChars || u.words === 0 || u.words > THRESHOLDS.maxHeadingWords) return false;
  if (/[.;,]$/.test(t) && !/\.\.\.$|…$/.test(t)) return false;
  return true;
}

/** Sentence-like prose: enough words and final punctuation. */
export function proseLike(u: Unit): boolean {
  return u.words >= 6 && SENTENCE_END.test(u.text);
}

/** Credit body without its prefix ("via REUTERS" → "REUTERS"), or null when the line is no credit. */
export function creditOf(text: string): string | null {
  const t = text.trim();
  if (t.length === 0 || t.length > THRESHOLDS.maxCreditChars) return null;
  const m = CREDIT_PREFIX.exec(t);
  if (m && m[0].length > 0) {
    const rest = t.slice(m[0].length).replace(/^[\s:]+|[\s)]+$/g, '');
    // "Foto: …" followed by a sentence is a caption, not a credit
    if (rest.length > 0 && !STRONG_END.test(rest) && countWords(rest) <= 8) return rest;
    if (rest.length > 0 && /^[\p{Lu}]/u.test(rest) && countWords(rest) <= 4) return rest.replace(/\.$/, '');
    return null;
  }
  if (isAgencyCredit(t)) return t.replace(/^[(\[]|[)\]]$/g, '');
  return null;
}

/** "REUTERS", "Keystone/Peter Klaunzer", "APA/Georg Hochmuth", "AFP via Getty Images", "(dpa)". */
const AGENCY_PROBE = new RegExp(`(?:^|[^a-z])(?:${AGENCIES.map((a) => a.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:$|[^a-z])`);

/**
 * A line that is an agency credit: split at "/", "|", ",", ";", " via " and " - ", one part is an
 * agency's name exactly ("Reuters reported." has none) and every other part is 2–40 letters, spaces,
 * dots, apostrophes or hyphens in any case — person names and photo services alike ("picture
 * alliance/dpa", "imago images/Sven Simon", "dpa/red"), no digits or other signs.
 */
export function isAgencyCredit(t: string): boolean {
  if (!AGENCY_PROBE.test(t.toLowerCase())) return false;
  const s = t.replace(/^[(\[]|[)\]]$/g, '').trim();
  if (s.length > THRESHOLDS.maxCreditChars || countWords(s) > 8) return false;
  const parts = s.toLowerCase().split(/\s*(?:\/|\||,|;|\svia\s|\s-\s)\s*/);
  let agency = false;
  for (const p of parts) {
    if (AGENCY_SET.has(p)) { agency = true; continue; }
    // the other parts: names of people or photo services, in any case (the line is lowercased)
    if (!/^[\p{L}.'’\- ]{2,40}$/u.test(p)) return false;
  }
  if (!agency) return false;
  // a line ending like a sentence is a credit only when short and closed by a full stop after a word
  // that is not lower case ("Reuters/Anna Muster."; not "Reuters, AP und andere berichteten.")
  return !STRONG_END.test(s) || /\.$/.test(s) && s.length < 25 && !/\s\p{Ll}+\.$/u.test(s);
}

/** Whitespace collapse used for all comparisons. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
