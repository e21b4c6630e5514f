/** Sparse tf-idf vectors over stemmed content terms and their cosine, for centrality and redundancy. */
export type Vec = Map<string, number>;

export function idfOf(docs: string[][]): Map<string, number> {
  // document frequency with the last document a term was counted in, instead of a Set per document
  const df = new Map<string, { n: number; last: number }>();
  for (let i = 0; i < docs.length; i++) {
    for (const t of docs[i]!) {
      const e = df.get(t);
      if (e === undefined) df.set(t, { n: 1, last: i });
      else if (e.last !== i) { e.n++; e.last = i; }
    }
  }
  const idf = new Map<string, number>();
  for (const [t, { n }] of df) idf.set(t, Math.log((docs.length + 1) / n) + 1);
  return idf;
}

export function vec(terms: string[], idf: Map<string, number>): Vec {
  const v: Vec = new Map();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + (idf.get(t) ?? 1));
  return v;
}

/** Squared norm of `v`, summed in the same order as cosine() does. */
export function normSq(v: Vec): number {
  let n = 0;
  for (const y of v.values()) n += y * y;
  return n;
}

/** Cosine of `a` and `b`; `nb` is b's squared norm when the caller compares many vectors with one
 * big `b` (the centroid has the whole article's vocabulary: summing it per sentence was O(n²)). */
export function cosine(a: Vec, b: Vec, nb: number = normSq(b)): number {
  let dot = 0;
  let na = 0;
  for (const [t, x] of a) { na += x * x; const y = b.get(t); if (y !== undefined) dot += x * y; }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export function sum(vs: Vec[]): Vec {
  const out: Vec = new Map();
  for (const v of vs) for (const [t, x] of v) out.set(t, (out.get(t) ?? 0) + x);
  return out;
}
