/**
 * The reader's list pages and forms: latest articles, search with highlighted snippets, the
 * "add a page" form and the error page. Like the article view, everything page-derived is escaped;
 * snippets are re-built by `snippetHtml`, links only ever point to our own article pages.
 */
import { html } from 'hono/html';
import type { SearchHit, StoredArticle } from '../../store/types.js';
import { stamp } from './dates.js';
import { hostOf, snippetHtml } from './safe.js';
import type { Html } from './layout.js';

export interface Pager { prev: string | null; next: string | null; prevLabel?: string; nextLabel?: string }

export function latestView(items: StoredArticle[], total: number, pager: Pager): Html {
  return html`<h1 class="page-title">Latest articles</h1>
${items.length === 0
    ? html`<p class="empty">The archive is empty. <a href="/add">Add a page</a> to start reading.</p>`
    : html`<ol class="teasers">${items.map(teaser)}</ol>`}
${pagerView(pager)}
<p class="muted">${total.toLocaleString('en-US')} ${total === 1 ? 'article' : 'articles'} in the archive.</p>`;
}

function teaser(a: StoredArticle): Html {
  // Without a publication date the teaser says when the page was added, and says so.
  const when = stamp(a.published ?? a.createdAt, a.language, false);
  const added = !a.published && when ? 'added ' : '';
  const site = a.source ?? a.siteName ?? a.site ?? hostOf(a.url);
  return html`<li class="teaser"${a.language ? html` lang="${a.language}"` : ''}>
  ${a.kicker ? html`<p class="kicker">${a.kicker}</p>` : ''}
  <h2><a href="/articles/${encodeURIComponent(a.id)}">${a.title ?? '(untitled)'}</a></h2>
  ${a.lead ? html`<p>${truncate(a.lead, 260)}</p>` : ''}
  <p class="meta">${site ?? ''}${site && when ? ' · ' : ''}${added}${when ? html`<time datetime="${when.iso}">${when.text}</time>` : ''}</p>
</li>`;
}

export interface SearchForm { q: string; site: string; language: string; from: string; to: string }

/** "1 result", "2,345 results", "5,000+ results" (a capped count says so). */
export function resultCount(total: number, capped: boolean): string {
  const n = total.toLocaleString('en-US') + (capped ? '+' : '');
  return `${n} ${total === 1 && !capped ? 'result' : 'results'}`;
}

export function searchView(form: SearchForm, result: { total: number; totalCapped?: boolean; hits: SearchHit[] } | null, pager: Pager, error: string | null): Html {
  const filtersOpen = Boolean(form.site || form.language || form.from || form.to);
  return html`<h1 class="page-title">Search</h1>
<form class="search-form" role="search" action="/search" method="get">
  <div class="q">
    <label for="q">Words to find</label>
    <input id="q" type="search" name="q" value="${form.q}" required autofocus>
  </div>
  <button type="submit">Search</button>
  <details${filtersOpen ? html` open` : ''}>
    <summary>Filters</summary>
    <div class="filters">
      <div><label for="site">Site</label><input id="site" type="text" name="site" value="${form.site}" placeholder="www.20min.ch"></div>
      <div><label for="language">Language</label><input id="language" type="text" name="language" value="${form.language}" placeholder="de" size="6"></div>
      <div><label for="from">From</label><input id="from" type="date" name="from" value="${form.from}"></div>
      <div><label for="to">To</label><input id="to" type="date" name="to" value="${form.to}"></div>
    </div>
  </details>
</form>
${error ? html`<div class="error-box" role="alert">${error}</div>` : ''}
${result === null ? '' : result.hits.length === 0
    ? html`<p class="empty" role="status">Nothing found for “${form.q}”.</p>`
    : html`<p class="muted" role="status">${resultCount(result.total, result.totalCapped === true)} for “${form.q}”</p>
<ol class="teasers results">${result.hits.map(hit)}</ol>`}
${pagerView(pager)}`;
}

function hit(h: SearchHit): Html {
  const when = stamp(h.published, h.language, false);
  const site = h.site ?? hostOf(h.url);
  return html`<li class="teaser"${h.language ? html` lang="${h.language}"` : ''}>
  <h2><a href="/articles/${encodeURIComponent(h.id)}">${h.title ?? '(untitled)'}</a></h2>
  <p class="snippet">${snippetHtml(h.snippet)}</p>
  <p class="meta">${site ?? ''}${site && when ? ' · ' : ''}${when ? html`<time datetime="${when.iso}">${when.text}</time>` : ''}</p>
</li>`;
}

export interface AddFormState { url?: string; text?: string; textUrl?: string; htmlUrl?: string; errors?: string[] }

export function addView(s: AddFormState = {}): Html {
  return html`<h1 class="page-title">Add a page</h1>
${s.errors?.length ? html`<div class="error-box" role="alert"><strong>The page could not be added.</strong><ul>${s.errors.map((e) => html`<li>${e}</li>`)}</ul></div>` : ''}
<section class="panel" aria-labelledby="add-url">
  <h2 id="add-url">From a web address</h2>
  <form action="/add" method="post" enctype="multipart/form-data">
    <input type="hidden" name="mode" value="url">
    <div class="field">
      <label for="url">Page URL</label>
      <input id="url" type="url" name="url" required placeholder="https://www.example.ch/news/article" value="${s.url ?? ''}">
    </div>
    <button type="submit">Fetch and add</button>
  </form>
</section>
<section class="panel" aria-labelledby="add-html">
  <h2 id="add-html">From a saved HTML file</h2>
  <form action="/add" method="post" enctype="multipart/form-data">
    <input type="hidden" name="mode" value="html">
    <div class="field">
      <label for="file">HTML file</label>
      <input id="file" type="file" name="file" required accept=".html,.htm,text/html">
    </div>
    <div class="field">
      <label for="html-url">Original URL <span class="muted">(optional)</span></label>
      <input id="html-url" type="url" name="url" value="${s.htmlUrl ?? ''}" placeholder="https://…">
    </div>
    <button type="submit">Upload and add</button>
  </form>
</section>
<section class="panel" aria-labelledby="add-text">
  <h2 id="add-text">From pasted text</h2>
  <form action="/add" method="post" enctype="multipart/form-data">
    <input type="hidden" name="mode" value="text">
    <div class="field">
      <label for="text">Article text</label>
      <p class="hint" id="text-hint">Paste the page as copied from the browser: kicker, headline, lead, body.</p>
      <textarea id="text" name="text" required aria-describedby="text-hint">${s.text ?? ''}</textarea>
    </div>
    <div class="field">
      <label for="text-url">Original URL <span class="muted">(optional)</span></label>
      <input id="text-url" type="url" name="url" value="${s.textUrl ?? ''}" placeholder="https://…">
    </div>
    <button type="submit">Add text</button>
  </form>
</section>`;
}

export function errorView(status: number, message: string): Html {
  return html`<h1 class="page-title">${status === 404 ? 'Not found' : `Error ${status}`}</h1>
<p>${message}</p>
<p><a href="/">Back to the latest articles</a></p>`;
}

function pagerView(p: Pager): Html | '' {
  if (!p.prev && !p.next) return '';
  return html`<nav class="pager" aria-label="Pages">
  <span>${p.prev ? html`<a href="${p.prev}" rel="prev">← ${p.prevLabel ?? 'Newer'}</a>` : ''}</span>
  <span>${p.next ? html`<a href="${p.next}" rel="next">${p.nextLabel ?? 'Older'} →</a>` : ''}</span>
</nav>`;
}

function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))} …`;
}
