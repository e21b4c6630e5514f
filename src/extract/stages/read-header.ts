/**
 * Stage 3 — the article head: headline (<h1> matched against metadata), kicker (Dachzeile) above or
 * inside it, lead/dek below it, bylines, date stamps and partner/agency credit lines. Elements read
 * here are marked consumed so body collection does not repeat them.
 */
import { Element, Text, elements, textOf, classId, collapse, ancestors, type ChildNode, type ParentNode } from '../../html/dom.js';
import { CAPTION_OR_CREDIT_RE, KICKER_CLASS_RE, LEAD_CLASS_RE, BYLINE_CLASS_RE, PERSON_ICON_RE, SOURCE_CLASS_RE, AGENCIES, THRESHOLDS, TITLE_LIMITS, DATE_CLASS_RE } from '../../rules/html.js';
import { siteNames, urlSections, isSection, metaTitle, titleWordings, titleParts, isSiteName, plausibleTitle, stripSiteAffix, namesSite } from '../../metadata/title.js';
import { decodeHTML } from 'entities';
import { parseStamp, parseStamps, parseMachineDate, parseHumanDate, labelledField } from '../../metadata/dates.js';
import { noteRemoval, cachedText, type Stage, type HtmlContext } from '../context.js';
import { Comment } from 'domhandler';

const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'menu']);
const CHROME_RE = /(^|[\s_-])(nav|navigation|menu|footer|sidebar|comment|comments|related|teaser|promo|newsletter|cookie|consent|breadcrumb|most-read|share)($|[\s_-])/;

/** class tokens of an <article> that is one comment ("comment", "comment-body"), not "comments-open" on a post. */
const COMMENT_ARTICLE_RE = /(^|\s)(comment|reply)(-body|-item|-content|-entry|-container)?(\s|$)/;

/** Is the element inside page chrome (navigation, footer, sidebars, comments)? */
export function inChrome(el: Element): boolean {
  // Walks parent pointers rather than an ancestors() array: asked for many short elements per page.
  let inArticle = false;
  for (let a = el.parent; a instanceof Element; a = a.parent) if (a.name === 'article') { inArticle = true; break; }
  for (let a = el.parent; a instanceof Element; a = a.parent) {
    // A comment is often an <article> of its own ("<article class=comment-body>"): not the page's article.
    if (a.name === 'article') return COMMENT_ARTICLE_RE.test(classId(a));
    // <body>/<html> classes describe the page ("has-share-buttons", "with-sidebar"), not a region of it.
    if (a.name === 'body' || a.name === 'html') break;
    if (CHROME_TAGS.has(a.name) && !(inArticle && a.name === 'footer')) return true;
    const ci = classId(a);
    if (ci && CHROME_RE.test(ci) && !/article|story|content|body|main|post/.test(ci)) return true;
  }
  return false;
}

/**
 * The word set of a string, memoised: the headline search compares every <h1> with the metadata
 * title and each of its wordings, so the same few strings were split again for every candidate.
 * The sets are only read. pickH1 empties the memo when it is done: its keys can be slices of the
 * page's HTML and would keep every page read alive.
 */
function tokens(s: string): ReadonlySet<string> {
  let t = TOKENS_MEMO.get(s);
  if (t === undefined) {
    t = new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
    TOKENS_MEMO.set(s, t);
  }
  return t;
}
const TOKENS_MEMO = new Map<string, ReadonlySet<string>>();

function overlap(a: string, b: string): number {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.size || !tb.size) return 0;
  let n = 0; for (const t of ta) if (tb.has(t)) n++;
  return n / Math.max(ta.size, tb.size);
}

/**
 * An <h1> that is the site's logo or name ("<h1 class=logo><a href=/>Playful Tones</a></h1>"): blogs
 * and small sites put their name in the only <h1> and the post title in an <h2>.
 */
