/**
 * The headline as the page's metadata states it, cleaned of the site's name: "Titel | Site",
 * "Site – Titel", "Titel · Site". A metadata title that is the site's name itself, or a paragraph
 * stuffed into og:title, is no headline. The visible <h1> is matched against the result
 * (read-header.ts); this module knows nothing of the body.
 */
import { collapse } from '../html/dom.js';
import type { PageMeta } from './meta.js';
import { TITLE_LIMITS } from '../rules/html.js';

/** Separators between a headline and the site's name in <title> and og:title. */
const SEPARATOR_RE = /\s+[|–—\-·•»:]{1,2}\s+|\s*[|·•»]\s*(?=\S)/;

/** Letters and digits only, lower-cased: "Playful Tones" and "playfultones.com" compare equal. */
function squash(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Names the site goes by: og:site_name, the publisher, and the registrable labels of its host
 * ("www.investor.vanguard.com" → "vanguard"). Used only to recognise affixes, never output.
 */
export function siteNames(meta: PageMeta, url: string | null | undefined): string[] {
  const out = new Set<string>();
  // A site name with separators or of headline length is a misfilled field ("Titel | Site"): skip it.
  for (const n of [meta.siteName, meta.publisher]) if (n && squash(n).length >= 3 && n.length <= 40 && !/\s[|–—·•»]\s/.test(n)) out.add(squash(n));
  for (const u of [url, meta.canonical]) {
    if (!u) continue;
    try {
      const labels = new URL(u).hostname.toLowerCase().split('.').filter((l) => l !== 'www');
      // Drop the public suffix (one label, two for "co.uk"-style hosts) and keep the rest.
      const cut = labels.length >= 3 && labels[labels.length - 2]!.length <= 3 ? 2 : 1;
      for (const l of labels.slice(0, Math.max(1, labels.length - cut))) if (l.length >= 3) out.add(squash(l));
    } catch { /* not a URL */ }
  }
  return [...out];
}

/** Is this exactly the site's name ("Playful Tones" on playfultones.com, "DiEM25")? */
export function isSiteName(part: string, names: readonly string[]): boolean {
  const p = squash(part);
  if (p.length >= 3 && names.includes(p)) return true;
  // The site written as its domain: "Disfunctions.de", "rete-mirabile.net".
  const host = /^([\p{L}\p{N}.-]+)\.[a-z]{2,6}$/iu.exec(part.trim());
  return !!host && names.includes(squash(host[1]!.replace(/^www\./i, '')));
}

/**
 * Does this title affix name the site, loosely? "Thrive Internet Marketing" on thriveagency.com,
 * "White Coat Investor" on whitecoatinvestor.com. Only used for the part *after* the headline, where
 * sites put their name; a part before it must be the exact name (see `stripSiteAffix`).
 */
export function namesSite(part: string, names: readonly string[]): boolean {
  if (isSiteName(part, names)) return true;
  // A bare domain after the headline ("| FASSETTE.NET") names a site, whichever.
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|de|ch|at|fr|it|eu|io|co|uk|es|nl|be)$/iu.test(part.trim())) return true;
  const p = squash(part);
  const words = part.split(/\s+/);
  if (p.length < 3 || words.length > 5) return false;
  const first = squash(words[0] ?? '');
  for (const n of names) {
    if (n.length >= 5 && (p.includes(n) || n.includes(p))) return true;
    if (first.length >= 5 && n.startsWith(first) && words.length <= 4) return true;
  }
  return false;
}

/**
 * The sections a page's URL path names ("/story/opinion/contributors/2025/…/slug" → story, opinion,
 * contributors), squashed; the last segment (the article's own slug) and numbers are not sections.
 */
export function urlSections(url: string | null | undefined): string[] {
  if (!url) return [];
  try {
    const segs = new URL(url).pathname.split('/').filter(Boolean);
    return segs.slice(0, -1).map((seg) => { try { return squash(decodeURIComponent(seg)); } catch { return squash(seg); } })
      .filter((seg) => seg.length >= 3 && !/^\d+$/.test(seg));
  } catch { return []; }
}

