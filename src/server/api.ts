/**
 * The JSON API under /api. Every route here is described in ./openapi.ts (a test checks that the two
 * agree). Errors are thrown as HttpError and rendered by the app's single onError.
 */
import { Hono } from 'hono';
import type { StoredArticle } from '../store/types.js';
import { HttpError } from './errors.js';
import { ingest, type IngestInput } from './ingest.js';
import { openApiDocument } from './openapi.js';
import { ingestBodySchema, listQuerySchema, parseOr400, searchQuerySchema } from './validate.js';
import type { AppDeps } from './app.js';

export function apiRoutes(deps: AppDeps): Hono {
  const api = new Hono();

  api.get('/health', (c) => c.json({ ok: true, articles: deps.store.count() }));

  api.get('/openapi.json', (c) => c.json(openApiDocument()));

  api.post('/articles', async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/(.+\+)?json\b/i.test(type)) {
      throw new HttpError(415, 'unsupported_media_type', 'Send the article as JSON (Content-Type: application/json).');
    }
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
    }
    const body = parseOr400(ingestBodySchema, raw, 'article input');
    const input: IngestInput = body.html !== undefined ? { kind: 'html', html: body.html, url: body.url }
      : body.text !== undefined ? { kind: 'text', text: body.text, url: body.url }
        : { kind: 'url', url: body.url! };
    const { article, created } = await ingest(input, deps);
    c.header('Location', `/api/articles/${encodeURIComponent(article.id)}`);
    return c.json(article, created ? 201 : 200);
  });

  api.get('/articles', (c) => {
    const q = parseOr400(listQuerySchema, c.req.query(), 'query');
    const items = deps.store.list(q).map(summary);
    const filtered = q.site !== undefined || q.language !== undefined;
    return c.json({ items, limit: q.limit, offset: q.offset, ...(filtered ? {} : { total: deps.store.count() }) });
  });

  api.get('/articles/:id', (c) => {
    const id = c.req.param('id');
    const article = deps.store.get(id);
    if (!article) throw new HttpError(404, 'not_found', `No article with id ${id}.`);
    return c.json(article);
  });

  api.get('/search', (c) => {
    const q = parseOr400(searchQuerySchema, c.req.query(), 'search');
    const r = runSearch(deps, q);
    // `totalCapped` always present: a client must not read a capped total as the exact count
    return c.json({ total: r.total, totalCapped: r.totalCapped === true, hits: r.hits, limit: q.limit, offset: q.offset });
  });

  return api;
}

/** A search the user typed can be malformed for the engine; that is their 400, not our 500. */
export function runSearch(deps: AppDeps, q: Parameters<AppDeps['store']['search']>[0]): ReturnType<AppDeps['store']['search']> {
  try {
    return deps.store.search(q);
  } catch (err) {
    throw new HttpError(400, 'invalid_query', `The search could not be run: ${(err as Error).message}`);
  }
}

/** List entries carry what a list needs, not whole bodies. */
export function summary(a: StoredArticle) {
  return {
    id: a.id, title: a.title, kicker: a.kicker, lead: a.lead, site: a.site, source: a.source, url: a.url,
    language: a.language, published: a.published, updated: a.updated, wordCount: a.wordCount,
    createdAt: a.createdAt, updatedAt: a.updatedAt,
  };
}