function isLogoHeading(el: Element, text: string, names: readonly string[]): boolean {
  if (/(^|[\s_-])(logo|brand|branding|site-title|site-name|sitename|site-logo|masthead)($|[\s_-])/.test(classId(el))) return true;
  if (isSiteName(text, names)) return true;
  const links = [...elements(el)].filter((e) => e.name === 'a');
  if (links.length === 1 && textOf(links[0]!) === text) {
    const raw = links[0]!.attribs.href ?? '';
    const href = raw.replace(/^https?:\/\/[^/]+/i, '');
    if (href === '' || href === '/' || href === './' || href === '../') return true;
    // The site's root behind an archive's prefix ("/web/2008…/http://www.example.de/").
    if (/^\/.*https?:\/\/[^/?#]+\/?$/i.test(href)) return true;
  }
  return false;
}

/** Children of a headline that are not part of it: a date, a byline, a counter ("<h1>Titel<br><small>02.02.2022 • Verband</small></h1>"). */
const HEADLINE_EXTRA_CLASS_RE = /(^|[\s_-])(date|time|datum|meta|byline|author|count|counter|comments?|badge|label)($|[\s_-])/;
/** Parts of a headline element that are not the headline: a subtitle set inside it, text for screen readers only. */
const HEADLINE_ASIDE_CLASS_RE = /(^|[\s_-])(subtitle|sub-title|subline|sr-only|visually-hidden|visuallyhidden|element-invisible|invisible|screen-reader-text)($|[\s_-])/;
/** The subtitle kind of those (the rest is hidden text). */
const isHeadlineSubtitle = (e: Element): boolean => /sub/.test(classId(e)) && HEADLINE_ASIDE_CLASS_RE.test(classId(e));
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The date printed near the headline, with the label (if any) printed before it. */
function setNearTitleDate(ctx: HtmlContext, iso: string | null, text: string): void {
  ctx.nearTitleDate = iso;
  ctx.nearTitleField = iso ? labelledField(text, ctx.dates) : null;
}

/** The headline's own text, without date/meta children; the date child is remembered for `nearTitleDate`. */
function headlineText(ctx: HtmlContext, h1: Element): string {
  const extras = [...elements(h1)].filter((e) => e !== h1 && (e.name === 'time' || HEADLINE_EXTRA_CLASS_RE.test(classId(e))
    // a subtitle only when it follows the headline's words (one set before them reads as its kicker)
    || (HEADLINE_ASIDE_CLASS_RE.test(classId(e)) && (!isHeadlineSubtitle(e) || textOf(h1).indexOf(textOf(e)) > 0))
    // a date line swallowed by an unclosed <h1> ("<h1>Title</h2><p>January 1, 2025</p>")
    || (e.name === 'p' && DATE_ONLY_RE.test(textOf(e)))
    || (e.name === 'small' && /\d/.test(textOf(e)) && parseHumanDate(textOf(e), ctx.dates) !== null)));
  if (!extras.length) return textOf(h1);
  let t = ' ' + textOf(h1) + ' ';
  for (const e of extras) {
    const et = textOf(e);
    if (!et) continue;
    if (!ctx.nearTitleDate && /\d/.test(et) && !HEADLINE_ASIDE_CLASS_RE.test(classId(e))) setNearTitleDate(ctx, parseHumanDate(et, ctx.dates) ?? (e.attribs.datetime ? parseMachineDate(e.attribs.datetime, ctx.dates) : null), et);
    t = t.replace(et, ' ');
  }
  return collapse(t).replace(/[\s•·|–—-]+$/, '') || textOf(h1);
}

function pickH1(ctx: HtmlContext, want: string, wordings: readonly string[], names: readonly string[], parts: readonly string[]): Element | null {
  try {
    return pickH1Uncleared(ctx, want, wordings, names, parts);
  } finally {
    TOKENS_MEMO.clear();
  }
}

function pickH1Uncleared(ctx: HtmlContext, want: string, wordings: readonly string[], names: readonly string[], parts: readonly string[]): Element | null {
  let best: Element | null = null; let bestScore = -1;
  const h1s: Element[] = [];
  for (let ei = 0, all = elements(ctx.doc); ei < all.length; ei++) if (all[ei]!.name === 'h1') h1s.push(all[ei]!);
  const match = (t: string): number => wordings.reduce((m, w) => Math.max(m, overlap(t, w)), want ? overlap(t, want) : 0);
  for (const el of h1s) {
    const t = textOf(el);
    if (!t || t.length > TITLE_LIMITS.maxChars) continue;
    const logo = isLogoHeading(el, t, names);
    if (logo && match(t) < 0.5) continue;
    let score = want ? Math.max(match(t), logo ? 0 : parts.reduce((m, w) => Math.max(m, overlap(t, w)), 0)) : 0.5;
    if (inChrome(el)) score -= 0.6;
    if (ancestors(el).some((a) => a.name === 'article' || a.name === 'main' || /article|story|post|content/.test(classId(a)))) score += 0.2;
    if (score > bestScore) { best = el; bestScore = score; }
  }
  // A lone <h1> is the headline only when nothing contradicts it: blogs put their name in the only <h1>.
  if (best && (bestScore >= 0.3 || h1s.length === 1 && !want && bestScore > -0.2)) {
    // A long <h1> beside a short metadata headline that it does not contain is a dek set as <h1>.
    const t = textOf(best);
    if (!(want && t.length > TITLE_LIMITS.maxSentenceChars && !plausibleTitle(t, names) && want.length < t.length / 2)) return best;
  }
  // No matching <h1>: a heading (h2/h3 or itemprop=headline) holding the metadata title (maybe with a kicker).
  if (want) {
    const wt = tokens(want);
    for (let ei = 0, all = elements(ctx.doc); ei < all.length; ei++) { // indexed, not for…of: see elements()
      const el = all[ei]!;
      if (!/^h[1-3]$/.test(el.name) && el.attribs.itemprop !== 'headline') continue;
      if (inChrome(el)) continue;
      const ht = tokens(textOf(el));
      let shared = 0; for (const t of wt) if (ht.has(t)) shared++;
      if (wt.size && shared / wt.size >= 0.8 && ht.size <= wt.size * 2 + 3) return el;
    }
  }
  return null;
}

/**
 * `textOf(el).length > n`, without reading all of a long `el` when one descendant's text is already
 * longer: an element's text holds each descendant's text (whitespace collapsed the same way, maybe
 * joined to a neighbour), so it is at least as long. The descendant is found by the text statistics
 * (children of tags textOf reads, WRAPPER_TAGS, down to one of at most 8n characters); the statistics
 * only guide the choice, the answer is always from textOf. Saves reading a whole body container
 * (a tenth of readHeader) when the lead search meets it.
 */
function readsLongerThan(ctx: HtmlContext, el: Element, n: number): boolean {
  if (WRAPPER_TAGS.has(el.name)) {
    let x = el;
    for (;;) {
      let next: Element | null = null;
      for (const c of x.children) if (c instanceof Element && WRAPPER_TAGS.has(c.name) && ctx.stats.get(c).text > n + 20) { next = c; break; }
      if (!next) break;
      if (ctx.stats.get(next).text <= 8 * n) { if (textOf(next).length > n) return true; break; }
      x = next;
    }
  }
  return textOf(el).length > n;
}

/** The next/previous element in document order that has text, skipping empty wrappers. */
function prevTextElement(el: Element, stopAt: number): Element | null {
  let n: ChildNode | null = el;
  let steps = 0;
  while (n && steps++ < stopAt) {
    let p: ChildNode | null = n.prev;
    while (p && !(p instanceof Element) && !(p instanceof Text && p.data.trim())) p = p.prev;
    if (p instanceof Element) {
      if (textOf(p)) return p;
      n = p; continue;
    }
    if (p instanceof Text) return null;
    n = n.parent instanceof Element ? n.parent : null;
  }
  return null;
}

function nextTextElements(ctx: HtmlContext, el: Element, max: number): Element[] {
  // Elements following `el` in document order (not its descendants), leaf-most with text first.
  const out: Element[] = [];
  let n: ChildNode | null = el;
  let guard = 0;
  while (n && out.length < max && guard++ < 200) {
    let s: ChildNode | null = n.next;
    while (s && out.length < max) {
      if (s instanceof Element && ctx.stats.get(s).text > 0) out.push(s);
      s = s.next;
    }
    n = n.parent instanceof Element ? n.parent : null;
  }
  return out;
}

/** A field label ("Title:", "Titel") printed before the headline: neither kicker nor headline. */
const FIELD_LABEL_RE = /^(?:title|titel|titre|titolo|headline|überschrift)$/i;

function isKickerText(t: string): boolean {
  if (FIELD_LABEL_RE.test(t)) return false;
  return t.length >= 2 && t.length <= THRESHOLDS.maxKickerChars && !/[.!?]$/.test(t) && !/^\d/.test(t) && !/\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}:\d{2}/.test(t)
    && !(/\d{4}/.test(t) && DATE_ONLY_RE.test(t));
}

/** A line that is only a date ("Jan 18, 2019", "Samstag, 5. Oktober 2013", "03.02.2022"), maybe with a weekday or reading time. */
const DATE_ONLY_RE = /^(?:[\p{L}]+,?\s+)?(?:\d{1,2}\.?\s*[\p{L}]+\.?\s+\d{4}|[\p{L}]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[\s,|•·–-]+.{0,25})?$/u;

const SHORT_LINE_TAGS = new Set(['p', 'span', 'div', 'small', 'li', 'dd', 'strong', 'em', 'b', 'header', 'time', 'abbr']);

/** Cheap pre-filter before the stamp parser: a digit or a stamp label. */
const STAMP_HINT_RE = /\d|akt\.|stand|updat|aktualis|publi|veröff|erschien|erstellt|posted|mis à|aggiorn|datum|heute|gestern|today|yesterday/i;
const AGENCY_RE = new RegExp('^(?:' + AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')$', 'i');
const PARTNER_RE = /^(?:ein\s+)?(?:partner-?artikel|artikel|beitrag|ein artikel|a story|an article|un article|un articolo)\s+(?:von|aus|unseres partners|des partners|by|from|de|di|da)\s+(.{2,40})$/i;
const QUELLE_RE = /^(?:quelle|source|fonte|mit material von|with material from)\s*:?\s*([^;,]{2,40}?)(?:\s*[;,].*)?$/i;
/** Links to author pages: /author/jane-doe, /autoren/…, /contributor/…, /people/…. */
const AUTHOR_HREF_RE = /\/(?:author|authors|autor|autoren|autorin|auteur|auteurs|autore|autori|contributor|contributors|writer|writers|journalist|journalisten|people|staff|profile|profil|by)\/[^/?#]+\/?(?:[?#].*)?$/i;
/** Links to tag and category pages: /tag/lifestyle, /category/news/, /thema/…. */
const TAG_HREF_RE = /\/(?:tags?|category|categories|topics?|thema|themen|rubrik|schlagwort|schlagworte|sujet|argomenti?)\/[^/?#]+\/?(?:[?#].*)?$/i;
/** A label standing before the author's name. */
const BY_LABEL_RE = /^(?:written by|text by|words by|story by|reported by|interview by|by|von|text|texte|testo|interview|autor(?:in)?|autoren|author|authors|contributors?|auteur|autore|di|par)\s*:?$/i;

/** class/id of meta lines (author + date + reading time) that are never body text. */
const META_LINE_CLASS_RE = /(^|[\s_-])(meta|metainfo|meta-info|metadata|metaline|meta-line|metatextline|article-meta|post-meta|entry-meta|story-meta|dateline|info-line|article-info|reading-time|readtime|lesezeit)($|[\s_-])/;

function inFigure(el: Element): boolean {
  return el.name === 'figcaption' || underFigure(el) || CAPTION_OR_CREDIT_RE.test(classId(el));
}

/** Is an ancestor of `el` a <figure> or <figcaption>? */
function underFigure(el: Element): boolean {
  for (let a = el.parent; a instanceof Element; a = a.parent) if (a.name === 'figure' || a.name === 'figcaption') return true;
  return false;
}

/** Is an ancestor of `el` (other than `except` and the meta lines read as a whole) in `set`? */
function ancestorIn(el: Element, set: ReadonlySet<Element>, except: Element | null): boolean {
  for (let a = el.parent; a instanceof Element; a = a.parent) if (a !== except && set.has(a) && !META_LINES.has(a)) return true;
  return false;
}

/**
 * Meta lines (author + date + reading time, "post-meta") consumed whole by readLine. A byline element
 * inside one (`<div class=post-meta><span class=date>…</span><p class=post-author-name>Jane Doe</p>`)
 * is still read as a byline: the meta line itself yields a name only after "by"/"von".
 */
const META_LINES = new WeakSet<Element>();
/** Pages whose first `<article data-author>` has been read (later posts' authors are not the page's). */
const DATA_AUTHOR_READ = new WeakSet<HtmlContext>();

export const readHeader: Stage = (ctx) => {
  const names = siteNames(ctx.meta, ctx.options.url);
  const sections = urlSections(ctx.options.url ?? ctx.meta.canonical);
  const mt = metaTitle(ctx.meta, names, sections);
  const want = mt?.text ?? null;
  // With only the <title> to go by (the headline guessed as its longest part), each of its parts is a
  // wording the visible headline may take: "Rioja, Spanien - Weine aus Spanien - Weinhandlung Beispiel".
  // (Not for a logo heading, whose text is the <title>'s site part.)
  const parts = mt?.guessed && ctx.meta.docTitle ? titleParts(ctx.meta.docTitle).filter((p) => !isSiteName(p, names)) : [];
  const h1 = pickH1(ctx, want ?? '', titleWordings(ctx.meta, names, sections), names, parts);
  ctx.h1 = h1;
  const consumed = ctx.consumed;
  let title: string | null = null;
  if (h1) {
    consumed.add(h1);
    // Kicker inside the <h1> (span.kicker + span.title) — common on German sites.
    const inner = [...elements(h1)].find((e) => KICKER_CLASS_RE.test(classId(e)));
    if (inner) {
      ctx.kicker = textOf(inner) || null;
      const rest = [...elements(h1)].find((e) => e !== inner && /title|headline|text/.test(classId(e)) && !KICKER_CLASS_RE.test(classId(e)));
      title = rest ? textOf(rest) : collapse(textOf(h1).replace(ctx.kicker ?? '', ''));
    } else {
      title = headlineText(ctx, h1);
      // "<h1><span>Kicker</span><span class="headline">Headline</span></h1>": the words before the
      // element classed as the headline are its kicker.
      const own = h1.children.filter((c): c is Element => c instanceof Element && textOf(c) !== '');
      const hl = own.length >= 2 && own.length <= 3 ? own.find((e, i) => i > 0 && /(^|[\s_-])(headline|title)($|[\s_-])/.test(classId(e)) && !HEADLINE_EXTRA_CLASS_RE.test(classId(e))) : undefined;
      if (hl) {
        const k = collapse(own.slice(0, own.indexOf(hl)).map((e) => textOf(e)).join(' ')).replace(/[\s:|–—-]+$/, '');
        if (k && isKickerText(k)) { ctx.kicker = k; title = textOf(hl); }
      }
      // "Kicker: Headline" in one element, the headline known from metadata (its headline, or else the
      // document <title> as a whole): split off the kicker.
      // (the <title> only when it is headline-length, 20+ characters: a short one is a section name, "News")
      const docTail = ctx.meta.docTitle ? stripSiteAffix(ctx.meta.docTitle, names) : '';
      const tail = [want && !mt!.guessed ? want : '', docTail.length >= 20 ? docTail : '']
        .find((w) => w && title !== w && title!.endsWith(w));
      if (tail) {
        const k = title.slice(0, title.length - tail.length).replace(/[\s:|–—-]+$/, '').trim();
        // A quotation before the colon ("«Pure Leere»: Kramer verpasst …") is part of the headline.
        if (k && FIELD_LABEL_RE.test(k)) title = tail;
        else if (k && isKickerText(k) && !/^["„“«»‚‘'‹›]/.test(k)) { ctx.kicker = k; title = tail; }
      }
      // Two parts in two elements, which the metadata title joins with a separator ("A – B"): the first is the kicker.
      const parts = h1.children.filter((c): c is Element => c instanceof Element && textOf(c) !== '');
      if (!ctx.kicker && want && !mt!.guessed && parts.length === 2) {
        const [k, t] = [textOf(parts[0]!), textOf(parts[1]!)];
        if (new RegExp(`^${escapeRe(k)}\\s*[:|–—-]\\s+${escapeRe(t)}$`).test(want) && isKickerText(k)) { ctx.kicker = k; title = t; }
      }
    }
    if (!ctx.kicker) {
      const prev = prevTextElement(h1, 4);
      if (prev && !inChrome(prev) && prev.name !== 'a' && !/^h[1-6]$/.test(prev.name) || prev && KICKER_CLASS_RE.test(classId(prev))) {
        const t = textOf(prev!);
        const byClass = KICKER_CLASS_RE.test(classId(prev!)) || [...elements(prev!)].some((e) => KICKER_CLASS_RE.test(classId(e)));
        // (a line of items one of which is a date is the date line, "Dec 17, 2025" "Jana K. Muster")
        const linky = [...elements(prev!)].some((e) => e.name === 'a' || e.name === 'li' || e.name === 'time' || (e !== prev && DATE_ONLY_RE.test(textOf(e))));
        if (isKickerText(t) && (byClass || (!linky && t.split(/\s+/).length <= 8 && /^(p|span|div|strong|b|header|hgroup)$/.test(prev!.name)))) {
          ctx.kicker = t; consumed.add(prev!);
        }
      }
    }
    if (!ctx.kicker) {
      // Kicker as a classed element inside the header near the <h1> (e.g. hgroup or header > .kicker after h1).
      const scope = h1.parent instanceof Element ? h1.parent : null;
      if (scope) for (const e of elements(scope)) {
        if (e !== h1 && KICKER_CLASS_RE.test(classId(e)) && isKickerText(textOf(e))) { ctx.kicker = textOf(e); consumed.add(e); break; }
      }
    }
  }
  // The site's name glued to the visible headline ("Best UK Art Exhibitions 2025 – Artlyst") is not part of it.
  if (title && h1) {
    const stripped = stripSiteAffix(title, names);
    const cut = stripped !== title ? collapse(title.replace(stripped, ' ').replace(/[|–—·•-]/g, ' ')) : '';
    if (cut && namesSite(cut, names)) title = stripped;
    // … and so is the section the URL names, with or without the site after it ("Sleep tips | Patient Education | UC Davis").
    const kept = stripSiteAffix(title, names, false, sections);
    const removed = kept !== title && title.startsWith(kept) ? title.slice(kept.length).split(/\s+[|–—·•-]\s+|\s*[|·•]\s*/).map((p) => p.trim()).filter(Boolean) : [];
    if (removed.length && removed.some((p) => isSection(p, sections)) && removed.every((p) => isSection(p, sections) || namesSite(p, names))) title = kept;
  }
  if (!title) title = want;
  // Text escaped twice by the CMS ("SQL &#x26; AI") reads as its characters.
  if (title && /&(?:#x?[0-9a-f]{1,6}|amp|quot|apos|lt|gt|nbsp);/i.test(title)) title = decodeHTML(title);
  ctx.article.title = title ? collapse(title).replace(/^[\s\-–—:|•·]+|[\s\-–—:|•·]+$/g, '') || null : null;

  // Lead: a classed element right after the headline, else a first paragraph that is wholly bold.
  if (h1) {
    for (const el of nextTextElements(ctx, h1, 8)) {
      if (inChrome(el) || el.name === 'figure' || el.name === 'figcaption' || /caption|credit|figure|image|photo|media/.test(classId(el))) continue;
      // Read only when needed: `el` is often the whole body container, which is only asked whether it is long.
      const read: { text?: string } = {};
      const text = (): string => (read.text ??= textOf(el));
      const ci = classId(el);
      // A classed descendant counts only near the start of `el` (not an author "summary" box at the foot of the body container).
      const classed = LEAD_CLASS_RE.test(ci) || elements(el).find((e) => LEAD_CLASS_RE.test(classId(e)) && !CAPTION_OR_CREDIT_RE.test(classId(e)) && !ancestors(e).some((x) => x.name === 'figure') && textOf(e).length >= 40
        && text().indexOf(textOf(e).slice(0, 40)) <= 200);
      if (classed) {
        const target = classed instanceof Element ? classed : el;
        const lt = textOf(target);
        if (lt.length >= 40 && lt.length <= 1200 && !/(^|\s)(meta|byline|date|author|share)/.test(classId(target))) {
          ctx.lead = lt; ctx.leadEl = target; consumed.add(target); break;
        }
      }
      if (el.name === 'p' || el.name === 'h2') {
        const t = text();
        if (el.name === 'p' && t.length < 60 && (STAMP_HINT_RE.test(t) || BYLINE_START_RE.test(t))) continue; // "Stand: …", "Von …"
        if (el.name === 'p' && t.length >= 60 && isWhollyBold(el)) { ctx.lead = t; ctx.leadEl = el; consumed.add(el); }
        break;
      }
      if (read.text !== undefined ? read.text.length > 400 : readsLongerThan(ctx, el, 400)) break;
    }
    // An unclassed dek: the first prose line after the headline inside the article's own header.
    const head = ancestors(h1).find((a) => a.name === 'header' || a.name === 'hgroup' || /(^|[\s_-])(header|intro|head|heading|headline|hero|top|title)($|[\s_-])/.test(classId(a)) || a.attribs['data-area'] === 'intro');
    if (!ctx.lead && head && !inChrome(head) && ctx.stats.get(head).text < 2000) {
      for (const el of nextTextElements(ctx, h1, 6)) {
        if (!isAncestorOf(head, el)) break;
        if (consumed.has(el) || /^(figure|figcaption|time|a|ul|ol|nav)$/.test(el.name) || /caption|credit|byline|author|date|meta|share/.test(classId(el))) continue;
        const t = textOf(el);
        if (t.length >= 60 && t.length <= 1000 && /[.!?…"“”»«]$/.test(t) && !BYLINE_START_RE.test(t) && ctx.stats.linkDensity(el) < 0.2 && !hasBlockChild(el)) {
          ctx.lead = t; ctx.leadEl = el; consumed.add(el);
        }
        break;
      }
    }
    // A subtitle set inside the headline element (kept out of the title above) is the dek when there is no other.
    if (!ctx.lead) {
      const sub = [...elements(h1)].find((e) => e !== h1 && isHeadlineSubtitle(e));
      const st = sub ? textOf(sub) : '';
      if (st.length >= 20 && !ctx.article.title?.includes(st)) { ctx.lead = st; ctx.leadEl = sub!; }
    }
  }

  // An unlabelled date printed right before or after the headline ("Jan 18, 2019" above it, "26.01.2022" below).
  if (h1 && !ctx.nearTitleDate) {
    const prev = prevTextElement(h1, 3);
    const pt = prev && ctx.stats.get(prev).text <= 60 && !inMasthead(prev, h1) ? textOf(prev) : '';
    if (pt && DATE_ONLY_RE.test(pt) && !inChrome(prev!)) setNearTitleDate(ctx, parseHumanDate(pt, ctx.dates), pt);
    else if (pt && !inChrome(prev!)) {
      // A date line above the headline that holds the date and the author side by side ("Dec 17, 2025" "Jana K. Muster").
      const kids = prev!.children.filter((c): c is Element => c instanceof Element);
      const d = kids.length <= 4 ? kids.map((k) => textOf(k)).find((k) => k && DATE_ONLY_RE.test(k)) : undefined;
      if (d) {
        setNearTitleDate(ctx, parseHumanDate(d, ctx.dates), d);
        // The one other item of such a date line, when it is a full name, is the author.
        const rest = kids.map((k) => textOf(k)).filter((k) => k && k !== d);
        if (rest.length === 1 && rest[0]!.length <= 60 && ctx.textBylines.length < 4) {
          ctx.textBylines.push(rest[0]!);
          consumed.add(prev!); noteRemoval(ctx, 'readHeader', 'date and byline line', prev!);
        }
      }
    }
  }
  if (h1 && !ctx.nearTitleDate) {
    for (const el of nextTextElements(ctx, h1, 6)) {
      if (ctx.stats.get(el).text >= THRESHOLDS.maxNearTitleDateWalkChars) break;
      if (ctx.stats.get(el).text > 200 || inChrome(el) || el.name === 'figure' || el.name === 'figcaption' || underFigure(el)) continue;
      const t = textOf(el);
      const iso = dateLineDate(ctx, t);
      if (iso) { setNearTitleDate(ctx, iso, t); break; }
    }
  }

  if (h1 && !ctx.nearTitleDate) scanBelowHeadline(ctx, h1);

  // Bylines, stamps and partner credits: short elements outside page chrome.
  let order = 0, h1Order = -1;
  const classed: Array<{ iso: string; order: number }> = [];
  for (let ei = 0, all = elements(ctx.doc); ei < all.length; ei++) { // indexed, not for…of: see elements()
    const el = all[ei]!;
    order++;
    if (el === h1) h1Order = order;
    readLine(ctx, el, order, h1, classed);
  }
  // Of the date-classed elements, the one nearest the headline (before or after it) dates the article.
  if (classed.length) {
    const at = h1Order >= 0 ? h1Order : 0;
    ctx.classedDate = classed.reduce((a, b) => (Math.abs(b.order - at) < Math.abs(a.order - at) ? b : a)).iso;
  }
};

/**
 * One element of the page-wide scan for bylines, stamps and partner credits. A function of its own
 * (not the loop body inside readHeader) so that V8 optimises this hot code after a page or two; as
 * part of the big stage function it ran unoptimised for most of a cold pass.
 */
function readLine(ctx: HtmlContext, el: Element, order: number, h1: Element | null, classed: Array<{ iso: string; order: number }>): void {
  const ci = classId(el);
  const size = ctx.stats.get(el).text;
  if (size === 0 && el.name !== 'time') return;
  if (size >= 6 && size <= 60 && ci && DATE_CLASS_RE.test(ci) && classed.length < 40) {
    const t = lineText(ctx, el);
    if (/\d/.test(t) && !/vor\s|ago|il y a|\sfa\b/i.test(t) && !inChrome(el)) {
      const iso = parseHumanDate(t, ctx.dates);
      if (iso) classed.push({ iso, order });
    }
  }
  // An author box's name element ("author-box__name") names the author even though the box is a bio.
  // (a comment's author, "comment-author-link", is not the article's)
  const isByline = (el.attribs.rel === 'author' || el.attribs.itemprop === 'author' || (ci && BYLINE_CLASS_RE.test(ci)
    && (!/(bio|box|description|about|avatar|image|img|photo|picture|(^|[\s_-])info($|[\s_-]))/.test(ci) || /(^|[\s_-])(name|fn)($|[\s_-])/.test(ci))))
    && !/(^|[\s_-])comment/.test(ci);
  if (isByline && size <= 200 && !inChrome(el) && !ancestorIn(el, ctx.consumed, h1)) {
    // (a tag or category link in the byline row, "<a href="/tag/lifestyle">Lifestyle</a>", names no one)
    const t = [...elements(el)].reduce((x, d) => (d.name === 'a' && TAG_HREF_RE.test(d.attribs.href ?? '') ? collapse(x.replace(textOf(d), ' ')) : x), lineText(ctx, el));
    if (t && t.length <= 160) { ctx.bylines.push(t); ctx.consumed.add(el); noteRemoval(ctx, 'readHeader', 'byline', el); }
    // Names the markup declares as the author (rel=author, itemprop=author, hCard "fn"): kept even as handles.
    for (const d of [el, ...elements(el)]) {
      if ((d.attribs.rel === 'author' || d.attribs.itemprop === 'author' || /(^|\s)fn(\s|$)/.test(d.attribs.class ?? '')) && ctx.declaredAuthors.length < 6) {
        const dt = textOf(d);
        if (dt && dt.length <= 60) ctx.declaredAuthors.push(dt);
      }
    }
    return;
  }
  if (size >= 6 && size <= 80 && ctx.textBylines.length < 4 && !hasChildIn(el, BLOCK_TAGS)) {
    // A line that reads "Written by Jane Doe" / "Von Hans Muster" / "Par Marie Dupont": a byline whatever its class.
    const t = lineText(ctx, el);
    // (a date line among sibling date lines is an entry of a list of dates, "17.11.2022 - Band - Venue")
    let m = BYLINE_FIRST_RE.test(t) ? BYLINE_TEXT_RE.exec(t) : null;
    // (the pattern before the siblings: it rarely matches, and datedSibling reads two more texts)
    if (!m && el !== h1 && size <= 70 && /^\d/.test(t)) { m = DATE_NAME_RE.exec(t); if (m && (!CAPITAL_RE.test(m[1]!) || datedSibling(el))) m = null; }
    // (a parent with the same text is read instead, unless it holds blocks and is not read: "<div><p>Written by …</p><p></p></div>")
    // (the parent's text is read only for a line that matched: most short elements have none)
    if (m && el !== h1 && el.name !== 'h2' && t !== ctx.article.title && !inChrome(el) && !parentReads(ctx, el, t)) ctx.textBylines.push(m[1]!);
  }
  // A forum post or article naming its author in an attribute (`<article class="message" data-author="Pepemaus">`):
  // the first one is the page's.
  if (el.name === 'article' && el.attribs['data-author'] && !DATA_AUTHOR_READ.has(ctx) && ctx.declaredAuthors.length < 6 && !inChrome(el)) {
    ctx.declaredAuthors.push(collapse(el.attribs['data-author']));
    DATA_AUTHOR_READ.add(ctx);
  }
  if (size >= 8 && size <= 100 && ctx.copyrightHolders.length < 3 && !hasBlockChild(el)) {
    const m = COPYRIGHT_RE.exec(lineText(ctx, el));
    if (m && !inFigure(el)) ctx.copyrightHolders.push(m[1]!);
  }
  if (el.name === 'a' && el.attribs.href && AUTHOR_HREF_RE.test(el.attribs.href) && ctx.authorLinks.length < 6 && !inChrome(el)) {
    const t = lineText(ctx, el);
    if (t && t.length <= 60) ctx.authorLinks.push(t);
  } else if (size <= 25 && el.next && BY_LABEL_RE.test(lineText(ctx, el))) {
    // "Written by" / "Text by" / "Autor:" as its own element, the name in the next one.
    let n: ChildNode | null = el.next;
    while (n && !(n instanceof Element) && !(n instanceof Text && n.data.trim())) n = n.next;
    const t = n ? collapse(n instanceof Element ? textOf(n) : (n as Text).data) : '';
    if (t && t.length <= 60 && !inChrome(el)) ctx.authorLinks.push(t);
  }
  if (el.name === 'time') {
    if (ctx.stamps.length >= 12) return; // comment threads carry hundreds of <time>s; the article's come first
    const dt = el.attribs.datetime ?? lineText(ctx, el);
    const iso = dt ? parseMachineDate(dt, ctx.dates) : null;
    if (iso && !inChrome(el) && !inMasthead(el, h1)) {
      const cue = (ci + ' ' + (el.attribs.itemprop ?? '') + ' ' + (el.parent instanceof Element ? classId(el.parent) + ' ' + textOf(el.parent).slice(0, 40) : '')).toLowerCase();
      const field = /modif|updat|aktuali|akt\.|stand|mis à jour|aggiorn/.test(cue) ? 'updated' : 'published';
      ctx.stamps.push({ field, iso, raw: dt, truncated: false });
    }
    return;
  }
  if (ci && size <= 200 && META_LINE_CLASS_RE.test(ci) && !inChrome(el) && !ctx.consumed.has(el) && !(h1 && isAncestorOf(el, h1))) {
    // (a wrapper holding the headline too is not a meta line: a date in the headline is the event's)
    const t = lineText(ctx, el);
    const stamps = parseStamps(t, ctx.dates);
    if (stamps.length) ctx.stamps.push(...stamps);
    else if (/\d/.test(t)) { const d = parseMachineDate(t, ctx.dates); if (d) ctx.stamps.push({ field: 'published', iso: d, raw: t, truncated: false }); }
    // (the name ends before "in <category>": "Von Henry In Aktuell")
    const by = /(?:^|\s)(?:by|von|par|di)\s+([^·|•,\d]{3,60}?)(?:\s*[·|•,]|\s+\d|\s+(?:on|am|le|il|in|im|dans)\s|$)/i.exec(t);
    if (by) ctx.bylines.push(by[1]!);
    // An item marked with a person icon ("<li><i class="bi bi-person"></i> Jane Doe</li>") names the author.
    for (const icon of elements(el)) {
      if (!PERSON_ICON_TAGS.has(icon.name) || !PERSON_ICON_RE.test(classId(icon)) || textOf(icon) || !(icon.parent instanceof Element)) continue;
      const it = textOf(icon.parent);
      if (it && it.length <= 60) ctx.bylines.push(it);
    }
    ctx.consumed.add(el); META_LINES.add(el); noteRemoval(ctx, 'readHeader', 'meta line', el);
    return;
  }
  if (el.children.length > 6 || size > 130) return;
  // Stamps are read from the outermost short element of a line only: its descendants' text is part of it.
  const par = el.parent;
  const outer = !(par instanceof Element && par.children.length <= 6 && ctx.stats.get(par).text <= 130 && SHORT_LINE_TAGS.has(par.name));
  if (!SHORT_LINE_TAGS.has(el.name)) return;
  const t = lineText(ctx, el);
  if (!t || t.length > 120) return;
  if (SHORT_LINE_TAGS.has(el.name) && !hasBlockChild(el)) {
    let stamps = outer && STAMP_HINT_RE.test(t) ? parseStamps(t, ctx.dates) : [];
    if (stamps.length === 1 && stamps[0]!.truncated && el.parent instanceof Element) {
      // "Last Updated:" with the date in a sibling element: read the label's parent line.
      const pt = textOf(el.parent);
      if (pt.length <= 120) { const ps = parseStamp(pt, ctx.dates); if (ps && !ps.truncated) stamps = [ps]; }
    }
    if (stamps.length && !inChrome(el)) { ctx.stamps.push(...stamps); ctx.consumed.add(el); noteRemoval(ctx, 'readHeader', 'date stamp', el); return; }
    if (t.length > 60 || inFigure(el)) return;
    if ((SOURCE_CLASS_RE.test(ci) && t.length <= 40 && !inChrome(el)) || AGENCY_RE.test(t) && isStandaloneLine(el)) {
      const pm = PARTNER_RE.exec(t);
      const credit = pm ? pm[1]! : t.replace(/^(quelle|source|fonte)\s*:\s*/i, '');
      if (AGENCY_RE.test(credit) || SOURCE_CLASS_RE.test(ci)) { ctx.sourceCredits.push(collapse(credit)); ctx.consumed.add(el); noteRemoval(ctx, 'readHeader', 'source credit', el); return; }
    }
    const m = PARTNER_RE.exec(t) ?? QUELLE_RE.exec(t);
    if (m) {
      if (!inChrome(el)) { ctx.sourceCredits.push(collapse(m[1]!.replace(/[.)]$/, ''))); ctx.consumed.add(el); noteRemoval(ctx, 'readHeader', 'source credit', el); }
    }
  }
}

/**
 * `cachedText` for the line scan, with a shortcut for a wrapper around one element ("<li><a>Name</a></li>",
 * "<div>\n  <span>…</span>\n</div>"): its text is its child's, which the scan reads anyway (the child is
 * visited next). About a third of the short elements of a page are such wrappers; the shortcut saves
 * textOf's general walk for each (a stack, a join and a whitespace collapse of the indented markup).
 * Exact: the blank text around the child collapses away, and collapse() leaves nothing in the
 * child's text that a second collapse would change (every whitespace run becomes one space).
 */
function lineText(ctx: HtmlContext, el: Element): string {
  const known = ctx.textCache.get(el);
  if (known !== undefined) return known;
  // Down the chain of wrappers ("<li><div><a>…"), iteratively: pages can nest deeply.
  let chain: Element[] | null = null;
  let inner = el;
  for (let c = onlyChildElement(inner); c; c = onlyChildElement(inner)) {
    (chain ??= []).push(inner);
    inner = c;
    if (ctx.textCache.has(inner)) break;
  }
  const t = cachedText(ctx, inner);
  if (chain) for (const wrapper of chain) ctx.textCache.set(wrapper, t);
  return t;
}
/** Text that collapses away entirely (soft hyphens are dropped, zero-width spaces count as whitespace). */
const BLANK_RE = /^[\s\u200b-\u200d\u2060\u00ad]*$/;
/** Tags whose text textOf reads (not script, button, select, …) that commonly wrap a single element. */
const WRAPPER_TAGS = new Set(['div', 'span', 'p', 'li', 'a', 'small', 'strong', 'em', 'b', 'i', 'u', 'header', 'footer', 'section', 'article', 'aside', 'main', 'nav',
  'time', 'abbr', 'dd', 'dt', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'td', 'th', 'tr', 'tbody', 'table', 'label', 'cite', 'sup', 'sub', 'mark', 'font', 'address', 'hgroup', 'blockquote']);

/** The one element child of a wrapper whose other children are blank text or comments, else null. */
function onlyChildElement(el: Element): Element | null {
  if (!WRAPPER_TAGS.has(el.name)) return null;
  let only: Element | null = null;
  const ch = el.children;
  for (let i = 0; i < ch.length; i++) {
    const c = ch[i]!;
    if (c instanceof Element) { if (only) return null; only = c; }
    else if (c instanceof Text) { if (!BLANK_RE.test(c.data)) return null; }
    else if (!(c instanceof Comment)) return null;
  }
  return only;
}

/** A copyright line and whom it names: "© 2019 Lena Beispiel", "Copyright (c) 2012- Jane Doe. All rights reserved.". */
// (the name runs to the end, a full stop or "All rights reserved": "© Name / Agency" and "© Name, 31.05.2013" are image credits)
const COPYRIGHT_RE = /^(?:©|\(c\)|copyright\b)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?)?\s*(?:by\s+|von\s+|par\s+|di\s+)?([\p{L}' -]{3,60}?)\s*(?:\.|all rights|alle rechte|tous droits|tutti i diritti|$)/iu;

/** The element's parent has the same text and holds no blocks: the parent is the line that is read. */
function parentReads(ctx: HtmlContext, el: Element, t: string): boolean {
  const par = el.parent;
  return par instanceof Element && lineText(ctx, par) === t && !par.children.some((c) => c instanceof Element && BLOCK_TAGS.has(c.name));
}

const BYLINE_START_RE = /^(von|by|par|di|text:|autor)\s/i;
const PERSON_ICON_TAGS = new Set(['i', 'span', 'svg', 'img']);
/**
 * A whole line that is a byline: label, then the name(s), maybe a date after. What follows the label
 * may start in lower case: a user name ("Posted by alpha302 on …", `cleanHandle`); resolveFields
 * takes only names that start with a capital from these lines ("von der Leyen sagte …" names no one).
 */
const BYLINE_TEXT_RE = /^(?:written by|posted by|reported by|story by|words by|text by|geschrieben von|verfasst von|ein (?:beitrag|artikel|gastbeitrag|kommentar) von|eine (?:kolumne|glosse|analyse|reportage|rezension|kritik) von|text(?:\s+von|:)|von|by:?|par|di|autor(?:in|en)?:?|author:|authors:|contributors?:|auteur\s?:)\s+([\p{Lu}\p{Ll}].{2,70})$/iu;
/** "25.10.2022 - Reiner Nagel", "05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher)": a date line naming the author. */
const DATE_NAME_RE = /^\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*[-–—|•·]\s*(?:redaktion:\s*|text:\s*|von\s+)?(\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3})(?:\s*\([^)]*\))?$/iu;
/**
 * The capital DATE_NAME_RE asks of the name's first letter, checked on the match: its keywords need
 * the /i flag, and under /i `\p{Lu}` matches lower-case letters too. (Further words are judged by
 * cleanAuthors, which allows particles: "Ursula von der Leyen".)
 */
const CAPITAL_RE = /^\p{Lu}/u;
/**
 * The first letters BYLINE_TEXT_RE can match, a cheap test before it (under /iu "ſ" is an "s"; no other
 * character folds to these letters).
 */
const BYLINE_FIRST_RE = /^[abcdegprstvwſ]/i;
const BLOCK_TAGS = new Set(['p', 'div', 'ul', 'ol', 'table', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'blockquote', 'li']);

/**
 * The first date line below the headline in reading order, looking inside the blocks that follow it
 * (the sibling walk above sees a whole block at a time and skips it when it is long): "Tanja Muster
 * 3.11.2023" in a byline row inside the article block. Only within the first
 * THRESHOLDS.maxTextBeforeDateBelowTitle characters of text after the headline. A last resort for
 * pages that give no other date (`dateBelowTitle`).
 */
function scanBelowHeadline(ctx: HtmlContext, h1: Element): void {
  const all = elements(ctx.doc);
  let i = all.indexOf(h1);
  if (i < 0) return;
  let seen = 0;
  for (i++; i < all.length && seen < THRESHOLDS.maxTextBeforeDateBelowTitle; i++) {
    const el = all[i]!;
    if (isAncestorOf(h1, el)) continue;
    const size = ctx.stats.get(el).text;
    if (size === 0) continue;
    const leaf = !el.children.some((c) => c instanceof Element && ctx.stats.get(c).text > 0);
    if (size <= 120 && !inChrome(el) && !underFigure(el)) {
      const iso = dateLineDate(ctx, textOf(el));
      if (iso) { ctx.dateBelowTitle = iso; return; }
    }
    if (leaf) seen += size;
  }
}

/**
 * The date of a line below the headline that is a date line: it holds a digit, is no caption or
 * sentence that mentions a day ("… in Pyongyang am 19. Juni 2024 an.") and no relative time.
 */
function dateLineDate(ctx: HtmlContext, t: string): string | null {
  if (!/\d/.test(t) || (t.length > 80 && /[.!?]$/.test(t)) || /vor\s|ago|il y a|\sfa\b/i.test(t)) return null;
  return parseHumanDate(t, ctx.dates);
}

/**
 * In the site's masthead: a page-level <header> (or role=banner) outside the article that does not
 * hold the headline. Newspapers print today's date there ("Mittwoch, 01. November 2023").
 */
function inMasthead(el: Element, h1: Element | null): boolean {
  for (let a: ParentNode | null = el; a instanceof Element; a = a.parent) {
    if (a.name === 'article' || a.name === 'main') return false;
    if ((a.name === 'header' || a.attribs.role === 'banner') && !(h1 && isAncestorOf(a, h1))) {
      for (let b = a.parent; b instanceof Element; b = b.parent) if (b.name === 'article' || b.name === 'main') return false;
      return true;
    }
  }
  return false;
}

/** Is the element next to `el` (before or after) also a line opening with a numeric date? */
function datedSibling(el: Element): boolean {
  for (const dir of ['prev', 'next'] as const) {
    let n = el[dir];
    while (n && !(n instanceof Element)) n = n[dir];
    if (n instanceof Element && n.name === el.name && /^\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*[-–—|]/.test(textOf(n))) return true;
  }
  return false;
}

function isAncestorOf(a: Element, b: Element): boolean {
  let p = b.parent;
  while (p) { if (p === a) return true; p = p.parent; }
  return false;
}

function isWhollyBold(p: Element): boolean {
  const kids = p.children.filter((c) => !(c instanceof Text && !c.data.trim()));
  return kids.length === 1 && kids[0] instanceof Element && (kids[0].name === 'strong' || kids[0].name === 'b');
}

const BLOCK_CHILD_TAGS = new Set(['p', 'div', 'ul', 'ol', 'table', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'blockquote']);

function hasBlockChild(el: Element): boolean {
  return hasChildIn(el, BLOCK_CHILD_TAGS);
}

function hasChildIn(el: Element, tags: ReadonlySet<string>): boolean {
  for (const c of el.children) if (c instanceof Element && tags.has(c.name)) return true;
  return false;
}

/** A line on its own: an element whose text is all of its parent's text, or a leaf block. */
function isStandaloneLine(el: Element): boolean {
  if (inChrome(el)) return false;
  if (el.name === 'a') return false;
  return /^(p|div|span|small|strong|b)$/.test(el.name) && !el.children.some((c) => c instanceof Element && c.name === 'a');
}
