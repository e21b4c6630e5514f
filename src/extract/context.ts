/**
 * The state one HTML extraction carries through its stages. Stages read and write it; the
 * orchestrator (pipeline.ts) only orders them.
 */
import type { Article, ExtractOptions, ImageInfo, Removal } from '../model/article.js';
import type { Document, Element } from '../html/dom.js';
import type { PageMeta } from '../metadata/meta.js';
import type { DateContext } from '../metadata/dates.js';
import { textOf, removeNode } from '../html/dom.js';
import type { Stats } from '../html/stats.js';

export interface HtmlContext {
  html: string;
  options: ExtractOptions;
  doc: Document;
  /** Text statistics per element; recomputed after cleaning. */
  stats: Stats;
  meta: PageMeta;
  dates: DateContext;
  /** Language (BCP 47) once known. */
  language: string | null;
  /** The element chosen as the article body. */
  body: Element | null;
  /** All body elements in document order (a winner plus joined siblings, or chunked containers). */
  bodies: Element[];
  /** The element holding headline, kicker, lead and hero (the article's <header> or nearest wrapper). */
  header: Element | null;
  h1: Element | null;
  kicker: string | null;
  lead: string | null;
  leadEl: Element | null;
  hero: ImageInfo | null;
  heroEl: Element | null;
  bylines: string[];
  /** Names the markup declares as the author inside a byline (rel=author, itemprop=author, hCard fn). */
  declaredAuthors: string[];
  /** Names from whole lines that read as a byline ("Written by Jane Doe", "Von Hans Muster"), whatever their class. */
  textBylines: string[];
  /** Texts of links to author pages (/author/…, rel=author) and of names after "Written by" labels. */
  authorLinks: string[];
  /** Who a copyright line names ("© 2019 Lena Beispiel", "Copyright (c) 2012- Jane Doe. All rights reserved."). */
  copyrightHolders: string[];
  /** A date printed near the headline without a label. */
  nearTitleDate: string | null;
  /** The label printed before that date ("Updated …", "Published …"), when there is one. */
  nearTitleField: 'published' | 'updated' | null;
  /** The first date line in reading order below the headline, inside the blocks that follow it (a last resort). */
  dateBelowTitle: string | null;
  /** The date of a short element classed as a date ("date", "post-date", "datum") nearest the headline. */
  classedDate: string | null;
  stamps: Array<{ field: 'published' | 'updated'; iso: string | null; raw: string; truncated: boolean }>;
  sourceCredits: string[];
  /** Elements already read into a field (title, kicker, lead, byline, stamp, credit, hero); body collection skips them. */
  consumed: Set<Element>;
  /** Texts of short elements, read once by the head and section stages (see `cachedText`). */
  textCache: Map<Element, string>;
  article: Article;
  removals: Removal[];
  debug: boolean;
}

/** Record a removal for debug output. Cheap when debug is off. */
export function noteRemoval(ctx: HtmlContext, stage: string, reason: string, node: Element | string): void {
  if (!ctx.debug) return;
  const text = typeof node === 'string' ? node : textOf(node);
  if (!text) return;
  ctx.removals.push({ stage, reason, text: text.length > 200 ? text.slice(0, 197) + '…' : text });
}

/**
 * Text of a (short) element, cached for the stages that scan every short element of the page
 * (readHeader, the section stages). Valid while those elements' subtrees are unchanged, which holds
 * between those stages: they only detach whole elements.
 */
export function cachedText(ctx: HtmlContext, el: Element): string {
  let t = ctx.textCache.get(el);
  if (t === undefined) { t = textOf(el); ctx.textCache.set(el, t); }
  return t;
}

/** Detach an element from the page, keeping the text statistics of its ancestors current. */
export function removeElement(ctx: HtmlContext, el: Element): void {
  ctx.stats.detach(el);
  removeNode(el);
}

export type Stage = (ctx: HtmlContext) => void;
