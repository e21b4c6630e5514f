/**
 * Near-duplicate text detection: MinHash signatures over word 5-shingles, with LSH banding to find
 * candidates among many stored signatures without comparing against each. Parameters and their
 * calibration are in ./params.ts; `npm run bench:dedupe` measures precision and recall.
 *
 * Hand-written on purpose (this is punkt's edge and it is small): 32-bit hashes, one seeded mixer per
 * permutation, signatures as Uint32Array so they store as a compact BLOB.
 *
 * @example
 *   const a = minhash(text1), b = minhash(text2);
 *   if (a && b && similarity(a, b) >= NEAR_DUPLICATE_THRESHOLD) link(...)
 */
import { LSH_BANDS, LSH_ROWS, MIN_WORDS_FOR_NEAR_DUPLICATE, NUM_PERM, SHINGLE_WORDS } from './params.js';
import { fnv1a } from '../nlp/hash.js';

/** Murmur3's finaliser: a fast 32-bit mixer with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised; a word's hash (see wordHashes). */
export function hashString(s: string): number {
  return fmix32(fnv1a(s));
}

/** Fixed seeds: signatures must stay comparable across runs and versions of the database. */
const SEEDS: Uint32Array = (() => {
  const s = new Uint32Array(NUM_PERM);
  let x = 0x9e3779b9;
  for (let i = 0; i < NUM_PERM; i++) {
    x = fmix32(x + 0x6d2b79f5);
    s[i] = x;
  }
  return s;
})();

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Lowercased words with diacritics removed, so a re-encoding or a different quote style does not matter. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const MARK = /^\p{M}$/u;
const WORD = 1, OTHER = 2, SKIP = 3;
/** Per BMP code unit: 0 not yet known, WORD a letter or digit, OTHER neither, SKIP a combining
 * mark (see wordHashes). Filled as characters are met. */
const BMP_CLASS = new Uint8Array(0x10000);
const classOf = (c: number): number => {
  let k = BMP_CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = WORD_CHAR.test(ch) ? WORD : MARK.test(ch) ? SKIP : OTHER;
    BMP_CLASS[c] = k;
  }
  return k;
};

/**
 * `words(text).map(hashString)` in one pass over the folded text, without building the words
 * (matching and hashing them separately was a third of minhash()). Same code units, same hashes:
 * a letter or digit outside the BMP (a surrogate pair) is hashed as its two units, as in the string.
 * Combining marks are skipped here instead of removed from the whole text first (a regex pass that
 * was a fifth of minhash()): marks lower-case to themselves, and no character lower-cases to one
 * after NFKD (checked on every code point), so lowering before or after removing them is the same
 * — except for the context rule of a final capital sigma, for which the text is folded as words() does.
 */
export function wordHashes(text: string): number[] {
  const nfkd = text.normalize('NFKD');
  const s = nfkd.includes('\u03a3') ? nfkd.replace(/\p{M}+/gu, '').toLowerCase() : nfkd.toLowerCase();
  const out: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k: number;
    let pair = false;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      pair = d >= 0xdc00 && d <= 0xdfff;
      k = !pair ? OTHER : WORD_CHAR.test(s.slice(i, i + 2)) ? WORD : MARK.test(s.slice(i, i + 2)) ? SKIP : OTHER;
    } else {
      k = classOf(c);
    }
    if (k === WORD) {
      if (!inWord) { h = 0x811c9dc5; inWord = true; }
      h ^= c;
      h = Math.imul(h, 0x01000193);
      if (pair) { h ^= s.charCodeAt(i + 1); h = Math.imul(h, 0x01000193); }
    } else if (k === OTHER && inWord) {
      out.push(fmix32(h));
      inWord = false;
    }
    if (pair) i++;
  }
  if (inWord) out.push(fmix32(h));
  return out;
}

/** Hashes of the distinct word shingles of a text. A shingle's hash combines its words' hashes
 * (order-sensitive), which avoids building a string per shingle. */
export function shingleHashes(text: string, size: number = SHINGLE_WORDS): Uint32Array {
  return shinglesOf(wordHashes(text), size);
}

/** The distinct shingle hashes (in no particular order: a signature takes minima). An open-addressing
 * table of uint32 instead of a Set<number>, whose hashes above 2³¹ were boxed numbers. 0 marks an
 * empty slot, so a shingle hashing to 0 is tracked on its own. */
function shinglesOf(wh: number[], size: number): Uint32Array {
  const n = wh.length;
  if (n === 0) return new Uint32Array();
  const k = Math.min(size, n);
  const count = n - k + 1;
  let cap = 16;
  while (cap < count * 2) cap <<= 1;
  const mask = cap - 1;
  const table = new Uint32Array(cap);
  const out = new Uint32Array(count);
  let m = 0;
  let zero = false;
  for (let i = 0; i + k <= n; i++) {
    let h = k;
    for (let j = 0; j < k; j++) h = fmix32(Math.imul(h, 0x01000193) ^ wh[i + j]!);
    if (h === 0) { if (!zero) { zero = true; out[m++] = 0; } continue; }
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const t = table[slot]!;
      if (t === h) break;
      if (t === 0) { table[slot] = h; out[m++] = h; break; }
    }
  }
  return out.subarray(0, m);
}

/** MinHash signature of a text, or null when it is too short to be compared meaningfully. */
export function minhash(text: string): Uint32Array | null {
  const wh = wordHashes(text);
  if (wh.length < MIN_WORDS_FOR_NEAR_DUPLICATE) return null;
  return signatureOf(shinglesOf(wh, SHINGLE_WORDS));
}

