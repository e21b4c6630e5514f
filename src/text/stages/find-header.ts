/**
 * Stage: kicker, title and lead. The title is a repeated heading-like line when the page has one
 * (dumps repeat the title above the photo), else the nearest heading-like line above the main region.
 * The kicker is a short heading-like line directly above the title; the lead is the first short
 * prose paragraph after the title.
 */
import { THRESHOLDS } from '../../rules/text/common.js';
import { drop, label, nextLive, prevLive, type TextContext } from '../context.js';
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

export function findHeader(ctx: TextContext): void {
  const { units, article } = ctx;
  const main = ctx.main;
  if (!main) return;
  let title = -1;
  for (const i of ctx.repeatedTitles) {
    if (units[i]!.dropped || units[i]!.words < 3) continue;
    // only a repeat at the top of the region is the title; elsewhere it is a widget line seen twice
    if (i < main.start + 3 && i >= main.start - THRESHOLDS.headerSearch) { title = i; break; }
  }
  if (title < 0) {
    // the title is a fairly full heading-like line close above the text; author roles and section
    // labels ("Environment correspondent") are shorter, breadcrumbs and stamps carry junk marks
    let skippedProse = 0;
    let seen = 0;
    let rank = 0;
    let best = -Infinity;
    for (let i = main.start - 1; i >= 0 && seen < THRESHOLDS.headerSearch; i--) {
      const u = units[i]!;
      if (u.dropped || u.role === 'caption') continue;
      seen++;
      if (headingLike(u) && u.words >= 2 && !u.bullet) {
        const score = Math.min(u.words, MIN_TITLE_WORDS + 3) - TITLE_DISTANCE_COST * rank++ - (TITLE_JUNK.test(u.text) ? TITLE_JUNK_COST : 0);
        if (score > best) { best = score; title = i; }
        continue;
      }
      if (proseLike(u) && skippedProse++ < 2) continue;
      break;
    }
    if (best <= 0) title = -1;
  }
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
