/**
 * Shared shapes of the built-in key-point pipeline: one state object flows through the stages listed
 * in pipeline.ts, each a `(state) => void` that may add messages and removals.
 */
import type { Article, Message, Removal } from '../model/article.js';
import type { Lang } from '../nlp/language.js';
import type { SentenceFacts } from './words.js';

export interface Candidate {
  /** Index into `article.blocks`, or -1 for the lead. */
  block: number;
  /** Character span of the source sentence in the block's text. */
  start: number;
  end: number;
  /** The sentence as it stands in the source. */
  source: string;
  /** The bullet text: `source` after deletion-only compression. */
  text: string;
  /** Reading-order index among all collected sentences. */
  rank: number;
  /** Word tokens of `source` (computed once; stages reuse them while `text === source`). */
  words: string[];
  /** Stemmed content terms of `text`. */
  terms: string[];
  /** Per-word facts of `text` (terms, numbers, first person, back-references), looked up once. */
  facts: SentenceFacts;
  /** Why the sentence cannot be a bullet (null if eligible). */
  excluded: string | null;
  /** Compression steps applied, e.g. ["parenthetical", "attribution"]. */
  compressions: string[];
  score: number;
  features: Record<string, number>;
}

export interface KeyPointState {
  article: Article;
  lang: Lang | null;
  count: number;
  candidates: Candidate[];
  chosen: Candidate[];
  messages: Message[];
  removals: Removal[];
  timings: Record<string, number>;
  /** Idf over the candidates' terms after compression, left by scoring for selection. */
  idf?: Map<string, number>;
}

export type Stage = (state: KeyPointState) => void;
