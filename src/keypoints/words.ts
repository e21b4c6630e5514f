/**
 * What the key-point stages need to know about each word of a sentence, looked up once per word as
 * written (per language) instead of once per stage: its content terms (as contentTermsOf), how
 * many numbers it states (as findNumbers counts them), whether it is a first-person pronoun (filter)
 * and whether it is a back-reference (scoring). Saves a number-word look-up per token in scoring
 * and a lowercased copy of every word in the filter and the anaphora feature.
 */
import type { Lang } from '../nlp/language.js';
import { memoPerLanguage } from '../nlp/memo.js';
import { findNumbers } from '../nlp/numbers.js';
import { wordTermsOf, type WordTerms } from '../nlp/tokenize.js';
import { BACK_REFERENCES, FIRST_PERSON } from '../rules/keypoints/compression.js';

interface WordFacts { terms: WordTerms; numbers: number; firstPerson: boolean; backRef: boolean }

export interface SentenceFacts {
  /** Stemmed content terms, as contentTermsOf(words, lang). */
  terms: string[];
  /** Numbers stated, as findNumbers(text, lang).length (see sentenceNumbers). */
  numbers: number;
  /** Some word is a first-person pronoun (all-caps tokens are names: "US"). */
  firstPerson: boolean;
  /** Some word after the first is a back-reference ("darauf"). */
  backRef: boolean;
}

const ALL_CAPS = /^\p{Lu}{2,}$/u;

const factsMemo = memoPerLanguage(50_000, (lang: Lang | null) => {
  const firstPerson = new Set(lang ? FIRST_PERSON[lang] : []);
  const back = new Set(lang ? BACK_REFERENCES[lang] : []);
  return (w: string): WordFacts => {
    const lw = w.toLowerCase();
    return {
      terms: wordTermsOf(w, lang),
      // a word token holds whole number tokens (findNumbers splits only inside words; see sentenceNumbers)
      numbers: findNumbers(w, lang).length,
      firstPerson: firstPerson.has(lw) && !ALL_CAPS.test(w),
      backRef: back.has(lw),
    };
  };
});

/** The facts of a tokenised sentence (`ws` = words(text)). */
export function sentenceFacts(ws: string[], lang: Lang | null): SentenceFacts {
  const memo = factsMemo(lang);
  const terms: string[] = [];
  let numbers = 0;
  let firstPerson = false;
  let backRef = false;
  for (let i = 0; i < ws.length; i++) {
    const f = memo.get(ws[i]!);
    const t = f.terms;
    if (typeof t === 'string') terms.push(t);
    else for (let k = 0; k < t.length; k++) terms.push(t[k]!);
    numbers += f.numbers;
    if (f.firstPerson) firstPerson = true;
    if (i > 0 && f.backRef) backRef = true;
  }
  return { terms, numbers, firstPerson, backRef };
}

/**
 * findNumbers(text, lang, limit).length from the sentence's facts. A number token lies inside one
 * word token (the word pattern takes the same digit separators), except across a narrow no-break
 * space ("1 000"), which only the number pattern bridges: such a text is scanned as before.
 */
export function sentenceNumbers(text: string, facts: SentenceFacts, lang: Lang | null, limit: number): number {
  return text.includes('\u202f') ? findNumbers(text, lang, limit).length : Math.min(limit, facts.numbers);
}
