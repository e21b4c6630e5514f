/**
 * Canonical URLs: the identity key of a stored article. Two URLs that only differ in tracking
 * parameters, fragment, default port, scheme (http/https), host case, parameter order or a trailing
 * slash name the same article.
 *
 * @example
 *   canonicalUrl('HTTP://www.Example.ch:80/a/b/?utm_source=x&id=2#top') // 'https://www.example.ch/a/b?id=2'
 */
import { TRACKING_PARAMS, TRACKING_PARAM_PREFIXES } from './params.js';

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PARAM_PREFIXES.some((p) => n.startsWith(p));
}

/** Canonical form of a URL, or null when it is not an absolute URL. */
export function canonicalUrl(input: string | null | undefined): string | null {
  if (!input) return null;
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    return null;
  }
  if (u.protocol === 'http:' || u.protocol === 'https:') {
    // The same article is served over both; https is what a reader should open.
    u.protocol = 'https:';
    if (u.port === '80' || u.port === '443') u.port = '';
  }
  u.hash = '';
  u.username = '';
  u.password = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTracking(k));
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  u.search = kept.length ? '?' + new URLSearchParams(kept).toString() : '';
  // "/a/b/" and "/a/b" are one article on news sites; the root keeps its slash.
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '') || '/';
  return u.toString();
}

/** The site of a URL: its host without "www." (null for non-web URLs). */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
