/**
 * The built-in key-point method as an ordered list of stages. The orchestrator only orders and
 * times; each stage is a `(state) => void` in its own module and can be switched off by name.
 */
import type { Article, KeyPoints } from '../model/article.js';
import { guessLang, normalizeLang, type Lang } from '../nlp/language.js';
import { collectCandidates, supportText } from './candidates.js';
import { compressCandidates } from './compress.js';
import { isDeletionOnly } from './faithful.js';
import { filterCandidates } from './filter.js';
import { scoreCandidates } from './score.js';
import { selectBullets } from './select.js';
import type { KeyPointState, Stage } from './types.js';

/** 6. Last line of defence: a bullet that is not a deletion of its support is dropped, loudly. */
export function verifyBullets(state: KeyPointState): void {
  state.chosen = state.chosen.filter((c) => {
    const src = supportText(state.article, c.block)?.slice(c.start, c.end) ?? '';
    if (isDeletionOnly(c.text, src)) return true;
    state.messages.push({ code: 'keypoints-unfaithful-dropped', message: `Dropped a bullet that did not match its source: ${c.text.slice(0, 80)}` });
    return false;
  });
}

export const STAGES: Array<[string, Stage]> = [
  ['collectCandidates', collectCandidates], // 1. sentences of lead + body paragraphs, with spans; bounded
  ['filterCandidates', filterCandidates], // 2. no questions, quotes, fragments, title restatements
  ['compressCandidates', compressCandidates], // 3. deletion-only compression towards ~20 words
  ['scoreCandidates', scoreCandidates], // 4. position, title, lead, centrality, names, numbers
  ['selectBullets', selectBullets], // 5. MMR against redundancy, reading order
  ['verifyBullets', verifyBullets], // 6. every bullet a deletion of its support
];

export interface BuiltinOptions { count?: number; stages?: Record<string, boolean>; debug?: boolean }

/** Resolve the article's language (declared, else guessed from stopwords); null = unsupported. */
export function articleLang(article: Article): { lang: Lang | null; declared: string | null } {
  const declared = article.language;
  const lang = normalizeLang(declared) ?? (declared ? null : guessLang([article.title, article.lead, article.text.slice(0, 4000)].filter(Boolean).join('\n')));
  return { lang, declared };
}

export function runBuiltin(article: Article, options: BuiltinOptions = {}): { result: KeyPoints; state: KeyPointState } {
  const count = Number.isFinite(options.count) ? Math.max(0, Math.floor(options.count!)) : 3;
  const { lang, declared } = articleLang(article);
  const state: KeyPointState = { article, lang, count, candidates: [], chosen: [], messages: [], removals: [], timings: {} };
  if (!lang) {
    state.messages.push({
      code: 'keypoints-unsupported-language',
      message: `Language ${declared ? `"${declared}"` : 'unknown'} is not supported (de, en, fr, it): sentences are taken whole, without compression.`,
    });
  }
  for (const [name, stage] of STAGES) {
    if (options.stages?.[name] === false) continue;
    const t0 = performance.now();
    stage(state);
    state.timings[name] = performance.now() - t0;
  }
  const eligible = state.candidates.filter((c) => !c.excluded).length;
  if (state.candidates.length === 0) {
    state.messages.push({ code: 'keypoints-no-sentences', message: 'The article has no sentences in its lead or paragraphs (only lists, tables or media?): no key points.' });
  } else if (state.chosen.length < count) {
    state.messages.push({
      code: 'keypoints-few-sentences',
      message: `Only ${state.chosen.length} of ${count} key points: the article has ${eligible} usable sentence(s) of ${state.candidates.length}.`,
    });
  }
  const result: KeyPoints = {
    items: state.chosen.map((c) => ({ text: c.text, support: [{ block: c.block, start: c.start, end: c.end }] })),
    method: 'builtin',
  };
  if (state.messages.length) result.messages = state.messages;
  return { result, state };
}
