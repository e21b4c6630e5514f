/**
 * The one byte→string decoder every peer tool and every text converter gets its input from, so
 * that no peer wins or loses on charset handling. (punkt itself receives the raw bytes and decodes
 * them with its own `decodeBytes`.) Order: BOM, strict UTF-8, declared `<meta>` charset, chardet,
 * windows-1252. Strict UTF-8 comes before the declaration because saved pages are often re-encoded
 * to UTF-8 while keeping a stale `charset=iso-8859-1` meta tag; a non-ASCII byte sequence that is
 * valid UTF-8 is almost never another encoding.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedPage { text: string; charset: string }

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export function decodePage(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be' };
  try {
    return { text: utf8Strict.decode(bytes), charset: 'utf-8' };
  } catch {
    // not UTF-8: fall through to the declared or detected charset
  }
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  for (const cs of [declared, chardet.detect(bytes)?.toLowerCase(), 'windows-1252']) {
    if (cs && cs !== 'utf-8' && cs !== 'utf8' && iconv.encodingExists(cs)) {
      return { text: iconv.decode(Buffer.from(bytes), cs), charset: cs };
    }
  }
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
}
