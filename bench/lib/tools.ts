/**
 * Adapters: every extractor behind one signature, `(html, url) → ToolResult`. Each adapter is split
 * into `run` (the library call, the only part that is timed; it includes the DOM parse a library
 * needs) and `finish` (turning the library's output into text and metadata, not timed). Output
 * that is HTML goes through the one shared `htmlToText`; every text through `normalizeText`.
 * Libraries are loaded in `init`, so a child process pays only for the tool it runs.
 */
import { htmlToText, normalizeText } from './htmltext.js';

export interface ToolResult {
  text: string;
  title: string | null;
  authors: string[];
  date: string | null;
}

export interface Tool<R = unknown> {
  name: string;
  /** One line for docs/benchmarks.md: library, version, DOM, how the text is taken. */
  describe: string;
  /** punkt gets the raw bytes (it decodes itself); peers get the shared decoded string. */
  input: 'bytes' | 'string';
  init(): Promise<void>;
  run(html: string | Uint8Array, url: string): R | Promise<R>;
  finish(raw: R): ToolResult;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const asString = (html: string | Uint8Array): string => (typeof html === 'string' ? html : new TextDecoder().decode(html));

function fromHtmlContent(content: string | null | undefined, title: unknown, author: unknown, date: unknown): ToolResult {
  const a = str(author);
  return { text: content ? htmlToText(content) : '', title: str(title), authors: a ? [a] : [], date: str(date) };
}

// --- punkt -----------------------------------------------------------------------------------
type PunktExtract = typeof import('../../src/index.js').extract;
type PunktArticle = ReturnType<PunktExtract>;
let punktExtract: PunktExtract | undefined;

const punkt: Tool<PunktArticle> = {
  name: 'punkt',
  describe: 'punkt `extract(bytes, {url})`: text = `article.text` (lead + body), title, authors, published',
  input: 'bytes',
  async init() { punktExtract = (await import('../../src/index.js')).extract; },
  run(html, url) { return punktExtract!(html, { url }); },
  finish(a) { return { text: normalizeText(a.text ?? ''), title: a.title, authors: a.authors ?? [], date: a.published }; },
};

// --- Readability ----------------------------------------------------------------------------
interface ReadabilityOut { content?: string | null; title?: string | null; byline?: string | null; publishedTime?: string | null }
type ReadabilityCtor = new (doc: Document) => { parse(): ReadabilityOut | null };
let Readability: ReadabilityCtor | undefined;
let linkedomParse: ((html: string) => { document: Document }) | undefined;

const readabilityFinish = (r: ReadabilityOut | null): ToolResult => fromHtmlContent(r?.content, r?.title, r?.byline, r?.publishedTime);

const readabilityLinkedom: Tool<ReadabilityOut | null> = {
  name: 'readability-linkedom',
  describe: '@mozilla/readability `parse()` on a linkedom `parseHTML` document: text = shared htmlToText(`content`), title, byline, publishedTime',
  input: 'string',
  async init() {
    Readability = (await import('@mozilla/readability')).Readability as unknown as ReadabilityCtor;
    linkedomParse = (await import('linkedom')).parseHTML as unknown as (html: string) => { document: Document };
  },
  run(html) { return new Readability!(linkedomParse!(asString(html)).document).parse(); },
  finish: readabilityFinish,
};

type JsdomCtor = typeof import('jsdom').JSDOM;
let JSDOM: JsdomCtor | undefined;
let quietConsole: import('jsdom').VirtualConsole | undefined;

const readabilityJsdom: Tool<ReadabilityOut | null> = {
  name: 'readability-jsdom',
  describe: '@mozilla/readability `parse()` on a jsdom document (no scripts, no resources): text = shared htmlToText(`content`), title, byline, publishedTime',
  input: 'string',
  async init() {
    Readability = (await import('@mozilla/readability')).Readability as unknown as ReadabilityCtor;
    const jsdom = await import('jsdom');
    JSDOM = jsdom.JSDOM;
    quietConsole = new jsdom.VirtualConsole(); // swallows jsdom's CSS parse complaints
  },
  run(html, url) {
    const dom = new JSDOM!(asString(html), { url: safeUrl(url), virtualConsole: quietConsole });
    try {
      return new Readability!(dom.window.document).parse();
    } finally {
      dom.window.close();
    }
  },
  finish: readabilityFinish,
};

// --- Defuddle ---------------------------------------------------------------------------------
interface DefuddleOut { content?: string; title?: string; author?: string; published?: string }
type DefuddleFn = (doc: Document, url?: string, options?: Record<string, unknown>) => Promise<DefuddleOut>;
let defuddleFn: DefuddleFn | undefined;

const defuddle: Tool<DefuddleOut> = {
  name: 'defuddle',
  describe: 'defuddle/node `Defuddle(document, url, {useAsync:false})` on a linkedom document with the styleSheets/getComputedStyle shims defuddle applies itself to linkedom: text = shared htmlToText(`content`), title, author, published',
  input: 'string',
  async init() {
    defuddleFn = (await import('defuddle/node')).Defuddle as unknown as DefuddleFn;
    linkedomParse = (await import('linkedom')).parseHTML as unknown as (html: string) => { document: Document };
  },
  async run(html, url) {
    const { document } = linkedomParse!(asString(html));
    // The same polyfills defuddle's own linkedom-compat applies (styleSheets, getComputedStyle).
    const doc = document as unknown as { styleSheets?: unknown; defaultView?: { getComputedStyle?: unknown } | null };
    if (!doc.styleSheets) doc.styleSheets = [];
    if (doc.defaultView && !doc.defaultView.getComputedStyle) doc.defaultView.getComputedStyle = () => ({ display: '' });
    // useAsync:false: never fetch third-party APIs from a benchmark run.
    return defuddleFn!(document, safeUrl(url), { useAsync: false });
  },
  finish(r) { return fromHtmlContent(r.content, r.title, r.author, r.published); },
};

// --- article-extractor ------------------------------------------------------------------------
interface ExtractusOut { content?: string; title?: string; author?: string; published?: string }
type ExtractusFn = (html: string, url?: string) => Promise<ExtractusOut | null>;
let extractusFn: ExtractusFn | undefined;

const articleExtractor: Tool<ExtractusOut | null> = {
  name: 'article-extractor',
  describe: '@extractus/article-extractor `extractFromHtml(html, url)` (default options): text = shared htmlToText(`content`), title, author, published',
  input: 'string',
  async init() { extractusFn = (await import('@extractus/article-extractor')).extractFromHtml as unknown as ExtractusFn; },
  run(html, url) { return extractusFn!(asString(html), safeUrl(url)); },
  finish(r) { return fromHtmlContent(r?.content, r?.title, r?.author, r?.published); },
};

// --- whole page -------------------------------------------------------------------------------
const wholePage: Tool<string> = {
  name: 'whole-page',
  describe: 'baseline: all visible text of the page (shared htmlToText over the whole document, hidden elements dropped), no metadata',
  input: 'string',
  async init() {},
  run(html) { return htmlToText(asString(html)); },
  finish(text) { return { text, title: null, authors: [], date: null }; },
};

function safeUrl(url: string): string {
  try { return new URL(url).href; } catch { return 'https://example.invalid/'; }
}

export const TOOLS: Record<string, Tool<never>> = Object.fromEntries(
  [punkt, readabilityLinkedom, readabilityJsdom, defuddle, articleExtractor, wholePage].map((t) => [t.name, t as unknown as Tool<never>]),
);

export const TOOL_NAMES = Object.keys(TOOLS);

/** Convenience for scripts and tests: the whole adapter in one call (init must have run). */
export async function runTool(tool: Tool<never>, html: string | Uint8Array, url: string): Promise<ToolResult> {
  return (tool as unknown as Tool<unknown>).finish(await (tool as unknown as Tool<unknown>).run(html, url));
}
