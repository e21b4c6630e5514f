/** Stopword sets per language, from the stopwords-iso package (loaded once, lowercased). */
import { createRequire } from 'node:module';
import type { Lang } from './language.js';

const require = createRequire(import.meta.url);
const cache = new Map<string, Set<string>>();

/** Lowercased stopwords of `lang`; an empty set for languages stopwords-iso does not know. */
export function stopwords(lang: Lang | string): Set<string> {
  let set = cache.get(lang);
  if (!set) {
    const all = require('stopwords-iso') as Record<string, string[]>;
    set = new Set((all[lang] ?? []).map((w) => w.toLowerCase()));
    cache.set(lang, set);
  }
  return set;
}
