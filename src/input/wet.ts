/**
 * Streaming reader for WARC/WET files (Common Crawl's extracted-text format). Yields one
 * `{uri, text}` per `conversion` record; other records (warcinfo, …) are read past. Memory stays
 * bounded by one record (at most `maxRecordBytes` of it), never by the file size; `.gz` (including the multi-member
 * gzip Common Crawl writes) is detected by its magic bytes and decompressed on the fly.
 *
 * @example
 *   for await (const rec of readWet('CC-MAIN-…warc.wet.gz')) {
 *     const article = extract(rec.text, { from: 'text', url: rec.uri });
 *   }
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';

export interface WetRecord {
  /** WARC-Target-URI of the record (empty string when the header is missing). */
  uri: string;
  text: string;
  /** WARC-Date header, if any. */
  date: string | null;
  /** Content-Type of the payload, if declared (WET: "text/plain"). */
  contentType: string | null;
  /** The record's Content-Length when it was over the limit and only its start is in `text`. */
  truncatedFrom?: number;
}

export interface WetOptions {
  /** Records longer than this keep only their first this-many bytes (default 16 MB). */
  maxRecordBytes?: number;
}

/** Raised for input that is not WARC at all or is cut inside a record. */
export class WetFormatError extends Error {
  override name = 'WetFormatError';
}

/**
 * Records larger than this keep only their start, the rest is read past without being held: a
 * text conversion of one page is far below it, and extraction reads only the first few MB anyway.
 * One oversized record must not stop a batch of thousands.
 */
const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** A FIFO of buffers with line and fixed-length reads; avoids re-concatenating on every chunk. */
class ByteQueue {
  private chunks: Buffer[] = [];
  length = 0;
  push(b: Buffer): void { if (b.length) { this.chunks.push(b); this.length += b.length; } }
  /** Index of the first "\n" or -1. */
  indexOfNewline(): number {
    let offset = 0;
    for (const c of this.chunks) {
      const i = c.indexOf(10);
      if (i >= 0) return offset + i;
      offset += c.length;
    }
    return -1;
  }
  /** Drop up to n bytes from the front; returns how many were dropped. */
  skip(n: number): number {
    let done = 0;
    while (done < n && this.chunks.length) {
      const c = this.chunks[0]!;
      const need = n - done;
      if (c.length <= need) { done += c.length; this.chunks.shift(); } else { this.chunks[0] = c.subarray(need); done += need; }
    }
    this.length -= done;
    return done;
  }
  take(n: number): Buffer {
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const c = this.chunks[0]!;
      const need = n - filled;
      if (c.length <= need) {
        c.copy(out, filled);
        filled += c.length;
        this.chunks.shift();
      } else {
        c.copy(out, filled, 0, need);
        this.chunks[0] = c.subarray(need);
        filled += need;
      }
    }
    this.length -= n;
    return out;
  }
}

async function* bytes(input: string | Readable | AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  const source: AsyncIterable<Uint8Array> = typeof input === 'string' ? createReadStream(input) : input;
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = Buffer.from(first.value);
  const all = (async function* () {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield Buffer.from(r.value);
  })();
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    yield* Readable.from(all).pipe(createGunzip()) as AsyncIterable<Buffer>;
    return;
  }
  yield* all;
}

/** Stream the conversion records of a WET (or any WARC) file or stream. */
export async function* readWet(input: string | Readable | AsyncIterable<Uint8Array>, options: WetOptions = {}): AsyncGenerator<WetRecord> {
  const maxRecord = options.maxRecordBytes ?? MAX_RECORD_BYTES;
  const q = new ByteQueue();
  const src = bytes(input)[Symbol.asyncIterator]();
  let ended = false;
  const fill = async (): Promise<boolean> => {
    if (ended) return false;
    const r = await src.next();
    if (r.done) { ended = true; return false; }
    q.push(r.value);
    return true;
  };
  const readLine = async (): Promise<string | null> => {
    for (;;) {
      const i = q.indexOfNewline();
      if (i >= 0) return q.take(i + 1).toString('utf8').replace(/\r?\n$/, '');
      if (q.length > 1024 * 1024) throw new WetFormatError('WARC header line longer than 1 MB: not a WARC/WET file.');
      if (!(await fill())) return q.length ? q.take(q.length).toString('utf8') : null;
    }
  };
  let sawRecord = false;
  try {
    for (;;) {
      let line = await readLine();
      while (line !== null && line.trim() === '') line = await readLine();
      if (line === null) return;
      if (!line.startsWith('WARC/')) {
        throw new WetFormatError(sawRecord
          ? `Expected a WARC record header, found: ${JSON.stringify(line.slice(0, 60))}`
          : 'Not a WARC/WET file (it does not start with a "WARC/1.x" line).');
      }
      sawRecord = true;
      const headers = new Map<string, string>();
      for (let h = await readLine(); h !== null && h.trim() !== ''; h = await readLine()) {
        const c = h.indexOf(':');
        if (c > 0) headers.set(h.slice(0, c).trim().toLowerCase(), h.slice(c + 1).trim());
      }
      const len = Number(headers.get('content-length') ?? 'NaN');
      if (!Number.isFinite(len) || len < 0) throw new WetFormatError('WARC record without a valid Content-Length.');
      const conversion = (headers.get('warc-type') ?? '').toLowerCase() === 'conversion';
      // only the kept part of a record is ever held; the rest (and skipped records) stream past
      const keep = conversion ? Math.min(len, maxRecord) : 0;
      while (q.length < keep) {
        if (!(await fill())) throw new WetFormatError(`WARC record cut short: ${q.length} of ${len} bytes.`);
      }
      const body = q.take(keep);
      for (let rest = len - keep; rest > 0;) {
        if (q.length === 0 && !(await fill())) throw new WetFormatError(`WARC record cut short: ${len - rest} of ${len} bytes.`);
        rest -= q.skip(rest);
      }
      if (!conversion) continue;
      const rec: WetRecord = {
        uri: headers.get('warc-target-uri') ?? '',
        text: body.toString('utf8'),
        date: headers.get('warc-date') ?? null,
        contentType: headers.get('content-type') ?? null,
      };
      if (keep < len) rec.truncatedFrom = len;
      yield rec;
    }
  } finally {
    // a consumer that stops early must not leave the file open
    await src.return?.(undefined);
  }
}
