/**
 * Stage 8 — the hero image: the first real image between the headline and the first body paragraph
 * (or the page's og:image when the page shows none).
 * Stage 9 — walk the body in reading order and emit blocks: paragraphs, subheads, quotes, lists,
 * tables, figures, embeds. Interface lines ("Teilen", "1/64"), link-list paragraphs, paywall prompts
 * and inline teasers are dropped here, each with a reason.
 */
import { Element, Text, elements, textOf, classId, collapse, ancestors } from '../../html/dom.js';
import { LINK_BOX_LABEL_RE, UI_LINES, UI_LINE_RES, TOC_LABEL_RE, INLINE_TEASER_RE, PAYWALL_RE, LEGAL_RES, EMBED_TAGS, THRESHOLDS, CREDIT_CLASS_RE, CAPTION_CLASS_RE, CAPTION_OR_CREDIT_RE } from '../../rules/html.js';
import { readFigure, resolveUrl, splitCredit } from '../figures.js';
import { textLongerThan } from '../text-size.js';
import { isWhiteSpace } from '../../nlp/chars.js';
import { parseStamp } from '../../metadata/dates.js';
import { isTeaserHeading } from './sections.js';
import { noteRemoval, type Stage, type HtmlContext } from '../context.js';
import type { Block } from '../../model/article.js';

const UI_SET = new Set(UI_LINES);
const CLOSING_MARKS = new Set([...':.!|»›>'].map((c) => c.charCodeAt(0)));
const INLINE = new Set(['a', 'span', 'b', 'strong', 'i', 'em', 'u', 'font', 'small', 'sup', 'sub', 'mark', 'q', 'abbr', 'cite', 'time', 'code', 'br', 'img', 's', 'del', 'ins', 'kbd', 'var', 'dfn', 'bdi', 'bdo', 'wbr', 'data', 'label', 'tt', 'big', 'strike', 'nobr', 'amp-img']);
/** Deep pages (100,000 nested elements) are read flat below this depth instead of recursively. */
const MAX_DEPTH = 150;

export const readHero: Stage = (ctx) => {
  const base = ctx.options.url ?? ctx.meta.canonical ?? undefined;
  const first = ctx.bodies[0];
  let hero: { info: NonNullable<ReturnType<typeof readFigure>>; el: Element } | null = null;
  if (first) {
    // Scope: from the headline's (or body's) nearest common container down to the first prose paragraph.
    const scope = ctx.h1 ? commonAncestor(ctx.h1, first) : first;
    for (const el of elements(scope)) {
      if (el.name === 'p' && textOf(el).length >= 80 && !ctx.consumed.has(el) && !ancestors(el).some((a) => ctx.consumed.has(a))) break;
      if (el.name === 'figure' || el.name === 'picture' || el.name === 'img' || el.name === 'amp-img' || HERO_CLASS_RE.test(classId(el)) && el.name !== 'a') {
        if (ancestors(el).some((a) => ctx.consumed.has(a))) continue;
        const holder = el.name === 'img' || el.name === 'amp-img' || el.name === 'picture' ? figureHolder(el) : el;
        if (ctx.stats.get(holder).text > 500) continue;
        const info = readFigure(holder, base);
        if (info) { hero = { info, el: holder }; break; }
      }
    }
  }
  if (hero) {
    ctx.hero = hero.info; ctx.heroEl = hero.el; ctx.consumed.add(hero.el);
  } else if (ctx.meta.image) {
    const src = resolveUrl(ctx.meta.image, base);
    if (src) ctx.hero = { src, alt: null, caption: ctx.meta.imageCaption, credit: ctx.meta.imageCredit };
  }
  if (ctx.hero && !ctx.hero.credit && ctx.meta.imageCredit) ctx.hero.credit = ctx.meta.imageCredit;
};

// Patterns asked per element are module constants: a regex literal in a loop is a new RegExp
// object on every evaluation.
const HERO_CLASS_RE = /(^|[\s_-])(hero|lead-?image|article-?image|main-?image|featured|teaser-?image|media)($|[\s_-])/;
const FIGURE_STOP_TAGS: ReadonlySet<string> = new Set(['article', 'main', 'body', 'section']);
const LAYOUT_CELL_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol']);

