/**
 * Name-like tokens. German capitalises every noun, so "capitalised" alone means nothing there: a
 * German token counts as a name only in a run of two or more capitalised words ("Anna Maria
 * Meier"), as an acronym ("ISW", "UNO") or with an inner capital ("Jong-Un", "McKinsey").
 * In en/fr/it any capitalised token that does not open the sentence counts.
 */
import type { Lang } from './language.js';
import { words } from './tokenize.js';

const CAP = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}\p{Ll}?$/u;
const INNER_CAP = /^\p{Lu}\p{Ll}+[\-’']?\p{Lu}/u;

/** CAP.test(t), deciding ASCII first letters without the regex (most words start with one). */
function capitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  if (c >= 65 && c <= 90) return true;
  return c >= 128 && CAP.test(t);
}

/**
 * Distinct name-like tokens of one sentence; the first `limit` only (scoring counts up to 3).
 * `ws` = words(sentence) when the caller has them already.
 */
export function nameTokens(sentence: string, lang: Lang | null, limit = Infinity, ws: string[] = words(sentence)): string[] {
  const out = new Set<string>();
  // token offsets, found on first need (German runs only): each word is the first occurrence of its
  // text after the previous word, as the tokenizer found it
  let starts: number[] | null = null;
  const startsOf = (): number[] => {
    const s: number[] = [];
    let pos = 0;
    for (const w of ws) { pos = sentence.indexOf(w, pos); s.push(pos); pos += w.length; }
    return s;
  };
  // whitespace only between tokens a and b (a < b, neighbours)
  const adjacent = (a: number, b: number) => {
    starts ??= startsOf();
    return sentence.slice(starts[a]! + ws[a]!.length, starts[b]!).trim() === '';
  };
  for (let i = 0; i < ws.length && out.size < limit; i++) {
    const t = ws[i]!;
    if (!capitalised(t)) continue;
    if (ACRONYM.test(t) || INNER_CAP.test(t)) { out.add(t); continue; }
    if (i === 0) continue;
    if (lang === 'de' || lang === null) {
      const prev = i - 1 > 0 && capitalised(ws[i - 1]!) && adjacent(i - 1, i);
      if (prev || (i + 1 < ws.length && capitalised(ws[i + 1]!) && adjacent(i, i + 1))) out.add(t);
    } else {
      out.add(t);
    }
  }
  return [...out];
}
