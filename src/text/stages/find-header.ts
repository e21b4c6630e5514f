/**
 * Stage: kicker, title and lead. The title is a repeated heading-like line when the page has one
 * (dumps repeat the title above the photo), else the nearest heading-like line above the main region.
 * The kicker is a short heading-like line directly above the title; the lead is the first short
 * prose paragraph after the title.
 */
import { THRESHOLDS } from '../../rules/text/common.js';
import { drop, label, nextLive, prevLive, type TextContext, type Unit } from '../context.js';
import { findDate } from '../dates.js';
import { headingLike, proseLike, endsSentence } from '../cues.js';

/** Kickers are short ("Unterstützung von Kim Jong-un"). */
const MAX_KICKER_WORDS = 10;
/** A lead has at most three sentences. */
const MAX_LEAD_SENTENCES = 3;
/** Title candidates are scored by length up to this many words (+3), minus distance and junk. */
const MIN_TITLE_WORDS = 5;
/** Each heading-like line between a candidate and the text costs this many words of score. */
const TITLE_DISTANCE_COST = 1.5;
/** Breadcrumbs, stamps, file names, arrows of previous/next links: never the title. */
const TITLE_JUNK = /\d{1,2}\.\d{1,2}\.\d{2,4}|\s[»>]\s|^[«»<>]\s|[|←→#@\[\]©_]|https?:|\.(?:svg|png|jpe?g|gif)\b|^(?:sie sind hier|you are here|vous êtes ici|rating)\b/iu;
const TITLE_JUNK_COST = 10;
/** Labels ("You are here:", "Related:") end in a colon; icon lines open with a symbol ("● Latest"). */
const LABEL_SHAPE = /:$|^[^\p{L}\p{N}"'„“”«»‹›(¿¡]/u;
/** Menu items and labels are this short; the header search passes over them. */
const MENU_ITEM_WORDS = 3;
/** A heading-like line inside a menu run is most likely a menu entry. */
const MENU_COST = 4;
/** A line just above a byline or date stamp (within META_REACH lines) is the title in most layouts… */
const META_BONUS = 3;
const META_REACH = 4;
/** …and a line just below one is a tag list, a share bar or a caption. */
const BELOW_META_COST = 3;
/** A full heading line right under another is the standfirst (dek), not the title. */
const DEK_COST = 4;
/** The first paragraph of an article is a sentence of at least this many words. */
const MIN_PROSE_WORDS = 8;

/** A date, a byline, a label or an icon in a line makes it a meta line, never the title. */
function metaLine(ctx: TextContext, u: Unit): boolean {
  if (TITLE_JUNK.test(u.text) || LABEL_SHAPE.test(u.text)) return true;
  if (ctx.lex.bylines.some((b) => u.lkey.startsWith(`${b} `))) return true;
  return findDate(u.text, ctx.lex.months, 'UTC') !== null;
}

/** A byline or date stamp within META_REACH units after (dir 1) or before (dir -1) unit i. */
function metaWithin(units: Unit[], i: number, dir: 1 | -1): boolean {
  for (let k = i + dir, n = 0; n < META_REACH && k >= 0 && k < units.length; k += dir, n++) {
    const r = units[k]!.role;
    if (r === 'byline' || r === 'stamp') return true;
  }
  return false;
}

/** A unit inside a run of short lines without blank lines between them: a menu, not a heading. */
function inMenu(units: Unit[], i: number): boolean {
  const short = (v: Unit | undefined): boolean => !!v && v.words <= MENU_ITEM_WORDS && v.role !== 'byline' && v.role !== 'stamp';
  const u = units[i]!;
  const prev = units[i - 1];
  const next = units[i + 1];
  return u.gap === 0 && short(prev) && !!next && next.gap === 0 && short(next);
}

/** A list item that stands alone (no item above or below it in the same block) can be a heading. */
function loneBullet(units: Unit[], i: number): boolean {
  const u = units[i]!;
  const prev = units[i - 1];
  const next = units[i + 1];
  return !(prev && u.gap === 0 && prev.bullet) && !(next && next.gap === 0 && next.bullet);
}

/** The first live paragraph of the region: a title inside the region must come before it. */
function firstProse(ctx: TextContext, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const u = ctx.units[i]!;
    // any substantial text ends the header, even when it does not end like a sentence (table layouts)
    if (!u.dropped && u.words >= MIN_PROSE_WORDS && (proseLike(u) || !headingLike(u))) return i;
  }
  return end;
}

/**
 * The title a careful reader picks: a fairly full heading-like line close above the first paragraph,
 * in its own block rather than in a menu, best of all directly above a byline or date stamp. Author
 * roles and section labels are shorter; breadcrumbs, stamps and bylines carry junk marks.
 */
function titleAbove(ctx: TextContext, from: number): number {
  const { units } = ctx;
  let skippedProse = 0;
  let seen = 0;
  let rank = 0;
  let best = -Infinity;
  let title = -1;
  for (let i = from - 1; i >= 0 && seen < THRESHOLDS.headerSearch; i--) {
    const u = units[i]!;
    if (u.dropped || u.role === 'caption') continue;
    seen++;
    if (headingLike(u) && u.words >= 2 && (!u.bullet || loneBullet(units, i))) {
      // only full lines compete: short author, label and menu lines between cost no distance
      let score = Math.min(u.words, MIN_TITLE_WORDS + 3) - TITLE_DISTANCE_COST * rank;
      if (u.words >= MIN_TITLE_WORDS) rank++;
      if (metaLine(ctx, u)) score -= TITLE_JUNK_COST;
      if (inMenu(units, i)) score -= MENU_COST;
      if (metaWithin(units, i, 1)) score += META_BONUS;
      // between the byline/date and the text stand tags, share buttons and captions, rarely the title
      if (metaWithin(units, i, -1)) score -= BELOW_META_COST;
      // the first of two full heading lines is the title, the second its standfirst
      const above = units[i - 1];
      if (above && !above.dropped && u.words >= MIN_TITLE_WORDS && above.words >= MIN_TITLE_WORDS && headingLike(above) && !above.bullet) score -= DEK_COST;
      if (score > best) { best = score; title = i; }
      continue;
    }
    if (proseLike(u) && skippedProse++ < 2) continue;
    // short lines (one-word menu items, labels) are passed over; anything longer ends the header
    if (u.words <= MENU_ITEM_WORDS || headingLike(u)) continue;
    break;
  }
  return best > 0 ? title : -1;
}

export function findHeader(ctx: TextContext): void {
  const { units, article } = ctx;
  const main = ctx.main;
  if (!main) return;
  // the article's first paragraph: the title is above it, whether the region starts there or earlier
  const prose = firstProse(ctx, main.start, main.end);
  let title = -1;
  for (const i of ctx.repeatedTitles) {
    if (units[i]!.dropped || units[i]!.words < 3) continue;
    // only a repeat at the top of the region is the title; elsewhere it is a widget line seen twice
    if (i < main.start + 3 && i < prose && i >= main.start - THRESHOLDS.headerSearch) { title = i; break; }
  }
  if (title < 0) title = titleAbove(ctx, prose);
  if (title < 0) {
    const u = units[main.start];
    const n = nextLive(ctx, main.start);
    if (u && headingLike(u) && u.words >= 3 && !u.bullet && n >= 0 && proseLike(units[n]!)) title = main.start;
  }
  if (title < 0) {
    article.messages.push({ code: 'no-title', message: 'No title line was recognised in the text.' });
    return;
  }
  article.title = units[title]!.text;
  label(ctx, title, 'title');

  const k = prevLive(ctx, title);
  if (k >= 0 && k === title - 1) {
    const ku = units[k]!;
    const before = prevLive(ctx, k);
    const inMenu = before >= 0 && before === k - 1 && headingLike(units[before]!) && units[before]!.words <= 3 && units[k]!.gap === 0;
    if (headingLike(ku) && !ku.bullet && ku.words <= MAX_KICKER_WORDS && !ku.text.endsWith('?') && !inMenu) {
      article.kicker = ku.text;
      label(ctx, k, 'kicker');
    }
  }

  let l = nextLive(ctx, title);
  while (l >= 0 && units[l]!.role === 'caption') l = nextLive(ctx, l);
  if (l >= 0) {
    const lu = units[l]!;
    const sentences = lu.text.split(/[.!?…](?:\s|$)/u).filter((s) => s.trim()).length;
    const hasMore = nextLive(ctx, l) >= 0;
    // a byline or date between title and paragraph means the header is over: that is body text
    let afterMeta = false;
    for (let k = title + 1; k < l; k++) if (units[k]!.role === 'byline' || units[k]!.role === 'stamp') afterMeta = true;
    if (proseLike(lu) && endsSentence(lu.text) && !lu.bullet && lu.text.length <= THRESHOLDS.maxLeadChars
        && sentences <= MAX_LEAD_SENTENCES && hasMore && lu.words >= 8 && !afterMeta) {
      article.lead = lu.text;
      label(ctx, l, 'lead');
    }
  }
  // anything between the region's start and the title belongs above the article
  const last = Math.max(title, article.lead ? l : title);
  if (last >= main.start) {
    for (let i = main.start; i < title; i++) if (!units[i]!.dropped && units[i]!.role !== 'kicker') drop(ctx, i, 'noise', 'above the title');
    main.start = last + 1;
  }
  if (main.end < main.start) main.end = main.start;
}
