/**
 * Fetching for ingest, on top of the safe fetcher (src/input/fetch.ts): politeness (one request at a
 * time per host, a pause between them) and conditional GET for feeds and sitemaps.
 *
 * Conditional GET sends If-None-Match / If-Modified-Since through the fetcher's `headers` option and
 * reads ETag / Last-Modified from the result's `headers`; the safe fetcher answers a conditional
 * request's 304 with a result of status 304. A test fetcher that ignores the headers simply makes
 * every request unconditional (correct, only less polite); one that throws a FetchError with status
 * 304 is understood as well.
 */
import { DEFAULT_ACCEPT_TYPES, fetchPage, FetchError, type FetchOptions, type FetchedPage } from '../input/fetch.js';

/**
 * MIME types feeds and sitemaps are served with, accepted in addition to HTML (a source URL may be a
 * plain page). The gzip types are for sitemap.xml.gz files, gunzipped by the pipeline.
 */
export const FEED_TYPES = [
  'application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml',
  'application/x-gzip', 'application/gzip',
];

/** The safe fetcher's options (`headers` and `acceptTypes` included); kept as a name for callers. */
export type ConditionalFetchOptions = FetchOptions;

export type Fetcher = (url: string, options: ConditionalFetchOptions) => Promise<Omit<FetchedPage, 'headers'> & { headers?: Record<string, string | string[] | undefined> }>;

export interface Fetched {
  status: 'ok' | 'not-modified';
  url: string;
  bytes: Uint8Array;
  contentType: string | undefined;
  etag: string | null;
  lastModified: string | null;
}

function header(h: Record<string, string | string[] | undefined> | undefined, name: string): string | null {
  if (!h) return null;
  const v = h[name] ?? h[name.toLowerCase()];
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

/** Serialises requests per host and keeps `delayMs` between the end of one and the start of the next. */
export class HostQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  constructor(private readonly delayMs: number) {}

  run<T>(url: string, task: () => Promise<T>): Promise<T> {
    let host: string;
    try { host = new URL(url).host; } catch { host = url; }
    const prev = this.tails.get(host);
    const next = (async () => {
      if (prev) {
        await prev.catch(() => undefined);
        if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
      }
      return task();
    })();
    this.tails.set(host, next);
    return next;
  }
}

export async function fetchConditional(
  url: string,
  options: FetchOptions & { etag?: string | null; lastModified?: string | null; feed?: boolean },
  fetcher: Fetcher = fetchPage as Fetcher,
): Promise<Fetched> {
  const headers: Record<string, string> = {};
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const opts: ConditionalFetchOptions = {
    allowPrivate: options.allowPrivate, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, maxRedirects: options.maxRedirects, headers,
    ...(options.feed ? { acceptTypes: [...DEFAULT_ACCEPT_TYPES, ...FEED_TYPES] } : {}),
  };
  try {
    const page = await fetcher(url, opts);
    if (page.status === 304) return notModified(url, options);
    return {
      status: 'ok', url: page.url, bytes: page.bytes, contentType: page.contentType,
      etag: header(page.headers, 'etag'), lastModified: header(page.headers, 'last-modified'),
    };
  } catch (err) {
    if (err instanceof FetchError && err.status === 304) return notModified(url, options);
    throw err;
  }
}

function notModified(url: string, options: { etag?: string | null; lastModified?: string | null }): Fetched {
  return { status: 'not-modified', url, bytes: new Uint8Array(), contentType: undefined, etag: options.etag ?? null, lastModified: options.lastModified ?? null };
}
