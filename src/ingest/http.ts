/**
 * Fetching for ingest, on top of the safe fetcher (src/input/fetch.ts): politeness (one request at a
 * time per host, a pause between them) and conditional GET for feeds and sitemaps.
 *
 * Conditional GET needs request headers in and ETag/Last-Modified out. They are passed as the
 * optional `headers` / `acceptTypes` options and read from an optional `headers` field on the
 * result; a fetcher that ignores them simply makes every request unconditional (correct, only less
 * polite). A 304 arrives as a FetchError with status 304.
 */
import { fetchPage, FetchError, type FetchOptions, type FetchedPage } from '../input/fetch.js';

/** MIME types feeds and sitemaps are served with, asked for in addition to HTML. */
export const FEED_TYPES = [
  'application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml',
  'application/x-gzip', 'application/gzip',
];

export interface ConditionalFetchOptions extends FetchOptions {
  headers?: Record<string, string>;
  /** Extra accepted content types (feeds and sitemaps). */
  acceptTypes?: string[];
}

export type Fetcher = (url: string, options: ConditionalFetchOptions) => Promise<FetchedPage & { headers?: Record<string, string | string[] | undefined> }>;

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
    allowPrivate: options.allowPrivate, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, headers,
    ...(options.feed ? { acceptTypes: FEED_TYPES } : {}),
  };
  try {
    const page = await fetcher(url, opts);
    return {
      status: 'ok', url: page.url, bytes: page.bytes, contentType: page.contentType,
      etag: header(page.headers, 'etag'), lastModified: header(page.headers, 'last-modified'),
    };
  } catch (err) {
    if (err instanceof FetchError && err.status === 304) {
      return { status: 'not-modified', url, bytes: new Uint8Array(), contentType: undefined, etag: options.etag ?? null, lastModified: options.lastModified ?? null };
    }
    throw err;
  }
}
