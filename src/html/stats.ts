/**
 * Per-element text statistics computed in one post-order pass (no recursion), so that scoring and
 * cleaning stages can ask "how much text, how much of it linked, how much prose" in O(1) instead of
 * re-walking subtrees (which is quadratic on deep pages).
 */
// Element and Text from domhandler itself: dom.ts computes statistics while parsing (see
// `statsOfElement`) and imports this module, so this one takes only types from dom.ts.
import { Element, Text } from 'domhandler';
import type { ParentNode, PunktElement } from './dom.js';
import { isWhiteSpace } from '../nlp/chars.js';

export interface ElementStats {
  /** Characters of visible text (whitespace runs counted as one). */
  text: number;
  /** Characters of text inside <a>. */
  linkText: number;
  /** Characters in <p>-like blocks of at least 80 characters with low link density: "prose". */
  prose: number;
  /** Number of <p> elements below. */
  paragraphs: number;
  /** Number of elements below. */
  elements: number;
  /** Commas (incl. CJK and Arabic) in text: a prose signal. */
  commas: number;
}

/** Never visible. <head> is not here: htmlparser2 does not move stray body content out of <head> as browsers do. */
export const STATS_SKIP: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'title', 'iframe', 'object']);

const INLINE_TEXT = new Set(['span', 'b', 'strong', 'i', 'em', 'u', 'font', 'small', 'sup', 'sub', 'mark', 'q', 'abbr', 'cite', 'time', 'code', 'a']);

/**
 * Visible length and commas of a text, in one pass, counted as `collapse` (src/html/dom.ts) leaves
 * the text: a run of whitespace (everything `\s` matches) counts as one, zero-width characters count
 * as nothing (except a joiner inside an emoji sequence, which `collapse` keeps). Soft hyphens, which
 * `collapse` removes, still count one each: counting them as nothing let one bench page's body climb
 * take in a link sidebar (its parent's text fell within the 10 % a wrapper may add).
 */
const TEXT = { length: 0, commas: 0 };
function measureText(s: string): typeof TEXT {
  let n = 0; let commas = 0; let ws = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Most characters: printable ASCII and C1, never whitespace, never removed.
    if (c > 32 && c < 0xa0) { n++; ws = false; if (c === 44) commas++; continue; }
    if (c === 32 || c === 10) { if (!ws) { n++; ws = true; } continue; }
    if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) {
      if (c === 0x200d && keptJoiner(s, i)) { n++; ws = false; }
      continue;
    }
    if (isWhiteSpace(c)) { if (!ws) { n++; ws = true; } continue; }
    n++; ws = false;
    if (c === 0x3001 || c === 0xff0c || c === 0x060c) commas++;
  }
  TEXT.length = n; TEXT.commas = commas;
  return TEXT;
}

/** A zero-width joiner between two symbols (an emoji sequence), which `collapse` keeps. */
function keptJoiner(s: string, i: number): boolean {
  return /[\p{S}\ufe0f]$/u.test(s.slice(Math.max(0, i - 2), i)) && /^\p{S}/u.test(s.slice(i + 1, i + 3));
}

/**
 * An element's statistics are kept on the element itself (a field every parsed element has, see
 * `parseHtml`), not in a Map: no hashing per look-up and no large table to grow and collect. One
 * `Stats` per parsed tree (each pipeline run parses its own).
 */
const ofEl = (el: Element): ElementStats | undefined => (el as PunktElement).punktStats as ElementStats | undefined;

export class Stats {
  /**
   * `computed`: the statistics of every element are already on the elements, because `parseHtml`
   * computed them while building the tree and the tree has not changed since (`statsFromParse`).
   */
  constructor(root: ParentNode, computed = false) { if (!computed) this.compute(root); }

  get(el: Element): ElementStats {
    return ofEl(el) ?? { text: 0, linkText: 0, prose: 0, paragraphs: 0, elements: 0, commas: 0 };
  }

  linkDensity(el: Element): number {
    const s = this.get(el);
    return s.text ? Math.min(1, s.linkText / s.text) : 0;
  }

  /**
   * Account for an element about to be detached: its counts leave every ancestor. O(depth), so the
   * cleaning stages keep the statistics current without a second pass over the page.
   */
  detach(el: Element): void {
    const s = ofEl(el);
    if (!s) return;
    let p = el.parent;
    while (p instanceof Element) {
      const ps = ofEl(p);
      if (ps) {
        ps.text -= s.text; ps.linkText -= s.linkText; ps.prose -= Math.min(ps.prose, s.prose); ps.paragraphs -= s.paragraphs;
        ps.elements -= s.elements + 1; ps.commas -= s.commas;
        if (ps.linkText > ps.text) ps.linkText = ps.text;
      }
      p = p.parent;
    }
  }

  /** Compute for a subtree (the whole page, once, when the context is built). */
  compute(root: ParentNode): void {
    // Children before parents: reverse pre-order, with no stack entries or tuples per element.
    const order = visibleElements(root);
    for (let k = order.length - 1; k >= 0; k--) statsOfElement(order[k]!);
  }
}

/**
 * Compute and keep an element's statistics from its children's, which must be computed already
 * (children before parents). Elements under a `STATS_SKIP` element get none.
 */
export function statsOfElement(n: Element): void {
  const s: ElementStats = { text: 0, linkText: 0, prose: 0, paragraphs: 0, elements: 0, commas: 0 };
  let direct = 0;
  const ch = n.children;
  for (let j = 0; j < ch.length; j++) {
    const c = ch[j]!;
    if (c instanceof Text) {
      const t = measureText(c.data);
      s.text += t.length; s.commas += t.commas; direct += t.length;
    } else if (c instanceof Element) {
      if (STATS_SKIP.has(c.name)) continue;
      const cs = ofEl(c);
      if (!cs) continue;
      if (INLINE_TEXT.has(c.name) && cs.prose === 0) direct += cs.text - cs.linkText;
      s.text += cs.text; s.linkText += cs.linkText; s.prose += cs.prose; s.paragraphs += cs.paragraphs;
      s.elements += cs.elements + 1; s.commas += cs.commas;
    }
  }
  if (n.name === 'a') s.linkText = s.text;
  if (n.name === 'p' || n.name === 'pre' || n.name === 'blockquote' || n.name === 'li' || n.name === 'dd') {
    if (n.name === 'p') s.paragraphs += 1;
    if (s.text >= 80 && s.linkText / s.text < 0.35 && s.prose === 0) s.prose = s.text;
  }
  else if (direct >= 80 && !INLINE_TEXT.has(n.name)) s.prose += direct;
  (n as PunktElement).punktStats = s;
}

/** `root` (when an element) and every element below it in pre-order, except never-visible subtrees. */
function visibleElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n instanceof Element) out.push(n);
    const ch = n.children;
    for (let i = ch.length - 1; i >= 0; i--) {
      const c = ch[i]!;
      if (c instanceof Element && !STATS_SKIP.has(c.name)) stack.push(c);
    }
  }
  return out;
}
