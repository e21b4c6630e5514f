/**
 * Stage 4: score eligible sentences. Features (each in [0, 1]) and weights live in
 * rules/keypoints/weights.ts: position (inverted pyramid), title coverage, similarity to the lead,
 * centrality (cosine with the centroid of all sentences, quotes included: they tell the topic even
 * though they are never bullets), names and numbers; minus anaphora and length penalties. Anaphora
 * is 1 for an opener that refers outside the sentence ("Er …", "Dabei …") and LEANING for one that
 * only links to it ("Und auch …") or a back-reference later on ("spürte darauf …").
 */
import { contentTerms, words } from '../nlp/tokenize.js';
import { nameTokens } from '../nlp/names.js';
import { ANAPHORIC_OPENERS, CONNECTIVE_OPENERS } from '../rules/keypoints/compression.js';
import { LEANING, LENGTH, POSITION_HALF_LIFE, WEIGHTS } from '../rules/keypoints/weights.js';
import type { KeyPointState } from './types.js';
import { cosineDense, idfAfterChanges, TermSpace } from './vectors.js';
import { sentenceFacts, sentenceNumbers } from './words.js';

export function scoreCandidates(state: KeyPointState): void {
  const { candidates, lang, article } = state;
  // numbered terms: the same idf, vectors and cosines without a Map per sentence (vectors.ts)
  const { space, idf, df, vecs } = TermSpace.ofDocs(candidates.map((c) => c.terms));
  const changes: Array<{ before: string[]; after: string[] }> = [];
  const centroid = space.sum(vecs);
  // the headline only: a kicker is a label or a teaser line ("Nach dem Urteil", "Sie will mehr")
  const titleTerms = new Set(contentTerms(article.title ?? '', lang));
  const leadIdx = candidates.map((c, i) => (c.block === -1 ? i : -1)).filter((i) => i >= 0);
  const leadAll = space.sum(leadIdx.map((j) => vecs[j]!));
  const anaphoric = new Set(lang ? ANAPHORIC_OPENERS[lang] : []);
  const connective = new Set(lang ? CONNECTIVE_OPENERS[lang] : []);
  // a back-reference after the first word: one of the sentence's facts (words.ts)
  const leaning = (backRef: boolean, first: string) => (anaphoric.has(first) ? 1 : connective.has(first) || backRef ? LEANING : 0);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.excluded) continue;
    const ws = c.text === c.source ? c.words : words(c.text);
    if (c.text !== c.source) {
      c.facts = sentenceFacts(ws, lang);
      changes.push({ before: c.terms, after: c.facts.terms });
      c.terms = c.facts.terms;
    }
    // an uncompressed sentence has the terms its vector above was made of
    const v = c.text === c.source ? vecs[i]! : space.vec(c.terms);
    // a headline has a handful of terms: a scan of the sentence's terms, not a Set per sentence
    let titleHits = 0;
    for (const t of titleTerms) if (c.terms.includes(t)) titleHits++;
    // a lead sentence is compared with the rest of the lead, so the lead does not score against itself
    const leadVec = c.block === -1 ? space.sum(leadIdx.filter((j) => j !== i).map((j) => vecs[j]!)) : leadAll;
    const first = (ws[0] ?? '').toLowerCase();
    const n = ws.length;
    const f: Record<string, number> = {
      position: 1 / (1 + c.rank / POSITION_HALF_LIFE),
      title: titleTerms.size ? titleHits / titleTerms.size : 0,
      lead: leadVec.size ? cosineDense(v, leadVec) : 0,
      centrality: cosineDense(v, centroid),
      names: nameTokens(c.text, lang, 3, ws).length / 3,
      numbers: sentenceNumbers(c.text, c.facts, lang, 2) / 2,
      anaphora: leaning(c.facts.backRef, first),
      length: Math.max(0, n - LENGTH.ideal) / LENGTH.ideal,
    };
    c.features = f;
    c.score = WEIGHTS.position * f.position! + WEIGHTS.title * f.title! + WEIGHTS.lead * f.lead!
      + WEIGHTS.centrality * f.centrality! + WEIGHTS.names * f.names! + WEIGHTS.numbers * f.numbers!
      - WEIGHTS.anaphora * f.anaphora! - WEIGHTS.length * f.length!;
  }
  // selection weighs redundancy with the idf of the terms as they are now
  state.idf = changes.length ? idfAfterChanges(idf, df, candidates.length, changes) : idf;
}
