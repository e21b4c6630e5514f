/**
 * Stage 7 — choose the article body. Two independent opinions are formed and reconciled:
 *  (a) well-known body containers (itemprop=articleBody, .article-body, .entry-content, …);
 *  (b) Readability-style scoring: every paragraph gives points to its ancestors, scaled by the
 *      ancestors' class/id hints and discounted by link density; siblings of the winner that look
 *      like prose join it.
 * The known container wins when it agrees with the scoring (contains it, or holds most of its prose).
 */
import { Element, Text, elements, textOf, classId, isAncestor, type ParentNode } from '../../html/dom.js';
import { BODY_SELECTORS, POSITIVE_RE, NEGATIVE_RE, THRESHOLDS } from '../../rules/html.js';
import type { Stage, HtmlContext } from '../context.js';
import { trimmedLength } from '../text-size.js';

const SCORABLE = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd']);
const INLINE = new Set(['a', 'span', 'b', 'strong', 'i', 'em', 'u', 'font', 'small', 'sup', 'sub', 'mark', 'q', 'abbr', 'cite', 'time', 'code', 'br', 'img']);

function classWeight(el: Element): number {
  const ci = classId(el);
  if (!ci) return 0;
  let w = 0;
  if (NEGATIVE_RE.test(ci)) w -= 25;
  if (POSITIVE_RE.test(ci)) w += 25;
  return w;
}

function initialScore(el: Element): number {
  let s = classWeight(el);
  switch (el.name) {
    case 'article': s += 10; break;
    case 'main': s += 5; break;
    case 'div': case 'section': s += 5; break;
    case 'pre': case 'td': case 'blockquote': s += 3; break;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': s -= 3; break;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': s -= 5; break;
  }
  if (el.attribs.itemprop === 'articleBody') s += 30;
  return s;
}

/** Does a div carry its own paragraph text (text nodes or inline runs) rather than only blocks? */
function hasDirectText(el: Element): boolean {
  // Only ">= 25" is asked: the count stops there. Text nodes are measured in place, not trimmed
  // into new strings (most are markup indentation around child elements).
  let n = 0;
  for (let k = 0, ch = el.children; k < ch.length && n < 25; k++) {
    const c = ch[k]!;
    if (c instanceof Text) n += trimmedLength(c.data);
    else if (c instanceof Element && INLINE.has(c.name) && c.name !== 'a') n += 1; // counted via stats below
  }
  return n >= 25;
}

interface Scored { el: Element; score: number }

export function scoreCandidates(ctx: HtmlContext): Scored[] {
  const scores = new Map<Element, number>();
  const add = (el: Element, v: number): void => {
    const cur = scores.get(el); // one look-up; a new entry is inserted at the same point as before
    scores.set(el, (cur === undefined ? initialScore(el) : cur) + v);
  };
  for (let ei = 0, all = elements(ctx.doc); ei < all.length; ei++) { // indexed, not for…of: see elements()
    const el = all[ei]!;
    const scorable = SCORABLE.has(el.name) || ((el.name === 'div' || el.name === 'section' || el.name === 'span' || el.name === 'font') && hasDirectText(el));
    if (!scorable) continue;
    const st = ctx.stats.get(el);
    const len = st.text - st.linkText;
    if (len < THRESHOLDS.minParagraphChars) continue;
    if (el.name === 'li' && st.linkText / Math.max(1, st.text) > 0.3) continue;
    const v = 1 + st.commas + Math.min(Math.floor(len / 100), 3);
    let level = 0;
    let p = el.parent;
    if (el.name === 'div' || el.name === 'section') { add(el, v); }
    while (p instanceof Element && level < 5) {
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      add(p, v / div);
      p = p.parent; level++;
    }
  }
  const out: Scored[] = [];
  for (const [el, s] of scores) {
    if (el.name === 'html' || el.name === 'body') continue;
    out.push({ el, score: s * (1 - ctx.stats.linkDensity(el)) });
  }
  out.sort((a, b) => b.score - a.score);
  return out;
}

/** Whether `el` is below one of `found` (a loop, not some() with a closure made per element). */
function underAny(found: Element[], el: Element): boolean {
  for (let i = 0; i < found.length; i++) if (isAncestor(found[i]!, el)) return true;
  return false;
}

