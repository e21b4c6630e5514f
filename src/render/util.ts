/**
 * Helpers shared by the renderers: URL policy and the byline line. Model text is plain text; every
 * renderer escapes it for its own output format, and only http(s) URLs are ever emitted.
 */
import type { Article } from '../model/article.js';

/**
 * An absolute http(s) URL for `raw` (resolved against `base` when relative), or null. Everything
 * else — `javascript:`, `data:`, `vbscript:`, `file:`, unparsable strings — is dropped.
 */
export function safeUrl(raw: string | null | undefined, base?: string | null): string | null {
  if (!raw) return null;
  // The WHATWG parser strips what browsers strip ("java\tscript:", leading spaces), so checking the
  // parsed protocol and emitting the re-serialised href checks exactly what a browser would follow.
  let u: URL;
  try {
    u = base ? new URL(raw, safeBase(base)) : new URL(raw);
  } catch {
    return null;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
}

function safeBase(base: string): string | undefined {
  try {
    const u = new URL(base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** "Von A, B · 20 Minuten · 2024-10-24 14:05" style parts, language-neutral: names, source, date. */
export function bylineParts(a: Article): string[] {
  const parts: string[] = [];
  if (a.authors.length) parts.push(a.authors.join(', '));
  if (a.source && !a.authors.includes(a.source)) parts.push(a.source);
  if (a.published) parts.push(formatStamp(a.published));
  if (a.updated && a.updated !== a.published) parts.push(`updated ${formatStamp(a.updated)}`);
  return parts;
}

/** ISO stamp shown as "YYYY-MM-DD HH:MM" in the page's own offset (no reformatting to local time). */
function formatStamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  return m[2] && m[2] !== '00:00' ? `${m[1]} ${m[2]}` : (m[1] as string);
}

/** Collapse whitespace runs (incl. newlines) into one space; for one-line contexts. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
