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
import { memoPerLanguage } from './memo.js';

type Stemmer = (word: string) => string;
const require = createRequire(import.meta.url);
let snowballFactory: { newStemmer(name: string): { stem(word: string): string } } | undefined;
/** A snowball-stemmers stemmer, the package loaded on first use. */
function snowball(name: string): Stemmer {
  snowballFactory ??= require('snowball-stemmers') as { newStemmer(name: string): { stem(word: string): string } };
  const s = snowballFactory.newStemmer(name);
  return (w) => s.stem(w);
}

const FRENCH_DIAERESIS = /[ëï]/;
function stemmerOf(lang: Lang): Stemmer {
  switch (lang) {
    case 'de': return germanStemmer;
    case 'it': return italianStemmer;
    case 'en': return englishStemmer;
    case 'fr': {
      let old: Stemmer | undefined;
      return (w) => (FRENCH_DIAERESIS.test(w) ? (old ??= snowball('french'))(w) : frenchStemmer(w));
    }
  }
}

/** Stems remembered per language (see WordMemo). */
const stemMemo = memoPerLanguage(50_000, stemmerOf);

/** Stem of a lowercased word; the word itself when `lang` is null (unsupported language). */
export function stem(word: string, lang: Lang | null): string {
  return lang ? stemMemo(lang).get(word) : word;
}
