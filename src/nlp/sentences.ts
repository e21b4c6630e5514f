/**
 * Sentence splitting for de/fr/it/en news text that survives abbreviations ("Dr.", "z. B.",
 * "St. Gallen", "Fr. 4.–", "U.S.", "M.", "sig."), German ordinals and dates ("am 3. Oktober"),
 * initials, decimals and quotes, and cuts run-in headings off flattened text. Rule-based on purpose: bounded linear time, no model, and every
 * decision explainable. Unsupported languages get the language-neutral rules only.
 *
 * @example
 *   splitSentences('Am 3. Oktober kam Dr. Meier nach St. Gallen. Er blieb.', 'de')
 *   // → [{text: 'Am 3. Oktober kam Dr. Meier nach St. Gallen.', start: 0, end: 45}, {text: 'Er blieb.', …}]
 */
import { ABBREVIATIONS, BEFORE_TITLES, END_CAPABLE, ORDINAL_PERIOD, RUN_IN, RUN_IN_STARTERS, SENTENCE_STARTERS } from '../rules/keypoints/abbreviations.js';
import { normalizeLang, type Lang } from './language.js';

export interface Sentence { text: string; start: number; end: number }

const CLOSERS = new Set(['»', '«', '"', '”', '“', '’', "'", ')', ']', '›', '‹']);
const OPENERS = new Set(['«', '„', '"', '“', '‹', '‚', "'", '(', '[', '¿', '¡', '»', '–', '—', '-']);
const SPACE = /\s/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

interface LangRules { abbr: Set<string>; starters: Set<string>; ordinals: boolean; runIn: Set<string>; beforeTitles: Set<string> }
const rulesCache = new Map<string, LangRules>();

function rulesFor(lang: Lang | null): LangRules {
  const key = lang ?? '*';
  let r = rulesCache.get(key);
  if (!r) {
    // unsupported languages still get the shared abbreviations of all four: names and titles travel
    const abbr = lang ? ABBREVIATIONS[lang] : Object.values(ABBREVIATIONS).flat();
    const starters = lang ? SENTENCE_STARTERS[lang] : Object.values(SENTENCE_STARTERS).flat();
    r = {
      abbr: new Set(abbr.map((a) => a.replace(/\s+/g, ''))),
      starters: new Set(starters),
      ordinals: lang ? ORDINAL_PERIOD[lang] : false,
      // run-in headings only where the language is known: the cue words are language-specific
      runIn: new Set(lang ? RUN_IN_STARTERS[lang] : []),
      beforeTitles: new Set(lang ? BEFORE_TITLES[lang] : []),
    };
    rulesCache.set(key, r);
  }
  return r;
}

/** Split `text` into sentences with offsets into `text`. `lang` is a BCP 47 tag or null. */
export function splitSentences(text: string, lang: string | null): Sentence[] {
  const rules = rulesFor(normalizeLang(lang));
  const out: Sentence[] = [];
  let segStart = 0;
  const push = (end: number) => {
    let s = segStart;
    let e = end;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e > s) {
      const cut = rules.runIn.size ? runInHeadingEnd(text, s, e, rules) : -1;
      if (cut > 0) {
        let h = cut;
        while (h > s && SPACE.test(text[h - 1]!)) h--;
        out.push({ text: text.slice(s, h), start: s, end: h });
        s = cut;
      }
      out.push({ text: text.slice(s, e), start: s, end: e });
    }
    segStart = end;
  };
  const TERM = /[.!?…]+|\n/g;
  for (let m = TERM.exec(text); m; m = TERM.exec(text)) {
    const i = m.index;
    const mark = m[0];
    if (mark === '\n') {
      // a hard-wrapped line ("Der Mann ging\nnach Hause.") continues; any other line break ends a sentence
      if (!wrappedLine(text, i)) push(i);
      continue;
    }
    let j = i + mark.length;
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    if (j >= text.length) { push(j); break; }
    if (!SPACE.test(text[j]!)) {
      if (mark === '.' && missingSpaceBreak(text, i, j, rules)) push(j);
      continue;
    }
    let k = j;
    while (k < text.length && SPACE.test(text[k]!) && text[k] !== '\n') k++;
    if (k >= text.length || text[k] === '\n') { push(j); continue; }
    if (!opensSentence(text, k)) continue;
    if (mark === '.' && !periodEnds(text, i, k, rules)) continue;
    push(j);
    TERM.lastIndex = Math.max(TERM.lastIndex, j);
  }
  push(text.length);
  return out;
}

function wrappedLine(text: string, i: number): boolean {
  let a = i - 1;
  while (a >= 0 && (text[a] === ' ' || text[a] === '\t')) a--;
  let b = i + 1;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++;
  const before = text[a];
  const after = text[b];
  return before !== undefined && after !== undefined && /[\p{L},;]/u.test(before) && LOWER.test(after);
}

/** A sentence may start with an upper-case letter or a digit, optionally behind quotes or a dash. */
function opensSentence(text: string, k: number): boolean {
  let p = k;
  for (let n = 0; n < 3 && p < text.length && OPENERS.has(text[p]!); n++) {
    p++;
    if (text[p] === ' ') p++;
  }
  const c = text[p];
  return c !== undefined && (UPPER.test(c) || DIGIT.test(c));
}

