/**
 * Guard against pathologically deep HTML (100,000 nested `<div>`s): htmlparser2 keeps its open-element
 * stack with `unshift` (quadratic in depth) and recursive tree walks overflow the stack. Browsers cap
 * the tree depth too (Blink attaches elements beyond depth 512 as siblings), so we do the same on the
 * source text before parsing: tags that would open deeper than MAX_DEPTH are dropped (their text
 * stays), and so are their matching end tags.
 *
 * A cheap character scan decides first whether the page can be that deep at all; real pages never
 * are, so they pay one linear pass without allocation.
 */

/** Blink's maximum DOM depth (HTMLConstructionSite's kMaximumHTMLParserDOMTreeDepth). */
export const MAX_DEPTH = 512;

/** Elements that never have content, and raw-text elements whose content is not markup. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound', 'image']);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** An open tag of the same name closes these implicitly (a list of `<li>` without `</li>`). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);

/**
 * A tag name as a number, lower-cased, without allocating: five bits per character, for names of up
 * to nine characters (every void and raw-text name is shorter); -1 for longer names. Letters are
 * 1–26 and the other name characters 27–29, so the code of a name made of letters never equals the
 * code of a name with a digit, `:` or `-`, and no two names share a code.
 */
function nameCode(html: string, from: number): { code: number; end: number } {
  let code = 0;
  let i = from;
  for (; i < html.length; i++) {
    const c = html.charCodeAt(i);
    const l = c | 32;
    let v: number;
    if (l >= 97 && l <= 122) v = l - 96;
    else if (c >= 48 && c <= 57) v = 27;
    else if (c === 58) v = 28;
    else if (c === 45) v = 29;
    else break;
    if (code >= 0) code = i - from < 9 ? code * 32 + v : -1;
  }
  NAME.code = code; NAME.end = i;
  return NAME;
}
const NAME = { code: 0, end: 0 };
const codeOf = (name: string): number => nameCode(name, 0).code;
const VOID_CODES = new Set([...VOID].map(codeOf));
const RAW_BY_CODE = new Map([...RAW].map((n) => [codeOf(n), n]));

/**
 * Upper bound of the nesting depth: every start tag that is not void, self-closed or raw text
 * opens, every end tag closes. Implied closes (`<p>` without `</p>`) make it overestimate, which only
 * costs the exact pass below. Runs on every page, so it allocates nothing per tag.
 */
function roughMaxDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if (c === 47) { // '/'
      depth--;
      continue;
    }
    if ((c | 32) < 97 || (c | 32) > 122) continue; // not a letter: text, comment, doctype
    const code = nameCode(html, i + 1).code;
    const end = html.indexOf('>', i);
    if (end === -1) break;
    if (VOID_CODES.has(code) || html.charCodeAt(end - 1) === 47) continue;
    const raw = RAW_BY_CODE.get(code);
    if (raw !== undefined) {
      const close = indexOfCaseless(html, `</${raw}`, end);
      if (close === -1) break;
      i = close; // raw element opened and closed: depth unchanged, its end tag skipped
      continue;
    }
    if (++depth > max) max = depth;
  }
  return max;
}

/** indexOf for an ASCII lower-case needle, ignoring the case of the haystack (no full lower-case copy). */
function indexOfCaseless(hay: string, needle: string, from: number): number {
  for (let i = hay.indexOf('<', from); i !== -1; i = hay.indexOf('<', i + 1)) {
    if (hay.slice(i, i + needle.length).toLowerCase() === needle) return i;
  }
  return -1;
}

export interface Flattened { html: string; dropped: number }

/** `html` with tags nested deeper than `maxDepth` removed; unchanged (same string) when none are. */
export function limitNesting(html: string, maxDepth = MAX_DEPTH): Flattened {
  if (roughMaxDepth(html) <= maxDepth) return { html, dropped: 0 };
  const tagRe = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  const stack: string[] = [];
  const droppedOpen = new Map<string, number>();
  const out: string[] = [];
  let last = 0;
  let dropped = 0;
  let lower: string | undefined;
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    if (m[2] === undefined) continue; // comment
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    let drop = false;
    if (closing) {
      const pending = droppedOpen.get(name) ?? 0;
      const at = stack.lastIndexOf(name);
      if (pending > 0 && (at === -1 || at < stack.length - 1)) {
        droppedOpen.set(name, pending - 1);
        drop = true;
      } else if (at !== -1) {
        stack.length = at;
      }
    } else if (!VOID.has(name) && !(m[3] ?? '').trimEnd().endsWith('/')) {
      // At the limit everything is dropped, implied closes included, so nothing piles up there.
      if (stack.length < maxDepth && SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) stack.pop();
      if (stack.length >= maxDepth) {
        droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
        drop = true;
      } else {
        stack.push(name);
      }
      if (RAW.has(name)) {
        // Skip the raw text; its end tag closes the element.
        lower ??= html.toLowerCase();
        const end = lower.indexOf(`</${name}`, tagRe.lastIndex);
        if (!drop) stack.pop();
        if (end !== -1) {
          const close = html.indexOf('>', end);
          tagRe.lastIndex = close === -1 ? html.length : close + 1;
          if (drop) {
            out.push(html.slice(last, m.index));
            last = tagRe.lastIndex;
            dropped++;
            droppedOpen.set(name, (droppedOpen.get(name) ?? 1) - 1);
          }
        }
        continue;
      }
    }
    if (drop) {
      out.push(html.slice(last, m.index));
      last = tagRe.lastIndex;
      dropped++;
    }
  }
  if (dropped === 0) return { html, dropped: 0 };
  out.push(html.slice(last));
  return { html: out.join(''), dropped };
}
