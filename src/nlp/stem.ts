/** Snowball stemming (snowball-stemmers package) per language, memoised per word. */
import { createRequire } from 'node:module';
import type { Lang } from './language.js';

interface Stemmer { stem(word: string): string }
const require = createRequire(import.meta.url);
const ALGORITHM: Record<Lang, string> = { de: 'german', en: 'english', fr: 'french', it: 'italian' };
const stemmers = new Map<Lang, { stemmer: Stemmer; memo: Map<string, string> }>();

/** Stem of a lowercased word; the word itself when `lang` is null (unsupported language). */
export function stem(word: string, lang: Lang | null): string {
  if (!lang) return word;
  let s = stemmers.get(lang);
  if (!s) {
    const factory = require('snowball-stemmers') as { newStemmer(name: string): Stemmer };
    s = { stemmer: factory.newStemmer(ALGORITHM[lang]), memo: new Map() };
    stemmers.set(lang, s);
  }
  let r = s.memo.get(word);
  if (r === undefined) {
    r = s.stemmer.stem(word);
    // the memo is per process; cap it so a 200,000-word article cannot grow it without bound
    if (s.memo.size > 50_000) s.memo.clear();
    s.memo.set(word, r);
  }
  return r;
}
