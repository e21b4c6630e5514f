/**
 * The reader's safety valves for page-derived values. Text is escaped by hono's html`` template at
 * the point of use; these helpers cover what escaping alone cannot: URL schemes in href/src, and the
 * search snippets, which arrive as markup (<mark>) from the store and are re-built here rather than
 * trusted.
 */
import { decodeHTML } from 'entities';
import { raw } from 'hono/html';

/** An absolute http(s) URL, or null. `javascript:`, `data:`, `vbscript:`, relative and malformed URLs are dropped. */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  // Control characters and whitespace inside a scheme are how `java\tscript:` slips through naive checks.
  const trimmed = value.trim();
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  const candidate = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}

/** The host of a URL for display ("www.20min.ch"), or null. */
export function hostOf(value: string | null | undefined): string | null {
  const u = safeUrl(value);
  return u ? new URL(u).hostname : null;
}

const MARK_TOKEN = /<\s*(\/?)\s*mark\s*>/gi;

/**
 * Rebuild a search snippet: every text run is decoded (the store escaped it) and escaped again, and
 * only balanced bare `<mark>`/`</mark>` survive as tags. A snippet carrying raw markup from a page
 * therefore renders as visible text, never as elements.
 */
export function snippetHtml(snippet: string): ReturnType<typeof raw> {
  let out = '';
  let open = false;
  let last = 0;
  for (const m of snippet.matchAll(MARK_TOKEN)) {
    out += escapeText(decodeHTML(snippet.slice(last, m.index)));
    const closing = m[1] === '/';
    if (!closing && !open) { out += '<mark>'; open = true; }
    else if (closing && open) { out += '</mark>'; open = false; }
    last = m.index + m[0].length;
  }
  out += escapeText(decodeHTML(snippet.slice(last)));
  if (open) out += '</mark>';
  return raw(out);
}

export function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
