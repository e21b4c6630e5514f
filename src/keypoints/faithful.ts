/**
 * Faithfulness of extractive bullets: a bullet may only delete from its support, never add or
 * reorder. Checked at two levels: its words are a subsequence of the support's words (whole words,
 * case kept), and its non-space characters a subsequence of the support's characters (so no
 * punctuation is invented either).
 */
import { words } from '../nlp/tokenize.js';

function isSubsequence<T>(needle: T[], hay: T[]): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

export function isDeletionOnly(bullet: string, support: string): boolean {
  const bw = words(bullet);
  if (bw.length === 0) return false;
  return isSubsequence(bw, words(support)) && isSubsequence([...bullet.replace(/\s+/g, '')], [...support.replace(/\s+/g, '')]);
}
