/** Snowball stemming (snowball-stemmers package) per language, memoised per word. */
import { createRequire } from 'node:module';
import type { Lang } from './language.js';

interface Stemmer { stem(word: string): string }
const require = createRequire(import.meta.url);
const ALGORITHM: Record<Lang, string> = { de: 'german', en: 'english', fr: 'french', it: 'italian' };
/** Stems remembered per language, in two generations: when the young one is full it becomes the
 * old one and a new one starts, and a word found in the old one moves back to the young one. So
 * memory stays bounded (2 × MEMO_SIZE) while the words every article uses stay stemmed; clearing
 * the whole memo on a long ingest re-ran Snowball (several µs a word) for all of them. */
const MEMO_SIZE = 50_000;
interface Memo { stemmer: Stemmer; young: Map<string, string>; old: Map<string, string> }
const stemmers = new Map<Lang, Memo>();

/** Stem of a lowercased word; the word itself when `lang` is null (unsupported language). */
export function stem(word: string, lang: Lang | null): string {
  if (!lang) return word;
  let s = stemmers.get(lang);
  if (!s) {
    const factory = require('snowball-stemmers') as { newStemmer(name: string): Stemmer };
    s = { stemmer: factory.newStemmer(ALGORITHM[lang]), young: new Map(), old: new Map() };
    stemmers.set(lang, s);
  }
  let r = s.young.get(word);
  if (r !== undefined) return r;
  r = s.old.get(word) ?? s.stemmer.stem(word);
  if (s.young.size >= MEMO_SIZE) { s.old = s.young; s.young = new Map(); }
  s.young.set(word, r);
  return r;
}
