/**
 * Checks an LLM bullet against its article: every number (digits, number and ordinal words —
 * "sechs" = 6, "dritten" = 3), month and weekday (any spelling or abbreviation: "Okt." = "Oktober"),
 * quoted passage and proper name in it must be found in the source; it must not be a
 * question or the title restated, and some sentence of the article must support it. Returns the
 * first failure as a reason, or null.
 *
 * Names: German capitalises every noun, so in German every capitalised word is checked (found when
 * the source has the word, its stem, or — for compounds — a word containing it or sharing its first
 * six letters).
 * That is stricter than needed and may replace a faithful paraphrase; replacing is the safe error.
 */
import type { Lang } from '../nlp/language.js';
import { numberValues, findNumbers, numberWordValue } from '../nlp/numbers.js';
import { stem } from '../nlp/stem.js';
import { stopwords } from '../nlp/stopwords.js';
import { tokenize, words } from '../nlp/tokenize.js';
import { restatesTitle } from './filter.js';

/**
 * Month and weekday names with their abbreviations, each mapped to one key ("m10" for October,
 * "d1" for Monday), so "Okt." in a bullet is found as "Oktober" in the source and "Jänner" as
 * "Januar". Only the key has to be in the source; the spelling may differ.
 */
const DATE_WORDS: Record<Lang, Record<string, string[]>> = {
  de: { m1: ['januar', 'jänner', 'jan'], m2: ['februar', 'feber', 'feb', 'febr'], m3: ['märz', 'mär'], m4: ['april', 'apr'],
    m5: ['mai'], m6: ['juni', 'jun'], m7: ['juli', 'jul'], m8: ['august', 'aug'], m9: ['september', 'sept', 'sep'],
    m10: ['oktober', 'okt'], m11: ['november', 'nov'], m12: ['dezember', 'dez'], d1: ['montag'], d2: ['dienstag'],
    d3: ['mittwoch'], d4: ['donnerstag'], d5: ['freitag'], d6: ['samstag', 'sonnabend'], d7: ['sonntag'] },
  en: { m1: ['january', 'jan'], m2: ['february', 'feb'], m3: ['march', 'mar'], m4: ['april', 'apr'], m5: ['may'],
    m6: ['june', 'jun'], m7: ['july', 'jul'], m8: ['august', 'aug'], m9: ['september', 'sept', 'sep'], m10: ['october', 'oct'],
    m11: ['november', 'nov'], m12: ['december', 'dec'], d1: ['monday', 'mon'], d2: ['tuesday', 'tue', 'tues'],
    d3: ['wednesday', 'wed'], d4: ['thursday', 'thu', 'thur', 'thurs'], d5: ['friday', 'fri'], d6: ['saturday', 'sat'],
    d7: ['sunday', 'sun'] },
  fr: { m1: ['janvier', 'janv'], m2: ['février', 'févr'], m3: ['mars'], m4: ['avril', 'avr'], m5: ['mai'], m6: ['juin'],
    m7: ['juillet', 'juil'], m8: ['août'], m9: ['septembre', 'sept'], m10: ['octobre', 'oct'], m11: ['novembre', 'nov'],
    m12: ['décembre', 'déc'], d1: ['lundi'], d2: ['mardi'], d3: ['mercredi'], d4: ['jeudi'], d5: ['vendredi'], d6: ['samedi'],
    d7: ['dimanche'] },
  it: { m1: ['gennaio', 'genn'], m2: ['febbraio', 'febbr'], m3: ['marzo'], m4: ['aprile'], m5: ['maggio'], m6: ['giugno'],
    m7: ['luglio'], m8: ['agosto'], m9: ['settembre', 'sett'], m10: ['ottobre', 'ott'], m11: ['novembre', 'nov'],
    m12: ['dicembre', 'dic'], d1: ['lunedì', 'lunedi'], d2: ['martedì', 'martedi'], d3: ['mercoledì', 'mercoledi'],
    d4: ['giovedì', 'giovedi'], d5: ['venerdì', 'venerdi'], d6: ['sabato'], d7: ['domenica'] },
};

/**
 * Abbreviations that are also ordinary words ("mar" = sea, "sun", "sat", "may" the verb) count only
 * when written with their period ("Mar.", "Sat."); full names count as they stand.
 */
const AMBIGUOUS_ABBREVIATIONS = new Set(['mar', 'sun', 'sat', 'mon', 'wed', 'jun', 'jul', 'dec', 'sep', 'nov', 'oct', 'jan', 'feb',
  'apr', 'aug', 'fri', 'tue', 'thu', 'ott', 'dic', 'sett', 'mär', 'okt', 'dez', 'sept', 'janv', 'févr', 'avr', 'juil', 'déc',
  'genn', 'febbr', 'febr', 'tues', 'thur', 'thurs']);