/** The seeds with fmix32's first step applied: `(x ^ s) ^ ((x ^ s) >>> 16)` is
 * `(x ^ x >>> 16) ^ (s ^ s >>> 16)`, so that step is done once per shingle and once per seed. */
const SEEDS_SHIFTED: Int32Array = Int32Array.from(SEEDS, (s) => s ^ (s >>> 16));
/** XOR with the sign bit maps unsigned order onto signed order: minima are kept as int32 (the
 * unsigned values above 2³¹ were doubles in the optimised loop). */
const SIGN = 0x80000000 | 0;

/**
 * Per permutation, the smallest mixed shingle hash: `min over x of fmix32(x ^ seed)`. Eight
 * permutations per pass over the shingles with the mixer written out, the minima in registers
 * (updating the signature array per shingle took 4× as long; eight independent mixers keep the
 * CPU's pipelines fuller than four: 0.28 → 0.22 ms for the bench pages' 1,400 shingles on average,
 * with the first mixing step hoisted, see SEEDS_SHIFTED, and int32 minima, see SIGN).
 * NUM_PERM is a multiple of 8.
 */
export function signatureOf(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(NUM_PERM);
  const n = shingles.length;
  const pre = new Int32Array(n);
  for (let j = 0; j < n; j++) { const x = shingles[j]!; pre[j] = x ^ (x >>> 16); }
  const S = SEEDS_SHIFTED;
  for (let i = 0; i < NUM_PERM; i += 8) {
    const s0 = S[i]!, s1 = S[i + 1]!, s2 = S[i + 2]!, s3 = S[i + 3]!, s4 = S[i + 4]!, s5 = S[i + 5]!, s6 = S[i + 6]!, s7 = S[i + 7]!;
    let m0 = ~SIGN, m1 = ~SIGN, m2 = ~SIGN, m3 = ~SIGN, m4 = ~SIGN, m5 = ~SIGN, m6 = ~SIGN, m7 = ~SIGN;
    for (let j = 0; j < n; j++) {
      const x = pre[j]!;
      let a = x ^ s0; a = Math.imul(a, 0x85ebca6b); a ^= a >>> 13; a = Math.imul(a, 0xc2b2ae35); a ^= (a >>> 16) ^ SIGN; if (a < m0) m0 = a;
      let b = x ^ s1; b = Math.imul(b, 0x85ebca6b); b ^= b >>> 13; b = Math.imul(b, 0xc2b2ae35); b ^= (b >>> 16) ^ SIGN; if (b < m1) m1 = b;
      let c = x ^ s2; c = Math.imul(c, 0x85ebca6b); c ^= c >>> 13; c = Math.imul(c, 0xc2b2ae35); c ^= (c >>> 16) ^ SIGN; if (c < m2) m2 = c;
      let d = x ^ s3; d = Math.imul(d, 0x85ebca6b); d ^= d >>> 13; d = Math.imul(d, 0xc2b2ae35); d ^= (d >>> 16) ^ SIGN; if (d < m3) m3 = d;
      let e = x ^ s4; e = Math.imul(e, 0x85ebca6b); e ^= e >>> 13; e = Math.imul(e, 0xc2b2ae35); e ^= (e >>> 16) ^ SIGN; if (e < m4) m4 = e;
      let f = x ^ s5; f = Math.imul(f, 0x85ebca6b); f ^= f >>> 13; f = Math.imul(f, 0xc2b2ae35); f ^= (f >>> 16) ^ SIGN; if (f < m5) m5 = f;
      let g = x ^ s6; g = Math.imul(g, 0x85ebca6b); g ^= g >>> 13; g = Math.imul(g, 0xc2b2ae35); g ^= (g >>> 16) ^ SIGN; if (g < m6) m6 = g;
      let h = x ^ s7; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= (h >>> 16) ^ SIGN; if (h < m7) m7 = h;
    }
    sig[i] = m0 ^ SIGN; sig[i + 1] = m1 ^ SIGN; sig[i + 2] = m2 ^ SIGN; sig[i + 3] = m3 ^ SIGN;
    sig[i + 4] = m4 ^ SIGN; sig[i + 5] = m5 ^ SIGN; sig[i + 6] = m6 ^ SIGN; sig[i + 7] = m7 ^ SIGN;
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of equal signature slots. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_PERM; i++) if (a[i] === b[i]) same++;
  return same / NUM_PERM;
}

/** Exact Jaccard similarity of two shingle sets (for calibration and tests). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  const sa = new Set(a);
  let inter = 0;
  for (const x of new Set(b)) if (sa.has(x)) inter++;
  return inter / (sa.size + new Set(b).size - inter);
}

/** LSH keys, one per band: band × 2³² + hash of the band's rows (fits a SQLite INTEGER and a JS number). */
export function lshKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < LSH_ROWS; r++) h = fmix32(h ^ Math.imul(sig[b * LSH_ROWS + r]!, 0x9e3779b1) ^ r);
    keys.push(b * 0x100000000 + h);
  }
  return keys;
}

export function signatureToBytes(sig: Uint32Array): Buffer {
  const buf = Buffer.alloc(sig.length * 4);
  for (let i = 0; i < sig.length; i++) buf.writeUInt32LE(sig[i]!, i * 4);
  return buf;
}

export function signatureFromBytes(buf: Uint8Array): Uint32Array {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const sig = new Uint32Array(b.length / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = b.readUInt32LE(i * 4);
  return sig;
}
