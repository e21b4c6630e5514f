/**
 * Finds anything in a served HTML page that could run script or load active content: script/style
 * elements we never emit, event-handler attributes, non-http(s) URLs in URL attributes, inline
 * styles, SVG/MathML, frames, plugins, meta refresh, <base>. Parsed with htmlparser2 (as a browser
 * tokenises) and double-checked with a raw scan of the tags, so a parser disagreement cannot hide one.
 */
import { Parser } from 'htmlparser2';

const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'srcset', 'ping', 'manifest', 'codebase', 'cite']);
const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'svg', 'math', 'template', 'portal', 'noscript', 'xml']);
/** Our own pages use exactly these <link>s; anything else would be page content escaping. */
const ALLOWED_LINKS = new Set(['/assets/reader.css', '/favicon.svg']);

export function findExecutableVectors(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      const tag = name.toLowerCase();
      if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}> element`);
      if (tag === 'meta' && (attrs['http-equiv'] ?? '').toLowerCase() === 'refresh') found.push('meta refresh');
      if (tag === 'link' && !ALLOWED_LINKS.has(attrs.href ?? '')) found.push(`<link href=${attrs.href}>`);
      for (const [rawName, value] of Object.entries(attrs)) {
        const attr = rawName.toLowerCase();
        if (attr.startsWith('on')) found.push(`${tag}[${attr}] event handler`);
        if (attr === 'style') found.push(`${tag}[style] inline style`);
        if (attr === 'srcdoc') found.push(`${tag}[srcdoc]`);
        if (URL_ATTRS.has(attr) && !isSafeUrl(value)) found.push(`${tag}[${attr}=${JSON.stringify(value)}] unsafe URL`);
      }
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();

  // Escaped page text cannot contain '<', so every '<…>' here is markup we emitted. Escaped values
  // cannot contain a raw quote either, so with quoted values removed only attribute names remain —
  // unless a value broke out of its quotes, which is exactly what this catches.
  for (const m of html.matchAll(/<[^>]*>/g)) {
    const tag = m[0];
    const names = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    if (/^<\s*script/i.test(tag)) found.push(`raw <script: ${tag.slice(0, 80)}`);
    if (/[\s"'/]on[a-z]+\s*=/i.test(names)) found.push(`raw handler: ${tag.slice(0, 120)}`);
    if (/[\s"']style\s*=/i.test(names)) found.push(`raw style attribute: ${tag.slice(0, 120)}`);
    for (const a of tag.matchAll(/\s([\w:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
      const value = a[2]!.replace(/^["']|["']$/g, '').trim();
      if (URL_ATTRS.has(a[1]!.toLowerCase()) && /^(java|vb)script|^data:/i.test(value)) found.push(`raw script URL: ${tag.slice(0, 120)}`);
    }
  }
  return found;
}

/** Our own relative links, fragments, and absolute http(s) — nothing else. */
function isSafeUrl(value: string): boolean {
  const v = value.trim();
  if (v.startsWith('#')) return true;
  if (v.startsWith('/') && !v.startsWith('//')) return true;
  return /^https?:\/\//i.test(v) && !/[\u0000-\u001f]/.test(v);
}
