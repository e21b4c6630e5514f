/**
 * FNV-1a over a string's UTF-16 code units, as an unsigned 32-bit integer: the one string hash
 * the per-word memo (`memo.ts`), MinHash's word hashes (`src/dedupe/minhash.ts`, which mixes it
 * further) and the facet tokens (`src/search/facets.ts`) share. Not keyed: never a defence on its own.
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
