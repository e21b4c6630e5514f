/**
 * Stage: drop lines that are never article text — gallery counters ("1/64"), navigation words
 * ("Gehe zur Galerie", "Share"), icons and separators, image placeholders, bare URLs, form fields,
 * a text browser's "References" list — and short boilerplate (cookies, paywall, copyright).
 * Longer boilerplate is only labelled: the main-region search weighs it, a stray word never drops prose.
 */
import { CONSENT_MIN_HITS, CONSENT_WORDS, isCommentHeader, COMMENT_SECTION, COMMENT_SECTION_PROBE, COUNTER, RELATED_SECTION, RELATIVE_TIME, IMAGE_PLACEHOLDER, SYMBOL_ONLY } from '../../rules/text/common.js';
import { drop, type TextContext } from '../context.js';

const URL_ONLY = /^(?:(?:https?|ftp|file|mailto):\S+|www\.\S+)$/iu;
const FORM_FIELD = /_{4,}|^\(\s?\)\s|^\[\s?[xX ]?\s?\]\s|^\[(?:submit|button|search)\]|^\((?:BUTTON|RADIO|CHECKBOX|FORM)\)|^(?:IFRAME|FRAME):|^\[INS:|^\[(?:IMG|INLINE|LINK)\]$/u;
const REFERENCES = new Set(['references', 'visible links', 'hidden links', 'links', 'verweise', 'liens', 'collegamenti']);

/** Longest navigation word, counter or placeholder line, in words ("Zurück nach oben", "Bild 1 von 12"). */
const SHORT_LINE_WORDS = 8;

/** Boilerplate lines at most this long are dropped outright (cookie banners, "Jetzt abonnieren"). */
const MAX_DROPPED_BOILERPLATE_WORDS = 12;

export function dropNavigation(ctx: TextContext): void {
  const { units, lex } = ctx;
  let inReferences = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.dropped) continue;
    const t = u.text;
    const key = u.lkey;
    if (inReferences) {
      if (URL_ONLY.test(t) || /^\d+\.\s*\S+:\S+$/.test(t)) { drop(ctx, i, 'noise', 'link reference list of a text browser'); continue; }
      inReferences = false;
    }
    if (REFERENCES.has(key) && i + 1 < units.length && URL_ONLY.test(units[i + 1]!.text)) {
      inReferences = true;
      drop(ctx, i, 'noise', 'heading of a link reference list');
      continue;
    }
    // end markers stay barriers for selectMain even when they are dropped as widget labels
    if (lex.endMarkers.has(key) || (u.words <= 16 && isCommentHeader(u.key)) || (u.words <= 6 && COMMENT_SECTION_PROBE.test(u.key) && COMMENT_SECTION.test(t))) ctx.barriers.add(i);
    else if (u.words <= 12 && RELATED_SECTION.test(t)) ctx.softBarriers.add(i);
    if (u.words <= 10 && RELATIVE_TIME.test(t)) { drop(ctx, i, 'stamp', 'relative time stamp'); continue; }
    if (t === '') { drop(ctx, i, 'noise', 'empty list item'); continue; }
    // counters, nav words, icons, placeholders and URLs are a few words at most; skip the tests on prose
    if (u.words <= SHORT_LINE_WORDS) {
      if (COUNTER.test(t)) { drop(ctx, i, 'noise', 'gallery or slideshow counter'); continue; }
      if (lex.navigation.has(key)) { drop(ctx, i, 'noise', 'navigation word'); continue; }
      if (SYMBOL_ONLY.test(t)) { drop(ctx, i, 'noise', 'symbols or digits only'); continue; }
      if (IMAGE_PLACEHOLDER.test(t)) { drop(ctx, i, 'noise', 'image placeholder'); continue; }
      if (URL_ONLY.test(t)) { drop(ctx, i, 'noise', 'bare URL'); continue; }
    }
    if (FORM_FIELD.test(t)) { drop(ctx, i, 'noise', 'form field'); continue; }
    if (u.words <= 25 && lex.paywall.test(u.key)) {
      if (!ctx.article.messages.some((m) => m.code === 'paywall')) {
        ctx.article.messages.push({ code: 'paywall', message: `The text ends at a paywall notice ("${u.text.slice(0, 80)}"); only the visible part was extracted.` });
      }
      drop(ctx, i, 'boilerplate', 'paywall notice');
      continue;
    }
    if (u.words > 40) {
      const hits = u.key.match(CONSENT_WORDS)?.length ?? 0;
      if (hits >= CONSENT_MIN_HITS) u.role = 'boilerplate';
    } else {
      if (lex.boilerplate.test(u.key)) {
        if (u.words <= MAX_DROPPED_BOILERPLATE_WORDS) drop(ctx, i, 'boilerplate', 'boilerplate (cookies, subscription, copyright)');
        else u.role = 'boilerplate';
      }
    }
  }
}
