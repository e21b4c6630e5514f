/**
 * Bytes → text. Finds the charset the way a careful browser would, but does not trust declarations
 * blindly: pages whose meta tag or header lies about the charset are common in the wild, so a
 * declaration is checked against the bytes and a mismatch is recorded as a message.
 *
 * Order (first that applies wins):
 *   1. byte-order mark (UTF-8, UTF-16 LE/BE)
 *   2. transport hint (charset of the Content-Type header)
 *   3. `<meta charset>` / `<meta http-equiv=content-type>` / `<?xml encoding>` in the first 4 KB
 *   4. strict UTF-8 check (a fatal TextDecoder)
 *   5. detection with chardet on a sample around the non-ASCII bytes
 * A declared UTF-8 that fails the strict check goes to 5; a declared single-byte charset whose bytes
 * are valid, non-ASCII UTF-8 is decoded as UTF-8 (no real windows-1252 text is valid UTF-8 by chance).
 *
 * @example
 *   const { text, charset, messages } = decodeBytes(bytes, 'text/html; charset=iso-8859-1');
 */
import { isAscii, isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Message } from '../model/article.js';
import {
  BINARY_CONTROL_RATIO, BINARY_SAMPLE_BYTES, DETECT_SAMPLE_BYTES, META_PRESCAN_BYTES,
} from './limits.js';

export interface Decoded {
  text: string;
  /** The charset actually used (WHATWG name, e.g. "utf-8", "windows-1252"). */
  charset: string;
  messages: Message[];
  /** Where the charset came from. */
  via?: 'bom' | 'transport' | 'meta' | 'utf8-check' | 'detected' | 'default';
}

/**
 * `knownText`: the caller has just checked `binaryKind(bytes)` and found text (extract() does, to
 * return early for binary input), so the check is not run over the bytes a second time.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string, knownText = false): Decoded {
  const messages: Message[] = [];
  const kind = knownText ? null : binaryKind(bytes);
  if (kind) messages.push({ code: 'binary-input', message: `The input looks like ${kind}, not a web page or text.` });

  // 1. BOM: authoritative, also over a contradicting header (as in the WHATWG encoding spec).
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeWith(bom.charset, bytes.subarray(bom.length)), charset: bom.charset, messages, via: 'bom' };

  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes), charset: utf16, messages, via: 'detected' };

  // 2./3. Declarations: transport first, then the document's own.
  const declared: Array<{ label: string; via: 'transport' | 'meta' }> = [];
  const fromHeader = contentType ? charsetFromContentType(contentType) : null;
  if (fromHeader) declared.push({ label: fromHeader, via: 'transport' });
  const fromMeta = prescanMeta(bytes);
  if (fromMeta) declared.push({ label: fromMeta, via: 'meta' });

  for (const d of declared) {
    let charset = normalizeCharset(d.label);
    if (!charset) {
      messages.push({ code: 'unknown-charset', message: `The declared charset "${d.label}" (${d.via}) is not supported; ignored.` });
      continue;
    }
    // A meta tag readable as ASCII cannot be in UTF-16; browsers read it as UTF-8 (HTML spec).
    if (d.via === 'meta' && charset.startsWith('utf-16')) charset = 'utf-8';
    if (charset === 'utf-8') {
      const strict = strictUtf8(bytes);
      if (strict !== null) return { text: strict, charset, messages, via: d.via };
      const lossy = mostlyUtf8(bytes);
      if (lossy !== null) {
        messages.push({ code: 'invalid-bytes', message: 'The input is UTF-8 with some invalid bytes; they were replaced with U+FFFD.' });
        return { text: lossy, charset, messages, via: d.via };
      }
      const detected = detectCharset(bytes);
      messages.push({
        code: 'charset-mismatch',
        message: `The ${d.via === 'meta' ? 'page' : 'server'} declares utf-8 but the bytes are not UTF-8; decoded as ${detected} (detected).`,
      });
      return { text: decodeWith(detected, bytes), charset: detected, messages, via: 'detected' };
    }
    if (isAsciiCompatibleSingleByte(charset) && hasNonAscii(bytes)) {
      const strict = strictUtf8(bytes);
      if (strict !== null) {
        messages.push({
          code: 'charset-mismatch',
          message: `The ${d.via === 'meta' ? 'page' : 'server'} declares ${charset} but the bytes are valid UTF-8; decoded as utf-8.`,
        });
        return { text: strict, charset: 'utf-8', messages, via: 'utf8-check' };
      }
      const lossy = mostlyUtf8(bytes);
      if (lossy !== null) {
        messages.push({
          code: 'charset-mismatch',
          message: `The ${d.via === 'meta' ? 'page' : 'server'} declares ${charset} but the bytes are UTF-8 (with some invalid bytes, replaced); decoded as utf-8.`,
        });
        return { text: lossy, charset: 'utf-8', messages, via: 'utf8-check' };
      }
    }
    return { text: decodeWith(charset, bytes), charset, messages, via: d.via };
  }

  // 4. Nothing (usable) declared: valid UTF-8 is UTF-8.
  const strict = strictUtf8(bytes);
  if (strict !== null) return { text: strict, charset: 'utf-8', messages, via: hasNonAscii(bytes) ? 'utf8-check' : 'default' };
  const lossy = mostlyUtf8(bytes);
  if (lossy !== null) {
    messages.push({ code: 'invalid-bytes', message: 'The input is UTF-8 with some invalid bytes; they were replaced with U+FFFD.' });
    return { text: lossy, charset: 'utf-8', messages, via: 'utf8-check' };
  }

  // 5. Detection.
  const detected = detectCharset(bytes);
  if (!kind) messages.push({ code: 'charset-detected', message: `No charset declared; detected ${detected}.` });
  return { text: decodeWith(detected, bytes), charset: detected, messages, via: 'detected' };
}

/** The charset parameter of a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string): string | null {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^;\s]+))/i.exec(contentType);
  const v = m ? (m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
  return v || null;
}

/** WHATWG name for a charset label, or null when neither TextDecoder nor iconv-lite knows it. */
export function normalizeCharset(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (!l) return null;
  try {
    const enc = new TextDecoder(l).encoding;
    // The spec maps some dangerous labels (iso-2022-kr, hz-gb-2312…) to "replacement", which would
    // turn the whole page into U+FFFD: better to ignore the declaration and detect.
    return enc === 'replacement' ? null : enc;
  } catch {
    return iconv.encodingExists(l) ? l : null;
  }
}

