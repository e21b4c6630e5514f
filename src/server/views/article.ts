/**
 * The article page, laid out like a calm news page: kicker above the headline, lead, byline with
 * source and stamps, hero figure with caption and credit, the key-points box, body with subheads,
 * and a footer with the original link and "also published by". Built only from the model's fields
 * and blocks — never from page HTML — and every value goes through html`` escaping or `safeUrl`.
 */
import { html } from 'hono/html';
import type { Block, ImageInfo } from '../../model/article.js';
import type { StoredArticle } from '../../store/types.js';
import { labelsFor, type ArticleLabels } from './labels.js';
import { stamp } from './dates.js';
import { hostOf, safeUrl } from './safe.js';
import type { Html } from './layout.js';

export function articleView(a: StoredArticle): Html {
  const L = labelsFor(a.language);
  const published = stamp(a.published, a.language);
  const updated = stamp(a.updated, a.language);
  const original = safeUrl(a.url ?? a.canonicalUrl);
  const source = a.source ?? a.siteName ?? a.site ?? hostOf(original);
  // The hero repeats as the first body figure on many pages; show it once.
  const heroSrc = a.image ? safeUrl(a.image.src) : null;
  const blocks = a.blocks.filter((b, i) => !(i < 3 && b.type === 'figure' && heroSrc && safeUrl(b.src) === heroSrc));
  const points = keyPointItems(a);

  return html`<article class="article">
  <header>
    ${a.kicker ? html`<p class="kicker">${a.kicker}</p>` : ''}
    <h1>${a.title ?? '(untitled)'}</h1>
    ${a.lead ? html`<p class="lead">${a.lead}</p>` : ''}
    <p class="byline">
      ${source ? html`<span><strong>${source}</strong></span>` : ''}
      ${a.authors.length ? html`<span>${L.by} ${a.authors.join(', ')}</span>` : ''}
      ${published ? html`<span>${L.published} <time datetime="${published.iso}">${published.text}</time></span>` : ''}
      ${updated && updated.iso !== published?.iso ? html`<span>${L.updated} <time datetime="${updated.iso}">${updated.text}</time></span>` : ''}
    </p>
  </header>
  ${a.image ? figure(a.image, L, 'hero') : ''}
  ${points ? html`<aside class="keypoints" aria-labelledby="keypoints-heading">
    <h2 id="keypoints-heading">${points.heading ?? L.keyPoints}</h2>
    <ul>${points.items.map((t) => html`<li>${t}</li>`)}</ul>
  </aside>` : ''}
  <div class="body">
    ${blocks.map((b) => block(b, L))}
  </div>
  <footer class="article-footer">
    ${source ? html`<p>${L.source}: ${source}</p>` : ''}
    ${original ? html`<p><a href="${original}" rel="noopener noreferrer nofollow">${L.original}</a> <span class="muted">(${hostOf(original)})</span></p>` : ''}
    ${a.alsoPublishedBy.length ? html`<div class="also"><p>${L.alsoPublishedBy}:</p><ul>${a.alsoPublishedBy.map((o) => html`<li><a href="/articles/${encodeURIComponent(o.id)}">${o.site ?? hostOf(o.url) ?? o.title ?? o.id}</a>${o.title && (o.site || o.url) ? html` — ${o.title}` : ''}</li>`)}</ul></div>` : ''}
    ${a.messages.length ? html`<details class="notes"><summary>Extraction notes (${a.messages.length})</summary><ul>${a.messages.map((m) => html`<li><code>${m.code}</code> ${m.message}</li>`)}</ul></details>` : ''}
  </footer>
</article>`;
}

/**
 * Our key points when we have them; the page's own box otherwise, under the page's own heading —
 * better than showing nothing when key points could not be made.
 */
function keyPointItems(a: StoredArticle): { heading: string | null; items: string[] } | null {
  const ours = a.keyPoints?.items.map((k) => k.text).filter((t) => t.trim() !== '') ?? [];
  if (ours.length) return { heading: null, items: ours };
  if (a.summaryBox && a.summaryBox.items.length) return { heading: a.summaryBox.heading || null, items: a.summaryBox.items };
  return null;
}

function figure(img: ImageInfo | { src: string | null; alt: string | null; caption: string | null; credit: string | null }, L: ArticleLabels, cls?: string): Html | '' {
  const src = safeUrl(img.src);
  if (!src && !img.caption) return '';
  const classes = [cls, src ? null : 'no-image'].filter(Boolean).join(' ');
  return html`<figure${classes ? html` class="${classes}"` : ''}>
    ${src ? html`<img src="${src}" alt="${img.alt ?? img.caption ?? ''}" loading="lazy" decoding="async" referrerpolicy="no-referrer">` : ''}
    ${img.caption || img.credit ? html`<figcaption>${img.caption ?? ''}${img.credit ? html`<span class="credit"><span class="sr-only">${L.photo}: </span>${img.credit}</span>` : ''}</figcaption>` : ''}
  </figure>`;
}

function block(b: Block, L: ArticleLabels): Html | '' {
  switch (b.type) {
    case 'paragraph':
      return html`<p>${b.text}</p>`;
    case 'heading':
      // The headline is the page's only h1; page levels 1–2 become h2, deeper ones h3.
      return b.level <= 2 ? html`<h2>${b.text}</h2>` : html`<h3>${b.text}</h3>`;
    case 'quote':
      return html`<blockquote><p>${b.text}</p>${b.cite ? html`<footer>— ${b.cite}</footer>` : ''}</blockquote>`;
    case 'list': {
      const items = b.items.map((i) => html`<li>${i}</li>`);
      return b.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'table':
      return html`<div class="table-wrap"><table>${b.rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</table></div>`;
    case 'figure':
      return figure(b, L);
    case 'embed': {
      const url = safeUrl(b.url);
      return url ? html`<p class="embed">${b.kind}: <a href="${url}" rel="noopener noreferrer nofollow">${hostOf(url)}</a></p>` : '';
    }
  }
}
