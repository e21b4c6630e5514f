/**
 * Page-level metadata from the document head and structured data: JSON-LD (NewsArticle and
 * friends, @graph aware), OpenGraph, Twitter cards, Dublin Core, <meta name=…>, <link rel=canonical>,
 * <html lang>. Read before any cleaning, because cleaning drops <script> and <meta>.
 */
import { Document, Element, elements, textOf, collapse, type ParentNode } from '../html/dom.js';

export interface PageMeta {
  title: string | null;
  /** Every metadata headline in order of trust: JSON-LD headline, og:title, twitter:title, dc.title, <meta name=title>. */
  titles: string[];
  /** The document <title> as is. */
  docTitle: string | null;
  description: string | null;
  siteName: string | null;
  authors: string[];
  published: string | null;
  updated: string | null;
  section: string | null;
  tags: string[];
  image: string | null;
  imageCaption: string | null;
  imageCredit: string | null;
  canonical: string | null;
  language: string | null;
  /** articleBody from JSON-LD, when present. */
  articleBody: string | null;
  /** JSON-LD @type of the main object, e.g. NewsArticle. */
  type: string | null;
  publisher: string | null;
  /** JSON-LD `isAccessibleForFree: false` or paywall markers. */
  paywalled: boolean;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage|ItemPage|VideoObject|Recipe|Review)$/;

/**
 * <meta> keys naming the author, in order of trust; the first key present wins (sites that set
 * several repeat the same name). Collected from the keys seen on the development pages.
 */
const META_AUTHOR_KEYS = ['author', 'article:author', 'og:article:author', 'article_author', 'dc.creator', 'dcterms.creator', 'citation_author', 'sailthru.author', 'parsely-author', 'cxenseparse:author', 'shareaholic:article_author_name', 'byl', 'twitter:creator:name', 'content-creator'];
const META_PUBLISHED_KEYS = ['article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'pubdate', 'pub_date', 'publishdate', 'publish-date', 'publish_date', 'published-date', 'publication_date', 'og:pubdate', 'og:publish_date', 'published', 'published_at', 'date', 'dc.date', 'dc.date.issued', 'dc.date.created', 'dcterms.created', 'dcterms.date', 'citation_publication_date', 'citation_date', 'prism.publicationdate', 'sailthru.date', 'parsely-pub-date', 'cxenseparse:publishtime', 'shareaholic:article_published_time', 'article.published', 'article.created', 'article_date_original', 'published_time', 'og:published_time', 'creation_date', 'date.available', 'uploaddate', 'datecreated'];
const META_MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'og:article:modified_time', 'datemodified', 'last-modified', 'dcterms.modified', 'article.updated', 'article_date_updated', 'shareaholic:article_modified_time', 'modified_time', 'modified-date'];
const AUTHOR_LABEL_RE = /^(?:written by|author|authors|by|autor(?:in)?|autoren|von|auteur|autore|geschrieben von|verfasst von|écrit par|scritto da)$/i;

type Json = unknown;

function asArray<T>(v: T | T[] | undefined | null): T[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function str(v: Json): string | null {
  if (typeof v === 'string') return collapse(v) || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, Json>;
    if (typeof o['@value'] === 'string') return collapse(o['@value'] as string) || null;
    if (typeof o.name === 'string') return collapse(o.name) || null;
  }
  if (Array.isArray(v) && v.length) return str(v[0]);
  return null;
}

/**
 * A Person given by first name only whose own description opens with the full name ("Timo" —
 * "Timo Muster ist freier Autor …", "Karin" — "Karin Beispiel - Maschinenbauer …"): the full name.
 */
