/**
 * The OpenAPI 3.1 description of every route the app serves, JSON API and reader pages alike.
 * Hand-written so it reads as documentation; test/server/openapi.test.ts compares its paths with the
 * routes actually registered on the app, so a new route without a description fails the suite.
 */

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errors = (...codes: number[]) => Object.fromEntries(codes.map((code) => [String(code), { $ref: `#/components/responses/Error${code}` }]));
const htmlPage = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
const query = (name: string, description: string, schema: object, required = false) => ({ name, in: 'query', required, description, schema });

const nullableString = { type: ['string', 'null'] };

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input (validation failed, malformed JSON or search).',
  404: 'Not found.',
  413: 'Request body larger than the configured limit.',
  415: 'Body is not JSON.',
  422: 'Input understood but no article could be made from it, or the URL was refused by the safe fetcher.',
  502: 'The page could not be fetched.',
};

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'punkt',
      version: '0.1.0',
      description: 'Local news archive: ingest pages (URL, HTML or text dump), read them clean with key points, search them. '
        + 'Errors are always `{error: {code, message}}`. Bound to loopback (the default), the server answers only to loopback host names '
        + '(403 `forbidden_host` otherwise, against DNS rebinding); cross-site form posts are refused (403).',
    },
    servers: [{ url: '/' }],
    tags: [{ name: 'api', description: 'JSON API' }, { name: 'reader', description: 'Server-rendered HTML reader' }],
    paths: {
      '/api/health': {
        get: { tags: ['api'], summary: 'Liveness and archive size', responses: { 200: { description: 'Server is up', content: json({ type: 'object', properties: { ok: { type: 'boolean' }, articles: { type: 'integer' } }, required: ['ok', 'articles'] }) } } },
      },
      '/api/openapi.json': {
        get: { tags: ['api'], summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1 document', content: json({ type: 'object' }) } } },
      },
      '/api/articles': {
        post: {
          tags: ['api'],
          summary: 'Ingest a page: fetch a URL, or extract given HTML or a text dump; store it with key points',
          description: 'The same canonical URL updates the stored article (200) instead of adding a copy (201). '
            + 'Near-duplicates from other sites are linked in `alsoPublishedBy`. URLs go through the safe fetcher: private, loopback and metadata addresses are refused unless configured.',
          requestBody: { required: true, content: json(ref('IngestRequest')) },
          responses: {
            201: { description: 'Stored as a new article', headers: { Location: { schema: { type: 'string' } } }, content: json(ref('StoredArticle')) },
            200: { description: 'Updated the article with the same canonical URL', headers: { Location: { schema: { type: 'string' } } }, content: json(ref('StoredArticle')) },
            ...errors(400, 413, 415, 422, 502),
          },
        },
        get: {
          tags: ['api'],
          summary: 'List stored articles, newest first',
          parameters: [
            query('limit', 'Page size', { type: 'integer', minimum: 1, maximum: 100, default: 20 }),
            query('offset', 'Items to skip', { type: 'integer', minimum: 0, default: 0 }),
            query('site', 'Only this site (host name)', { type: 'string' }),
            query('language', 'Only this language (BCP 47)', { type: 'string' }),
          ],
          responses: {
            200: {
              description: 'A page of article summaries; `total` (whole archive) only without filters',
              content: json({ type: 'object', properties: { items: { type: 'array', items: ref('ArticleSummary') }, limit: { type: 'integer' }, offset: { type: 'integer' }, total: { type: 'integer' } }, required: ['items', 'limit', 'offset'] }),
            },
            ...errors(400),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          tags: ['api'],
          summary: 'One stored article',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'The article', content: json(ref('StoredArticle')) }, ...errors(404) },
        },
      },
      '/api/search': {
        get: {
          tags: ['api'],
          summary: 'Full-text search over title, lead, body and key points (BM25), with highlighted snippets',
          parameters: [
            query('q', 'Words to find', { type: 'string', minLength: 1, maxLength: 500 }, true),
            query('site', 'Only this site', { type: 'string' }),
            query('language', 'Only this language', { type: 'string' }),
            query('from', 'Published on or after (ISO date)', { type: 'string', format: 'date' }),
            query('to', 'Published on or before (ISO date)', { type: 'string', format: 'date' }),
            query('limit', 'Page size', { type: 'integer', minimum: 1, maximum: 100, default: 20 }),
            query('offset', 'Hits to skip', { type: 'integer', minimum: 0, default: 0 }),
          ],
          responses: {
            200: {
              description: 'Ranked hits. Counting stops at the store\'s cap (5,000 for SQLite): with `totalCapped` true, `total` is that cap and there are more matches (show "5,000+").',
              content: json({
                type: 'object',
                properties: {
                  total: { type: 'integer', description: 'Matches counted, at most the cap' },
                  totalCapped: { type: 'boolean', description: 'True when there are more matches than `total`' },
                  hits: { type: 'array', items: ref('SearchHit') }, limit: { type: 'integer' }, offset: { type: 'integer' },
                },
                required: ['total', 'totalCapped', 'hits', 'limit', 'offset'],
              }),
            },
            ...errors(400),
          },
        },
      },
      '/': { get: { tags: ['reader'], summary: 'Latest articles', parameters: [query('page', 'Page number', { type: 'integer', minimum: 1 })], responses: { 200: htmlPage('Reader page') } } },
      '/articles/{id}': {
        get: { tags: ['reader'], summary: 'Read one article', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: htmlPage('Article page'), 404: htmlPage('Not found page') } },
      },
      '/search': {
        get: {
          tags: ['reader'], summary: 'Search page with highlighted snippets',
          parameters: ['q', 'site', 'language', 'from', 'to', 'page'].map((n) => query(n, `Same as /api/search ${n}`, { type: n === 'page' ? 'integer' : 'string' })),
          responses: { 200: htmlPage('Results'), 400: htmlPage('Invalid search') },
        },
      },
      '/add': {
        get: { tags: ['reader'], summary: 'The "add a page" form', responses: { 200: htmlPage('Form') } },
        post: {
          tags: ['reader'],
          summary: 'Add a page from a URL, an uploaded HTML file or pasted text; redirects to the article',
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    mode: { enum: ['url', 'html', 'text'] },
                    url: { type: 'string', description: 'Page to fetch (mode url) or original URL (optional otherwise)' },
                    file: { type: 'string', contentMediaType: 'text/html', description: 'HTML file (mode html)' },
                    text: { type: 'string', description: 'Pasted article text (mode text)' },
                  },
                  required: ['mode'],
                },
              },
            },
          },
          responses: { 303: { description: 'Redirect to the stored article' }, 400: htmlPage('Form with errors'), 413: htmlPage('Too large'), 422: htmlPage('Form with errors'), 502: htmlPage('Form with errors') },
        },
      },
      '/assets/reader.css': { get: { tags: ['reader'], summary: 'The reader stylesheet', responses: { 200: { description: 'CSS', content: { 'text/css': { schema: { type: 'string' } } } } } } },
      '/favicon.svg': { get: { tags: ['reader'], summary: 'Tab icon', responses: { 200: { description: 'SVG', content: { 'image/svg+xml': { schema: { type: 'string' } } } } } } },
    },
    components: {
      responses: Object.fromEntries(Object.entries(ERROR_TEXT).map(([code, description]) => [`Error${code}`, { description, content: json(ref('Error')) }])),
      schemas: {
        Error: {
          type: 'object',
          properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} }, required: ['code', 'message'] } },
          required: ['error'],
        },
        IngestRequest: {
          description: 'Exactly one of: a URL to fetch; HTML (with its URL, optional); a text dump (with its URL, optional).',
          oneOf: [
            { type: 'object', properties: { url: { type: 'string', format: 'uri' } }, required: ['url'], additionalProperties: false },
            { type: 'object', properties: { html: { type: 'string', minLength: 1 }, url: { type: 'string', format: 'uri' } }, required: ['html'], additionalProperties: false },
            { type: 'object', properties: { text: { type: 'string', minLength: 1 }, url: { type: 'string', format: 'uri' } }, required: ['text'], additionalProperties: false },
          ],
        },
        ArticleSummary: {
          type: 'object',
          properties: {
            id: { type: 'string' }, title: nullableString, kicker: nullableString, lead: nullableString, site: nullableString,
            source: nullableString, url: nullableString, language: nullableString, published: nullableString, updated: nullableString,
            wordCount: { type: 'integer' }, createdAt: { type: 'string' }, updatedAt: { type: 'string' },
          },
          required: ['id', 'title'],
        },
        StoredArticle: {
          description: 'The article model (schema/article.schema.json) plus storage fields.',
          type: 'object',
          properties: {
            id: { type: 'string' }, canonicalUrl: nullableString, site: nullableString, createdAt: { type: 'string' }, updatedAt: { type: 'string' },
            title: nullableString, kicker: nullableString, lead: nullableString, authors: { type: 'array', items: { type: 'string' } },
            siteName: nullableString, source: nullableString, url: nullableString, language: nullableString,
            published: nullableString, updated: nullableString, section: nullableString, tags: { type: 'array', items: { type: 'string' } },
            image: { type: ['object', 'null'] }, blocks: { type: 'array', items: { type: 'object' } }, summaryBox: { type: ['object', 'null'] },
            text: { type: 'string' }, wordCount: { type: 'integer' }, messages: { type: 'array', items: { type: 'object' } },
            keyPoints: { type: 'object' },
            alsoPublishedBy: {
              type: 'array',
              items: { type: 'object', properties: { id: { type: 'string' }, site: nullableString, url: nullableString, title: nullableString, similarity: { type: 'number' } } },
            },
          },
          required: ['id', 'title', 'blocks', 'text', 'alsoPublishedBy'],
        },
        SearchHit: {
          type: 'object',
          properties: {
            id: { type: 'string' }, title: nullableString, site: nullableString, url: nullableString, published: nullableString, language: nullableString,
            snippet: { type: 'string', description: 'Matches wrapped in <mark>; everything else HTML-escaped' }, score: { type: 'number' },
          },
          required: ['id', 'snippet', 'score'],
        },
      },
    },
  };
}