/** Is this title affix the name of the section the URL files the page under ("… | Opinion" on /story/opinion/…)? */
export function isSection(part: string, sections: readonly string[]): boolean {
  return sections.length > 0 && part.split(/\s+/).length <= 3 && sections.includes(squash(part));
}

/**
 * Strip the site's name (and, at the end, the section the URL names) from either end of a title, repeatedly ("Site » Blog Archiv » Titel").
 * With `guess` (the document <title>, which nearly always carries the site) and several parts
 * left, the longest part is kept.
 */
export function stripSiteAffix(title: string, names: readonly string[], guess = false, sections: readonly string[] = []): string {
  const t = collapse(title);
  const pieces = t.split(SEPARATOR_RE);
  if (pieces.length < 2) return t;
  let parts = pieces.map((p) => p.trim()).filter(Boolean);
  let changed = true;
  while (parts.length > 1 && changed) {
    changed = false;
    if (namesSite(parts[parts.length - 1]!, names) || isSection(parts[parts.length - 1]!, sections)) { parts = parts.slice(0, -1); changed = true; continue; }
    if (isSiteName(parts[0]!, names)) { parts = parts.slice(1); changed = true; }
  }
  if (parts.length === 1) return parts[0]!;
  if (guess) {
    // Split again only on the strong separators ("|", dashes, bullets): a colon is part of many headlines.
    const rest = parts.join(' | ');
    const strong = rest.split(/\s+[|–—\-·•»]\s+/);
    if (strong.length >= 2) return strong.reduce((a, b) => (b.length > a.length ? b : a)).trim();
  }
  // Nothing recognised, or only some parts: keep the original wording between the kept parts.
  const from = t.indexOf(parts[0]!);
  const last = parts[parts.length - 1]!;
  const to = t.lastIndexOf(last) + last.length;
  return from >= 0 && to > from ? t.slice(from, to) : t;
}

/** Is this a plausible headline, not a paragraph or the site's name? */
export function plausibleTitle(t: string, names: readonly string[]): boolean {
  if (!t || t.length > TITLE_LIMITS.maxChars) return false;
  if (isSiteName(t, names)) return false;
  // Two or more full sentences: a description pasted into the title field.
  const sentences = t.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((s) => s.length > 25);
  return !(sentences.length >= 2 && t.length > TITLE_LIMITS.maxSentenceChars);
}

export interface MetaTitle {
  text: string;
  /** Taken from the document <title> by guessing which part is the headline (no metadata headline). */
  guessed: boolean;
}

/** The metadata headline: JSON-LD headline, og:title, twitter:title, dc.title, then <title>. */
export function metaTitle(meta: PageMeta, names: readonly string[], sections: readonly string[] = []): MetaTitle | null {
  for (const c of meta.titles) {
    const t = stripSiteAffix(c, names, false, sections);
    if (plausibleTitle(t, names)) return { text: t, guessed: false };
  }
  if (meta.docTitle) {
    const t = stripSiteAffix(meta.docTitle, names, true, sections);
    if (plausibleTitle(t, names)) return { text: t, guessed: t !== collapse(meta.docTitle) };
  }
  return null;
}

/** The parts of a title between strong separators ("|", dashes, bullets; not the colon). */
export function titleParts(title: string): string[] {
  return collapse(title).split(/\s+[|–—\-·•»]\s+/).map((p) => p.trim()).filter((p) => p.length >= 3);
}

/** Every wording of the headline the metadata offers, for matching the visible <h1> against. */
export function titleWordings(meta: PageMeta, names: readonly string[], sections: readonly string[] = []): string[] {
  const out = new Set<string>();
  for (const c of [...meta.titles, meta.docTitle]) {
    if (!c) continue;
    out.add(stripSiteAffix(c, names, false, sections));
    out.add(collapse(c));
  }
  return [...out];
}
