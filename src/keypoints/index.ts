/**
 * Key points "auf den Punkt gebracht": three faithful bullets for an article.
 * - `keyPoints` — the built-in, offline method (pipeline.ts): extractive sentences, compressed by
 *   deletion only, each with its support span.
 * - `keyPointsLLM` — an OpenAI-compatible model, every bullet checked against the article (llm.ts).
 * The page's own `summaryBox` is never input.
 *
 * @example
 *   const kp = keyPoints(article, { count: 3 });
 *   kp.items[0]; // { text: 'Nun sind sechs nordkoreanische Offiziere … getötet worden.', support: [{ block: 0, start: 0, end: 142 }] }
 */
import type { Article, KeyPoints } from '../model/article.js';
import { runBuiltin } from './pipeline.js';

export interface KeyPointOptions {
  count?: number;
  /** Switch pipeline stages off by name (see pipeline.ts STAGES). */
  stages?: Record<string, boolean>;
}

export function keyPoints(article: Article, options: KeyPointOptions = {}): KeyPoints {
  return runBuiltin(article, options).result;
}

export { keyPointsLLM, type KeyPointsLLMOptions } from './llm.js';
