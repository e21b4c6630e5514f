/**
 * Snowball stemming per language, memoised per word. German, French and Italian use
 * @orama/stemmers (plain JS, 2–3 µs a new word), English uses porter2 (Porter 2, i.e. Snowball
 * "english", about 2 µs a new word; @orama's English is Porter 1). snowball-stemmers, which these
 * replace (its JSweet runtime costs 13–25 µs a new word), gives the same stems: over every word of
 * the bench pages (115,000 by punkt's tokenizer; 550,000 raw tokens for English) and 300,000
 * letter-mutated ones, the German, Italian and English stems are equal everywhere, the French ones
 * everywhere except for words with "ë" or "ï" (@orama follows the newer Snowball French there:
 * "héroïque" → "héro"), which therefore still go to snowball-stemmers so that stems (and search)
 * stay as they were.
 */
import { createRequire } from 'node:module';
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as italianStemmer } from '@orama/stemmers/italian';
import { stem as englishStemmer } from 'porter2';
import type { Lang } from './language.js';
import { WordMemo } from './memo.js';

interface Stemmer { stem(word: string): string }
const require = createRequire(import.meta.url);
let snowballFactory: { newStemmer(name: string): Stemmer } | undefined;
/** A snowball-stemmers stemmer, the package loaded on first use. */
function snowball(name: string): Stemmer {
  snowballFactory ??= require('snowball-stemmers') as { newStemmer(name: string): Stemmer };
  return snowballFactory.newStemmer(name);
}

const FRENCH_DIAERESIS = /[ëï]/;
function stemmerOf(lang: Lang): Stemmer {
  switch (lang) {
    case 'de': return { stem: germanStemmer };
    case 'it': return { stem: italianStemmer };
    case 'en': return { stem: englishStemmer };
    case 'fr': {
      let old: Stemmer | undefined;
      return { stem: (w) => (FRENCH_DIAERESIS.test(w) ? (old ??= snowball('french')).stem(w) : frenchStemmer(w)) };
    }
  }
}

/** Stems remembered per language (see WordMemo). */
const MEMO_SIZE = 50_000;
const stemmers = new Map<Lang, WordMemo<string>>();

/** Stem of a lowercased word; the word itself when `lang` is null (unsupported language). */
export function stem(word: string, lang: Lang | null): string {
  if (!lang) return word;
  let s = stemmers.get(lang);
  if (!s) {
    const stemmer = stemmerOf(lang);
    s = new WordMemo(MEMO_SIZE, (w) => stemmer.stem(w));
    stemmers.set(lang, s);
  }
  return s.get(word);
}
