/**
 * Stage: repetition. A careful reader knows a line seen twice is either the outlet's brand line
 * ("20 Minuten" above the photo and above the update stamp) or a repeated title (above the photo
 * caption). Brands become `source` candidates; later copies of any longer line are dropped.
 */
import { drop, type TextContext, type Unit } from '../context.js';
import { headingLike } from '../cues.js';

/** A brand line is short: outlet names run to ~4 words ("Neue Zürcher Zeitung", "20 Minuten"). */
const MAX_BRAND_WORDS = 4;
const MAX_BRAND_CHARS = 40;

function brandShaped(u: Unit): boolean {
  return u.words >= 1 && u.words <= MAX_BRAND_WORDS && u.text.length <= MAX_BRAND_CHARS
    && /^[\p{Lu}\p{N}]/u.test(u.text) && !/[.,;:!?]$/.test(u.text);
}

export function markRepeats(ctx: TextContext): void {
  const { units } = ctx;
  const seen = new Map<string, number[]>();
  units.forEach((u, i) => {
    if (u.dropped || u.words === 0) return;
    const list = seen.get(u.key);
    if (list) list.push(i); else seen.set(u.key, [i]);
  });
  const repeatedTitles: number[] = [];
  const adjacentCue = (i: number): boolean => {
    for (const j of [i - 1, i + 1]) {
      const n = units[j];
      if (!n) continue;
      const touching = j < i ? units[i]!.gap === 0 : n.gap === 0;
      if (!touching) continue;
      if (n.role === 'stamp' || n.role === 'credit' || n.role === 'byline') return true;
      const copies = seen.get(n.key);
      if (copies && copies.length > 1 && n.words >= 3 && headingLike(n)) return true;
    }
    return false;
  };
  for (const [, idx] of seen) {
    if (idx.length < 2) continue;
    const first = units[idx[0]!]!;
    if (brandShaped(first) && idx.some(adjacentCue)) {
      ctx.brand ??= first.text;
      for (const i of idx) drop(ctx, i, 'brand', 'outlet brand line (seen more than once)');
      continue;
    }
    if (first.words < 3 && !first.html) continue;
    // a breadcrumb or menu item repeats the title as a list item: keep the first plain occurrence
    const keep = idx.find((i) => !units[i]!.bullet) ?? idx[0]!;
    if (headingLike(units[keep]!)) repeatedTitles.push(keep);
    for (const i of idx) if (i !== keep) drop(ctx, i, 'repeat', 'repeated line (kept one occurrence)');
  }
  ctx.repeatedTitles = repeatedTitles.sort((a, b) => a - b);
}
