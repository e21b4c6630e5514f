/**
 * The safe fetcher: downloads one web page for extraction and nothing else.
 *
 * - http and https only; every hop's host is resolved first and refused when any of its addresses is
 *   loopback, private, link-local, CGNAT, unique-local, multicast or a cloud-metadata endpoint
 *   (`address.ts`), unless `allowPrivate` (or the address is in `allowAddresses`);
 * - the socket connects to exactly the address that was checked: a pinned `lookup` is handed to
 *   http.request, so a second DNS answer cannot swap in a private address (DNS rebinding), and the
 *   connected peer is checked again;
 * - redirects are followed by hand (at most 5), each target checked like the first;
 * - at most 10 MB (Content-Length checked up front, the stream aborted as soon as it grows past the
 *   cap, decompression capped as well), one total timeout, HTML content types only unless the
 *   caller widens them with `acceptTypes` (ingest does, for RSS/Atom feeds and sitemaps);
 * - extra request headers (`headers`) are for content negotiation and conditional GET only: names
 *   the fetcher must control itself (hop-by-hop, framing, Host, Accept-Encoding) and credentials
 *   (Cookie, Authorization — they would follow redirects to any other host) are refused with
 *   `bad-header`, never silently dropped, so a caller cannot believe it sent something it did not;
 * - a 304 Not Modified is a result, not an error, when the request carried If-None-Match or
 *   If-Modified-Since: `{ status: 304, bytes: empty }` with the response headers (ETag…). Without a
 *   conditional header a 304 is a server error and throws `http-status` as before.
 * Response headers come back lower-cased in `headers` (repeated headers joined with ", ").
 * Failures are `FetchError`s with a stable `code`.
 *
 * @example
 *   const page = await fetchPage('https://www.example.ch/story', { timeoutMs: 10_000 });
 *   const article = extract(page.bytes, { url: page.url, contentType: page.contentType });
 */
import http from 'node:http';
import https from 'node:https';
import { promises as dns, type LookupAddress } from 'node:dns';
import { isIP, type Socket } from 'node:net';
import zlib from 'node:zlib';
import { isBlockedAddress, isBlockedHostname } from './address.js';
import { FETCH_MAX_BYTES, FETCH_MAX_REDIRECTS, FETCH_TIMEOUT_MS } from './limits.js';

export interface FetchOptions {
  /** Allow loopback/private/link-local/metadata targets (CLI: --allow-private). */
  allowPrivate?: boolean;
  /** Specific addresses allowed although private (e.g. one intranet host). */
  allowAddresses?: string[];
  /** Total time budget, redirects included (default 15 000). */
  timeoutMs?: number;
  /** Max body size after decompression (default 10 MB). */
  maxBytes?: number;
  /** Max redirects followed (default 5). */
  maxRedirects?: number;
  userAgent?: string;
  /**
   * Extra request headers, e.g. If-None-Match, If-Modified-Since, Accept, Accept-Language,
   * User-Agent. Names in FORBIDDEN_HEADERS and values with control characters throw `bad-header`.
   */
  headers?: Record<string, string>;
  /**
   * MIME types accepted, replacing the default (DEFAULT_ACCEPT_TYPES, HTML only); compared without
   * parameters and case-insensitively. A response without any Content-Type is always accepted and
   * left to content sniffing.
   */
  acceptTypes?: readonly string[];
}

export interface FetchedPage {
  /** Final URL after redirects. */
  url: string;
  bytes: Uint8Array;
  /** The response's Content-Type header (carries the transport charset), if any. */
  contentType: string | undefined;
  /** 200–299, or 304 (then `bytes` is empty) when the request carried a conditional header. */
  status: number;
  /** Response headers of the final hop, names lower-cased, repeated headers joined with ", ". */
  headers: Record<string, string>;
}

export type FetchErrorCode =
  | 'bad-url' | 'blocked-address' | 'dns-failure' | 'connection-failed' | 'timeout' | 'too-many-redirects'
  | 'too-large' | 'bad-content-type' | 'bad-encoding' | 'http-status' | 'bad-header';

export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Content types we extract from by default; anything else is refused before the body is read. */
export const DEFAULT_ACCEPT_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml'];
/**
 * Request headers a caller may not set. Hop-by-hop and framing headers belong to the HTTP client;
 * Host would send the request to another virtual host than the one whose address was checked;
 * Accept-Encoding must match what decompress() can undo; Cookie and (Proxy-)Authorization would be
 * replayed on every redirect hop, including to foreign hosts, so the fetcher carries no credentials.
 */
export const FORBIDDEN_HEADERS: ReadonlySet<string> = new Set([
  'host', 'connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade',
  'content-length', 'expect', 'accept-encoding', 'cookie', 'authorization', 'proxy-authorization',
]);
const CONDITIONAL_HEADERS = ['if-none-match', 'if-modified-since'];
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DEFAULT_UA = 'Mozilla/5.0 (compatible; punkt/0.1; +https://www.npmjs.com/package/punkt)';

