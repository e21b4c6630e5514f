/**
 * The server-rendered web reader: latest articles, one article, search, and the "add a page" form.
 * Plain HTML forms and links, so it works from the keyboard and without script.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { HttpError } from './errors.js';
import { ingest, type IngestInput } from './ingest.js';
import { runSearch } from './api.js';
import { searchQuerySchema, describeIssues } from './validate.js';
import { layout } from './views/layout.js';
import { articleView } from './views/article.js';
import { addView, latestView, searchView, type AddFormState, type SearchForm } from './views/pages.js';
import { READER_CSS, FAVICON_SVG } from './assets.js';
import type { AppDeps } from './app.js';

/** 20 teasers fit a phone screen a few times over without making the page heavy. */
const PAGE_SIZE = 20;

const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export function readerRoutes(deps: AppDeps): Hono {
  const app = new Hono();

  app.get('/assets/reader.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(READER_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  app.get('/favicon.svg', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(FAVICON_SVG, 200, { 'Content-Type': 'image/svg+xml' });
  });

  app.get('/', (c) => {
    const page = pageParam.parse(c.req.query('page'));
    const rows = deps.store.list({ limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE });
    const pager = {
      prev: page > 1 ? (page === 2 ? '/' : `/?page=${page - 1}`) : null,
      next: rows.length > PAGE_SIZE ? `/?page=${page + 1}` : null,
    };
    return c.html(layout({ title: 'Latest articles', section: 'latest', content: latestView(rows.slice(0, PAGE_SIZE), deps.store.count(), pager) }));
  });

  app.get('/articles/:id', (c) => {
    const article = deps.store.get(c.req.param('id'));
    if (!article) throw new HttpError(404, 'not_found', 'There is no article at this address.');
    return c.html(layout({ title: article.title ?? 'Article', lang: article.language, description: article.lead, content: articleView(article) }));
  });

  app.get('/search', (c) => {
    const raw = c.req.query();
    const form: SearchForm = { q: raw.q ?? '', site: raw.site ?? '', language: raw.language ?? '', from: raw.from ?? '', to: raw.to ?? '' };
    const page = pageParam.parse(raw.page);
    const pager = { prev: null as string | null, next: null as string | null, prevLabel: 'Previous results', nextLabel: 'More results' };
    if (form.q.trim() === '') {
      return c.html(layout({ title: 'Search', section: 'search', content: searchView(form, null, pager, null) }));
    }
    const parsed = searchQuerySchema.safeParse({ ...form, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    if (!parsed.success) {
      return c.html(layout({ title: 'Search', section: 'search', q: form.q, content: searchView(form, null, pager, describeIssues(parsed.error)) }), 400);
    }
    const result = runSearch(deps, parsed.data);
    const link = (p: number) => `/search?${new URLSearchParams({ ...nonEmpty(form), ...(p > 1 ? { page: String(p) } : {}) }).toString()}`;
    if (page > 1) pager.prev = link(page - 1);
    if (page * PAGE_SIZE < result.total) pager.next = link(page + 1);
    return c.html(layout({ title: `Search: ${form.q}`, section: 'search', q: form.q, content: searchView(form, result, pager, null) }));
  });

  app.get('/add', (c) => c.html(layout({ title: 'Add a page', section: 'add', content: addView() })));

  app.post('/add', async (c) => {
    let body: Record<string, string | File | (string | File)[]>;
    try {
      body = await c.req.parseBody();
    } catch {
      throw new HttpError(400, 'invalid_form', 'The form data could not be read. Send it as multipart/form-data or URL-encoded.');
    }
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
    const mode = field('mode');
    const rawUrl = field('url');
    const errors: string[] = [];
    if (rawUrl && !/^https?:\/\//i.test(rawUrl)) errors.push('The URL must start with http:// or https://.');
    // A refused URL is not echoed back: the form only ever carries http(s) addresses.
    const url = errors.length ? '' : rawUrl;
    const state: AddFormState = mode === 'url' ? { url } : mode === 'html' ? { htmlUrl: url } : { text: typeof body.text === 'string' ? body.text : '', textUrl: url };

    let input: IngestInput | null = null;
    if (mode === 'url') {
      if (!rawUrl) errors.push('Enter the address of the page.');
      else if (url) input = { kind: 'url', url };
    } else if (mode === 'html') {
      const file = body.file;
      if (!(file instanceof File) || file.size === 0) errors.push('Choose an HTML file to upload.');
      else input = { kind: 'html', html: new Uint8Array(await file.arrayBuffer()), url: url || undefined, contentType: file.type || undefined };
    } else if (mode === 'text') {
      const text = typeof body.text === 'string' ? body.text : '';
      if (!text.trim()) errors.push('Paste the text of the article.');
      else input = { kind: 'text', text, url: url || undefined };
    } else {
      errors.push('Choose one of the three ways to add a page.');
    }
    if (errors.length || !input) return addFailed(c, state, errors, 400);

    try {
      const { article } = await ingest(input, deps);
      return c.redirect(`/articles/${encodeURIComponent(article.id)}`, 303);
    } catch (err) {
      // Input problems go back to the form with what was typed; server faults go to onError.
      if (err instanceof HttpError && err.status < 500 || err instanceof HttpError && err.code === 'fetch_failed') {
        return addFailed(c, state, [err.message], err.status);
      }
      throw err;
    }
  });

  return app;
}

function addFailed(c: Context, state: AddFormState, errors: string[], status: HttpError['status']) {
  return c.html(layout({ title: 'Add a page', section: 'add', content: addView({ ...state, errors }) }), status);
}

function nonEmpty(o: SearchForm): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v.trim() !== ''));
}
