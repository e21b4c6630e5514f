/**
 * Article → a self-contained, sanitised `<article>` fragment. Built only from the model's plain-text
 * fields, every one escaped; no markup from the source page ever passes through, so the output can
 * be embedded in any page without running script. URLs are emitted only when they are http(s); links
 * get `rel="noopener noreferrer"`, images `loading="lazy"` and no referrer.
 *
 * @example
 *   document.body.insertAdjacentHTML('beforeend', toHtml(article));
 */
import type { Article, Block, ImageInfo } from '../model/article.js';
import { bylineParts, safeUrl } from './util.js';

/** Escapes for text and for double-quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function toHtml(a: Article): string {
  const base = a.url;
  const out: string[] = [];
  const lang = a.language && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(a.language) ? ` lang="${escapeHtml(a.language)}"` : '';
  out.push(`<article class="punkt-article"${lang}>`);

  const header: string[] = [];
  if (a.kicker) header.push(`<p class="punkt-kicker">${escapeHtml(a.kicker)}</p>`);
  if (a.title) header.push(`<h1>${escapeHtml(a.title)}</h1>`);
  const byline = bylineParts(a);
  if (byline.length) header.push(`<p class="punkt-byline">${byline.map(escapeHtml).join(' · ')}</p>`);
  if (a.lead) header.push(`<p class="punkt-lead"><strong>${escapeHtml(a.lead)}</strong></p>`);
  if (header.length) out.push(`<header>\n${header.join('\n')}\n</header>`);

  if (a.image) {
    const fig = figure(a.image, base, 'punkt-hero');
    if (fig) out.push(fig);
  }
  if (a.summaryBox && a.summaryBox.items.length) {
    const items = a.summaryBox.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n');
    const heading = a.summaryBox.heading ? `<h2>${escapeHtml(a.summaryBox.heading)}</h2>\n` : '';
    out.push(`<aside class="punkt-summary">\n${heading}<ul>\n${items}\n</ul>\n</aside>`);
  }
  for (const b of a.blocks) {
    const html = block(b, base);
    if (html) out.push(html);
  }
  const canonical = safeUrl(a.url);
  if (canonical || a.siteName) {
    const label = escapeHtml(a.siteName ?? new URL(canonical as string).hostname);
    out.push(`<footer><p class="punkt-source">${canonical ? link(canonical, label) : label}</p></footer>`);
  }
  out.push('</article>');
  return out.join('\n') + '\n';
}

function block(b: Block, base: string | null): string {
  switch (b.type) {
    case 'paragraph': return b.text ? `<p>${lines(b.text)}</p>` : '';
    case 'heading': {
      // h1 is the title; body headings start at h2.
      const level = Math.min(6, Math.max(2, Math.trunc(b.level) || 2));
      return `<h${level}>${escapeHtml(b.text)}</h${level}>`;
    }
    case 'quote': {
      const cite = b.cite ? `\n<footer>— <cite>${escapeHtml(b.cite)}</cite></footer>` : '';
      return `<blockquote>\n<p>${lines(b.text)}</p>${cite}\n</blockquote>`;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${b.items.map((i) => `<li>${lines(i)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table': {
      if (!b.rows.length) return '';
      const row = (r: string[], cell: 'td' | 'th') => `<tr>${r.map((c) => `<${cell}>${lines(c)}</${cell}>`).join('')}</tr>`;
      const [head, ...body] = b.rows;
      const tbody = body.length ? `\n<tbody>\n${body.map((r) => row(r, 'td')).join('\n')}\n</tbody>` : '';
      return `<table>\n<thead>\n${row(head as string[], 'th')}\n</thead>${tbody}\n</table>`;
    }
    case 'figure': return figure(b, base, 'punkt-figure') ?? '';
    case 'embed': {
      const url = safeUrl(b.url, base);
      if (!url) return '';
      return `<p class="punkt-embed">${link(url, escapeHtml(`${b.kind || 'embed'}: ${url}`))}</p>`;
    }
  }
}

function figure(img: ImageInfo, base: string | null, cls: string): string | null {
  const src = safeUrl(img.src, base);
  const caption = [img.caption ? escapeHtml(img.caption) : '', img.credit ? `<small>${escapeHtml(img.credit)}</small>` : '']
    .filter(Boolean).join(' ');
  if (!src && !caption) return null;
  const image = src
    ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(img.alt ?? '')}" loading="lazy" decoding="async" referrerpolicy="no-referrer">`
    : '';
  const figcaption = caption ? `<figcaption>${caption}</figcaption>` : '';
  return `<figure class="${cls}">${image}${figcaption}</figure>`;
}

function link(url: string, labelHtml: string): string {
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${labelHtml}</a>`;
}

/** Escaped text with single newlines kept as `<br>` (list items and table cells can be multi-line). */
function lines(s: string): string {
  return escapeHtml(s).replace(/\r?\n/g, '<br>');
}
