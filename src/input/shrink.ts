/**
 * Oversized input (a 50 MB page) is brought under EXTRACT_MAX_CHARS before extraction, losing as
 * little of the article as possible: first the bulk that never holds article text is emptied —
 * inline scripts and styles (JSON-LD metadata is kept when reasonably small) and long `data:` URIs —
 * and only if that is not enough is the tail cut. Both steps are recorded as messages.
 */
import type { Message } from '../model/article.js';
import { EXTRACT_MAX_CHARS } from './limits.js';

/** JSON-LD blocks up to this size survive the shrinking: they carry title, authors and dates. */
const KEEP_JSON_LD_CHARS = 256 * 1024;
/** `data:` URIs longer than this are inline images/fonts, never text. */
const LONG_DATA_URI = 1024;

export function shrinkInput(source: string, asHtml: boolean, max = EXTRACT_MAX_CHARS): { text: string; messages: Message[] } {
  const messages: Message[] = [];
  if (source.length <= max) return { text: source, messages };
  let text = source;
  if (asHtml) {
    const before = text.length;
    text = emptyScripts(text);
    text = shortenDataUris(text);
    if (text.length < before) {
      messages.push({ code: 'input-stripped', message: `The page has ${before} characters; ${before - text.length} of inline scripts, styles and data URIs were dropped before extraction.` });
    }
  }
  if (text.length > max) {
    messages.push({ code: 'input-truncated', message: `The input has ${text.length} characters; only the first ${max} were read.` });
    text = text.slice(0, max);
  }
  return { text, messages };
}

/**
 * Empty the bodies of `<script>`/`<style>` elements (keeping small JSON-LD). A scan with indexOf, not
 * one regex: a lazy `[\s\S]*?` over a 50 MB script overflows the regex engine's backtracking stack.
 */
function emptyScripts(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  const openRe = /<(script|style)\b[^>]*>/g;
  let last = 0;
  for (let m = openRe.exec(lower); m; m = openRe.exec(lower)) {
    const bodyStart = openRe.lastIndex;
    const closeAt = lower.indexOf(`</${m[1]}`, bodyStart);
    const bodyEnd = closeAt === -1 ? html.length : closeAt;
    const isJsonLd = m[0].includes('application/ld+json');
    if (!(isJsonLd && bodyEnd - bodyStart <= KEEP_JSON_LD_CHARS)) {
      out.push(html.slice(last, bodyStart));
      last = bodyEnd;
    }
    openRe.lastIndex = bodyEnd;
  }
  out.push(html.slice(last));
  return out.join('');
}

/** Replace `data:` URIs longer than LONG_DATA_URI with an empty one (scan, for the same reason). */
function shortenDataUris(html: string): string {
  const out: string[] = [];
  let last = 0;
  for (let i = html.indexOf('data:'); i !== -1; i = html.indexOf('data:', i + 5)) {
    let end = i + 5;
    while (end < html.length && !URI_END.has(html.charCodeAt(end))) end++;
    if (end - i > LONG_DATA_URI) {
      out.push(html.slice(last, i), 'data:,');
      last = end;
    }
    i = end - 5;
  }
  out.push(html.slice(last));
  return out.join('');
}
/** Characters that end an attribute value or CSS url(): quotes, whitespace, `>`, `)`. */
const URI_END = new Set([...'"\'>) \t\n\r\f'].map((c) => c.charCodeAt(0)));
