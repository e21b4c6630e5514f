/**
 * Stage: photo captions and credits. A caption is the line directly above a credit line (same
 * block); captions that end in their own credit ("… (Foto: Keystone)") are split. The first caption
 * is the article image (the hero picture comes first on a news page); later ones become figure blocks.
 */
import { CAPTION_LABEL, CREDIT_PREFIX } from '../../rules/text/common.js';
import { drop, type TextContext } from '../context.js';
import { creditOf } from '../cues.js';

const TRAILING_CREDIT = /\s*[(\[]?((?:foto|fotos|bild|photo|image|credit|crédit|©)\s*:?\s*[^()\[\]]{2,60})[)\]]?$/iu;

export function findImage(ctx: TextContext): void {
  const { units, article } = ctx;
  const captions = new Map<number, string | null>();
  let loneCredit: string | null = null;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!u.dropped && CAPTION_LABEL.test(u.text)) {
      // "Image source, Getty Images" / "Image caption," / caption: credit and label sit above the caption
      const c = units[i + 1];
      const before = units[i - 1];
      const credit = before && u.gap === 0 && before.role === 'credit' ? creditOf(before.text) : null;
      drop(ctx, i, 'noise', 'caption label');
      if (c && c.gap === 0 && !c.dropped && c.words >= 3) captions.set(i + 1, credit);
      continue;
    }
    if (u.role === 'credit' && u.dropped) {
      const c = units[i - 1];
      const after = units[i + 1];
      const credit = creditOf(u.text);
      if (u.gap === 0 && c && !c.dropped && !c.role && c.words >= 3 && !c.bullet) captions.set(i - 1, credit);
      else if (u.gap === 0 && c?.dropped) continue; // credit of a gallery picture or a brand block
      // Austrian layout: "Foto: APA/…" first, the caption on the next line
      else if (after && after.gap === 0 && !after.dropped && !after.bullet && after.words >= 3 && !CAPTION_LABEL.test(after.text)) captions.set(i + 1, credit);
      else if (ctx.main && i <= ctx.main.start && loneCredit === null) loneCredit = credit;
      continue;
    }
    if (u.dropped || u.role || u.words < 4) continue;
    const tail = u.key.length > 80 ? u.key.slice(-80) : u.key;
    if (!/foto|bild|photo|image|credit|crédit|©/.test(tail)) continue;
    const m = TRAILING_CREDIT.exec(u.text);
    if (!m || !CREDIT_PREFIX.test(m[1]!)) continue;
    const credit = creditOf(m[1]!);
    if (!credit) continue;
    ctx.removals.push({ stage: ctx.stage, reason: 'photo credit at the end of a caption (split off)', text: m[0].trim() });
    u.text = u.text.slice(0, m.index).trim();
    captions.set(i, credit);
  }
  let first = true;
  for (const [i, credit] of [...captions].sort((a, b) => a[0] - b[0])) {
    const u = units[i]!;
    u.role = 'caption';
    if (first && !article.image) {
      article.image = { src: null, alt: null, caption: u.text, credit };
      drop(ctx, i, 'caption', 'photo caption (moved to image)');
    }
    first = false;
    ctx.captionCredits.set(i, credit);
  }
  if (!article.image && loneCredit) article.image = { src: null, alt: null, caption: null, credit: loneCredit };
}