function knownContainers(ctx: HtmlContext): Element[] {
  const found: Element[] = [];
  for (const test of BODY_SELECTORS) {
    for (let ei = 0, all = elements(ctx.doc); ei < all.length; ei++) { // indexed, not for…of: see elements()
      const el = all[ei]!;
      if (!test(classId(el), el)) continue;
      if (underAny(found, el)) continue;
      const st = ctx.stats.get(el);
      if (st.prose < 150 || ctx.stats.linkDensity(el) > THRESHOLDS.maxLinkDensity) continue;
      found.push(el);
    }
    if (found.length) break;
  }
  return found;
}

/**
 * Is `el` the content right under the headline: do the headline and `el` share a close ancestor
 * that holds little prose beyond `el` itself (the article's own wrapper, not the page)?
 */
function underHeadline(ctx: HtmlContext, el: Element): boolean {
  const h1 = ctx.h1;
  if (!h1 || !h1.parent) return false;
  const own = ctx.stats.get(el).prose;
  let a: Element | null = h1.parent instanceof Element ? h1.parent : null;
  for (let level = 0; a && level < 6; level++, a = a.parent instanceof Element ? a.parent : null) {
    if (isAncestor(a, el)) return ctx.stats.get(a).prose <= own * 1.5 + 300;
  }
  return false;
}

export const findBody: Stage = (ctx) => {
  // ctx.stats is current: the cleaning stages detach elements through removeElement().
  const scored = scoreCandidates(ctx);
  const top = scored[0]?.el ?? null;
  const known = knownContainers(ctx);

  let body: Element[] = [];
  if (known.length) {
    // Chunked bodies: several containers under one parent. Otherwise the one with the most prose.
    const main = known.reduce((a, b) => (ctx.stats.get(b).prose > ctx.stats.get(a).prose ? b : a));
    const article = nearestArticle(main);
    // Chunks: siblings under one parent, or known body containers inside the same <article>
    // (Wired, Condé Nast: "article__body" per grid row; CMS layouts mixing "article__content" and
    // "layout-block__content" blocks between ads and embeds).
    // Different components count only when they make up most of that <article> (not a page-wide
    // <article> wrapping promos and FAQs that also carry "rich-text").
    const sameArticle = article ? known.filter((k) => nearestArticle(k) === article) : [];
    const mixedOk = article !== null && ctx.stats.get(article).prose <= 1.5 * sameArticle.reduce((n, k) => n + ctx.stats.get(k).prose, 0);
    const chunks = known.filter((k) => k === main || k.parent === main.parent
      || (nearestArticle(k) === article && article !== null && (mixedOk || classId(k) === classId(main))));
    const knownProse = chunks.reduce((n, k) => n + ctx.stats.get(k).prose, 0);
    const agrees = !top || chunks.some((k) => k === top || isAncestor(k, top) || isAncestor(top, k) && knownProse >= ctx.stats.get(top).prose * 0.6)
      || knownProse >= ctx.stats.get(top).prose * 0.8
      // A known body container right under the headline is the article even when a teaser list elsewhere scores higher.
      || chunks.some((k) => underHeadline(ctx, k));
    if (agrees) body = chunks; // already in document order
  }
  if (!body.length && top) body = withSiblings(ctx, climb(ctx, top, scored), scored);
  ctx.body = body[0] ?? null;
  ctx.bodies = body;
};

/**
 * Page builders (Elementor, Divi, Beaver Builder, AEM) cut one article into many sibling modules, so
 * the best-scoring node holds one chunk. Climb while the parent holds clearly more prose with low
 * link density (the other chunks), or while it holds several of the near-best candidates
 * (Readability's "alternative candidates" rule).
 */
