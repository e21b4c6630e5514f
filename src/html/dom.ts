/**
 * A thin layer over htmlparser2/domhandler: parsing and the few tree helpers the extraction stages
 * share. Everything here is allocation-light on purpose; extraction walks the tree several times and
 * speed is a product requirement (see docs/benchmarks.md).
 */
import { Parser } from 'htmlparser2';
import { DomHandler, Document, Element, Text, type ChildNode, type ParentNode } from 'domhandler';
import { FAST_TOKENIZER } from './tokenizer.js';
import { knownName } from './names.js';
import { STATS_SKIP, statsOfElement } from './stats.js';
import { DROPPED_ZERO_WIDTH_SOURCE } from '../nlp/chars.js';

export { Document, Element, Text };

/** What punkt caches on an element (see `TreeBuilder.onopentag`, `classId`, `textOf` and `Stats`). */
export type PunktElement = Element & { punktCi?: string; punktStats?: unknown; punktText?: string; punktLines?: string };
export type { ChildNode, ParentNode };

/**
 * domhandler's tree builder without ProcessingInstruction nodes (`<!doctype>`, `<?xml …?>`), which
 * no stage reads. Why it matters: every node class runs the same field initializer of domhandler's
 * base `Node`, and a fifth node class there (after Document, Element, Text, Comment) turns that code
 * megamorphic for the rest of the process — one page with a doctype made every later parse about
 * twice as slow (measured: bench/lib/profile-html.ts, scrapinghub pages after one doctype).
 */
class TreeBuilder extends DomHandler {
  /**
   * Every element gets the fields punkt keeps on elements (`classId`'s cache, the element's `Stats`
   * entry, `textOf`'s caches) at creation, in one order: all elements share one hidden class,
   * instead of changing shape when a stage first caches something on them.
   */
  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    const el = this.tagStack[this.tagStack.length - 1] as PunktElement;
    el.punktCi = undefined;
    el.punktStats = undefined;
    el.punktText = undefined;
    el.punktLines = undefined;
    if (name === 'template') this.templates = true;
    if (this.hiddenAt === 0 && STATS_SKIP.has(name)) this.hiddenAt = this.tagStack.length;
  }

  /**
   * An element closes once all its children are in place, children before parents: its text
   * statistics (stats.ts) are computed here, while the element is fresh in the cache, instead of in
   * a second walk over the finished tree (`statsFromParse` tells `Stats` so).
   */
  override onclosetag(): void {
    const depth = this.tagStack.length;
    const el = this.tagStack[depth - 1] as Element;
    super.onclosetag();
    // The children array grew by push (room for 16 and more); an exact copy is what lives on with
    // the tree: 13 % less for the scavenger to copy per page (bench/lib/alloc-ingest.ts).
    el.children = el.children.slice();
    if (depth < 2) return; // the document itself (never popped by a balanced parse)
    if (this.hiddenAt === 0) statsOfElement(el);
    else if (depth === this.hiddenAt) this.hiddenAt = 0;
  }

  /** Depth in `tagStack` of the open element whose subtree gets no statistics (`STATS_SKIP`), or 0. */
  private hiddenAt = 0;

  /** Whether the page has a `<template>` element (see `hasTemplate`). */
  templates = false;

  override onprocessinginstruction(): void {
    // As if the node had been added: text on either side of it stays two text nodes.
    this.lastNode = null;
  }
}

const PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: FAST_TOKENIZER };

/** The htmlparser2 Parser internals `AttribsParser` relies on (checked when the module loads). */
interface ParserInternals {
  attribs: Record<string, string> | null;
  attribname: string;
  attribvalue: string;
  startIndex: number;
  endIndex: number;
  buffers: string[];
  bufferOffset: number;
  foreignContext: unknown[];
  lowerCaseTagNames: boolean;
  lowerCaseAttributeNames: boolean;
  htmlMode: boolean;
  end(data?: string): void;
  emitOpenTag(name: string): void;
  onattribend(quote: number, endIndex: number): void;
  onattribname(start: number, endIndex: number): void;
  readTagName(start: number, endIndex: number): string;
}
const ParserBase = Parser as unknown as new (...args: ConstructorParameters<typeof Parser>) => ParserInternals;

/**
 * htmlparser2's Parser with each element's attributes collected in a prototype-less object. The
 * stock `{}` gets one hidden class per sequence of attribute names; across pages that is thousands
 * of classes, and every attribute store walks V8's transition tree with a megamorphic cache. A
 * prototype-less object is a plain hash table from the start: the stores are about twice as cheap
 * (measured: parsing the 1,405 bench pages, `onattribend` self time halved) and so are the
 * megamorphic reads of `attribs.class` etc. in the stages. Keys, values and their order are the
 * stock ones; `__proto__` is dropped as the stock object's setter drops it.
 */
