/**
 * Stage 5: pick `count` bullets by maximal marginal relevance, skipping near-duplicates, then put
 * them in reading order (a box tells the story in the article's order).
 */
import { MMR_LAMBDA, REDUNDANT } from '../rules/keypoints/weights.js';
import type { Candidate, KeyPointState } from './types.js';
import { cosine, idfOf, normSq, vec, type Vec } from './vectors.js';

export function selectBullets(state: KeyPointState): void {
  state.chosen = mmr(state.candidates.filter((c) => !c.excluded), state.count, state.candidates.map((c) => c.terms), [], state.idf);
}

/** MMR over `pool`; `corpus` gives the idf (`idf` = idfOf(corpus) when the caller has it). Exported
 * for the LLM method's replacements. */
export function mmr(pool: Candidate[], count: number, corpus: string[][], already: Candidate[] = [], idf?: Map<string, number>): Candidate[] {
  if (pool.length === 0 || count <= 0) return [];
  idf ??= idfOf(corpus);
  const vecs = new Map<Candidate, Vec>([...pool, ...already].map((c) => [c, vec(c.terms, idf)]));
  let max = -Infinity;
  let min = Infinity;
  for (const c of pool) { max = Math.max(max, c.score); min = Math.min(min, c.score); }
  const norm = (s: number) => (max > min ? (s - min) / (max - min) : 1);
  const chosen: Candidate[] = [];
  // vectors and squared norms of what is chosen, computed once, not per comparison
  const against = already.map((o) => vecs.get(o)!);
  const againstNorms = against.map(normSq);
  const left = new Set(pool);
  while (chosen.length < count && left.size) {
    let best: Candidate | null = null;
    let bestVal = -Infinity;
    for (const c of left) {
      const v = vecs.get(c)!;
      let sim = 0;
      for (let k = 0; k < against.length; k++) sim = Math.max(sim, cosine(v, against[k]!, againstNorms[k]));
      if (sim > REDUNDANT) continue;
      const val = MMR_LAMBDA * norm(c.score) - (1 - MMR_LAMBDA) * sim;
      if (val > bestVal) { bestVal = val; best = c; }
    }
    if (!best) break;
    chosen.push(best);
    against.push(vecs.get(best)!);
    againstNorms.push(normSq(against[against.length - 1]!));
    left.delete(best);
  }
  return chosen.sort((a, b) => a.rank - b.rank);
}