/** An <img> inside a <figure> or a captioned wrapper reads from that wrapper. */
function figureHolder(img: Element): Element {
  let p: Element = img;
  for (let i = 0; i < 4 && p.parent instanceof Element; i++) {
    p = p.parent;
    if (p.name === 'figure') return p;
    if (FIGURE_STOP_TAGS.has(p.name) || textLongerThan(p, 400)) break;
    for (const e of elements(p)) if (e.name === 'figcaption' || CAPTION_OR_CREDIT_RE.test(classId(e))) return p;
  }
  return img;
}

function commonAncestor(a: Element, b: Element): Element {
  const set = new Set(ancestors(a));
  set.add(a);
  if (set.has(b)) return b;
  for (const x of ancestors(b)) if (set.has(x)) return x;
  return b;
}

interface Walk { ctx: HtmlContext; blocks: Block[]; buffer: string[]; linkChars: number; base: string | undefined; host?: string | null; bodyText?: number }

export const collectBlocks: Stage = (ctx) => {
  const w: Walk = { ctx, blocks: [], buffer: [], linkChars: 0, base: ctx.options.url ?? ctx.meta.canonical ?? undefined };
  for (const b of ctx.bodies) {
    if (ctx.consumed.has(b)) continue;
    if (b.children.length >= THRESHOLDS.minTeaserCards) dropTeaserCards(w, b);
    visit(w, b, 0);
    flush(w);
  }
  ctx.article.blocks = postFilter(ctx, w.blocks);
};

function visit(w: Walk, el: Element, depth: number): void {
  if (depth > MAX_DEPTH) { w.buffer.push(textOf(el, true)); return; }
  for (let k = 0, ch = el.children; k < ch.length; k++) { // indexed: see elements()
    const c = ch[k]!;
    if (c instanceof Text) { w.buffer.push(c.data); continue; }
    if (!(c instanceof Element)) continue;
    if (w.ctx.consumed.has(c)) { flush(w); continue; }
    const name = c.name;
    if (name === 'br') { w.buffer.push('\n'); continue; }
    if (INLINE.has(name) && !hasBlockDescendant(c)) {
      if (name === 'img' || name === 'amp-img') { const f = readFigure(c, w.base); if (f && !isInText(w)) { flush(w); pushFigure(w, f); } continue; }
      const it = textOf(c);
      w.buffer.push(it);
      if (it) w.linkChars += c.name === 'a' && c.attribs.href ? it.length : linkedChars(c);
      continue;
    }
    visitBlock(w, c, name, depth);
  }
}

/**
 * A block child of `visit`: paragraph, heading, list, table, figure, embed or container. Apart from
 * the inline loop in `visit` so that V8 optimises that hot loop early in a cold run, whatever mix of
 * blocks the first pages bring.
 */
