/**
 * What a fetched resource is — an RSS/RDF or Atom feed, a (news) sitemap, a sitemap index, or a
 * page — decided by its content, not its URL or Content-Type (servers label feeds text/html,
 * text/xml, application/octet-stream…), and the item URLs a feed or sitemap lists.
 *
 * @example
 *   const src = parseSource(bytes, 'https://example.ch/rss');
 *   if (src.kind !== 'page') for (const u of src.links) queue(u);
 */
import { Parser } from 'htmlparser2';

export type SourceKind = 'rss' | 'atom' | 'sitemap' | 'sitemapindex' | 'page';
export interface Source { kind: SourceKind; links: string[] }

/** The first element after the XML prolog, comments, doctype and processing instructions. */
function rootElement(head: string): string | null {
  const s = head.replace(/^\uFEFF/, '').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trimStart();
  const m = /^<([A-Za-z][\w:.-]*)/.exec(s);
  return m ? m[1]!.toLowerCase() : null;
}

export function detectKind(bytes: Uint8Array): SourceKind {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('utf8');
  const root = rootElement(head)?.replace(/^[\w-]+:/, '');
  switch (root) {
    case 'rss': case 'rdf': return 'rss';
    case 'feed': return 'atom';
    case 'urlset': return 'sitemap';
    case 'sitemapindex': return 'sitemapindex';
    default: return 'page';
  }
}

function resolveLink(raw: string, base: string): string | null {
  const t = raw.trim();
  if (!t) return null;
  try {
    const u = new URL(t, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Parse a feed or sitemap into item links (in document order, de-duplicated). */
export function parseSource(bytes: Uint8Array, baseUrl: string): Source {
  const kind = detectKind(bytes);
  if (kind === 'page') return { kind, links: [] };
  const links: string[] = [];
  const seen = new Set<string>();
  const add = (raw: string | undefined) => {
    const u = raw === undefined ? null : resolveLink(raw, baseUrl);
    if (u && !seen.has(u)) { seen.add(u); links.push(u); }
  };
  const stack: string[] = [];
  let text = '';
  // Per RSS item: <link> wins; a <guid> that is a permalink is the fallback.
  let itemLink: string | null = null;
  let itemGuid: string | null = null;
  let entryLink: string | null = null;
  const local = (name: string) => name.toLowerCase().replace(/^[\w-]+:/, '');
  const parser = new Parser({
    onopentag(name, attrs) {
      const n = local(name);
      stack.push(n);
      text = '';
      if (kind === 'atom' && n === 'link' && stack.includes('entry')) {
        const rel = (attrs.rel ?? 'alternate').toLowerCase();
        if (rel === 'alternate' && (entryLink === null || !attrs.type || /html/i.test(attrs.type))) entryLink = attrs.href ?? entryLink;
      }
      if (n === 'item') { itemLink = null; itemGuid = null; }
      if (n === 'entry') entryLink = null;
      if (n === 'guid') itemGuid = (attrs.isPermaLink ?? attrs.ispermalink ?? '').toLowerCase() === 'false' ? '' : null;
    },
    ontext(t) { text += t; },
    onclosetag(name) {
      const n = local(name);
      const parent = stack[stack.length - 2];
      if (kind === 'rss') {
        if (n === 'link' && parent === 'item') itemLink = text;
        // a permalink guid must be an absolute URL; anything else is an opaque id
        if (n === 'guid' && parent === 'item' && itemGuid === null) itemGuid = /^\s*https?:\/\//i.test(text) ? text : '';
        if (n === 'item') add(itemLink ?? (itemGuid || undefined));
      } else if (kind === 'atom') {
        if (n === 'entry') add(entryLink ?? undefined);
      } else if (n === 'loc' && (parent === 'url' || parent === 'sitemap')) {
        add(text);
      }
      stack.pop();
      text = '';
    },
  }, { xmlMode: true, decodeEntities: true });
  parser.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  parser.end();
  return { kind, links };
}
