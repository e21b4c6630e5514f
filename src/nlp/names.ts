/**
 * Name-like tokens. German capitalises every noun, so "capitalised" alone means nothing there: a
 * German token counts as a name only in a run of two or more capitalised words ("Anna Maria
 * Meier"), as an acronym ("ISW", "UNO") or with an inner capital ("Jong-Un", "McKinsey").
 * In en/fr/it any capitalised token that does not open the sentence counts.
 */
import type { Lang } from './language.js';
import { tokenize } from './tokenize.js';

const CAP = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}\p{Ll}?$/u;
const INNER_CAP = /^\p{Lu}\p{Ll}+[\-’']?\p{Lu}/u;

/** Distinct name-like tokens of one sentence; the first `limit` only (scoring counts up to 3). */
export function nameTokens(sentence: string, lang: Lang | null, limit = Infinity): string[] {
  const toks = tokenize(sentence);
  const out = new Set<string>();
  for (let i = 0; i < toks.length && out.size < limit; i++) {
    const t = toks[i]!.text;
    if (!CAP.test(t)) continue;
    if (ACRONYM.test(t) || INNER_CAP.test(t)) { out.add(t); continue; }
    if (i === 0) continue;
    if (lang === 'de' || lang === null) {
      const prev = toks[i - 1];
      const next = toks[i + 1];
      const adjacent = (o: typeof prev) => o !== undefined && CAP.test(o.text) && sentence.slice(Math.min(o.end, toks[i]!.end), Math.max(o.start, toks[i]!.start)).trim() === '';
      if ((i - 1 > 0 && adjacent(prev)) || adjacent(next)) out.add(t);
    } else {
      out.add(t);
    }
  }
  return [...out];
}