function visitBlock(w: Walk, c: Element, name: string, depth: number): void {
  switch (name) {
    case 'p': {
      flush(w);
      if (hasBlockDescendant(c)) { visit(w, c, depth + 1); flush(w); break; }
      // Lines come back collapsed: without a line break the text is final (collapse is idempotent),
      // and the whole-paragraph replace and collapse scans are saved.
      const t = textOf(c, true);
      pushParagraph(w, t.includes('\n') ? collapse(t.replace(/\n/g, ' ')) : t, c);
      break;
    }
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
      flush(w);
      const t = textOf(c);
      if (t && linkedShare(c, t) > 0.8) { dropLine(w, t, c, 'linked heading (teaser title)'); break; }
      if (t && t.length < 60 && TOC_LABEL_RE.test(t)) { dropLine(w, t, c, 'table-of-contents label'); break; }
      if (t && t.length < 300) w.blocks.push({ type: 'heading', level: Math.max(2, Number(name[1])), text: t });
      else if (t) pushParagraph(w, t, c);
      break;
    }
    case 'ul': case 'ol': flush(w); pushList(w, c, name === 'ol'); break;
    case 'dl': flush(w); for (const d of c.children) if (d instanceof Element && (d.name === 'dt' || d.name === 'dd')) pushParagraph(w, textOf(d), d); break;
    case 'blockquote': flush(w); pushQuote(w, c); break;
    case 'table': flush(w); if (isLayoutTable(w, c)) { visit(w, c, depth + 1); flush(w); } else pushTable(w, c); break;
    case 'figure': case 'picture': {
      flush(w);
      const f = readFigure(c, w.base);
      if (f) pushFigure(w, f);
      else { const t = textOf(c); if (t && t.length > 120) { visit(w, c, depth + 1); flush(w); } }
      break;
    }
    case 'pre': flush(w); { const t = textOf(c, true); if (t) w.blocks.push({ type: 'paragraph', text: t }); } break;
    case 'hr': flush(w); break;
    default:
      if (EMBED_TAGS.has(name)) { flush(w); pushEmbed(w, c); break; }
      if (name === 'li' || name === 'tr' || name === 'td' || name === 'th') { flush(w); visit(w, c, depth + 1); flush(w); break; }
      // Containers (div, section, article, header, main, span with blocks, …).
      flush(w);
      if ((CREDIT_CLASS_RE.test(classId(c)) || CAPTION_CLASS_RE.test(classId(c))) && textOf(c).length < 300) { noteRemoval(w.ctx, 'collectBlocks', 'caption or credit outside a figure', c); break; }
      if (c.children.length >= THRESHOLDS.minTeaserCards) dropTeaserCards(w, c);
      visit(w, c, depth + 1);
      flush(w);
  }
}

function isInText(w: Walk): boolean {
  return w.buffer.join('').trim().length > 0;
}

const BLOCK_DESCENDANT_TAGS = new Set(['p', 'div', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'section', 'article', 'pre', 'dl']);

function hasBlockDescendant(el: Element): boolean {
  // Asked for every inline element of the body: most hold one text node and nothing else, and those
  // are answered without building the list of descendants.
  if (!hasElementChild(el)) return false;
  for (const e of elements(el)) if (BLOCK_DESCENDANT_TAGS.has(e.name)) return true;
  return false;
}

function hasElementChild(el: Element): boolean {
  const ch = el.children;
  for (let i = 0; i < ch.length; i++) if (ch[i] instanceof Element) return true;
  return false;
}

function flush(w: Walk): void {
  if (!w.buffer.length) return;
  const raw = w.buffer.join('');
  const linkChars = w.linkChars;
  w.buffer = [];
  w.linkChars = 0;
  // Loose inline runs that are (almost) all link text — link farms, "Download … free" spam, tag
  // clouds — are not prose; the same rule <p> elements get in pushParagraph.
  const flat = collapse(raw);
  if (flat && flat.length < 200 && linkChars / flat.length > 0.8) { dropLine(w, flat, null, 'link-only text run'); return; }
  const parts = raw.split(/\n\s*\n/);
  // One part (the usual case) is `raw` itself, whose collapsed text is `flat`: not collapsed twice.
  if (parts.length === 1) { if (flat) pushParagraph(w, flat, null); return; }
  for (const part of parts) {
    const t = collapse(part);
    if (t) pushParagraph(w, t, null);
  }
}

function dropLine(w: Walk, t: string, el: Element | null, reason: string): void {
  noteRemoval(w.ctx, 'collectBlocks', reason, el ?? t);
}

/**
 * The same matches as `res` taken together (for `test()` only): the ^-anchored patterns that share
 * flags become one alternation, anchored as a whole, so the engine tries it at the line's start
 * once. junkReason ran ~40 regexes one by one on every paragraph, and the per-call overhead of each
 * (almost always failing at the first character) cost more than the matching itself.
 */
