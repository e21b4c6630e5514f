/**
 * One CLI input spec → bytes: a file path (gzip read transparently, by extension or magic bytes),
 * `-` for stdin, or an http(s) URL (through the safe fetcher). Files and stdin are capped at
 * READ_MAX_BYTES (50 MB after decompression); bigger inputs are refused with an `InputError` rather
 * than loaded into memory. Fetch problems surface as `FetchError`s; both carry a stable `code`.
 *
 * @example
 *   const { bytes, contentType, url } = await readInput('page.html.gz');
 */
import { promises as fs, readFileSync, statSync } from 'node:fs';
import zlib from 'node:zlib';
import { fetchPage, type FetchOptions } from './fetch.js';
import { READ_MAX_BYTES } from './limits.js';

export interface InputBytes {
  bytes: Uint8Array;
  /** Transport Content-Type (URLs only). */
  contentType?: string;
  /** Final URL (URLs only). */
  url?: string;
}

export type InputErrorCode = 'not-found' | 'is-directory' | 'too-large' | 'bad-gzip' | 'read-error' | 'bad-url';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly code: InputErrorCode, message: string, readonly input: string) {
    super(message);
  }
}

export interface ReadOptions extends FetchOptions {
  /** Cap for files and stdin, after decompression (default 50 MB). URLs use `maxBytes` (10 MB). */
  maxReadBytes?: number;
  /** Stream to read for `-` (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

export function isUrlSpec(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

export async function readInput(spec: string, options: ReadOptions = {}): Promise<InputBytes> {
  const cap = options.maxReadBytes ?? READ_MAX_BYTES;
  if (isUrlSpec(spec)) {
    const page = await fetchPage(spec, options);
    return { bytes: page.bytes, contentType: page.contentType, url: page.url };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new InputError('bad-url', `Only http(s) URLs, file paths and "-" are accepted, not ${spec}.`, spec);
  }
  const raw = spec === '-' ? await readStream(options.stdin ?? process.stdin, cap, spec) : await readFile(spec, cap);
  return { bytes: maybeGunzip(raw, spec, cap) };
}

/**
 * A local file, read synchronously: for the ingest pipeline, which handles files one at a time and
 * is CPU-bound (extraction blocks far longer than the read). The promise API's stat, open, read and
 * close each cost a trip through the thread pool: 0.3 ms of CPU per page, as much as the read and
 * gunzip themselves. Same checks and errors as `readInput` for a path.
 */
export function readFileInputSync(path: string, options: Pick<ReadOptions, 'maxReadBytes'> = {}): InputBytes {
  const cap = options.maxReadBytes ?? READ_MAX_BYTES;
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError('is-directory', `${path} is a directory, not a file.`, path);
    size = st.size;
  } catch (err) {
    throw statError(err, path);
  }
  if (size > cap) throw tooLarge(path, cap);
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (err) {
    throw new InputError('read-error', `Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, path);
  }
  return { bytes: maybeGunzip(raw, path, cap) };
}

function statError(err: unknown, path: string): InputError {
  if (err instanceof InputError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('not-found', `No such file: ${path}`, path);
  return new InputError('read-error', `Cannot read ${path}: ${code ?? (err as Error).message}`, path);
}

async function readFile(path: string, cap: number): Promise<Buffer> {
  let size: number;
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) throw new InputError('is-directory', `${path} is a directory, not a file.`, path);
    size = st.size;
  } catch (err) {
    throw statError(err, path);
  }
  if (size > cap) throw tooLarge(path, cap);
  try {
    return await fs.readFile(path);
  } catch (err) {
    throw new InputError('read-error', `Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, path);
  }
}

async function readStream(stream: NodeJS.ReadableStream, cap: number, spec: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > cap) throw tooLarge('standard input', cap, spec);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function maybeGunzip(raw: Buffer, spec: string, cap: number): Uint8Array {
  const isGzip = raw[0] === 0x1f && raw[1] === 0x8b;
  if (!isGzip) {
    if (/\.gz$/i.test(spec) && raw.length > 0) throw new InputError('bad-gzip', `${spec} is named .gz but is not gzip data.`, spec);
    return raw;
  }
  try {
    // Sync flush tolerates a truncated archive (a download cut short): keep what decompresses.
    return zlib.gunzipSync(raw, { maxOutputLength: cap, finishFlush: zlib.constants.Z_SYNC_FLUSH, chunkSize: outputChunk(raw, cap) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(spec, cap);
    throw new InputError('bad-gzip', `Cannot decompress ${spec}: ${(err as Error).message}`, spec);
  }
}

/**
 * zlib's output chunk for a gzip file: its own size (the ISIZE trailer, uncompressed size mod 2^32)
 * when that is plausible, so the page comes out in one buffer instead of 16 KB chunks joined at the
 * end (measured: a quarter less CPU for gunzip on the bench pages). A truncated or multi-member file
 * has a wrong trailer; it is used only within deflate's maximum ratio and the cap, and a wrong size
 * only changes how the output is buffered, never the bytes.
 */
function outputChunk(raw: Buffer, cap: number): number {
  const DEFAULT = zlib.constants.Z_DEFAULT_CHUNK;
  if (raw.length < 18) return DEFAULT;
  const size = raw.readUInt32LE(raw.length - 4);
  if (size < DEFAULT || size > cap || size > raw.length * 1032) return DEFAULT;
  return size + 1; // one byte over, so zlib sees the end within the first chunk
}

function tooLarge(what: string, cap: number, spec = what): InputError {
  return new InputError('too-large', `${what} is larger than ${Math.round(cap / (1024 * 1024))} MB; refused (punkt reads at most that much from a file or stdin).`, spec);
}