function fullName(name: string, description: Json): string {
  const n = collapse(name);
  if (typeof description !== 'string' || !/^\p{Lu}[\p{L}'-]+$/u.test(n)) return name;
  const m = /^(\p{Lu}[\p{Ll}'-]+(?:-\p{Lu}\p{Ll}+)?)(?=\s*[-–—,:(]|\s+(?:ist|is|est|è|war|was|arbeitet|works|schreibt|writes)\s)/u.exec(collapse(description).startsWith(n + ' ') ? collapse(description).slice(n.length + 1) : '');
  return m ? `${n} ${m[1]}` : name;
}

function names(v: Json, byId?: Map<string, Record<string, Json>>): string[] {
  const out: string[] = [];
  for (const x of asArray(v as Json | Json[])) {
    if (typeof x === 'string') out.push(x);
    else if (x && typeof x === 'object') {
      let o = x as Record<string, Json>;
      // Yoast and friends reference the author by @id into the @graph.
      if (o.name === undefined && typeof o['@id'] === 'string' && byId?.has(o['@id'])) o = byId.get(o['@id'])!;
      if (typeof o.name === 'string') out.push(fullName(o.name, o.description));
      else if (Array.isArray(o.name)) out.push(...o.name.filter((n): n is string => typeof n === 'string'));
      else if (typeof o.givenName === 'string' || typeof o.familyName === 'string') out.push(`${o.givenName ?? ''} ${o.familyName ?? ''}`);
    }
  }
  return out.map(collapse).filter(Boolean);
}

function typeOf(o: Record<string, Json>): string[] {
  return asArray(o['@type'] as Json).filter((t): t is string => typeof t === 'string');
}

/** Parse JSON-LD leniently: pages ship trailing commas, comments, raw newlines in strings. */
export function parseJsonLd(raw: string): Json[] {
  const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const candidate of [text, text.replace(/[\n\r\t]+/g, ' '), text.replace(/,\s*([}\]])/g, '$1').replace(/[\n\r\t]+/g, ' ')]) {
    try {
      return asArray(JSON.parse(candidate) as Json);
    } catch { /* try the next repair */ }
  }
  return [];
}

function flatten(nodes: Json[], out: Record<string, Json>[] = [], depth = 0): Record<string, Json>[] {
  if (depth > 6) return out;
  for (const n of nodes) {
    if (!n || typeof n !== 'object') continue;
    if (Array.isArray(n)) { flatten(n, out, depth + 1); continue; }
    const o = n as Record<string, Json>;
    out.push(o);
    if (o['@graph']) flatten(asArray(o['@graph']), out, depth + 1);
    if (o.mainEntity && typeof o.mainEntity === 'object') flatten(asArray(o.mainEntity), out, depth + 1);
  }
  return out;
}

/** Vendor-prefixed publication keys the list above does not name ("w-published-date", "xyz:publish_time"). */
const PUBLISHED_KEY_RE = /(?:^|[-_:.])publish(?:ed)?[-_.]?(?:date|time|at|on)$/;

function metaMatching(metas: Map<string, string[]>, re: RegExp): string | null {
  for (const [k, v] of metas) {
    if (!re.test(k)) continue;
    for (const x of v) { const c = collapse(x); if (c && /\d{4}/.test(c)) return c; }
  }
  return null;
}

function metaContent(metas: Map<string, string[]>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = metas.get(k);
    if (v) for (const x of v) { const c = collapse(x); if (c) return c; }
  }
  return null;
}

/** itemprops under which a nested item is another work, not the page's article. */
const NESTED_WORK_PROP_RE = /^(citation|comment|review|mentions|isbasedon|itemlistelement|relatedlink|significantlink|haspart|ispartof|workexample|subjectof)$/i;

function inNestedWork(el: Element): boolean {
  for (let a: ParentNode | null = el.parent; a instanceof Element; a = a.parent) {
    if (a.attribs.itemscope === undefined) continue;
    const ip = a.attribs.itemprop;
    if (ip !== undefined && ip.split(/\s+/).some((p) => NESTED_WORK_PROP_RE.test(p))) return true;
  }
  return false;
}

/** What the element scan of readMeta collects. */
interface HeadScan {
  metas: Map<string, string[]>;
  jsonld: Json[];
  docTitle: string | null;
  canonical: string | null;
  language: string | null;
  itemprops: Map<string, string[]>;
}

/**
 * One element of readMeta's scan of the page. A function of its own so that V8 optimises this hot
 * loop body early in a cold run; inside the large readMeta it stayed unoptimised for ~100 pages.
 */