/** The word after position k, without opening quotes. */
function nextWord(text: string, k: number): string {
  let p = k;
  while (p < text.length && OPENERS.has(text[p]!)) p++;
  const m = /^[\p{L}\p{N}]+/u.exec(text.slice(p, p + 40));
  return m ? m[0] : '';
}

/** Decide whether the single period at `i` (next sentence would begin at `k`) ends a sentence. */
function periodEnds(text: string, i: number, k: number, rules: LangRules): boolean {
  // the token glued to the period, without opening punctuation: "B" in "z. B.", "3" in "am 3."
  let s = i;
  while (s > 0 && !SPACE.test(text[s - 1]!)) s--;
  let tok = text.slice(s, i);
  while (tok && OPENERS.has(tok[0]!)) tok = tok.slice(1);
  if (tok === '') return true;
  const starter = rules.starters.has(nextWord(text, k));
  const abbr = matchAbbreviation(text, s, tok, rules);
  if (abbr) return END_CAPABLE.has(abbr) && starter;
  // initials ("J. R. Tolkien") and parts of spaced abbreviations ("z. B.", "u. a.") never end a sentence
  if (/^\p{L}$/u.test(tok)) return false;
  // product and model names in capitals: "the VW ID. SPACE VIZZION", "Die ETH. ZÜRICH" is not a thing
  if (/^\p{Lu}{2,}$/u.test(tok) && /^\p{Lu}{2,}$/u.test(nextWord(text, k))) return false;
  // dotted acronyms not on the list ("A.B.C.") behave like end-capable abbreviations
  if (/^(?:\p{L}\.)+\p{L}$/u.test(tok)) return starter;
  // German ordinals and dates: "am 3. Oktober", "im 19. Jahrhundert", "den 5. Titel"
  if (rules.ordinals && /^\d{1,3}$/.test(tok)) return starter;
  return true;
}

/** The abbreviation (normalised, spaces removed) that ends at the period after `tok`, if any. */
function matchAbbreviation(text: string, tokStart: number, tok: string, rules: LangRules): string | null {
  const one = `${tok}.`;
  if (rules.abbr.has(one)) return one;
  // multi-part forms written with spaces: "z. B.", "i. d. R.", "v. Chr."
  let combined = one;
  let s = tokStart;
  for (let n = 0; n < 3; n++) {
    if (s < 2 || text[s - 1] !== ' ' || text[s - 2] !== '.') break;
    let p = s - 2;
    while (p > 0 && !SPACE.test(text[p - 1]!)) p--;
    let prev = text.slice(p, s - 1);
    while (prev && OPENERS.has(prev[0]!)) prev = prev.slice(1);
    if (prev.length === 0 || prev.length > 5) break;
    combined = prev + combined;
    if (rules.abbr.has(combined)) return combined;
    s = p;
  }
  return null;
}

const HEADING_WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const CLOSING_QUOTE = /[»«"”“›]/u;

/**
 * Where a run-in heading glued to the sentence [s, e) ends: the offset of the first word of the real
 * sentence, or -1. See RUN_IN_STARTERS: a capitalised closed-class word after a plain word (no
 * punctuation between) within the first RUN_IN.maxWords words, with no comma, colon or semicolon
 * before it and no article, preposition or title noun right before it ("die Partei Die Mitte").
 */
function runInHeadingEnd(text: string, s: number, e: number, rules: LangRules): number {
  HEADING_WORD.lastIndex = s;
  let prev: string | null = null;
  let prevEnd = s;
  for (let n = 0; n <= RUN_IN.maxWords; n++) {
    const m = HEADING_WORD.exec(text);
    if (!m || m.index >= e) return -1;
    // a comma, semicolon or colon between the words: checked in place, not on a copy of the gap
    for (let g = prevEnd; g < m.index; g++) {
      const ch = text.charCodeAt(g);
      if (ch === 44 || ch === 59 || ch === 58) return -1;
    }
    if (prev !== null && rules.runIn.has(m[0]) && !rules.beforeTitles.has(prev)) {
      // the heading ends in a word or a closing quote; exactly one space before the starter
      const before = text[m.index - 2];
      if (text[m.index - 1] === ' ' && before !== undefined && (/[\p{L}\p{N}]/u.test(before) || CLOSING_QUOTE.test(before))
        && /^\s\p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return m.index;
    }
    prev = m[0];
    prevEnd = m.index + m[0].length;
  }
  return -1;
}

/** "Kanton.Die Böen" — scraped text that lost the space after a period. */
function missingSpaceBreak(text: string, i: number, j: number, rules: LangRules): boolean {
  if (j !== i + 1) return false;
  const next = text[j]!;
  const after = text[j + 1];
  if (!UPPER.test(next) || after === undefined || !LOWER.test(after)) return false;
  let s = i;
  while (s > 0 && /\p{L}/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, i);
  if (word.length < 3 || !/^\p{L}*\p{Ll}$/u.test(word)) return false;
  if (s > 0 && !SPACE.test(text[s - 1]!) && !OPENERS.has(text[s - 1]!)) return false;
  return !rules.abbr.has(`${word}.`);
}