/** Month names that are also everyday words in lower case ("may" the verb). */
const CAPITAL_ONLY = new Set(['may']);

/** Whether the match `m` of /\p{L}+(\.?)/ names a date, and which one. */
function dateKeyOf(m: RegExpMatchArray, index: Map<string, string>): string | null {
  const raw = m[0].replace(/\.$/, '');
  const w = raw.toLowerCase();
  const key = index.get(w);
  if (!key) return null;
  if (AMBIGUOUS_ABBREVIATIONS.has(w) && m[1] !== '.') return null;
  if (CAPITAL_ONLY.has(w) && !/^\p{Lu}/u.test(raw)) return null;
  return key;
}

function dateIndex(lang: Lang | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of lang ? [lang] : (Object.keys(DATE_WORDS) as Lang[])) {
    for (const [key, forms] of Object.entries(DATE_WORDS[l])) for (const f of forms) if (!out.has(f)) out.set(f, key);
  }
  return out;
}

/** Date keys ("m10", "d1") named in `text`; abbreviations only with their period. */
function dateKeys(text: string, index: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{L}+(\.?)/gu)) {
    const key = dateKeyOf(m, index);
    if (key) out.add(key);
  }
  return out;
}

export interface SourceIndex {
  text: string;
  flat: string;
  lower: Set<string>;
  stems: Set<string>;
  numbers: Set<number>;
  dates: Set<string>;
  lang: Lang | null;
}

export function indexSource(text: string, lang: Lang | null): SourceIndex {
  const ws = words(text).flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w])).map((w) => w.toLowerCase());
  return {
    text,
    flat: flatten(text),
    lower: new Set(ws),
    stems: new Set(ws.map((w) => stem(w, lang))),
    numbers: numberValues(text, lang),
    dates: dateKeys(text, dateIndex(lang)),
    lang,
  };
}

/** Whitespace collapsed, quote and dash variants unified, lowercased: for quoted-passage lookup. */
function flatten(s: string): string {
  return s.toLowerCase().replace(/[«»„“”"‹›]/g, '"').replace(/[’‘`]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ');
}

function wordFound(w: string, src: SourceIndex): boolean {
  const l = w.toLowerCase();
  if (src.lower.has(l) || src.stems.has(stem(l, src.lang))) return true;
  if (l.includes('-')) return l.split('-').every((p) => p.length < 2 || wordFound(p, src));
  // German compounds: "Angriff" in "Raketenangriff", "Waffenlieferung" from "Waffen…", "Arbeiter" ~ "arbeiten"
  if (src.lang === 'de' && l.length >= 5) {
    const head = l.length >= 6 ? l.slice(0, 6) : null;
    for (const t of src.lower) {
      if (t.includes(l) || (head && t.startsWith(head)) || (t.length >= 6 && l.includes(t))) return true;
    }
  }
  return false;
}

export function checkBullet(text: string, src: SourceIndex, title: string | null): string | null {
  const lang = src.lang;
  const t = text.trim();
  if (!t) return 'empty bullet';
  if (/\?\W*$/u.test(t)) return 'question';
  if (restatesTitle(t, title, lang)) return 'restates title';
  for (const n of findNumbers(t, lang)) {
    if (!n.values.some((v) => src.numbers.has(v))) return `number not in source: "${n.text}"`;
  }
  const index = dateIndex(lang);
  const dateWords = new Set<string>();
  for (const m of t.matchAll(/\p{L}+(\.?)/gu)) {
    const key = dateKeyOf(m, index);
    if (!key) continue;
    if (!src.dates.has(key)) return `date not in source: "${m[0].replace(/\.$/, '')}"`;
    dateWords.add(m[0].replace(/\.$/, ''));
  }
  for (const m of t.matchAll(/[«„"“‹]([^«»„“”"‹›]{2,})[»“”"›]/g)) {
    if (!src.flat.includes(flatten(m[1]!.trim()))) return `quoted passage not in source: "${m[1]!.slice(0, 60)}"`;
  }
  const sw = lang ? stopwords(lang) : new Set<string>();
  const toks = tokenize(t);
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.text;
    if (!/^\p{Lu}/u.test(w) || sw.has(w.toLowerCase()) || numberWordValue(w, lang) !== null || dateWords.has(w)) continue;
    // outside German a capital at the start of the sentence is grammar, not a name
    if (i === 0 && lang !== 'de' && !/^\p{Lu}{2,}/u.test(w) && !(toks[1] && /^\p{Lu}/u.test(toks[1].text))) continue;
    if (!wordFound(w, src)) return `name not in source: "${w}"`;
  }
  return null;
}