class AttribsParser extends ParserBase {
  override emitOpenTag(name: string): void {
    super.emitOpenTag(name);
    // The object is made when the first attribute arrives: elements without attributes share one.
    if (this.attribs) this.attribs = NO_ATTRIBUTES;
  }

  /** The stock handler without the `onattribute` callback, which DomHandler does not have. */
  override onattribend(_quote: number, endIndex: number): void {
    this.endIndex = endIndex;
    let attribs = this.attribs;
    const name = this.attribname;
    if (attribs === NO_ATTRIBUTES) attribs = this.attribs = Object.create(null) as Record<string, string>;
    // Values are strings, never undefined: undefined means "not set yet" (first one wins, as stock).
    if (attribs && attribs[name] === undefined && name !== '__proto__') attribs[name] = this.attribvalue;
    this.attribvalue = '';
  }

  /** The stock name, as the shared constant when it is a known lower-case name (see names.ts). */
  override onattribname(start: number, endIndex: number): void {
    const name = this.lowerCaseAttributeNames ? this.knownName(start, endIndex) : undefined;
    if (name === undefined) { super.onattribname(start, endIndex); return; }
    this.startIndex = start;
    this.attribname = name;
  }

  /**
   * The stock tag name, as the shared constant when it is a known lower-case name outside SVG and
   * MathML: there the stock method returns the lower-cased slice unchanged (only `image` becomes
   * `img`, and `image` is not a known name).
   */
  override readTagName(start: number, endIndex: number): string {
    if (this.foreignContext.length === 1 && this.lowerCaseTagNames && this.htmlMode) {
      const name = this.knownName(start, endIndex);
      if (name !== undefined) return name;
    }
    return super.readTagName(start, endIndex);
  }

  private knownName(start: number, endIndex: number): string | undefined {
    const buffer = this.buffers[0];
    return buffer === undefined ? undefined : knownName(buffer, start - this.bufferOffset, endIndex - this.bufferOffset);
  }
}

/**
 * The attributes of every element that has none: one frozen prototype-less object instead of one
 * hash table per such element (a fifth of a page's elements; stages only read attributes).
 */
const NO_ATTRIBUTES = Object.freeze(Object.create(null) as Record<string, string>);

const parserProto = Parser.prototype as unknown as Record<string, unknown>;
const probe = new ParserBase(null);
const PARSER = ['emitOpenTag', 'onattribend', 'onattribname', 'readTagName'].every((m) => typeof parserProto[m] === 'function')
  && !('onattribute' in DomHandler.prototype)
  && Array.isArray(probe.buffers) && Array.isArray(probe.foreignContext) && typeof probe.bufferOffset === 'number'
  && probe.foreignContext.length === 1 && probe.lowerCaseTagNames === probe.htmlMode
  ? AttribsParser
  : ParserBase;

/** Parse an HTML string. htmlparser2 is forgiving and never throws on malformed markup. */
export function parseHtml(html: string): Document {
  pageRoot = null; pageElements = []; statsRoot = null; // let the previous page go before this one is built
  const builder = new TreeBuilder();
  new PARSER(builder, PARSER_OPTIONS).end(html);
  if (builder.templates) WITH_TEMPLATES.add(builder.root);
  statsRoot = builder.root; statsVersion = treeVersion;
  return builder.root;
}

/** The last tree `parseHtml` built, and `treeVersion` when it was done (see `statsFromParse`). */
let statsRoot: Document | null = null;
let statsVersion = -1;

/**
 * Whether `doc` holds the element statistics computed while parsing it (stats.ts): it is the last
 * tree `parseHtml` built and no node was moved or removed since.
 */
export function statsFromParse(doc: ParentNode): boolean {
  return doc === statsRoot && statsVersion === treeVersion;
}

const WITH_TEMPLATES = new WeakSet<Document>();

/**
 * Whether a tree from `parseHtml` has a `<template>` element: known from parsing, so checks that
 * need one (React's streamed placeholders, see streamed.ts) skip pages without it for free instead
 * of scanning the page text.
 */
export function hasTemplate(doc: Document): boolean {
  return WITH_TEMPLATES.has(doc);
}