function joinAnchored(res: readonly RegExp[]): RegExp[] {
  const groups = new Map<string, string[]>();
  const rest: RegExp[] = [];
  for (const re of res) {
    if (re.global || re.sticky || !re.source.startsWith('^')) { rest.push(re); continue; }
    let g = groups.get(re.flags);
    if (!g) { g = []; groups.set(re.flags, g); }
    g.push(`(?:${re.source})`);
  }
  return [...[...groups].map(([flags, sources]) => new RegExp(sources.join('|'), flags)), ...rest];
}
const UI_LINE_ANY = joinAnchored(UI_LINE_RES);
const LEGAL_ANY = joinAnchored(LEGAL_RES);

/** The longest interface word, and twice that: no lower-casing makes a string shorter than half. */
const UI_MAX_TWICE = 2 * Math.max(...UI_LINES.map((l) => l.length));

/** Is the line one of UI_LINES, lower-cased, without closing marks and surrounding space? */
function isInterfaceWord(t: string): boolean {
  // Closing marks are stripped from the end first (lower-casing neither makes nor changes them).
  let end = t.length;
  while (end > 0 && CLOSING_MARKS.has(t.charCodeAt(end - 1))) end--;
  // Paragraphs are far longer than any interface word: not lower-cased whole just to miss the set.
  if (end > UI_MAX_TWICE && t.slice(0, end).trim().length > UI_MAX_TWICE) return false;
  return UI_SET.has(t.slice(0, end).toLowerCase().trim());
}

/**
 * Every PAYWALL_RE alternative contains one of these (same /i folding), so a line without any
 * cannot match: one short alternation instead of two dozen phrases tried at every position.
 */
const PAYWALL_HINT_RE = /lesen|abonn|abbona|subscri|reading|plus-artikel|\(abo\)|monat/i;

/** Why a line is not prose, or null if it is. */
export function junkReason(t: string): string | null {
  if (isInterfaceWord(t)) return 'interface word';
  if (t.length < 60 && TOC_LABEL_RE.test(t)) return 'table-of-contents label';
  for (const re of UI_LINE_ANY) if (re.test(t)) return 'interface line';
  // (the length first: the unanchored phrase search is skipped on long paragraphs)
  if (t.length < 400 && PAYWALL_HINT_RE.test(t) && PAYWALL_RE.test(t)) return 'paywall prompt';
  if (t.length < 400 && LEGAL_ANY.some((re) => re.test(t))) return 'legal boilerplate';
  if (t.length < 80) {
    // A line that is nothing but a photo credit ("Photo: Hau Dinh, AP", "Foto: Keystone").
    const sc = splitCredit(t);
    if (sc.credit && !sc.caption && /^(foto|fotos|bild|photo|photos|image|credit|crédit|©|\(c\))/i.test(t)) return 'credit line';
  }
  return null;
}

function linkShare(el: Element | null, t: string): number {
  if (!el || !t) return 0;
  let n = 0;
  for (const a of elements(el)) if (a.name === 'a') n += textOf(a).length;
  return Math.min(1, n / t.length);
}

/** Characters of link text (links with an href) inside an inline element. */
function linkedChars(el: Element): number {
  if (!hasElementChild(el)) return 0; // no links below a leaf (the list of descendants is not built)
  let n = 0;
  for (const a of elements(el)) if (a.name === 'a' && a.attribs.href) n += textOf(a).length;
  return n;
}

/** Share of text inside links that go somewhere else (not in-page anchors). */
function linkedShare(el: Element, t: string): number {
  let n = 0;
  for (const a of elements(el)) if (a.name === 'a' && a.attribs.href && !a.attribs.href.startsWith('#')) n += textOf(a).length;
  return t.length ? n / t.length : 0;
}

function pushParagraph(w: Walk, t: string, el: Element | null): void {
  if (!t) return;
  const why = junkReason(t);
  if (why) { dropLine(w, t, el, why); return; }
  if (el) {
    const ls = linkShare(el, t);
    if (INLINE_TEASER_RE.test(t) && (ls > 0.3 || t.length < 160)) { dropLine(w, t, el, 'inline teaser'); return; }
    if (ls > 0.8 && t.length < 200) { dropLine(w, t, el, 'link-only paragraph'); return; }
  }
  if (t.length < 120) {
    const stamp = parseStamp(t, w.ctx.dates);
    if (stamp) { w.ctx.stamps.push(stamp); dropLine(w, t, el, 'date stamp'); return; }
  }
  w.blocks.push({ type: 'paragraph', text: t });
}