/** The `<meta>`/XML-declared charset label in the first bytes, if any. */
export function prescanMeta(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, META_PRESCAN_BYTES)).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const metaRe = /<meta\b([^>]*)>?/gi;
  for (let m = metaRe.exec(head); m; m = metaRe.exec(head)) {
    const attrs = m[1] ?? '';
    const direct = /(?:^|[\s"'/])charset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(attrs);
    if (direct?.[1] && !/\bcontent\s*=/i.test(attrs.slice(0, direct.index))) return direct[1];
    if (/http-equiv\s*=\s*["']?\s*content-type/i.test(attrs)) {
      const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
      const value = content ? (content[1] ?? content[2] ?? content[3] ?? '') : '';
      const cs = charsetFromContentType(value.includes(';') ? value : `;${value}`);
      if (cs) return cs;
    }
    if (direct?.[1]) return direct[1];
  }
  return null;
}

/**
 * True when the input is binary data (an image, a PDF, an archive, random bytes) rather than text in
 * any charset. The dispatch uses it to return an article with a `binary-input` message instead of
 * extracting garbage.
 */
export function isBinary(input: string | Uint8Array): boolean {
  return binaryKind(input) !== null;
}

/** A short description of the binary format ("a PNG image", "binary data"), or null for text. */
export function binaryKind(input: string | Uint8Array): string | null {
  if (typeof input === 'string') return binaryKindOfString(input);
  if (sniffBom(input) || sniffUtf16(input)) return null;
  for (const sig of SIGNATURES) {
    if (sig.magic.length <= input.length && sig.magic.every((b, i) => input[i] === b)) return sig.kind;
  }
  // Indexed loop rather than for…of over a subarray: this runs on every page.
  const n = Math.min(input.length, BINARY_SAMPLE_BYTES);
  if (n === 0) return null;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = input[i]!;
    if (b === 0) return 'binary data';
    if (isControlByte(b)) controls++;
  }
  return controls / n > BINARY_CONTROL_RATIO ? 'binary data' : null;
}

function binaryKindOfString(s: string): string | null {
  for (const sig of SIGNATURES) {
    if (sig.text && s.startsWith(sig.text)) return sig.kind;
  }
  const sample = s.slice(0, BINARY_SAMPLE_BYTES);
  if (sample.length === 0) return null;
  let controls = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return 'binary data';
    if (c < 0x80 && isControlByte(c)) controls++;
    else if (c === 0xfffd) replacement++;
  }
  // Binary data that was decoded as UTF-8 before it reached us shows up as U+FFFD soup.
  if (controls / sample.length > BINARY_CONTROL_RATIO) return 'binary data';
  return (controls + replacement) / sample.length > 0.3 ? 'binary data' : null;
}