function scanHeadElement(el: Element, head: HeadScan): void {
  const ip = el.attribs.itemprop;
  // Microdata of another work nested in the page (a reference list's citations, comments, reviews)
  // describes that work: its author and dates are not the article's.
  if (ip !== undefined && inNestedWork(el)) return;
  if (ip !== undefined && el.name !== 'meta' && /^date|^uploaddate$/i.test(ip)) {
    const v = el.attribs.content ?? el.attribs.datetime ?? textOf(el);
    const k = ip.toLowerCase();
    const arr = head.itemprops.get(k);
    if (arr) arr.push(v); else head.itemprops.set(k, [v]);
  }
  switch (el.name) {
    case 'html': head.language = el.attribs.lang ?? el.attribs['xml:lang'] ?? null; break;
    case 'title': if (head.docTitle === null && !isInSvg(el)) head.docTitle = textOf(el) || null; break;
    case 'meta': {
      const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? el.attribs['http-equiv'] ?? '').toLowerCase();
      const content = el.attribs.content;
      if (key && content !== undefined) {
        const arr = head.metas.get(key);
        if (arr) arr.push(content); else head.metas.set(key, [content]);
      }
      break;
    }
    case 'link':
      if ((el.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && el.attribs.href) head.canonical = el.attribs.href;
      break;
    case 'script':
      if ((el.attribs.type ?? '').toLowerCase().includes('ld+json')) head.jsonld.push(...parseJsonLd(textOfScript(el)));
      else if (el.attribs.type === undefined || el.attribs.type === 'application/json') {
        // Some CMSs ship schema.org JSON in a plain <script>: read it when it is plainly JSON-LD.
        const raw = textOfScript(el).trimStart();
        if ((raw.startsWith('{') || raw.startsWith('[')) && raw.slice(0, 200).includes('"@context"') && raw.includes('schema.org')) head.jsonld.push(...parseJsonLd(raw));
      }
      break;
  }
}