/** `class` and `id` joined, lower-cased: what boilerplate patterns are matched against. */
export function classId(el: Element): string {
  // Stages ask for the same element's class/id many times and attributes never change during
  // extraction, so the lower-cased string is kept on the element (cheaper than a WeakMap).
  const cached = (el as PunktElement).punktCi;
  if (cached !== undefined) return cached;
  const c = el.attribs.class;
  const i = el.attribs.id;
  const v = !c && !i ? '' : ((c ?? '') + ' ' + (i ?? '')).toLowerCase();
  (el as PunktElement).punktCi = v;
  return v;
}

/**
 * All elements below `root` in pre-order, as a snapshot array. Iterative (pages with 100,000 nested
 * elements must not overflow the stack) and not a generator: stages walk every element of a page
 * several times, and a plain array is several times cheaper to build and iterate than a generator.
 * Stages that run once per page walk it with an indexed loop rather than for…of: such code runs in
 * V8's interpreter for the first dozens of pages of a run, where for…of calls the array iterator
 * for every element.
 */
export function elements(root: ParentNode): Element[] {
  // Whole-page lists are asked for by several stages in a row; between two removals the tree is
  // the same, so the last one is handed out again. Callers only iterate (or copy) the list.
  if (root === pageRoot && pageVersion === treeVersion) return pageElements;
  const out: Element[] = [];
  const stack: ChildNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length) {
    const n = stack.pop()!;
    if (n instanceof Element) {
      out.push(n);
      const ch = n.children;
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
    }
  }
  if (root instanceof Document) { pageRoot = root; pageElements = out; pageVersion = treeVersion; }
  return out;
}

/**
 * Bumped by every change to a tree after parsing — `removeNode` is the only one (stages never
 * mutate nodes otherwise) — so that `elements()` knows when its last whole-page list went stale.
 */
let treeVersion = 0;
let pageRoot: ParentNode | null = null;
let pageElements: Element[] = [];
let pageVersion = -1;

export function findAll(root: ParentNode, pred: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const el of elements(root)) if (pred(el)) out.push(el);
  return out;
}


/**
 * Elements a browser shows apart from the text around them (blocks of its default style sheet, table
 * cells, `<br>`): `textOf` puts a space (or line break) at their edges. Inline elements get none:
 * `<b>S</b>tory` is one word.
 */
const BREAKING = new Set(['br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'figcaption', 'dd', 'dt', 'td', 'th', 'ul', 'ol', 'table', 'figure', 'header', 'footer', 'pre',
  'main', 'aside', 'nav', 'address', 'hgroup', 'hr', 'dl', 'menu', 'form', 'fieldset', 'legend', 'details', 'summary', 'dialog', 'search', 'caption', 'center', 'body']);
/** Elements whose content is not text a reader sees; `textOf` leaves them out. */
export const SKIP_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'button', 'select', 'textarea']);

const TEXT_PARTS: string[] = [];
const TEXT_STACK: Array<ChildNode | string> = [];

/**
 * Visible text of a subtree, whitespace collapsed. Block boundaries become a single space (or a
 * newline when `lines` is set) so that words of adjacent blocks never glue together.
 */
export function textOf(node: ChildNode | ParentNode, lines = false): string {
  if (node instanceof Element) {
    // Stages ask for the text of the same elements again and again (the header stage alone reads
    // most short elements several times). An element's text only changes when a node below it is
    // removed or inserted, and both clear the caches of every ancestor (`subtreeChanged`).
    const el = node as PunktElement;
    const cached = lines ? el.punktLines : el.punktText;
    if (cached !== undefined) return cached;
    const t = elementText(el, lines);
    if (lines) el.punktLines = t; else el.punktText = t;
    return t;
  }
  if (node instanceof Text) return collapse(node.data);
  return subtreeText(node, lines);
}

function elementText(node: Element, lines: boolean): string {
  // Fast path: a leaf element with one text child (most short elements on a page).
  if (node.children.length === 1 && !SKIP_TEXT.has(node.name)) {
    const only = node.children[0];
    if (only instanceof Text) return collapse(only.data);
  }
  return subtreeText(node, lines);
}

