/**
 * The Hono app: security headers, CSRF check and body limits in front; the JSON API under /api and
 * the HTML reader everywhere else; one `onError` that maps every failure to a response. The app is
 * a plain value — tests drive it in-process with `app.request(...)`, `punkt serve` hands `app.fetch`
 * to @hono/node-server.
 *
 * @example
 *   const app = createApp({ store: openSqliteStore('data/punkt.db'), config: loadConfig() });
 *   const res = await app.request('/api/search?q=Rakete');
 */
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ArticleStore } from '../store/types.js';
import type { Config } from '../config/index.js';
import { HttpError, errorBody } from './errors.js';
import { apiRoutes } from './api.js';
import { readerRoutes } from './reader.js';
import { layout } from './views/layout.js';
import { errorView } from './views/pages.js';

export interface AppDeps {
  store: ArticleStore;
  config: Config;
  /** One line per request (`GET /search 200 4ms`); `punkt serve` passes console.log, tests nothing. */
  log?: (line: string) => void;
  /** Called after every stored article (`punkt serve` schedules index maintenance, ./maintenance.ts). */
  onWrite?: () => void;
}

/**
 * Nothing a stored page contains may run: no script source at all, styles only from our own file,
 * images from anywhere (the article's own photos), forms only to us, never framed.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src https: http: data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();

  const log = deps.log;
  if (log) {
    app.use('*', async (c, next) => {
      const t0 = performance.now();
      await next();
      log(`${c.req.method} ${c.req.path} ${c.res.status} ${Math.round(performance.now() - t0)}ms`);
    });
  }

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  });

  // DNS rebinding: a web page whose name resolves to 127.0.0.1 would otherwise be "same origin" with a
  // loopback-bound reader. Bound to loopback, only loopback names are answered.
  if (isLoopback(deps.config.host)) {
    app.use('*', async (c, next) => {
      const host = hostName(c.req.header('host') ?? new URL(c.req.url).host);
      if (!isLoopback(host)) throw new HttpError(403, 'forbidden_host', `This reader only answers to localhost, not to ${host}.`);
      await next();
    });
  }

  // Form posts from other sites must not add pages to a local archive (the reader has no login).
  app.use('*', csrf());

  const limit = bodyLimit({
    maxSize: deps.config.bodyLimit,
    onError: () => {
      throw new HttpError(413, 'payload_too_large', `The request body is larger than the limit of ${formatBytes(deps.config.bodyLimit)}.`);
    },
  });
  app.use('/api/*', limit);
  app.use('/add', limit);

  app.route('/api', apiRoutes(deps));
  app.route('/', readerRoutes(deps));

  app.notFound((c) => respondError(c, new HttpError(404, 'not_found', `No route for ${c.req.method} ${c.req.path}.`)));
  app.onError((err, c) => respondError(c, toHttpError(err)));
  return app;
}

/** The single mapping from anything thrown to an HttpError. Internal details never reach the client. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return new HttpError(status, STATUS_CODES[status] ?? `http_${status}`, err.message || defaultMessage(status));
  }
  console.error('punkt serve: unexpected error:', err);
  return new HttpError(500, 'internal', 'Internal server error.');
}

function respondError(c: Context, err: HttpError): Response | Promise<Response> {
  if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return c.json(errorBody(err), err.status);
  const message = err.code === 'not_found' && !c.req.path.startsWith('/articles/') ? 'There is no page at this address.' : err.message;
  return c.html(layout({ title: err.status === 404 ? 'Not found' : 'Error', section: null, content: errorView(err.status, message) }), err.status);
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);

function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** "localhost:3000" → "localhost", "[::1]:3000" → "::1". */
function hostName(hostHeader: string): string {
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']'));
  return h.replace(/:\d+$/, '').replace(/\.$/, '');
}

const STATUS_CODES: Partial<Record<number, string>> = {
  400: 'invalid_request', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed',
  413: 'payload_too_large', 415: 'unsupported_media_type', 422: 'unprocessable', 500: 'internal', 502: 'bad_gateway',
};

function defaultMessage(status: number): string {
  return status === 403 ? 'Forbidden: cross-site form posts are refused.' : `HTTP ${status}`;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB` : `${Math.round(n / 1024)} KiB`;
}