export function readMeta(doc: Document): PageMeta {
  const head: HeadScan = { metas: new Map(), jsonld: [], docTitle: null, canonical: null, language: null, itemprops: new Map() };
  // Indexed, not for…of: see elements().
  for (let ei = 0, all = elements(doc); ei < all.length; ei++) scanHeadElement(all[ei]!, head);
  const { metas, jsonld, docTitle, canonical, language, itemprops } = head;

  const objs = flatten(jsonld);
  const main = objs.find((o) => typeOf(o).some((t) => /NewsArticle|^Article$|BlogPosting|Report/.test(t)))
    ?? objs.find((o) => typeOf(o).some((t) => ARTICLE_TYPES.test(t)) && (o.headline || o.articleBody))
    // Yoast-style graphs often describe the page only as a WebPage carrying dates and an author reference.
    ?? objs.find((o) => typeOf(o).some((t) => ARTICLE_TYPES.test(t)) && (o.datePublished || o.author))
    ?? null;
  // Fields the main object lacks may sit on its WebPage twin in the same graph.
  const twins = main ? objs.filter((o) => o !== main && typeOf(o).some((t) => ARTICLE_TYPES.test(t))) : [];

  const ld = (k: string): Json => {
    if (!main) return undefined;
    if (main[k] !== undefined && main[k] !== null && main[k] !== '') return main[k];
    for (const t of twins) if (t[k] !== undefined && t[k] !== null && t[k] !== '' && (k === 'author' || k === 'datePublished' || k === 'dateModified' || k === 'creator')) return t[k];
    return main[k];
  };
  const byId = new Map<string, Record<string, Json>>();
  for (const o of objs) if (typeof o['@id'] === 'string' && (o.name !== undefined || o.givenName !== undefined)) byId.set(o['@id'], o);
  const ldAuthors = main ? names(ld('author') ?? ld('creator'), byId) : [];
  const ldImage = main ? asArray(main.image as Json | Json[])[0] : undefined;
  let ldImageUrl: string | null = null, ldImageCaption: string | null = null, ldImageCredit: string | null = null;
  if (typeof ldImage === 'string') ldImageUrl = ldImage;
  else if (ldImage && typeof ldImage === 'object') {
    const o = ldImage as Record<string, Json>;
    ldImageUrl = str(o.url) ?? str(o.contentUrl);
    ldImageCaption = str(o.caption) ?? str(o.description);
    ldImageCredit = str(o.copyrightHolder) ?? str(o.creditText) ?? str(o.author);
  }
  const publisher = main ? (str(main.publisher) ?? null) : null;
  const keywords = main ? ld('keywords') : undefined;
  let tags: string[] = [];
  if (typeof keywords === 'string') tags = keywords.split(/\s*,\s*/);
  else if (Array.isArray(keywords)) tags = keywords.filter((k): k is string => typeof k === 'string');
  if (!tags.length) {
    const mt = metas.get('article:tag') ?? [];
    tags = mt.length ? mt : (metaContent(metas, 'keywords', 'news_keywords') ?? '').split(/\s*,\s*/);
  }
  tags = [...new Set(tags.map(collapse).filter((t) => t && t.length < 60))].slice(0, 30);

  const metaAuthors: string[] = [];
  for (const k of META_AUTHOR_KEYS) {
    for (const v of metas.get(k) ?? []) {
      if (/^https?:\/\//.test(v) || /^@/.test(v.trim())) continue;
      // Citation tags write one person per tag as "Last, First".
      const lf = k === 'citation_author' ? /^\s*([^,]+),\s*([^,]+?)\s*$/.exec(v) : null;
      metaAuthors.push(lf ? `${lf[2]} ${lf[1]}` : v);
    }
    if (metaAuthors.length) break;
  }
  // Twitter's label/data pairs: <meta name="twitter:label1" content="Written by"> + twitter:data1.
  if (!metaAuthors.length) {
    for (let i = 1; i <= 4; i++) {
      const label = metaContent(metas, `twitter:label${i}`);
      const data = metaContent(metas, `twitter:data${i}`);
      if (label && data && AUTHOR_LABEL_RE.test(label)) metaAuthors.push(data);
    }
  }
  // Microdata dates on visible elements: <span itemprop="datePublished" content="…">, <time itemprop=…>.
  const itemDate = (prop: string): string | null => {
    for (const v of itemprops.get(prop) ?? []) { const c = collapse(v); if (c && /\d{4}/.test(c)) return c; }
    return null;
  };

  const titles: string[] = [];
  for (const t of [str(ld('headline')), str(ld('name')) && main && !typeOf(main).includes('WebPage') ? str(ld('name')) : null, metaContent(metas, 'og:title'), metaContent(metas, 'twitter:title'), metaContent(metas, 'dc.title'), metaContent(metas, 'title')]) {
    if (t && !titles.includes(t)) titles.push(t);
  }

  const accessible = main ? main.isAccessibleForFree : undefined;
  const paywalled = accessible === false || accessible === 'False' || accessible === 'false';

  return {
    title: titles[0] ?? null,
    titles,
    docTitle,
    description: str(ld('description')) ?? metaContent(metas, 'og:description', 'description', 'twitter:description', 'dc.description'),
    siteName: metaContent(metas, 'og:site_name', 'application-name', 'twitter:site:name') ?? publisher,
    authors: ldAuthors.length ? ldAuthors : metaAuthors,
    published: str(ld('datePublished')) ?? metaContent(metas, ...META_PUBLISHED_KEYS) ?? itemDate('datepublished') ?? str(ld('dateCreated')) ?? itemDate('datecreated') ?? itemDate('uploaddate') ?? str(ld('uploadDate')) ?? metaMatching(metas, PUBLISHED_KEY_RE),
    updated: str(ld('dateModified')) ?? metaContent(metas, ...META_MODIFIED_KEYS) ?? itemDate('datemodified'),
    section: str(ld('articleSection')) ?? metaContent(metas, 'article:section', 'section', 'parsely-section'),
    tags,
    image: ldImageUrl ?? metaContent(metas, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'),
    imageCaption: ldImageCaption ?? metaContent(metas, 'og:image:alt', 'twitter:image:alt'),
    imageCredit: ldImageCredit,
    canonical: canonical ?? metaContent(metas, 'og:url') ?? str(ld('url')) ?? str(ld('mainEntityOfPage')),
    language: language ?? metaContent(metas, 'content-language', 'og:locale', 'language', 'dc.language') ?? str(ld('inLanguage')),
    articleBody: typeof ld('articleBody') === 'string' ? (ld('articleBody') as string) : null,
    type: main ? (typeOf(main)[0] ?? null) : null,
    publisher,
    paywalled,
  };
}

function textOfScript(el: Element): string {
  let s = '';
  for (const c of el.children) if ('data' in c) s += (c as { data: string }).data;
  return s;
}

function isInSvg(el: Element): boolean {
  let p = el.parent;
  while (p && p instanceof Element) { if (p.name === 'svg') return true; p = p.parent; }
  return false;
}
