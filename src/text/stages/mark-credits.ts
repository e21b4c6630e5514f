/**
 * Stage: photo credits ("via REUTERS", "Foto: APA/Georg Hochmuth", "© Keystone"). They are dropped
 * from the text but keep their role so `findImage` can attach them to the caption above.
 */
import { CAPTION_LABEL } from '../../rules/text/common.js';
import { drop, type TextContext } from '../context.js';
import { creditOf } from '../cues.js';

export function markCredits(ctx: TextContext): void {
  ctx.units.forEach((u, i) => {
    if (u.dropped || u.words > 12 || u.bullet || CAPTION_LABEL.test(u.text)) return;
    if (creditOf(u.text) !== null) drop(ctx, i, 'credit', 'photo credit');
  });
}
