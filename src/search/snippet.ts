/**
 * Search snippets made in JS from the stored text, not by FTS5's snippet(): for prefix terms
 * ("raket*") FTS5 rebuilds the prefix's whole doclist for every hit, which cost up to 70 ms per
 * page of 20 hits at 100,000 articles. Here one regular expression finds the query's words in the
 * raw text — matched like the index matches them: case and diacritics folded ("zurich" finds
 * "Zürich", also decomposed), a word exactly or a stem as a prefix — the window with the most
 * distinct query words wins, and only that window is cut into words and escaped before <mark> is
 * added. Folding or tokenising the whole text instead cost 0.8–1.2 ms per 20,000-character article,
 * most of a search's budget for a page of 20.
 *
 * @example
 *   makeSnippet('Ein <b>Raketenangriff</b> traf …', parseQuery('Rakete', 'de'))
 *   // '… Ein &lt;b&gt;<mark>Raketenangriff</mark>&lt;/b&gt; traf …'
 */
import { LANGS } from '../nlp/language.js';
import { isFunctionWord } from './function-words.js';
import { fold, snippetToHtml, stripSentinels, MARK_CLOSE, MARK_OPEN, type QueryGroup } from './query.js';

/** Words shown around the matches. */
export const SNIPPET_WORDS = 24;
/** Characters per word (space included) assumed when the window is chosen by character offsets;
 * German, English, French and Italian news text averages 6–7. */
const CHARS_PER_WORD = 7;
/** Matches looked at per text: the best window is almost always among the first ones, and a word
 * on every line of a very long text must not make the snippet cost more than the search. */
const MAX_MATCHES = 500;

const WORD = /[\p{L}\p{N}]+/gu;

/** Letters that fold to each ASCII letter (Latin-1 to Latin Extended Additional), for a regex class. */
const VARIANTS: Map<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (from: number, to: number) => {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      const f = fold(ch);
      if (f.length === 1 && f !== ch && /[a-z]/.test(f)) m.set(f, (m.get(f) ?? '') + ch);
    }
  };
  add(0xc0, 0x24f);
  add(0x1e00, 0x1eff);
  return m;
})();

/** A folded query term as a pattern over raw text: each letter or one of its accented forms,
 * in either case, optionally followed by combining marks (decomposed input). Terms hold letters and
 * digits only (folded: lowercase, no diacritics). */
function termPattern(term: string): string {
  let out = '';
  for (const ch of term) {
    // both cases spelled out: the regex then needs no `i` flag, which made matching 3× slower
    const up = ch.toUpperCase();
    const cls = ch + (up.length === 1 && up !== ch ? up : '') + (VARIANTS.get(ch) ?? '');
    out += (cls.length > 1 ? `[${cls}]` : ch) + '\\p{M}*';
  }
  return out;
}

interface Match { start: number; end: number; group: number }

interface Matcher { re: RegExp; exact: Map<string, number>; prefixes: Array<[string, number]> }

/** One compiled matcher per parsed query (a page of hits shares it; compiling the letter classes
 * costs more than running them). */
const matchers = new WeakMap<QueryGroup[], Matcher | null>();