export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? FETCH_MAX_REDIRECTS;
  let current = parseUrl(url, url);
  const headers = requestHeaders(options, url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const addresses = await raceAbort(resolveTarget(current, options), controller.signal, current, timeoutMs);
      const res = await request(current, addresses, headers, options, controller.signal, timeoutMs);
      if (REDIRECTS.has(res.status) && res.location !== undefined) {
        if (redirects >= maxRedirects) {
          throw new FetchError('too-many-redirects', `More than ${maxRedirects} redirects (last: ${current.href}).`, url);
        }
        current = parseUrl(res.location, url, current);
        continue;
      }
      return { url: current.href, bytes: res.body, contentType: res.contentType, status: res.status, headers: res.headers };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The request headers for every hop: our defaults, then the caller's (validated) extras. */
function requestHeaders(options: FetchOptions, url: string): Record<string, string> {
  const accept = options.acceptTypes
    ? `${options.acceptTypes.join(', ')}, */*;q=0.1`
    : 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_UA,
    accept,
    'accept-encoding': 'gzip, deflate, br',
  };
  for (const [rawName, value] of Object.entries(options.headers ?? {})) {
    const name = rawName.trim().toLowerCase();
    // RFC 9110 token; values as Node's http accepts them (no CR/LF/NUL, Latin-1), so nothing throws later.
    if (!/^[!#$%&'*+\-.^_`|~0-9a-z]+$/.test(name) || FORBIDDEN_HEADERS.has(name) || name.startsWith('proxy-')) {
      throw new FetchError('bad-header', `The request header "${rawName}" cannot be set on a fetch.`, url);
    }
    if (typeof value !== 'string' || /[^\t\x20-\x7e\x80-\xff]/.test(value)) {
      throw new FetchError('bad-header', `The value of request header "${rawName}" is not a valid header value.`, url);
    }
    headers[name] = value;
  }
  return headers;
}

function parseUrl(raw: string, original: string, base?: URL): URL {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    throw new FetchError('bad-url', `Not a valid URL: ${raw}`, original);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new FetchError('bad-url', `Only http and https URLs can be fetched, not ${u.protocol} (${u.href}).`, original);
  }
  return u;
}