function pushList(w: Walk, el: Element, ordered: boolean): void {
  const items: string[] = [];
  let linked = 0, total = 0, outward = 0;
  const host = pageHost(w);
  for (const li of el.children) {
    if (!(li instanceof Element) || li.name !== 'li') continue;
    const t = textOf(li);
    if (!t) continue;
    items.push(t);
    total += t.length;
    for (const a of elements(li)) {
      if (a.name !== 'a') continue;
      const n = textOf(a).length;
      linked += n;
      if (host && isOutward(a.attribs.href, host)) outward += n;
    }
  }
  if (!items.length) { visit(w, el, 1); return; }
  // A list of links to other sites (resources, courses, products to buy) is part of the article;
  // navigation and teaser lists link within the site.
  if (total && linked / total > THRESHOLDS.maxLinkDensity && !(items.length >= 2 && outward >= linked * THRESHOLDS.minOutwardLinkShare && !labelledLinkBox(el))) { dropLine(w, items.join(' | '), el, 'link list'); return; }
  if (items.every((i) => junkReason(i))) { dropLine(w, items.join(' | '), el, 'interface list'); return; }
  w.blocks.push({ type: 'list', ordered, items });
}

const CARD_TAGS = new Set(['div', 'article', 'section', 'li']);
const CARD_TITLE_CLASS_RE = /(^|[\s_-])(title|headline|heading)($|[\s_-])/;

/**
 * Teaser cards inside the body container (a "more stories" stream below the article): a run of
 * sibling elements of the same tag and class, each a short box whose title links to another page of
 * the same site (title in a heading or a title-classed element), next to an excerpt, a date, an
 * image. The titles go as linked headings anyway; this takes their excerpts with them. Cards linking
 * to other sites (products, resources) are left alone.
 */
function dropTeaserCards(w: Walk, parent: Element): void {
  const kids = parent.children.filter((k): k is Element => k instanceof Element);
  // Each child's first class token once (not a key string per comparison).
  const classes = kids.map(firstClass);
  for (let i = 0; i < kids.length;) {
    let j = i + 1;
    const name = kids[i]!.name, cls = classes[i]!;
    while (j < kids.length && sameCardKey(name, cls, kids[j]!.name, classes[j]!)) j++;
    if (j - i >= THRESHOLDS.minTeaserCards) {
      const run = kids.slice(i, j);
      const cards = run.filter((k) => isTeaserCard(w, k)).length;
      // A run that is most of the body is the page's own content (a guide's chapter list), not a stream beside it.
      const runText = run.reduce((n, k) => n + w.ctx.stats.get(k).text, 0);
      if (cards >= THRESHOLDS.minTeaserCards && cards >= run.length * 0.75 && runText < bodyText(w) * 0.5) {
        for (const k of run) { noteRemoval(w.ctx, 'collectBlocks', 'teaser card', k); w.ctx.consumed.add(k); }
      }
    }
    i = j;
  }
}

function bodyText(w: Walk): number {
  if (w.bodyText === undefined) w.bodyText = w.ctx.bodies.reduce((n, b) => n + w.ctx.stats.get(b).text, 0);
  return w.bodyText;
}

/** Are "tag|first class" keys equal? (Compared in parts; tag names with "|" as joined strings.) */
function sameCardKey(n1: string, c1: string, n2: string, c2: string): boolean {
  if (n1 === n2) return c1 === c2;
  return (n1.includes('|') || n2.includes('|')) && n1 + '|' + c1 === n2 + '|' + c2;
}

/**
 * The first class token (`class.trim().split(/\s+/, 1)[0]`, or ''): cards of one stream share it and
 * their tag ("article article_0", "article article_1").
 */
