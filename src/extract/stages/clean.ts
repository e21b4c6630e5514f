/**
 * Stage 2 — remove what is never content: scripts, styles, forms, navigation, hidden elements.
 * Stage 6 — remove boilerplate containers by class/id vocabulary (share bars, comments, newsletter
 * and cookie boxes, ads, related teasers, author bios, paywall prompts), unless the container holds
 * most of the page's prose (some sites put "sidebar" or "comments" on their main wrapper).
 */
import { Element, elements, classId, isAncestor } from '../../html/dom.js';
import { DROP_TAGS, STRONG_BOILERPLATE_RE, weakBoilerplate, BOILERPLATE_EXCEPTIONS_RE, BODY_SELECTORS } from '../../rules/html.js';
import { noteRemoval, removeElement, type Stage, type HtmlContext } from '../context.js';

const HIDDEN_STYLE_RE = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Never dropped for their class/id (a Set: asked for every classed element). */
const PAGE_ROOT_TAGS = new Set(['html', 'body', 'main', 'article']);

export const removeUnwanted: Stage = (ctx) => {
  const doomed: Array<[Element, string]> = [];
  const totalProse = documentProse(ctx);
  for (let ei = 0, all = elements(ctx.doc); ei < all.length; ei++) { // indexed, not for…of: see elements()
    const el = all[ei]!;
    // <head> itself stays: htmlparser2 keeps body content that follows stray head markup inside it.
    if (el.name === 'title' || el.name === 'base') { doomed.push([el, 'head']); continue; }
    if (DROP_TAGS.has(el.name)) {
      // Some CMSs wrap the whole page in <form> (ASP.NET) or the article in <nav>-less <menu>: keep prose-bearing ones.
      if ((el.name === 'form' || el.name === 'nav' || el.name === 'menu') && ctx.stats.get(el).prose > totalProse * 0.5) continue;
      doomed.push([el, `tag <${el.name}>`]);
      continue;
    }
    const a = el.attribs;
    if (a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style && HIDDEN_STYLE_RE.test(a.style)) || a.type === 'hidden') {
      if (ctx.stats.get(el).prose > totalProse * 0.5) continue;
      doomed.push([el, 'hidden']);
      continue;
    }
    const role = a.role; // one look-up: attribute objects come in many shapes, each read is a slow one
    if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary' || role === 'dialog' || role === 'alertdialog' || role === 'search') {
      if (ctx.stats.get(el).prose > totalProse * 0.3) continue;
      doomed.push([el, `role=${role}`]);
    }
  }
  for (const [el, why] of doomed) {
    if (!el.parent) continue;
    if (why !== 'head') noteRemoval(ctx, 'removeUnwanted', why, el);
    removeElement(ctx, el);
  }
};

export const removeBoilerplate: Stage = (ctx) => {
  const totalProse = documentProse(ctx);
  // The same class strings recur on many elements of a page: each string is classified once (the
  // exception pattern, the strong pattern, weakBoilerplate's token split) and the answer kept for
  // this page only (keys are page strings).
  const kindMemo = new Map<string, Kind>();
  const kindOf = (ci: string): Kind => {
    let v = kindMemo.get(ci);
    if (v === undefined) {
      v = BOILERPLATE_EXCEPTIONS_RE.test(ci) ? NONE : STRONG_BOILERPLATE_RE.test(ci) ? STRONG : weakBoilerplate(ci) ? WEAK : NONE;
      kindMemo.set(ci, v);
    }
    return v;
  };
  const doomed: Array<[Element, string]> = [];
  const stack: Element[] = [];
  for (const c of ctx.doc.children) if (c instanceof Element) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    if (ctx.consumed.has(el)) continue;
    const ci = classId(el);
    let drop: string | null = null;
    if (el.name === 'aside' || el.name === 'footer') {
      if (ctx.stats.get(el).prose < totalProse * 0.3) drop = `<${el.name}>`;
    } else if (ci && !PAGE_ROOT_TAGS.has(el.name)) {
      const kind = kindOf(ci);
      if (kind === STRONG) {
        // Never the article: drop unless it wraps the headline or a known body container, or nearly all prose.
        if (ctx.stats.get(el).prose < totalProse * 0.6 && !holdsArticle(ctx, el)) drop = `class/id "${ci.trim().slice(0, 60)}"`;
      } else if (kind === WEAK) {
        if (ctx.stats.get(el).prose < totalProse * 0.3 && !holdsArticle(ctx, el)) drop = `class/id "${ci.trim().slice(0, 60)}"`;
      }
    }
    if (drop) { doomed.push([el, drop]); continue; }
    for (let k = 0, ch = el.children; k < ch.length; k++) { const c = ch[k]!; if (c instanceof Element) stack.push(c); } // indexed: see elements()
  }
  for (const [el, why] of doomed) {
    noteRemoval(ctx, 'removeBoilerplate', why, el);
    removeElement(ctx, el);
  }
};

/** What a class/id string says about its element: nothing (or an exception word), strong or weak boilerplate. */
const NONE = 0, STRONG = 1, WEAK = 2;
type Kind = typeof NONE | typeof STRONG | typeof WEAK;

/** Does the element contain the headline or a well-known article-body container? */
function holdsArticle(ctx: HtmlContext, el: Element): boolean {
  if (ctx.h1 && isAncestor(el, ctx.h1)) return true;
  for (const e of elements(el)) {
    const ci = classId(e);
    for (const t of BODY_SELECTORS) if (t(ci, e)) return true; // (no closure per element, as with some())
  }
  return false;
}

/** Prose characters of the whole document. */
export function documentProse(ctx: HtmlContext): number {
  let n = 0;
  for (const c of ctx.doc.children) if (c instanceof Element) n += ctx.stats.get(c).prose;
  return Math.max(1, n);
}
