/**
 * Stage 1: collect candidate sentences from the lead and the body paragraphs, with their spans.
 * Headings, quotes, lists, tables, captions and any key-point box the extractor left in the body
 * are not candidates (a box must stay a fair reference). Bounded: stops after MAX_CANDIDATES
 * sentences or MAX_SCAN_CHARS characters, so a 200,000-word page costs the same as a long article.
 */
import { splitSentences } from '../nlp/sentences.js';
import { words } from '../nlp/tokenize.js';
import { isBoxHeading } from '../rules/keypoints/boxes.js';
import { MAX_CANDIDATES, MAX_SCAN_CHARS } from '../rules/keypoints/weights.js';
import type { Candidate, KeyPointState } from './types.js';
import { sentenceFacts } from './words.js';

/** The text a support span of `block` points into (-1 = lead). */
export function supportText(article: KeyPointState['article'], block: number): string | null {
  if (block === -1) return article.lead;
  const b = article.blocks[block];
  return b && b.type === 'paragraph' ? b.text : null;
}

/**
 * Indices of body blocks that may feed key points: everything except a key-point box the extractor
 * left in the body (its heading and all blocks up to the next heading). Skipped blocks are recorded.
 */
export function bodyBlocks(article: KeyPointState['article'], removals?: KeyPointState['removals']): number[] {
  const out: number[] = [];
  let inBox = false;
  article.blocks.forEach((b, i) => {
    if (b.type === 'heading') inBox = isBoxHeading(b.text);
    if (inBox) {
      removals?.push({ stage: 'collectCandidates', reason: 'key-point box in body', text: b.type === 'paragraph' || b.type === 'heading' ? b.text : b.type });
      return;
    }
    out.push(i);
  });
  return out;
}

export function collectCandidates(state: KeyPointState): void {
  const { article, lang } = state;
  const sources: Array<{ block: number; text: string }> = [];
  if (article.lead && article.lead.trim()) sources.push({ block: -1, text: article.lead });
  for (const i of bodyBlocks(article, state.removals)) {
    const b = article.blocks[i]!;
    if (b.type === 'paragraph' && b.text.trim()) sources.push({ block: i, text: b.text });
  }

  let scanned = 0;
  let truncated = false;
  for (const src of sources) {
    if (state.candidates.length >= MAX_CANDIDATES || scanned >= MAX_SCAN_CHARS) { truncated = true; break; }
    const cut = src.text.length + scanned > MAX_SCAN_CHARS;
    if (cut) truncated = true;
    const text = cut ? src.text.slice(0, MAX_SCAN_CHARS - scanned) : src.text;
    scanned += text.length;
    for (const s of splitSentences(text, lang)) {
      if (state.candidates.length >= MAX_CANDIDATES) { truncated = true; break; }
      state.candidates.push(candidate(src.block, s.start, s.end, s.text, state.candidates.length, lang));
    }
  }
  if (truncated) {
    state.messages.push({ code: 'keypoints-truncated', message: `Long article: key points were chosen from the first ${state.candidates.length} sentences only.` });
  }
}

function candidate(block: number, start: number, end: number, source: string, rank: number, lang: KeyPointState['lang']): Candidate {
  const ws = words(source);
  const facts = sentenceFacts(ws, lang);
  return { block, start, end, source, text: source, rank, words: ws, terms: facts.terms, facts, excluded: null, compressions: [], score: 0, features: {} };
}