function matcherOf(groups: QueryGroup[]): Matcher | null {
  if (matchers.has(groups)) return matchers.get(groups)!;
  const exact = new Map<string, number>();
  const prefixes: Array<[string, number]> = [];
  groups.forEach((g, i) => {
    if (g.kind === 'phrase') for (const w of g.words) exact.set(fold(w), i);
    else for (const t of g.alts) {
      if (t.prefix) prefixes.push([fold(t.term), i]);
      else exact.set(fold(t.term), i);
    }
  });
  const byLength = (a: string, b: string) => b.length - a.length;
  const ex = [...exact.keys()].filter(Boolean).sort(byLength).map(termPattern);
  const px = [...new Set(prefixes.map(([p]) => p))].filter(Boolean).sort(byLength).map(termPattern);
  let matcher: Matcher | null = null;
  if (ex.length || px.length) {
    const alts: string[] = [];
    if (ex.length) alts.push(`(?:${ex.join('|')})(?![\\p{L}\\p{N}\\p{M}])`);
    if (px.length) alts.push(`(?:${px.join('|')})[\\p{L}\\p{N}\\p{M}]*`);
    // The start-of-word test is done on the match, not as a look-behind: a pattern that begins
    // with a look-behind is tried at every position of the text (3× slower).
    matcher = { re: new RegExp(alts.join('|'), 'gu'), exact, prefixes };
  }
  matchers.set(groups, matcher);
  return matcher;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function findMatches(text: string, groups: QueryGroup[]): Match[] {
  const matcher = matcherOf(groups);
  if (!matcher) return [];
  const { re, exact, prefixes } = matcher;
  re.lastIndex = 0;
  const out: Match[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    if (start > 0 && WORD_CHAR.test(text[start - 1]!)) {
      // inside a word: go on after it (a later match must start a word of its own)
      continue;
    }
    const f = fold(m[0]);
    let group = exact.get(f) ?? -1;
    // as in the index lookup (expandPrefixes), a function word counts only when typed
    if (group < 0 && !isFunctionWord(f, LANGS)) for (const [p, i] of prefixes) if (f.startsWith(p)) { group = i; break; }
    if (group < 0) continue;
    out.push({ start, end: start + m[0].length, group });
    if (out.length >= MAX_MATCHES) break;
  }
  return out;
}

/** Offset of the match that starts the window with the most distinct groups, then the most matches (earliest first). */
function bestAnchor(matches: Match[], groupCount: number, span: number): number {
  if (matches.length === 0) return 0;
  const counts = new Int32Array(groupCount);
  let distinct = 0, j = 0, best = 0, bestScore = -1;
  for (let i = 0; i < matches.length; i++) {
    while (j < matches.length && matches[j]!.start < matches[i]!.start + span) {
      const g = matches[j]!.group;
      if (counts[g] === 0) distinct++;
      counts[g] = counts[g]! + 1;
      j++;
    }
    const score = distinct * 1000 + (j - i);
    if (score > bestScore) { bestScore = score; best = i; }
    const g = matches[i]!.group;
    counts[g] = counts[g]! - 1;
    if (counts[g] === 0) distinct--;
  }
  return matches[best]!.start;
}

export function makeSnippet(text: string, groups: QueryGroup[], size = SNIPPET_WORDS): string {
  const matches = findMatches(text, groups);
  const anchor = bestAnchor(matches, groups.length, size * CHARS_PER_WORD);
  // Only a stretch around the anchor is cut into words: enough for the context before it and the
  // window after it even with long words.
  const lead = Math.floor(size / 4);
  const sliceFrom = Math.max(0, anchor - (lead + 1) * CHARS_PER_WORD * 3);
  const sliceTo = Math.min(text.length, anchor + size * CHARS_PER_WORD * 4);
  const slice = text.slice(sliceFrom, sliceTo);
  const words = [...slice.matchAll(WORD)];
  if (words.length === 0) return '';
  let at = words.findIndex((w) => sliceFrom + w.index + w[0].length > anchor);
  if (at < 0) at = words.length - 1;
  // a little context before the first match rather than starting on it; a full window at the end
  const first = Math.max(0, Math.min(at - lead, words.length - size));
  const end = Math.min(words.length, first + size);
  const atTextStart = sliceFrom === 0 && first === 0;
  const atTextEnd = sliceTo === text.length && end === words.length;
  const from = atTextStart ? 0 : sliceFrom + words[first]!.index;
  const last = words[end - 1]!;
  const to = atTextEnd ? text.length : sliceFrom + last.index + last[0].length;
  let out = '';
  let pos = from;
  for (const m of matches) {
    if (m.end <= from || m.start < pos) continue;
    if (m.start >= to) break;
    const e = Math.min(m.end, to);
    out += stripSentinels(text.slice(pos, m.start)) + MARK_OPEN + stripSentinels(text.slice(m.start, e)) + MARK_CLOSE;
    pos = e;
  }
  // sentinels in the page text itself must never become marks
  out += stripSentinels(text.slice(pos, to));
  return (atTextStart ? '' : '…') + snippetToHtml(out.replace(/\s+/g, ' ').trim()) + (atTextEnd ? '' : '…');
}