/** Control characters that do not occur in text: all C0 except tab, LF, VT, FF, CR and ESC (ISO-2022), plus DEL. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

/** File signatures of formats people hand us by mistake; `text` for the ones that start with ASCII. */
const SIGNATURES: Array<{ magic: number[]; kind: string; text?: string }> = [
  { magic: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image', text: 'GIF8' },
  { magic: [0x52, 0x49, 0x46, 0x46], kind: 'a RIFF file (WebP/WAV/AVI)' },
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'a PDF document', text: '%PDF-' },
  { magic: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive (or Office document)' },
  { magic: [0x1f, 0x8b], kind: 'gzip-compressed data' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], kind: 'zstd-compressed data' },
  { magic: [0x42, 0x5a, 0x68], kind: 'bzip2-compressed data' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], kind: 'an executable (ELF)' },
  { magic: [0x00, 0x61, 0x73, 0x6d], kind: 'a WebAssembly module' },
  { magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], kind: 'an SQLite database', text: 'SQLite format 3' },
];

function sniffBom(b: Uint8Array): { charset: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: mostly-ASCII markup then has a NUL in every other byte. Checked before the
 * binary test, which would otherwise reject it for its NULs.
 */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 1024) & ~1;
  if (n < 16) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.6 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.6 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  // Fast path: node's native validator and decoder (several times faster than a fatal TextDecoder).
  if (isUtf8(bytes)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  }
  try {
    // stream: true tolerates a sequence cut at the very end (a truncated download or file).
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
  } catch {
    return null;
  }
}

/**
 * UTF-8 with a few broken bytes (a bad copy-paste, a truncated multi-byte char mid-file): decoding
 * lossily keeps every correct character, while re-detecting would garble them all. "Mostly" means at
 * least 4 valid multi-byte characters per invalid sequence.
 */
function mostlyUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) invalid++;
    else if (c >= 0x80) valid++;
  }
  return valid >= 4 * invalid && invalid > 0 ? text : null;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return !isAscii(bytes); // native (SIMD) scan of the whole input
}

function isAsciiCompatibleSingleByte(charset: string): boolean {
  return /^(windows-12\d\d|iso-8859-\d+|koi8-[ru]|macintosh|x-mac-cyrillic|ibm866|windows-874)$/.test(charset);
}

/** chardet on a sample of the bytes around non-ASCII characters, mapped to a decodable WHATWG name. */
function detectCharset(bytes: Uint8Array): string {
  const name = chardet.detect(detectionSample(bytes));
  if (!name || /^(ascii|utf-8)$/i.test(name)) return 'windows-1252';
  // chardet names "ISO-8859-1" what is nearly always windows-1252 on the web (curly quotes, €).
  return normalizeCharset(name) ?? 'windows-1252';
}

function detectionSample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= DETECT_SAMPLE_BYTES) return bytes;
  const window = 256;
  const out = new Uint8Array(DETECT_SAMPLE_BYTES);
  let n = 0;
  for (let i = 0; i < bytes.length && n < DETECT_SAMPLE_BYTES - window; i++) {
    if ((bytes[i] as number) < 0x80) continue;
    const start = Math.max(0, i - window / 2);
    const end = Math.min(bytes.length, start + window);
    out.set(bytes.subarray(start, end), n);
    n += end - start;
    i = end;
  }
  return n === 0 ? bytes.subarray(0, DETECT_SAMPLE_BYTES) : out.subarray(0, n);
}

function decodeWith(charset: string, bytes: Uint8Array): string {
  // Node 20's TextDecoder decodes windows-1252 as ISO-8859-1 (0x80–0x9F become C1 controls, so
  // „“–€ vanish), so iconv-lite goes first for everything but UTF-8/UTF-16; TextDecoder (ICU) covers
  // the rest (iso-2022-jp, x-mac-cyrillic…).
  if (!charset.startsWith('utf-') && iconv.encodingExists(charset)) {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
  }
  return new TextDecoder(charset).decode(bytes);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
