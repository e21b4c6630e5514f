/**
 * Stage: the page's own key-point box ("Auf den Punkt gebracht", "Darum gehts", "Key points"):
 * heading plus its items go to `summaryBox`, never into the body.
 */
import { drop, type TextContext } from '../context.js';
import { headingLike } from '../cues.js';

/** A box has few items; more than this and it is not a key-point box. */
const MAX_ITEMS = 8;
/** A key point is one sentence; longer items mean a different kind of list. */
const MAX_ITEM_WORDS = 60;

export function extractSummaryBox(ctx: TextContext): void {
  const { units, lex } = ctx;
  for (let i = 0; i < units.length && !ctx.article.summaryBox; i++) {
    const u = units[i]!;
    if (u.dropped || !headingLike(u) || !lex.summary.has(u.lkey)) continue;
    const items: number[] = [];
    let bulleted: boolean | null = null;
    for (let j = i + 1; j < units.length && items.length < MAX_ITEMS; j++) {
      const v = units[j]!;
      if (v.dropped) continue;
      if (bulleted === null) bulleted = v.bullet !== null;
      if (bulleted ? v.bullet === null : (items.length > 0 && v.gap > 0)) break;
      if (v.words === 0 || v.words > MAX_ITEM_WORDS) break;
      items.push(j);
    }
    if (items.length === 0) continue;
    ctx.article.summaryBox = { heading: u.text.replace(/[\s:]+$/, ''), items: items.map((j) => units[j]!.text) };
    drop(ctx, i, 'summaryHeading', 'key-point box heading (moved to summaryBox)');
    for (const j of items) drop(ctx, j, 'summaryItem', 'key-point box item (moved to summaryBox)');
  }
}
