/**
 * Stage: the article's own bylines and date stamps. A dump holds many — teasers of other posts
 * with their authors and dates, comments, a footer — and `readStamps` kept them all as candidates.
 * A reader takes the ones next to the headline: within a few lines above the title or between it
 * and the first paragraph (the header), or else right after the text (blogs sign at the end).
 * Without such a candidate the first date of the page stands, and a byline only when it is the
 * page's only one. Weak candidates (a date inside a longer meta line) count only in the header.
 */
import type { MetaCandidate, TextContext } from '../context.js';

/** Header zone: this many units above the title (kicker, stamp lines above the headline)… */
const ABOVE_TITLE = 6;
/** …and this many after the end of the header (title, lead) into the body. */
const INTO_BODY = 6;
/** Footer zone: units after the end of the main text where a blog's signature stands. */
const AFTER_TEXT = 4;

export function pickMeta(ctx: TextContext): void {
  const { article, meta, units, main } = ctx;
  if (meta.length === 0) return;
  let anchor = -1;
  for (let i = 0; i < units.length; i++) if (units[i]!.role === 'title') { anchor = i; break; }
  if (anchor < 0 && main) anchor = main.start;
  const inHeader = (c: MetaCandidate): boolean => anchor >= 0 && c.i >= anchor - ABOVE_TITLE && c.i <= Math.max(anchor, main?.start ?? anchor) + INTO_BODY;
  const inFooter = (c: MetaCandidate): boolean => !!main && c.i >= main.end - 1 && c.i <= main.end + AFTER_TEXT;
  // nearest to the title first; below it before above it at the same distance
  // a byline word beats a bare name next to a date; for dates only the distance counts
  const distance = (c: MetaCandidate): number => (c.weak && c.kind === 'byline' ? 1000 : 0) + (c.i >= anchor ? 2 * (c.i - anchor) : 2 * (anchor - c.i) + 1);
  const choose = (ok: (c: MetaCandidate) => boolean): MetaCandidate | null => {
    const header = meta.filter((c) => ok(c) && inHeader(c)).sort((a, b) => distance(a) - distance(b));
    if (header.length) return header[0]!;
    return meta.find((c) => ok(c) && !c.weak && inFooter(c)) ?? null;
  };

  const byline = choose((c) => c.kind === 'byline');
  const bylines = meta.filter((c) => c.kind === 'byline' && !c.weak);
  const by = byline ?? (bylines.length === 1 ? bylines[0]! : null);
  article.authors = by ? [...new Set(by.names)] : [];

  const published = choose((c) => c.kind !== 'updated' && c.iso !== null);
  if (published) article.published = published.iso;
  const updated = choose((c) => c.kind === 'updated');
  if (updated) article.updated = updated.iso;
}