function subtreeText(node: ChildNode | ParentNode, lines: boolean): string {
  // One stack and one parts array for all calls (textOf never re-enters itself): no two fresh arrays,
  // grown step by step, per call — textOf runs hundreds of times per page.
  const parts = TEXT_PARTS;
  const stack = TEXT_STACK;
  parts.length = 0; stack.length = 0;
  stack.push(node as ChildNode);
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') { parts.push(n); continue; }
    if (n instanceof Text) { parts.push(n.data); continue; }
    if (n instanceof Element || n instanceof Document) {
      const name = n instanceof Element ? n.name : '';
      if (SKIP_TEXT.has(name)) continue;
      const brk = BREAKING.has(name);
      if (brk) stack.push(lines ? '\n' : ' ');
      const ch = n.children;
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
      if (brk && name !== 'br') stack.push(lines ? '\n' : ' ');
    }
  }
  const raw = parts.join('');
  parts.length = 0;
  if (!lines) return collapse(raw);
  return raw.split('\n').map(collapse).filter(Boolean).join('\n');
}

/**
 * Collapse whitespace (everything `\s` matches: NBSP, U+202F, the U+2000–U+200A spaces, U+3000, line
 * separators, \v …) and trim. Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are invisible, so
 * they are removed, not spaced ("Auf\u200clage" is one word) — except a joiner (U+200D) between two
 * symbols, which holds an emoji sequence together (👨‍👩‍👧). The patterns use one character class
 * where they can: a class with `+` is a tight loop in V8's regexp engine, an alternation is a branch
 * per character. NEEDS_COLLAPSE: is there anything the run replacement below would change (whitespace
 * other than a space, a zero-width character, two spaces, a space at either end)?
 */
const NEEDS_COLLAPSE = /[^\S ]|[\u200b-\u200d\u2060]| {2}|^ | $/;
/** After a trim: is there anything inside that the run replacement below would change? */
const INNER_COLLAPSE = /[^\S ]| {2}|[\u200b-\u200d\u2060]/;
/** Zero-width characters (U+FEFF is also in `\s`), and the removal: every one but an emoji's joiner. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;
const ZERO_WIDTH_OUT = new RegExp(DROPPED_ZERO_WIDTH_SOURCE, 'gu');

export function collapse(s: string): string {
  // Soft hyphens are invisible hyphenation hints ("Mes\u00adsen\u00adger"): never part of the text.
  if (s.includes('\u00ad')) s = s.replace(/\u00ad/g, '');
  if (!NEEDS_COLLAPSE.test(s)) return s;
  // Most text that needs collapsing only has whitespace at its ends (markup indentation): then the
  // trim alone gives the same result, without the regex replacement and its allocations.
  const trimmed = s.trim();
  if (!INNER_COLLAPSE.test(trimmed)) return trimmed;
  // Removed before the runs are collapsed, so "a \u200b b" leaves one space.
  if (ZERO_WIDTH.test(trimmed)) s = trimmed.replace(ZERO_WIDTH_OUT, '');
  return s.replace(/\s+/g, ' ').trim();
}

/** Length of text inside links vs. all text: the classic boilerplate signal. */
export function linkDensity(el: Element, textLength?: number): number {
  const total = textLength ?? textOf(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of elements(el)) if (a.name === 'a') linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/** A node below `p` was removed or inserted: the cached texts of `p` and its ancestors are stale. */
function subtreeChanged(p: ParentNode | null): void {
  for (; p instanceof Element; p = p.parent) { (p as PunktElement).punktText = undefined; (p as PunktElement).punktLines = undefined; }
}

export function removeNode(n: ChildNode): void {
  const p = n.parent;
  if (!p) return;
  treeVersion++;
  subtreeChanged(p);
  const i = p.children.indexOf(n);
  if (i >= 0) p.children.splice(i, 1);
  const prev = n.prev, next = n.next;
  if (prev) prev.next = next;
  if (next) next.prev = prev;
  n.parent = null; n.prev = null; n.next = null;
}

export function ancestors(el: ChildNode): Element[] {
  const out: Element[] = [];
  let p = el.parent;
  while (p && p instanceof Element) { out.push(p); p = p.parent; }
  return out;
}

export function depthOf(el: ChildNode): number {
  let d = 0; let p = el.parent;
  while (p) { d++; p = p.parent; }
  return d;
}

export function isAncestor(a: ParentNode, b: ChildNode): boolean {
  let p = b.parent;
  while (p) { if (p === a) return true; p = p.parent; }
  return false;
}

/** Insert a detached node right before `ref` (used to move streamed content into its placeholder). */
export function insertBefore(n: ChildNode, ref: ChildNode): void {
  const p = ref.parent;
  if (!p) return;
  treeVersion++;
  subtreeChanged(p);
  const i = p.children.indexOf(ref);
  p.children.splice(i, 0, n);
  n.parent = p;
  n.prev = ref.prev; n.next = ref;
  if (ref.prev) ref.prev.next = n;
  ref.prev = n;
}