function climb(ctx: HtmlContext, top: Element, scored: Scored[]): Element {
  const topScore = scored[0]?.score ?? 0;
  const alts = scored.slice(1, 6).filter((s) => s.score >= topScore * THRESHOLDS.altCandidateShare).map((s) => s.el);
  let cur = top;
  // Up to six real steps; pure wrappers (CSS-in-JS sites nest ten single-child divs) do not count.
  for (let i = 0, guard = 0; i < 6 && guard < 40; guard++) {
    const p = cur.parent;
    if (!(p instanceof Element) || p.name === 'body' || p.name === 'html') break;
    const pc = ctx.stats.get(cur).prose, pp = ctx.stats.get(p).prose;
    const ld = ctx.stats.linkDensity(p);
    const moreProse = pp >= pc * THRESHOLDS.climbProseRatio && ld < THRESHOLDS.climbMaxLinkDensity;
    const holdsAlts = alts.length >= 2 && alts.filter((a) => isAncestor(p, a)).length >= Math.min(3, alts.length) && ld < THRESHOLDS.climbMaxLinkDensity;
    const wrapper = pp === pc && ctx.stats.get(p).text <= ctx.stats.get(cur).text * 1.1;
    if (!(moreProse || holdsAlts || wrapper)) break;
    if (!wrapper) i++;
    cur = p;
  }
  // Readability's rule in one jump: the nearest ancestor holding three of the near-best candidates
  // (one section per subhead, each scored alone) is the article, even across levels where neither
  // test above held. Held candidates vouch for the ancestor's text, so its link density may run a
  // little higher than a plain climb step's (reference links in a report's sections).
  if (alts.length >= 3 && alts.filter((x) => x === cur || isAncestor(cur, x)).length < 3) {
    const a = nearestHolding(cur, alts, 3);
    if (a && ctx.stats.linkDensity(a) < THRESHOLDS.jumpMaxLinkDensity) cur = a;
  }
  // The same with two near-best candidates apart from the top one (neither inside nor around it):
  // page builders cut an article into rows, each a candidate of its own, several levels apart.
  const apart = alts.filter((x) => !isAncestor(x, top) && !isAncestor(top, x));
  if (apart.length === 2 && !apart.every((x) => isAncestor(cur, x))) {
    const a = nearestHolding(cur, apart, 2);
    if (a && ctx.stats.linkDensity(a) < THRESHOLDS.jumpMaxLinkDensity) cur = a;
  }
  return cur;
}

/** The nearest ancestor of `from` (below <body>, at most eight levels up) holding `n` of `candidates`. */
function nearestHolding(from: Element, candidates: Element[], n: number): Element | null {
  let a: ParentNode | null = from.parent;
  for (let level = 0; a instanceof Element && a.name !== 'body' && a.name !== 'html' && level < 8; level++, a = a.parent) {
    const holder: Element = a;
    if (candidates.filter((x) => isAncestor(holder, x)).length >= n) return holder;
  }
  return null;
}

function nearestArticle(el: Element): Element | null {
  let p = el.parent;
  while (p instanceof Element) { if (p.name === 'article') return p; p = p.parent; }
  return null;
}

/** Siblings of the winner join when they look like more of the same article (Readability's rule, with our prose stats). */
function withSiblings(ctx: HtmlContext, top: Element, scored: Scored[]): Element[] {
  const parent = top.parent;
  if (!(parent instanceof Element)) return [top];
  const scoreOf = new Map(scored.map((s) => [s.el, s.score]));
  const topScore = scoreOf.get(top) ?? 0;
  const threshold = Math.max(10, topScore * THRESHOLDS.siblingScoreShare);
  const out: Element[] = [];
  for (const s of parent.children) {
    if (!(s instanceof Element)) continue;
    if (s === top) { out.push(s); continue; }
    const st = ctx.stats.get(s);
    const ld = ctx.stats.linkDensity(s);
    const sc = scoreOf.get(s) ?? 0;
    // Containers join on score only when they read like prose, not like a teaser column.
    let join = sc + (classId(s) && classId(s) === classId(top) ? topScore * 0.2 : 0) >= threshold
      && ld < THRESHOLDS.maxLinkDensityShort && st.prose >= st.text * 0.5;
    if (!join && (s.name === 'p' || s.name === 'blockquote' || s.name === 'ul' || s.name === 'ol')) {
      const len = st.text;
      join = (len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld === 0 && /[.!?:"“”»]$/.test(textOf(s)));
    }
    if (!join && /^h[2-6]$/.test(s.name) && st.text > 0 && st.text < 200) join = nearbyJoined(s, out);
    if (join) out.push(s);
  }
  return out;
}

/** A subhead between joined siblings belongs to the body. */
function nearbyJoined(h: Element, joined: Element[]): boolean {
  return joined.length > 0 && joined[joined.length - 1] === prevElement(h);
}

function prevElement(el: Element): Element | null {
  let p = el.prev;
  while (p && !(p instanceof Element)) p = p.prev;
  return p instanceof Element ? p : null;
}
