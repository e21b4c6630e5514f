/**
 * Search snippets made in JS from the stored text, not by FTS5's snippet(): for prefix terms
 * ("raket*") FTS5 rebuilds the prefix's whole doclist for every hit, which cost up to 70 ms per
 * page of 20 hits at 100,000 articles; here it is a scan of 20 texts. Words are matched like the
 * index matches them (case and diacritics folded, prefix or exact), the window with the most
 * distinct query terms wins, and the text is escaped before <mark> is added.
 *
 * @example
 *   makeSnippet('Ein <b>Raketenangriff</b> traf …', parseQuery('Rakete', 'de'))
 *   // '… Ein &lt;b&gt;<mark>Raketenangriff</mark>&lt;/b&gt; traf …'
 */
import { fold, snippetToHtml, stripSentinels, MARK_CLOSE, MARK_OPEN, type QueryGroup } from './query.js';

/** Words shown around the matches. */
export const SNIPPET_WORDS = 24;

export function makeSnippet(text: string, groups: QueryGroup[], size = SNIPPET_WORDS): string {
  // Fold the whole text once; when folding keeps every position (it does for precomposed Latin
  // letters) the words are read from the folded copy and need no per-word folding.
  const folded = fold(text);
  const aligned = folded.length === text.length;
  const words = [...(aligned ? folded : text).matchAll(/[\p{L}\p{N}]+/gu)];
  if (words.length === 0) return '';
  const exact = new Map<string, number>();
  const prefixes: Array<[string, number]> = [];
  groups.forEach((g, i) => {
    if (g.kind === 'phrase') for (const w of g.words) exact.set(fold(w), i);
    else for (const t of g.alts) {
      if (t.prefix) prefixes.push([fold(t.term), i]);
      else exact.set(fold(t.term), i);
    }
  });
  const hit = words.map((m) => {
    const f = aligned ? m[0] : fold(m[0]);
    const e = exact.get(f);
    if (e !== undefined) return e;
    for (const [p, i] of prefixes) if (f.startsWith(p)) return i;
    return -1;
  });
  // the window with the most distinct groups, then the most hits, earliest first
  let best = 0, bestScore = -1;
  const seen = new Int32Array(groups.length).fill(-1);
  for (let start = 0; start < Math.max(1, words.length - size + 1); start++) {
    let distinct = 0, n = 0;
    for (let k = start; k < Math.min(words.length, start + size); k++) {
      const h = hit[k]!;
      if (h < 0) continue;
      n++;
      if (seen[h] !== start) { seen[h] = start; distinct++; }
    }
    const score = distinct * 1000 + n;
    if (score > bestScore) { bestScore = score; best = start; }
  }
  // a little context before the first match rather than starting on it
  const first = hit.findIndex((h, k) => k >= best && h >= 0);
  if (first >= 0) best = Math.max(0, Math.min(first - Math.floor(size / 4), words.length - size));
  const end = Math.min(words.length, best + size);
  const from = best === 0 ? 0 : words[best]!.index!;
  const last = words[end - 1]!;
  const to = end === words.length ? text.length : last.index! + last[0].length;
  let out = '';
  let pos = from;
  for (let k = best; k < end; k++) {
    const m = words[k]!;
    out += stripSentinels(text.slice(pos, m.index!));
    const word = text.slice(m.index!, m.index! + m[0].length);
    out += hit[k]! >= 0 ? MARK_OPEN + word + MARK_CLOSE : word;
    pos = m.index! + m[0].length;
  }
  // sentinels in the page text itself must never become marks
  out += stripSentinels(text.slice(pos, to));
  return (best > 0 ? '…' : '') + snippetToHtml(out.replace(/\s+/g, ' ').trim()) + (end < words.length ? '…' : '');
}
