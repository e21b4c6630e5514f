/**
 * Stage: find the main content region. Every remaining unit gets a score — prose with enough
 * stopwords scores its word count, short non-sentences (menus), link-heavy lines and boilerplate
 * score negative, teaser/comment headings are barriers — and the region is the contiguous run with
 * the highest total (Kadane's maximum subarray: one linear pass).
 */
import { STRONG_END, THRESHOLDS } from '../../rules/text/common.js';
import type { TextContext, Unit } from '../context.js';
import { headingLike, unitStopRatio } from '../cues.js';

export function unitScore(u: Unit, lang: string | null): number {
  if (u.role === 'boilerplate') return -THRESHOLDS.boilerplatePenalty;
  if (u.links > 0 && u.words / u.links < 1 / THRESHOLDS.maxLinkRatio * 2) return -Math.max(u.words, THRESHOLDS.shortPenalty);
  const sentence = STRONG_END.test(u.text) || /[:"“”»«]$/u.test(u.text);
  const w = u.words;
  if (w >= THRESHOLDS.goodWords) {
    const ratio = lang ? unitStopRatio(u, lang) : 1;
    if (ratio >= THRESHOLDS.minStopwordRatio) return (sentence ? w : w / 2) - THRESHOLDS.paragraphCost;
    return -w / 4;
  }
  if (sentence && w >= 5) return w / 2 - THRESHOLDS.paragraphCost / 2;
  if (headingLike(u)) return -THRESHOLDS.shortPenalty / (u.bullet ? 1 : 2);
  return -1;
}

export function selectMain(ctx: TextContext): void {
  const { units } = ctx;
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = -1;
  let factor = 1;
  let prose = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (ctx.barriers.has(i)) {
      if (prose >= THRESHOLDS.endMarkerMinProse) { factor *= THRESHOLDS.afterEndFactor; sum = 0; start = -1; prose = 0; }
      else sum -= THRESHOLDS.endMarkerPenalty;
      if (u.dropped) continue;
    }
    if (u.dropped && !ctx.softBarriers.has(i)) continue;
    let s = ctx.barriers.has(i) ? 0 : ctx.softBarriers.has(i) ? -THRESHOLDS.softBarrierPenalty : unitScore(u, ctx.scoringLang);
    if (s > 0) { prose += s; s *= factor; }
    if (sum <= 0) { sum = 0; start = i; }
    sum += s;
    if (sum > best) { best = sum; bestStart = start; bestEnd = i + 1; }
  }
  ctx.main = bestStart >= 0 ? { start: bestStart, end: bestEnd } : null;
}