/** Resolve the URL's host and check every address; returns the verified addresses to connect to. */
async function resolveTarget(u: URL, options: FetchOptions): Promise<LookupAddress[]> {
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const allowed = (address: string) => options.allowPrivate === true || (options.allowAddresses ?? []).includes(address) || !isBlockedAddress(address);
  const refuse = (what: string) => new FetchError(
    'blocked-address',
    `Refusing to fetch ${u.href}: ${what} is a loopback, private, link-local or metadata address (allow it with --allow-private).`,
    u.href,
  );
  const family = isIP(host);
  if (family !== 0) {
    if (!allowed(host)) throw refuse(host);
    return [{ address: host, family }];
  }
  if (isBlockedHostname(host) && options.allowPrivate !== true) throw refuse(host);
  let addresses: LookupAddress[];
  try {
    addresses = await dns.lookup(host, { all: true, verbatim: true });
  } catch (err) {
    throw new FetchError('dns-failure', `Cannot resolve ${host}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, u.href);
  }
  if (addresses.length === 0) throw new FetchError('dns-failure', `Cannot resolve ${host}: no addresses.`, u.href);
  // All, not some: with a mixed answer the OS could pick the private one.
  const bad = addresses.find((a) => !allowed(a.address));
  if (bad) throw refuse(`${host} (${bad.address})`);
  return addresses;
}

interface RawResponse { status: number; location?: string; contentType?: string; body: Uint8Array; headers: Record<string, string> }

function request(
  u: URL, addresses: LookupAddress[], headers: Record<string, string>, options: FetchOptions, signal: AbortSignal, timeoutMs: number,
): Promise<RawResponse> {
  const maxBytes = options.maxBytes ?? FETCH_MAX_BYTES;
  const acceptTypes = new Set((options.acceptTypes ?? DEFAULT_ACCEPT_TYPES).map((t) => t.trim().toLowerCase()));
  const conditional = CONDITIONAL_HEADERS.some((h) => headers[h] !== undefined);
  const lib = u.protocol === 'https:' ? https : http;
  // Pinned resolver: the connection can only go to an address resolveTarget() checked.
  const lookup = (_host: string, opts: { family?: number | string; all?: boolean } | number, cb: (...args: unknown[]) => void) => {
    const o = typeof opts === 'number' ? { family: opts } : opts ?? {};
    const fam = o.family === 'IPv4' ? 4 : o.family === 'IPv6' ? 6 : Number(o.family ?? 0);
    const list = fam === 4 || fam === 6 ? addresses.filter((a) => a.family === fam) : addresses;
    if (list.length === 0) return cb(Object.assign(new Error(`no IPv${fam} address`), { code: 'ENOTFOUND' }));
    if (o.all) return cb(null, list);
    const first = list[0] as LookupAddress;
    return cb(null, first.address, first.family);
  };
  const allowedPeer = (address: string | undefined) => options.allowPrivate === true
    || (address !== undefined && ((options.allowAddresses ?? []).includes(address) || !isBlockedAddress(address)));

  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false;
    const fail = (err: FetchError) => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(err);
    };
    const timeout = () => new FetchError('timeout', `Timed out after ${timeoutMs} ms fetching ${u.href}.`, u.href);
    if (signal.aborted) return reject(timeout());
    const onAbort = () => fail(timeout());
    signal.addEventListener('abort', onAbort, { once: true });

    const req = lib.request(u, {
      method: 'GET',
      agent: false,
      lookup: lookup as never,
      headers,
    });
    req.on('socket', (socket: Socket) => {
      socket.once('connect', () => {
        if (!allowedPeer(socket.remoteAddress)) {
          fail(new FetchError('blocked-address', `Refusing to fetch ${u.href}: connected to blocked address ${socket.remoteAddress}.`, u.href));
        }
      });
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      fail(new FetchError('connection-failed', `Cannot fetch ${u.href}: ${err.code ?? err.message}`, u.href));
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const header = (name: string) => {
        const v = res.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      const responseHeaders: Record<string, string> = {};
      for (const [name, v] of Object.entries(res.headers)) {
        if (v !== undefined) responseHeaders[name.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
      }
      const finish = (r: Omit<RawResponse, 'headers'>) => {
        settled = true;
        signal.removeEventListener('abort', onAbort);
        resolve({ ...r, headers: responseHeaders });
      };
      if (REDIRECTS.has(status) && header('location') !== undefined) {
        res.resume();
        req.destroy();
        return finish({ status, location: header('location') as string, body: new Uint8Array() });
      }
      if (status === 304 && conditional) {
        // The caller's copy is current; a 304 has no body, and its Content-Type (if any) is not checked.
        res.resume();
        req.destroy();
        return finish({ status, contentType: header('content-type'), body: new Uint8Array() });
      }
      if (status < 200 || status > 299) {
        return fail(new FetchError('http-status', `HTTP ${status} ${res.statusMessage ?? ''} for ${u.href}.`.replace(/\s+\./, '.'), u.href, status));
      }
      const contentType = header('content-type');
      const mime = contentType?.split(';')[0]?.trim().toLowerCase();
      // No Content-Type at all: let the sniffing in extract() decide rather than refuse.
      if (mime && !acceptTypes.has(mime)) {
        const wanted = options.acceptTypes ? `one of ${[...acceptTypes].join(', ')}` : 'an HTML page';
        return fail(new FetchError('bad-content-type', `${u.href} is ${mime}, not ${wanted}.`, u.href, status));
      }
      const declared = Number(header('content-length'));
      const encoding = (header('content-encoding') ?? 'identity').trim().toLowerCase();
      if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
        return fail(tooLarge(u, maxBytes));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return fail(tooLarge(u, maxBytes));
        chunks.push(chunk);
      });
      res.on('error', (err) => fail(new FetchError('connection-failed', `Cannot fetch ${u.href}: ${err.message}`, u.href)));
      res.on('end', () => {
        if (settled) return;
        let body: Buffer;
        try {
          body = decompress(Buffer.concat(chunks), encoding, maxBytes);
        } catch (err) {
          return fail(err instanceof FetchError ? Object.assign(err, { url: u.href }) : new FetchError('bad-encoding', `Cannot decode ${encoding} body of ${u.href}: ${(err as Error).message}`, u.href));
        }
        finish({ status, contentType, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) });
      });
    });
    req.end();
  });
}

function tooLarge(u: URL, maxBytes: number): FetchError {
  return new FetchError('too-large', `${u.href} is larger than ${Math.round(maxBytes / 1024)} KB; refused.`, u.href);
}

/** Decompress with an output cap, so a small "zip bomb" body cannot exhaust memory. */
function decompress(body: Buffer, encoding: string, maxBytes: number): Buffer {
  const opts = { maxOutputLength: maxBytes, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const capped = (f: () => Buffer) => {
    try {
      return f();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new FetchError('too-large', `The decompressed page is larger than ${Math.round(maxBytes / 1024)} KB; refused.`, '');
      throw err;
    }
  };
  switch (encoding) {
    case 'identity': case '': return body;
    case 'gzip': case 'x-gzip': return capped(() => zlib.gunzipSync(body, opts));
    case 'br': return capped(() => zlib.brotliDecompressSync(body, { maxOutputLength: maxBytes }));
    case 'deflate':
      // Servers disagree on whether "deflate" has a zlib header; accept both.
      return capped(() => {
        try {
          return zlib.inflateSync(body, opts);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw err;
          return zlib.inflateRawSync(body, opts);
        }
      });
    default:
      throw new FetchError('bad-encoding', `Unsupported content encoding "${encoding}".`, '');
  }
}

/** DNS lookups cannot be cancelled; stop waiting for them when the total time budget runs out. */
function raceAbort<T>(p: Promise<T>, signal: AbortSignal, u: URL, timeoutMs: number): Promise<T> {
  if (signal.aborted) return Promise.reject(new FetchError('timeout', `Timed out after ${timeoutMs} ms fetching ${u.href}.`, u.href));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new FetchError('timeout', `Timed out after ${timeoutMs} ms fetching ${u.href}.`, u.href));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
      (e: unknown) => { signal.removeEventListener('abort', onAbort); reject(e); },
    );
  });
}
