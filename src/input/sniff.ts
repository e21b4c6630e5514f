/**
 * Content sniffing for the dispatch: is a decoded input an HTML document (or fragment), a flat text
 * dump, or something else (JSON)? Text dumps copied from a browser often carry a few stray tags
 * (`<strong>`, `<a href>`), so a tag alone does not make HTML: we look for document structure, or for
 * markup that makes up a real share of the input.
 *
 * @example
 *   looksLikeHtml('<!doctype html><html>…');            // true
 *   looksLikeHtml('Titel\n\nText mit <strong>fett</strong>.'); // false
 */

/** How much of the input is inspected; enough for the head and the start of the body of any page. */
const SNIFF_CHARS = 64 * 1024;
/**
 * Markup share (characters inside structural tags / all characters) above which a tag-bearing input is
 * HTML. Hand-set: HTML pages and fragments sit at 20–80 %, text dumps with stray tags below 3 %.
 */
const MIN_MARKUP_SHARE = 0.1;
/** Structural tags needed before the share is considered (one `<p>` in a dump is not a document). */
const MIN_STRUCTURAL_TAGS = 3;

/** Tags that only occur in document structure, never as inline emphasis in copied text. */
const STRUCTURAL = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th',
  'thead', 'tbody', 'section', 'article', 'header', 'footer', 'nav', 'main', 'aside', 'figure',
  'figcaption', 'blockquote', 'script', 'style', 'meta', 'link', 'img', 'picture', 'source', 'span',
  'form', 'iframe', 'noscript', 'time', 'dl', 'dt', 'dd', 'pre', 'title', 'svg', 'amp-img',
]);

export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '');
  // Document markers: a text dump never carries these.
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html/i.test(head)) return true;
  if (/<(?:html|head|body)(?:\s[^>]*)?>/i.test(head)) return true;

  let structural = 0;
  let markupChars = 0;
  const tagRe = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?\/?>/g;
  for (let m = tagRe.exec(head); m; m = tagRe.exec(head)) {
    if (!STRUCTURAL.has((m[1] ?? '').toLowerCase())) continue;
    structural++;
    markupChars += m[0].length;
  }
  if (structural < MIN_STRUCTURAL_TAGS) return false;
  const firstTag = /^\s*<([a-zA-Z][a-zA-Z0-9-]*)/.exec(head)?.[1];
  // A fragment that opens with a structural tag (`<article>…`, `<div class=…>`) is HTML.
  if (firstTag && STRUCTURAL.has(firstTag.toLowerCase())) return true;
  return markupChars / Math.max(1, head.length) > MIN_MARKUP_SHARE;
}

/**
 * True for a JSON document (an API response saved by mistake). Only called by the dispatch in `auto`
 * mode: such input is neither a page nor a text dump.
 */
export function looksLikeJson(s: string): boolean {
  const t = s.trim();
  if (!/^[[{]/.test(t) || !/[\]}]$/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}
