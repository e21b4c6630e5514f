/**
 * Checks an LLM bullet against its article: every number (digits or number words — "sechs" = 6),
 * date word, quoted passage and proper name in it must be found in the source; it must not be a
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

const MONTHS_AND_DAYS: Record<Lang, string[]> = {
  de: ['januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
    'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
};

export interface SourceIndex {
  text: string;
  flat: string;
  lower: Set<string>;
  stems: Set<string>;
  numbers: Set<number>;
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
  const dateWords = new Set(lang ? MONTHS_AND_DAYS[lang] : Object.values(MONTHS_AND_DAYS).flat());
  for (const w of words(t)) {
    const l = w.toLowerCase();
    if (dateWords.has(l) && !src.lower.has(l)) return `date not in source: "${w}"`;
  }
  for (const m of t.matchAll(/[«„"“‹]([^«»„“”"‹›]{2,})[»“”"›]/g)) {
    if (!src.flat.includes(flatten(m[1]!.trim()))) return `quoted passage not in source: "${m[1]!.slice(0, 60)}"`;
  }
  const sw = lang ? stopwords(lang) : new Set<string>();
  const toks = tokenize(t);
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.text;
    if (!/^\p{Lu}/u.test(w) || sw.has(w.toLowerCase()) || numberWordValue(w, lang) !== null) continue;
    // outside German a capital at the start of the sentence is grammar, not a name
    if (i === 0 && lang !== 'de' && !/^\p{Lu}{2,}/u.test(w) && !(toks[1] && /^\p{Lu}/u.test(toks[1].text))) continue;
    if (!wordFound(w, src)) return `name not in source: "${w}"`;
  }
  return null;
}
