/**
 * Stage: body blocks in reading order from the main region. Short heading-like lines followed by
 * prose become subheads; runs of bullets become lists; wholly quoted lines become quotes; captions
 * become figures. Short leftovers, link lists and everything outside the region are dropped.
 */
import { STRONG_END, THRESHOLDS } from '../../rules/text/common.js';
import type { Block } from '../../model/article.js';
import { drop, nextLive, type TextContext, type Unit } from '../context.js';
import { headingLike, proseLike, unitStopRatio } from '../cues.js';

/** Wholly quoted: one quotation, no attribution after the closing mark. */
const QUOTED = /^[„"“«»‹›]\s?[^"“”„«»‹›]+[“"”»«‹›]$/u;
const ATTRIBUTION = /^[—–-]\s*\S/u;
/** A list of nav links averages fewer words per item than this. */
const MIN_LIST_ITEM_WORDS = 3;
const INTRO_MIN_WORDS = 6;

function isBodyParagraph(u: Unit, lang: string | null): boolean {
  if (proseLike(u) && u.words >= 10) return true;
  if (u.words >= THRESHOLDS.goodWords && (!lang || unitStopRatio(u, lang) >= THRESHOLDS.minStopwordRatio)) return true;
  return false;
}

export function buildBody(ctx: TextContext): void {
  const { units, article } = ctx;
  const main = ctx.main;
  const blocks: Block[] = [];
  const keep = (i: number): boolean => !!main && i >= main.start && i < main.end;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.dropped || u.role === 'title' || u.role === 'kicker' || u.role === 'lead') continue;
    if (!keep(i)) { drop(ctx, i, 'noise', 'outside the main content'); continue; }
    if (u.role === 'caption') {
      blocks.push({ type: 'figure', src: null, alt: null, caption: u.text, credit: ctx.captionCredits.get(i) ?? null });
      u.dropped = true;
      continue;
    }
    if (u.role === 'boilerplate' && u.words < THRESHOLDS.goodWords * 2) { drop(ctx, i, 'boilerplate', 'boilerplate inside the main region'); continue; }
    if (u.links > 0 && u.words / u.links < 4) { drop(ctx, i, 'noise', 'link-heavy line'); continue; }
    if (u.bullet) {
      const items: number[] = [];
      let j = i;
      for (; j < units.length && keep(j); j++) {
        const v = units[j]!;
        if (v.dropped) continue;
        if (!v.bullet) break;
        items.push(j);
      }
      const totalWords = items.reduce((n, k) => n + units[k]!.words, 0);
      const linked = items.reduce((n, k) => n + units[k]!.links, 0);
      if (totalWords / items.length < MIN_LIST_ITEM_WORDS || linked * 2 > items.length) {
        for (const k of items) drop(ctx, k, 'noise', 'list of short links or menu items');
      } else {
        const ordered = /^\d/.test(u.bullet);
        blocks.push({ type: 'list', ordered, items: items.map((k) => units[k]!.text) });
        for (const k of items) units[k]!.role = 'listItem';
      }
      i = j - 1;
      continue;
    }
    const n = nextLive(ctx, i);
    const next = n >= 0 && keep(n) ? units[n]! : null;
    if (QUOTED.test(u.text) && u.words >= 5) {
      let cite: string | null = null;
      if (next && ATTRIBUTION.test(next.text) && next.words <= 8) {
        cite = next.text.replace(/^[—–-]\s*/u, '');
        next.dropped = true;
        next.role = 'quote';
      }
      blocks.push({ type: 'quote', text: u.text, cite });
      u.role = 'quote';
      continue;
    }
    // a line ending in ':' with a few words introduces a list or quote; it is not a subhead
    const intro = u.text.endsWith(':') && u.words >= INTRO_MIN_WORDS;
    if (!intro && (headingLike(u) && !STRONG_END.test(u.text) || (u.text.endsWith('?') && u.words <= 15))) {
      if (next && (isBodyParagraph(next, ctx.scoringLang) || next.bullet) && !QUOTED.test(u.text) || (next && u.text.endsWith('?') && isBodyParagraph(next, ctx.scoringLang))) {
        blocks.push({ type: 'heading', level: 2, text: u.text });
        u.role = 'heading';
        continue;
      }
      if (!proseLike(u)) { drop(ctx, i, 'noise', 'short line that is neither a subhead nor prose'); continue; }
    }
    if (!isBodyParagraph(u, ctx.scoringLang) && u.words < 4) { drop(ctx, i, 'noise', 'short leftover'); continue; }
    blocks.push({ type: 'paragraph', text: u.text });
    u.role = 'paragraph';
  }
  // a heading at the very end has nothing to head
  while (blocks.length && blocks[blocks.length - 1]!.type === 'heading') {
    const h = blocks.pop()!;
    ctx.removals.push({ stage: ctx.stage, reason: 'subhead without text after it', text: 'text' in h ? h.text : '' });
  }
  article.blocks = blocks;
}
