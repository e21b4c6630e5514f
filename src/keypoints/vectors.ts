/** Sparse tf-idf vectors over stemmed content terms and their cosine, for centrality and redundancy. */
export type Vec = Map<string, number>;

/** Per term, the number of documents it occurs in (`n`; `last` is the last one it was counted in). */
export type DocFreq = Map<string, { n: number; last: number }>;

export function docFreq(docs: string[][]): DocFreq {
  // document frequency with the last document a term was counted in, instead of a Set per document
  const df: DocFreq = new Map();
  for (let i = 0; i < docs.length; i++) {
    for (const t of docs[i]!) {
      const e = df.get(t);
      if (e === undefined) df.set(t, { n: 1, last: i });
      else if (e.last !== i) { e.n++; e.last = i; }
    }
  }
  return df;
}

const idfValue = (nDocs: number, n: number) => Math.log((nDocs + 1) / n) + 1;

export function idfOfDf(df: DocFreq, nDocs: number): Map<string, number> {
  const idf = new Map<string, number>();
  for (const [t, { n }] of df) idf.set(t, idfValue(nDocs, n));
  return idf;
}

export function idfOf(docs: string[][]): Map<string, number> {
  return idfOfDf(docFreq(docs), docs.length);
}

/**
 * idfOf(docs) after some documents changed, from the idf and document frequencies before: only the
 * terms a changed document gained or lost are recomputed (scoring changes the few compressed
 * sentences, selection needs the idf of the result; recounting every term would redo the whole pass).
 * Updates `idf` in place and returns it (a copy of the article's whole vocabulary saved).
 */
export function idfAfterChanges(idf: Map<string, number>, df: Pick<DocFreq, 'get'>, nDocs: number,
  changes: ReadonlyArray<{ before: string[]; after: string[] }>): Map<string, number> {
  const delta = new Map<string, number>();
  for (const { before, after } of changes) {
    for (const t of new Set(before)) if (!after.includes(t)) delta.set(t, (delta.get(t) ?? 0) - 1);
    for (const t of new Set(after)) if (!before.includes(t)) delta.set(t, (delta.get(t) ?? 0) + 1);
  }
  const out = idf;
  for (const [t, d] of delta) {
    if (d === 0) continue;
    const n = (df.get(t)?.n ?? 0) + d;
    if (n > 0) out.set(t, idfValue(nDocs, n));
    else out.delete(t);
  }
  return out;
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

/**
 * The same tf-idf vectors over one article with terms numbered (scoring): a sentence is its term
 * ids and weights in first-occurrence order, a sum (centroid, lead) a dense array. Sums, norms and
 * cosines add in the same order as the Map versions above, so the values are identical; they only
 * skip the Map look-ups (a Map per sentence, the centroid's look-up per term).
 */
export class TermSpace {
  private readonly ids = new Map<string, number>();
  private readonly weights: number[] = [];
  private readonly acc: number[] = [];

  constructor(idf: Map<string, number>) {
    for (const [t, w] of idf) { this.ids.set(t, this.weights.length); this.weights.push(w); }
  }

  /**
   * docFreq, idfOfDf, `new TermSpace(idf)` and `vec` of every document in one pass: each term
   * occurrence is looked up once (numbered in first-occurrence order, the order of docFreq's Map),
   * then the vectors are summed from the numbers with the same weights in the same order.
   */
  static ofDocs(docs: string[][]): { space: TermSpace; idf: Map<string, number>; df: Pick<DocFreq, 'get'>; vecs: SparseVec[] } {
    const space = new TermSpace(new Map());
    const { ids, weights } = space;
    const n: number[] = [];
    const last: number[] = [];
    const terms: string[] = [];
    const docIds: number[][] = [];
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const di = new Array<number>(doc.length);
      for (let k = 0; k < doc.length; k++) {
        const t = doc[k]!;
        let id = ids.get(t);
        if (id === undefined) { id = terms.length; ids.set(t, id); terms.push(t); n.push(1); last.push(i); } else if (last[id] !== i) { n[id]!++; last[id] = i; }
        di[k] = id;
      }
      docIds.push(di);
    }
    const idf = new Map<string, number>();
    for (let id = 0; id < terms.length; id++) {
      const w = idfValue(docs.length, n[id]!);
      weights.push(w);
      idf.set(terms[id]!, w);
    }
    const vecs = docIds.map((di) => space.vecOfIds(di));
    const df = { get: (t: string) => { const id = ids.get(t); return id === undefined ? undefined : { n: n[id]!, last: last[id]! }; } };
    return { space, idf, df, vecs };
  }

  /** vec() of a document given as term numbers (all known: numbered by ofDocs or vec). */
  private vecOfIds(di: number[]): SparseVec {
    const ids: number[] = [];
    const acc = this.acc;
    for (let k = 0; k < di.length; k++) {
      const id = di[k]!;
      const prev = acc[id];
      if (prev === undefined || prev === 0) { ids.push(id); acc[id] = this.weights[id]!; } else acc[id] = prev + this.weights[id]!;
    }
    const w = ids.map((id) => { const x = acc[id]!; acc[id] = 0; return x; });
    return { ids, w };
  }

  get size(): number { return this.weights.length; }

  /** vec(terms, idf) as ids and weights; a term the idf does not know weighs 1 (as in vec). */
  vec(terms: string[]): SparseVec {
    return this.vecOfIds(terms.map((t) => {
      let id = this.ids.get(t);
      if (id === undefined) { id = this.weights.length; this.ids.set(t, id); this.weights.push(1); }
      return id;
    }));
  }

  /** sum(vs) as a dense array (0 = absent: every weight is positive) and its terms in Map order. */
  sum(vs: SparseVec[]): DenseVec {
    const x = new Float64Array(this.weights.length);
    const order: number[] = [];
    for (const v of vs) {
      for (let k = 0; k < v.ids.length; k++) {
        const id = v.ids[k]!;
        if (x[id] === 0) { order.push(id); x[id] = 0 + v.w[k]!; } else x[id]! += v.w[k]!;
      }
    }
    let norm = 0;
    for (const id of order) norm += x[id]! * x[id]!;
    return { x, size: order.length, norm };
  }
}

export interface SparseVec { ids: number[]; w: number[] }
/** A dense sum: values by term id, its number of terms and its squared norm (normSq order). */
export interface DenseVec { x: Float64Array; size: number; norm: number }

/** cosine(a, b) for a sentence and a dense sum. */
export function cosineDense(a: SparseVec, b: DenseVec): number {
  let dot = 0;
  let na = 0;
  for (let k = 0; k < a.ids.length; k++) {
    const x = a.w[k]!;
    na += x * x;
    const y = b.x[a.ids[k]!];
    if (y !== undefined && y !== 0) dot += x * y;
  }
  return na && b.norm ? dot / Math.sqrt(na * b.norm) : 0;
}
