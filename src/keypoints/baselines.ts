/**
 * Reference baselines for the benchmark (bench/keypoints.ts), built on the same splitter so the
 * comparison measures selection, not splitting:
 * - Lead-3: the first three sentences of lead + body.
 * - TextRank (Mihalcea & Tarau 2004): sentence graph weighted by word overlap normalised with
 *   log lengths, PageRank with d = 0.85, top three in reading order.
 */
import type { Article } from '../model/article.js';
import { guessLang, normalizeLang } from '../nlp/language.js';
import { splitSentences } from '../nlp/sentences.js';
import { contentTerms } from '../nlp/tokenize.js';

function allSentences(article: Article): string[] {
  const lang = normalizeLang(article.language) ?? guessLang(article.text || article.lead || '');
  const texts = [article.lead ?? '', ...article.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))].filter((t) => t.trim());
  return texts.flatMap((t) => splitSentences(t, lang).map((s) => s.text));
}

export function lead3(article: Article, count = 3): string[] {
  return allSentences(article).slice(0, count);
}

export function textRankScores(sentTerms: string[][], damping = 0.85, iterations = 50): number[] {
  const n = sentTerms.length;
  const sets = sentTerms.map((t) => new Set(t));
  const w: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      if (a.size < 2 || b.size < 2) continue;
      let overlap = 0;
      for (const t of a) if (b.has(t)) overlap++;
      const sim = overlap / (Math.log(a.size) + Math.log(b.size));
      w[i]![j] = sim;
      w[j]![i] = sim;
    }
  }
  const out = w.map((row) => row.reduce((s, x) => s + x, 0));
  let score = new Array<number>(n).fill(1 / Math.max(1, n));
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - damping) / Math.max(1, n));
    for (let j = 0; j < n; j++) {
      if (out[j] === 0) continue;
      for (let i = 0; i < n; i++) if (w[j]![i]) next[i]! += damping * (w[j]![i]! / out[j]!) * score[j]!;
    }
    score = next;
  }
  return score;
}

export function textRank(article: Article, count = 3): string[] {
  const lang = normalizeLang(article.language) ?? guessLang(article.text || article.lead || '');
  const sents = allSentences(article);
  const scores = textRankScores(sents.map((s) => contentTerms(s, lang)));
  return sents.map((s, i) => ({ s, i, v: scores[i]! }))
    .sort((a, b) => b.v - a.v || a.i - b.i).slice(0, count).sort((a, b) => a.i - b.i).map((x) => x.s);
}
