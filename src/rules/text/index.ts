/**
 * Lexicons for the text-dump pipeline, compiled for O(1) whole-line lookups.
 * Whole-line vocabularies (gallery, teaser, navigation, summary headings) are the union of all
 * languages: dumps mix languages (English widget labels on a German page) and whole-line matches
 * are specific enough. Bylines are taken per language because short words like "di"/"von" are ambiguous.
 */
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { it } from './it.js';
import type { TextLexicon } from './lexicon.js';

export type { TextLexicon } from './lexicon.js';
export * from './common.js';

export const LEXICONS: Record<string, TextLexicon> = { de, en, fr, it };

export interface CompiledLexicon {
  gallery: Set<string>;
  teaser: Set<string>;
  navigation: Set<string>;
  summary: Set<string>;
  updated: string[];
  published: string[];
  bylines: string[];
  boilerplate: RegExp;
  paywall: RegExp;
  /** Stamp prefixes as one anchored regex; group 1 = updated, group 2 = published. */
  stamp: RegExp;
  endMarkers: Set<string>;
  months: Map<string, number>;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first, so "aktualisiert am" wins over "aktualisiert". */
function alternation(list: string[]): string {
  return [...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

interface TrieNode { end: boolean; next: Map<string, TrieNode> }

/**
 * Regex source that matches where any of `phrases` occurs, as a trie ("cookie(?:s| policy)|…"):
 * irregexp tries a flat alternation of 80 phrases one by one at every position of a line, a trie
 * only the branch of the letter it sees. For `test()` only: a phrase that contains a shorter one
 * is dropped (the shorter one already matches there), so match lengths differ from the flat list.
 */
export function literalTrie(phrases: string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const p of phrases) {
    if (p === '') return '';
    let n = root;
    for (let i = 0; i < p.length; i++) {
      const c = p[i]!;
      let child = n.next.get(c);
      if (!child) { child = { end: false, next: new Map() }; n.next.set(c, child); }
      n = child;
    }
    n.end = true;
  }
  const emit = (n: TrieNode): string => {
    if (n.end) return '';
    const alts = [...n.next].map(([c, child]) => escape(c) + emit(child));
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  return root.next.size ? emit(root) : '(?!)';
}

const cache = new Map<string, CompiledLexicon>();

/** Lexicon for a language (base tag, e.g. "de"); unknown languages get the union without bylines. */
export function compiledLexicon(lang: string | null): CompiledLexicon {
  const base = (lang ?? '').split('-')[0] ?? '';
  const hit = cache.get(base);
  if (hit) return hit;
  const all = Object.values(LEXICONS);
  const own = LEXICONS[base];
  const union = (f: (l: TextLexicon) => string[]): string[] => all.flatMap(f);
  const c: CompiledLexicon = {
    gallery: new Set(union((l) => l.galleryHeadings)),
    teaser: new Set(union((l) => l.teaserHeadings)),
    navigation: new Set(union((l) => l.navigation)),
    summary: new Set(union((l) => l.summaryHeadings)),
    // longest first so "aktualisiert am" wins over "aktualisiert"
    updated: union((l) => l.updatedStamps).sort((a, b) => b.length - a.length),
    published: union((l) => l.publishedStamps).sort((a, b) => b.length - a.length),
    bylines: [...new Set([...(own?.bylinePrefixes ?? []), ...en.bylinePrefixes])],
    // plain (non-unicode) tries of lowercase literals: matched against lowercased lines, and irregexp
    // runs them much faster without the u flag and with one branch per first letter
    boilerplate: new RegExp(literalTrie(union((l) => l.boilerplate))),
    paywall: new RegExp(literalTrie(union((l) => l.paywall))),
    stamp: new RegExp(`^(?:(${alternation(union((l) => l.updatedStamps))})|(${alternation(union((l) => l.publishedStamps))}))(?:$|[\\s:.,])`, 'u'),
    endMarkers: new Set(union((l) => l.endMarkers)),
    months: new Map(all.flatMap((l) => Object.entries(l.months))),
  };
  cache.set(base, c);
  return c;
}

/** Whether `key` starts with a teaser heading of two or more words ("mehr zum thema …"). */
export function hasTeaserPrefix(lex: CompiledLexicon, key: string): boolean {
  let p = key.indexOf(' ');
  for (let n = 1; p > 0 && n <= 6; n++) {
    const candidate = key.slice(0, p);
    if (n >= 2 && lex.teaser.has(candidate)) return true;
    p = key.indexOf(' ', p + 1);
  }
  return false;
}

/** Key for whole-line vocabulary lookups: lowercase, collapsed spaces, no trailing colon/arrows.
 *  `lower` is `s.toLowerCase()` when the caller has it already. */
export function lineKey(s: string, lower = s.toLowerCase()): string {
  // fast path: most lines have nothing to strip
  if (!/\s\s|[^\S ]|^[\s›»>→|]|[\s:›»>→…|]$/u.test(lower)) return lower;
  return lower.replace(/\s+/g, ' ').replace(/[\s:›»>→…|]+$/u, '').replace(/^[\s›»>→|]+/u, '').trim();
}