function firstClass(el: Element): string {
  const c = el.attribs.class;
  if (!c) return '';
  let a = 0;
  while (a < c.length && isWhiteSpace(c.charCodeAt(a))) a++;
  let b = a;
  while (b < c.length && !isWhiteSpace(c.charCodeAt(b))) b++;
  return c.slice(a, b);
}

function isTeaserCard(w: Walk, card: Element): boolean {
  if (!CARD_TAGS.has(card.name)) return false;
  const st = w.ctx.stats.get(card);
  if (st.text < 40 || st.text > THRESHOLDS.maxTeaserCardChars) return false;
  const host = pageHost(w);
  let title = false;
  for (const e of elements(card)) {
    if (title) break;
    if (!(/^h[1-6]$/.test(e.name) || CARD_TITLE_CLASS_RE.test(classId(e)))) continue;
    const t = textOf(e);
    if (t.length < 15 || t.length > 200 || linkedShare(e, t) <= 0.8) continue;
    const link = e.name === 'a' ? e : elements(e).find((a) => a.name === 'a' && a.attribs.href);
    if (host && link && isOutward(link.attribs.href, host)) return false;
    // A link below the page's own path is a part of this page (a guide's chapters), not a teaser.
    if (link && isSubPage(w, link.attribs.href)) return false;
    title = true;
  }
  return title;
}

/** Does `href` lead below the page's own path ("/guide" → "/guide/chapter-2")? */
function isSubPage(w: Walk, href: string | undefined): boolean {
  const base = w.base;
  if (!base || !href) return false;
  try {
    const page = new URL(base).pathname.replace(/\/+$/, '');
    if (!page) return false;
    return new URL(href, base).pathname.startsWith(page + '/');
  } catch {
    return false;
  }
}

/** Is the list the content of a labelled link box ("Links:" right before it)? */
function labelledLinkBox(list: Element): boolean {
  let p = list.prev;
  while (p && !(p instanceof Element)) p = p.prev;
  if (!(p instanceof Element)) return false;
  const t = textOf(p);
  return t.length < 30 && LINK_BOX_LABEL_RE.test(t);
}

/** The page's host without "www.", or null when the page has no URL. */
function pageHost(w: Walk): string | null {
  if (w.host !== undefined) return w.host;
  w.host = hostOf(w.base);
  return w.host;
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : null;
}

