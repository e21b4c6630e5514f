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
    // plain (non-unicode) alternations of lowercase literals: matched against lowercased lines, and
    // irregexp runs them much faster without the u flag
    boilerplate: new RegExp(union((l) => l.boilerplate).map(escape).join('|')),
    paywall: new RegExp(union((l) => l.paywall).map(escape).join('|')),
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

/** Key for whole-line vocabulary lookups: lowercase, collapsed spaces, no trailing colon/arrows. */
export function lineKey(s: string): string {
  const lower = s.toLowerCase();
  // fast path: most lines have nothing to strip
  if (!/\s\s|^[\s›»>→|]|[\s:›»>→…|]$/u.test(lower)) return lower;
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/[\s:›»>→…|]+$/u, '').replace(/^[\s›»>→|]+/u, '').trim();
}
