/**
 * Stage 4: score eligible sentences. Features (each in [0, 1]) and weights live in
 * rules/keypoints/weights.ts: position (inverted pyramid), title coverage, similarity to the lead,
 * centrality (cosine with the centroid of all sentences, quotes included: they tell the topic even
 * though they are never bullets), names and numbers; minus anaphora and length penalties.
 */
import { contentTerms, contentTermsOf, words } from '../nlp/tokenize.js';
import { nameTokens } from '../nlp/names.js';
import { findNumbers } from '../nlp/numbers.js';
import { ANAPHORIC_OPENERS } from '../rules/keypoints/compression.js';
import { LENGTH, POSITION_HALF_LIFE, WEIGHTS } from '../rules/keypoints/weights.js';
import type { KeyPointState } from './types.js';
import { cosine, idfOf, sum, vec } from './vectors.js';

export function scoreCandidates(state: KeyPointState): void {
  const { candidates, lang, article } = state;
  const idf = idfOf(candidates.map((c) => c.terms));
  const vecs = candidates.map((c) => vec(c.terms, idf));
  const centroid = sum(vecs);
  // the kicker belongs to the headline: "Ignatz wütet" over "Alarmstufe Rot in Deutschland"
  const titleTerms = new Set(contentTerms(`${article.title ?? ''} ${article.kicker ?? ''}`, lang));
  const leadIdx = candidates.map((c, i) => (c.block === -1 ? i : -1)).filter((i) => i >= 0);
  const leadAll = sum(leadIdx.map((j) => vecs[j]!));
  const anaphoric = new Set(lang ? ANAPHORIC_OPENERS[lang] : []);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.excluded) continue;
    const ws = c.text === c.source ? c.words : words(c.text);
    if (c.text !== c.source) c.terms = contentTermsOf(ws, lang);
    const v = vec(c.terms, idf);
    const own = new Set(c.terms);
    let titleHits = 0;
    for (const t of titleTerms) if (own.has(t)) titleHits++;
    // a lead sentence is compared with the rest of the lead, so the lead does not score against itself
    const leadVec = c.block === -1 ? sum(leadIdx.filter((j) => j !== i).map((j) => vecs[j]!)) : leadAll;
    const first = (ws[0] ?? '').toLowerCase();
    const n = ws.length;
    const f: Record<string, number> = {
      position: 1 / (1 + c.rank / Number(process.env.HL ?? POSITION_HALF_LIFE)),
      title: titleTerms.size ? titleHits / titleTerms.size : 0,
      lead: leadVec.size ? cosine(v, leadVec) : 0,
      centrality: cosine(v, centroid),
      names: Math.min(3, nameTokens(c.text, lang).length) / 3,
      numbers: Math.min(2, findNumbers(c.text, lang).length) / 2,
      anaphora: anaphoric.has(first) ? 1 : 0,
      length: Math.max(0, n - LENGTH.ideal) / LENGTH.ideal,
    };
    c.features = f;
    const W = (k: keyof typeof WEIGHTS) => Number(process.env['W_' + k] ?? WEIGHTS[k]);
    c.score = W('position') * f.position! + W('title') * f.title! + W('lead') * f.lead!
      + W('centrality') * f.centrality! + W('names') * f.names! + W('numbers') * f.numbers!
      - W('anaphora') * f.anaphora! - W('length') * f.length!;
  }
}