/** Does the link go to another site (an absolute http(s) URL on another host)? */
function isOutward(href: string | undefined, host: string): boolean {
  if (!href || !/^(https?:)?\/\//i.test(href)) return false;
  const h = hostOf(href.startsWith('//') ? 'https:' + href : href);
  return h !== null && h !== host && !h.endsWith('.' + host) && !host.endsWith('.' + h);
}

function pushQuote(w: Walk, el: Element): void {
  const ci = classId(el);
  if (/twitter-tweet|instagram-media|tiktok-embed|fb-post/.test(ci)) {
    const links = [...elements(el)].filter((e) => e.name === 'a' && e.attribs.href).map((e) => e.attribs.href!);
    const url = resolveUrl(links[links.length - 1], w.base);
    if (url) w.blocks.push({ type: 'embed', kind: /twitter/.test(ci) ? 'twitter' : /instagram/.test(ci) ? 'instagram' : /tiktok/.test(ci) ? 'tiktok' : 'facebook', url });
    return;
  }
  let cite: string | null = null;
  const citeEl = [...elements(el)].find((e) => e.name === 'cite' || e.name === 'footer' || /(^|[\s_-])(cite|author|source)($|[\s_-])/.test(classId(e)));
  if (citeEl) cite = textOf(citeEl).replace(/^[—–-]\s*/, '') || null;
  let t = textOf(el, true).replace(/\n/g, ' ');
  if (citeEl && cite) t = t.replace(textOf(citeEl), '');
  t = collapse(t);
  if (t) w.blocks.push({ type: 'quote', text: t, cite });
}

function isLayoutTable(w: Walk, t: Element): boolean {
  const st = w.ctx.stats.get(t);
  if (st.prose > 400) return true;
  for (const e of elements(t)) if (LAYOUT_CELL_TAGS.has(e.name)) return true;
  return false;
}

function pushTable(w: Walk, t: Element): void {
  const rows: string[][] = [];
  for (const tr of elements(t)) {
    if (tr.name !== 'tr') continue;
    const cells = tr.children.filter((c): c is Element => c instanceof Element && (c.name === 'td' || c.name === 'th')).map((c) => textOf(c));
    if (cells.some(Boolean)) rows.push(cells);
  }
  if (rows.length) w.blocks.push({ type: 'table', rows });
}

function pushFigure(w: Walk, f: NonNullable<ReturnType<typeof readFigure>>): void {
  if (w.ctx.hero && w.ctx.hero.src === f.src) return;
  w.blocks.push({ type: 'figure', src: f.src, alt: f.alt, caption: f.caption, credit: f.credit });
}

function pushEmbed(w: Walk, el: Element): void {
  const src = el.attribs.src ?? el.attribs['data-src'] ?? (el.attribs['data-videoid'] ? `https://www.youtube.com/watch?v=${el.attribs['data-videoid']}` : undefined)
    ?? [...elements(el)].find((e) => e.name === 'source')?.attribs.src;
  const url = resolveUrl(src, w.base);
  if (!url) return;
  const host = (() => { try { return new URL(url).hostname; } catch { return ''; } })();
  const kind = /youtube|youtu\.be/.test(host) ? 'youtube' : /vimeo/.test(host) ? 'vimeo' : /twitter|x\.com/.test(host) ? 'twitter' : /instagram/.test(host) ? 'instagram'
    : /spotify/.test(host) ? 'spotify' : /soundcloud/.test(host) ? 'soundcloud' : /facebook/.test(host) ? 'facebook' : /tiktok/.test(host) ? 'tiktok'
    : el.name === 'video' ? 'video' : el.name === 'audio' ? 'audio' : 'iframe';
  if (kind === 'iframe' && /(doubleclick|googlesyndication|adservice|ads\.|\/ads\/|tracking|analytics)/.test(url)) return;
  w.blocks.push({ type: 'embed', kind, url });
}

/** Whole-list filters that need neighbours: trailing teaser headings, duplicate lead, credits after figures. */
function postFilter(ctx: HtmlContext, blocks: Block[]): Block[] {
  const out: Block[] = [];
  const lead = ctx.lead ? collapse(ctx.lead) : null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'paragraph' && lead && (b.text === lead || (out.length === 0 && lead.startsWith(b.text) && b.text.length > 40))) { noteRemoval(ctx, 'collectBlocks', 'repeats the lead', b.text); continue; }
    if ((b.type === 'paragraph' || b.type === 'heading') && out.length < 6 && ctx.article.title && collapse(b.text) === ctx.article.title) { noteRemoval(ctx, 'collectBlocks', 'repeats the title', b.text); continue; }
    if (b.type === 'heading' && isTeaserHeading(b.text)) {
      // A teaser heading that survived to here: drop it and following non-prose blocks.
      noteRemoval(ctx, 'collectBlocks', 'teaser heading', b.text);
      while (i + 1 < blocks.length && blocks[i + 1]!.type !== 'heading' && !(blocks[i + 1]!.type === 'paragraph' && (blocks[i + 1] as { text: string }).text.length > 200)) i++;
      continue;
    }
    if (b.type === 'paragraph' && out.length && out[out.length - 1]!.type === 'figure') {
      const prev = out[out.length - 1] as Extract<Block, { type: 'figure' }>;
      const sc = splitCredit(b.text);
      if (!prev.credit && sc.credit && !sc.caption) { prev.credit = sc.credit; continue; }
    }
    if (b.type === 'heading' && ctx.article.title && collapse(b.text) === ctx.article.title) { noteRemoval(ctx, 'collectBlocks', 'repeats the title', b.text); continue; }
    out.push(b);
  }
  // Headings with nothing after them are navigation leftovers.
  while (out.length && out[out.length - 1]!.type === 'heading') noteRemoval(ctx, 'collectBlocks', 'trailing heading', (out.pop() as { text: string }).text);
  return out;
}

