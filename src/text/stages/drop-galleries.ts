/**
 * Stage: galleries and teasers of other content. A gallery heading ("Die Bilder des Tages") opens a
 * run of gallery material — counters, navigation words, HTML remnants, date-prefixed captions of other
 * stories, credits — which ends at the first line that is none of these. HTML remnants and captions
 * dated in a year the story never mentions are dropped wherever they occur. Teaser headings
 * ("Mehr zum Thema") drop the short teaser titles that follow and become barriers for `selectMain`.
 */
import { DATE_PREFIXED } from '../../rules/text/common.js';
import { hasTeaserPrefix } from '../../rules/text/index.js';
import { drop, type TextContext, type Unit } from '../context.js';
import { headingLike, proseLike } from '../cues.js';

/** HTML remnants up to this many words are widget captions/teasers; longer ones may be real text. */
const MAX_HTML_REMNANT_WORDS = 80;
/** Teaser titles are short; a teaser run stops at the first unit with more words than this. */
const MAX_TEASER_WORDS = 18;

function datePrefixYear(u: Unit): number | null {
  const m = DATE_PREFIXED.exec(u.text);
  return m ? +m[3]! : null;
}

export function dropGalleries(ctx: TextContext): void {
  const { units, lex } = ctx;
  // years the story itself mentions (outside date-prefixed lines): a caption dated in another year is foreign
  const storyYears = new Set<number>();
  for (const u of units) {
    if (u.dropped || u.html || datePrefixYear(u) !== null || u.words < 6) continue;
    for (const m of u.text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) storyYears.add(+m[1]!);
  }
  if (ctx.article.published) storyYears.add(+ctx.article.published.slice(0, 4));
  if (ctx.article.updated) storyYears.add(+ctx.article.updated.slice(0, 4));

  const galleryish = (u: Unit, i: number): boolean => {
    if (u.html) return true;
    const y = datePrefixYear(u);
    if (y !== null) return true;
    const next = units[i + 1];
    // a caption sits directly above its credit
    return !!next && next.gap === 0 && next.role === 'credit';
  };

  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.dropped) continue;
    const key = u.lkey;
    if (lex.gallery.has(key) && headingLike(u)) {
      drop(ctx, i, 'gallery', 'gallery heading');
      let j = i + 1;
      for (; j < units.length; j++) {
        const v = units[j]!;
        if (v.dropped) continue;
        if (lex.summary.has(v.lkey)) break;
        if (!galleryish(v, j)) break;
        drop(ctx, j, 'gallery', 'gallery item (caption of other content)');
      }
      i = j - 1;
      continue;
    }
    const isTeaser = headingLike(u) && u.words <= 8
      && (lex.teaser.has(key) || hasTeaserPrefix(lex, key) || lex.endMarkers.has(key));
    if (isTeaser) {
      if (lex.endMarkers.has(key)) { ctx.barriers.add(i); continue; }
      ctx.softBarriers.add(i);
      drop(ctx, i, 'teaser', 'teaser heading (other content)');
      let items = 0;
      for (let j = i + 1; j < units.length; j++) {
        const v = units[j]!;
        if (v.dropped) continue;
        if (proseLike(v) || v.words > MAX_TEASER_WORDS || lex.summary.has(v.lkey)) break;
        // a teaser box is one block: after a blank line only further bullets belong to it
        if (items > 0 && v.gap > 0 && !v.bullet) break;
        items++;
        drop(ctx, j, 'teaser', 'teaser item (other content)');
      }
      continue;
    }
    if (u.html && u.words <= MAX_HTML_REMNANT_WORDS) { drop(ctx, i, 'gallery', 'HTML remnant (gallery or teaser widget)'); continue; }
    const y = datePrefixYear(u);
    if (y !== null && !storyYears.has(y)) drop(ctx, i, 'gallery', `caption dated ${y}, a year the story never mentions`);
  }
}
