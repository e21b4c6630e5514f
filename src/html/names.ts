/**
 * Tag and attribute names as shared constant strings. htmlparser2 reads every name as a new slice of
 * the page and lower-cases it. Most pages hold a character beyond Latin-1 (a curly quote, a dash),
 * so V8 keeps the page as a two-byte string and every slice of it is two-byte too: `toLowerCase` then
 * leaves its fast path (about 60 ns instead of 5 per name, measured), and every attribute store and
 * every `Set.has(el.name)` in the stages first has to hash and internalize a fresh string. A name found
 * here is instead this module's constant — the same characters, one-byte and internalized — read
 * without a slice. Names not in the list (and names in upper case) take the stock path.
 */

/** HTML elements (WHATWG, plus obsolete ones still met) and the SVG/MathML roots. */
const TAGS = [
  'a', 'abbr', 'acronym', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'bdi', 'bdo', 'big', 'blockquote',
  'body', 'br', 'button', 'canvas', 'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'data', 'datalist', 'dd',
  'del', 'details', 'dfn', 'dialog', 'dir', 'div', 'dl', 'dt', 'em', 'embed', 'fieldset', 'figcaption', 'figure', 'font',
  'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'i',
  'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'legend', 'li', 'link', 'main', 'map', 'mark', 'marquee', 'math', 'menu',
  'meta', 'meter', 'nav', 'nobr', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'optgroup', 'option', 'output', 'p',
  'param', 'picture', 'pre', 'progress', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'script', 'search', 'section', 'select',
  'slot', 'small', 'source', 'span', 'strike', 'strong', 'style', 'sub', 'summary', 'sup', 'svg', 'table', 'tbody', 'td',
  'template', 'textarea', 'tfoot', 'th', 'thead', 'time', 'title', 'tr', 'track', 'tt', 'u', 'ul', 'var', 'video', 'wbr',
];

/** Attributes: global ones, the common element-specific ones, ARIA, microdata and a few de-facto standards. */
const ATTRIBUTES = [
  'accept', 'accept-charset', 'accesskey', 'action', 'align', 'allow', 'allowfullscreen', 'alt', 'aria-controls',
  'aria-current', 'aria-describedby', 'aria-expanded', 'aria-haspopup', 'aria-hidden', 'aria-label', 'aria-labelledby',
  'aria-live', 'aria-modal', 'aria-selected', 'as', 'async', 'autocomplete', 'autofocus', 'bgcolor', 'border', 'cellpadding',
  'cellspacing', 'charset', 'checked', 'cite', 'class', 'clip-rule', 'color', 'cols', 'colspan', 'content', 'contenteditable',
  'controls', 'coords', 'crossorigin', 'cx', 'cy', 'd', 'data', 'datetime', 'decoding', 'defer', 'dir', 'disabled', 'download',
  'draggable', 'enctype', 'fetchpriority', 'fill', 'fill-rule', 'focusable', 'for', 'form', 'frameborder', 'headers', 'height',
  'hidden', 'href', 'hreflang', 'http-equiv', 'id', 'integrity', 'inputmode', 'itemid', 'itemprop', 'itemref', 'itemscope',
  'itemtype', 'label', 'lang', 'language', 'list', 'loading', 'loop', 'max', 'maxlength', 'media', 'method', 'min', 'minlength',
  'multiple', 'muted', 'name', 'nomodule', 'nonce', 'novalidate', 'onclick', 'onerror', 'onload', 'opacity', 'open',
  'pattern', 'ping', 'placeholder', 'playsinline', 'points', 'poster', 'preload', 'property', 'r', 'readonly', 'referrerpolicy',
  'rel', 'required', 'rev', 'reversed', 'role', 'rows', 'rowspan', 'rx', 'ry', 'sandbox', 'scope', 'scrolling', 'selected',
  'shape', 'size', 'sizes', 'slot', 'span', 'spellcheck', 'src', 'srcdoc', 'srclang', 'srcset', 'start', 'step', 'stroke',
  'stroke-linecap', 'stroke-linejoin', 'stroke-width', 'style', 'tabindex', 'target', 'title', 'transform', 'translate',
  'type', 'typeof', 'usemap', 'valign', 'value', 'version', 'viewbox', 'vocab', 'width', 'wrap', 'x', 'xmlns', 'xmlns:xlink',
  'xlink:href', 'y', 'about', 'prefix', 'resource', 'data-src', 'data-srcset', 'data-id', 'data-type', 'data-url',
  'data-href', 'data-testid', 'data-lazy-src', 'data-original', 'data-sizes', 'data-toggle', 'data-target', 'data-bs-toggle',
  'data-bs-target',
];

const hashOf = (s: string, start: number, end: number): number => {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
};

/** Longest name in the lists: longer slices are not looked up. */
let maxLength = 0;
/** hash → name. On a hash collision the first name wins and the other just is not shared. */
const KNOWN = new Map<number, string>();
for (const name of [...TAGS, ...ATTRIBUTES]) {
  const h = hashOf(name, 0, name.length);
  if (!KNOWN.has(h)) KNOWN.set(h, name);
  maxLength = Math.max(maxLength, name.length);
}

/**
 * The shared constant for `html.slice(start, end)` when that slice is a known name written in lower
 * case (as nearly all are), else undefined. Case-sensitive: the caller lower-cases only misses.
 */
export function knownName(html: string, start: number, end: number): string | undefined {
  const length = end - start;
  if (length <= 0 || length > maxLength || end > html.length || start < 0) return undefined;
  const name = KNOWN.get(hashOf(html, start, end));
  if (name === undefined || name.length !== length) return undefined;
  for (let i = 0; i < length; i++) if (name.charCodeAt(i) !== html.charCodeAt(start + i)) return undefined;
  return name;
}
