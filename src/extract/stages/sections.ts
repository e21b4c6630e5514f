/**
 * Stage 4 — the page's own key-point box ("Auf den Punkt gebracht", "Darum gehts", "Key points",
 * "L'essentiel", "In breve") becomes `summaryBox` and leaves the body.
 * Stage 5 — sections of OTHER content announced by a heading ("Die Bilder des Tages", "Mehr zum
 * Thema", "Related stories") are removed whole: heading, gallery, counters, captions.
 */
import { Element, Text, elements, textOf, classId, collapse, isAncestor, type ChildNode } from '../../html/dom.js';
import { SUMMARY_BOX_HEADINGS, SUMMARY_BOX_CLASS_RE, TEASER_HEADINGS, THRESHOLDS } from '../../rules/html.js';
import { noteRemoval, removeElement, cachedText, type Stage, type HtmlContext } from '../context.js';
import { textLongerThan } from '../text-size.js';

/**
 * A label as the heading sets hold it: lower case, straight apostrophes, no closing punctuation.
 * Asked for most short elements of a page, so the replacements run only when there is something to
 * replace (a regex ending in `$` is otherwise tried at every position of the string).
 */
const norm = (s: string): string => normCollapsed(collapse(s));
/** `norm` of a text that is collapsed already (element texts are): collapse is idempotent. */
const normCollapsed = (s: string): string => {
  let n = s.toLowerCase();
  if (n.includes('’') || n.includes('`')) n = n.replace(/[’`]/g, '\'');
  if (CLOSING_PUNCT.has(n.charCodeAt(n.length - 1))) n = n.replace(/[:.!?…]+$/, '');
  return n.trim();
};
const CLOSING_PUNCT = new Set([...':.!?…'].map((c) => c.charCodeAt(0)));
const SUMMARY_SET = new Set(Object.values(SUMMARY_BOX_HEADINGS).flat().map(norm));
const TEASER_SET = new Set(Object.values(TEASER_HEADINGS).flat().map(norm));
/** Teaser headings also match as a prefix followed by a topic: "Mehr aus Zürich", "More from Sport". */
const TEASER_PREFIXES = ['mehr aus', 'mehr zu', 'mehr zum', 'more from', 'more on', 'plus de', 'altre notizie', 'weitere artikel', 'alle artikel', 'weitere news', 'more stories'];
/** The prefixes with their following space, joined once (not a new string per prefix and heading). */
const TEASER_PREFIX_WORDS = TEASER_PREFIXES.map((p) => p + ' ');

// Sets rather than anchored regexes: asked for every element of the page.
const TEASER_LABEL_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'strong', 'b', 'p', 'span', 'div', 'legend', 'caption', 'dt']);
const HEADING_LIKE = new Set([...TEASER_LABEL_TAGS, 'figcaption']);
const LABEL_BLOCKS = new Set(['ul', 'ol', 'p', 'div', 'section', 'figure', 'table']);

function isHeadingLike(el: Element, maxLen = 80, ctx?: HtmlContext): string | null {
  if (!HEADING_LIKE.has(el.name)) return null;
  let kids = 0;
  for (const c of el.children) if (c instanceof Element && ++kids > 4) return null;
  const t = ctx ? cachedText(ctx, el) : textOf(el);
  if (!t || t.length > maxLen) return null;
  // A heading-like element holds only its label, no nested blocks with other text.
  for (let k = 0, ch = el.children; k < ch.length; k++) { const c = ch[k]!; if (c instanceof Element && LABEL_BLOCKS.has(c.name) && textOf(c) !== t) return null; }
  return t;
}

/** The smallest ancestor of `label` that holds more than the label itself. */
function boxOf(label: Element, labelLen: number): Element | null {
  let box: Element | null = label.parent instanceof Element ? label.parent : null;
  while (box && !textLongerThan(box, labelLen + 3) && box.parent instanceof Element) box = box.parent;
  return box;
}

function listItems(box: Element, skip: Element): string[] {
  const items: string[] = [];
  for (const el of elements(box)) if (el.name === 'li') { const t = textOf(el); if (t) items.push(t); }
  if (items.length) return items;
  // No list markup: paragraphs or lines, minus the heading.
  for (const c of box.children) {
    if (c === skip || !(c instanceof Element)) continue;
    if (c.name === 'p' || c.name === 'div') {
      const t = textOf(c);
      if (t && !t.includes(textOf(skip))) items.push(...textOf(c, true).split('\n').map((s) => s.replace(/^[•·\-–*]\s*/, '')).filter(Boolean));
    }
  }
  return items;
}

/** A short heading-like element, its text and (once asked for) that text as `norm` gives it. */
interface Heading { el: Element; text: string; norm: string | null }
interface Labels { headings: Heading[]; summaryClassed: Element[] }

/** The heading's `norm`, computed once for both section stages. */
function headingNorm(h: Heading): string {
  return h.norm ??= normCollapsed(h.text);
}
const LABELS = new WeakMap<HtmlContext, Labels>();

// Per-element checks with module constants: a regex literal is a new RegExp object per evaluation.
const PAGE_ROOT_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);
const SUBHEAD_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const HEAD_CLASS_RE = /title|heading|header/;

/**
 * One walk for both section stages: short heading-like elements (with their text) and containers
 * classed as summary boxes. Removals between the stages only detach elements, so later users check
 * `parent` before acting.
 */
function scanLabels(ctx: HtmlContext): Labels {
  let l = LABELS.get(ctx);
  if (l) return l;
  l = { headings: [], summaryClassed: [] };
  for (let ei = 0, all = elements(ctx.doc); ei < all.length; ei++) { // indexed, not for…of: see elements()
    const el = all[ei]!;
    const ci = classId(el);
    if (ci && SUMMARY_BOX_CLASS_RE.test(ci) && !PAGE_ROOT_TAGS.has(el.name)) l.summaryClassed.push(el);
    const size = ctx.stats.get(el).text;
    if (size === 0 || size > 90 || !HEADING_LIKE.has(el.name)) continue;
    const t = isHeadingLike(el, 90, ctx);
    if (t) l.headings.push({ el, text: t, norm: null });
  }
  LABELS.set(ctx, l);
  return l;
}

export const extractSummaryBox: Stage = (ctx) => {
  let found: { heading: string; items: string[]; box: Element } | null = null;
  const labels = scanLabels(ctx);
  for (const h of labels.headings) {
    const { el, text: t } = h;
    if (t.length > 60) continue;
    const nt = headingNorm(h);
    if (!SUMMARY_SET.has(nt)) continue;
    const box = boxOf(el, t.length);
    if (!box) continue;
    const items = listItems(box, el).filter((i) => norm(i) !== nt);
    if (items.length && items.length <= 10 && !textLongerThan(box, 2499)) { found = { heading: t.replace(/[:]$/, ''), items, box }; break; }
  }
  if (!found) {
    for (const el of labels.summaryClassed) {
      const head = [...elements(el)].find((e) => SUBHEAD_TAGS.has(e.name) || HEAD_CLASS_RE.test(classId(e)));
      const items = listItems(el, head ?? el);
      const ht = head ? textOf(head) : null;
      if (ht && SUMMARY_SET.has(norm(ht)) && items.length && items.length <= 10) { found = { heading: ht, items, box: el }; break; }
    }
  }
  if (!found) return;
  ctx.article.summaryBox = { heading: collapse(found.heading), items: found.items.map(collapse) };
  noteRemoval(ctx, 'extractSummaryBox', 'page key-point box kept as summaryBox', found.box);
  removeElement(ctx, found.box);
};

export function isTeaserHeading(t: string): boolean {
  return isTeaserNorm(norm(t));
}

function isTeaserNorm(n: string): boolean {
  if (TEASER_SET.has(n)) return true;
  return TEASER_PREFIX_WORDS.some((p) => n.startsWith(p) && n.length <= p.length + 29);
}

function prose(ctx: HtmlContext, el: Element): number {
  return ctx.stats.get(el).prose;
}

export const removeTeaserSections: Stage = (ctx) => {
  const labels: Element[] = [];
  for (const h of scanLabels(ctx).headings) {
    const el = h.el;
    if (ctx.consumed.has(el) || !el.parent || !TEASER_LABEL_TAGS.has(el.name)) continue;
    if (isTeaserNorm(headingNorm(h))) labels.push(el);
  }
  for (const label of labels) {
    if (!label.parent) continue; // already removed with an earlier section
    const t = textOf(label);
    // Climb to the wrapper that holds only the label, then decide on its container.
    let wrap: Element = label;
    while (wrap.parent instanceof Element && !textLongerThan(wrap.parent, t.length + 3)) wrap = wrap.parent;
    const container = wrap.parent instanceof Element ? wrap.parent : null;
    // A container that holds the headline, or real prose before the label ("Kommentar schreiben" at the
    // foot of a short post), is the article: then only the labelled part goes (below).
    if (container && !/^(body|html|main)$/.test(container.name) && prose(ctx, container) < 600 && !isArticleRoot(container)
      && !(ctx.h1 && isAncestor(container, ctx.h1)) && !(COMMENT_LABEL_RE.test(t) && proseBefore(ctx, wrap) >= THRESHOLDS.minProseBeforeLabel)) {
      noteRemoval(ctx, 'removeTeaserSections', `section headed "${t}"`, container);
      removeElement(ctx, container);
      continue;
    }
    // The heading sits inside the article flow: drop it and the following siblings up to the next
    // heading or the next real paragraph (teasers are link lists, not prose).
    noteRemoval(ctx, 'removeTeaserSections', `heading "${t}"`, wrap);
    let s: ChildNode | null = wrap.next;
    removeElement(ctx, wrap);
    if (!/^h[1-6]$/.test(label.name) && wrap === label) continue;
    while (s) {
      const next: ChildNode | null = s.next;
      if (s instanceof Element) {
        if (/^h[1-6]$/.test(s.name)) break;
        if (prose(ctx, s) >= 80 && ctx.stats.linkDensity(s) < 0.3) break;
        noteRemoval(ctx, 'removeTeaserSections', `after heading "${t}"`, s);
        removeElement(ctx, s);
      } else if (s instanceof Text && s.data.trim()) {
        break;
      }
      s = next;
    }
  }
};

/** Comment-form labels: blogs put them inside the post's own container, right under the text. */
const COMMENT_LABEL_RE = /kommentar|comment|antwort|reply|réponse|commento|risposta/i;

/** Prose of the siblings before `el` inside its parent. */
function proseBefore(ctx: HtmlContext, el: Element): number {
  let n = 0;
  for (let p = el.prev; p; p = p.prev) if (p instanceof Element) n += prose(ctx, p);
  return n;
}

function isArticleRoot(el: Element): boolean {
  return el.name === 'article' || el.attribs.itemprop === 'articleBody' || /(^|\s)(article-?body|story-?body|post-?content|entry-content)($|\s)/.test(classId(el));
}
