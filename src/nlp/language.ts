/**
 * The languages punkt's key points understand, and a tiny stopword-vote guesser for articles that do
 * not declare one. Anything else is "unsupported": handled with generic rules and a message.
 */
import { stopwords } from './stopwords.js';
import { words } from './tokenize.js';

export type Lang = 'de' | 'en' | 'fr' | 'it';
export const LANGS: readonly Lang[] = ['de', 'en', 'fr', 'it'];

/** Map a BCP 47 tag ("de-CH", "fr_FR", "EN") to a supported language, or null. */
export function normalizeLang(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : null;
}

/**
 * Guess the language from the share of stopwords among the first 400 words. A real article in one of
 * our languages has 30–50 % stopwords of its own language; we require 15 % and a clear winner so a
 * Spanish or Dutch text is reported unsupported instead of being mistaken for Italian or German.
 */
export function guessLang(text: string): Lang | null {
  const ws = words(text.slice(0, 4000)).slice(0, 400).map((w) => w.toLowerCase());
  if (ws.length < 5) return null;
  let best: Lang | null = null;
  let bestShare = 0;
  let second = 0;
  for (const lang of LANGS) {
    const sw = stopwords(lang);
    const share = ws.filter((w) => sw.has(w)).length / ws.length;
    if (share > bestShare) { second = bestShare; bestShare = share; best = lang; } else if (share > second) second = share;
  }
  return bestShare >= 0.15 && bestShare - second >= 0.05 ? best : null;
}
