/**
 * Stage: date stamps and bylines. "Publiziert: 21.10.2024, 06:00" → published, "Akt. …" → updated,
 * a bare date line → published; "Von Anna Muster", "By Anna Muster · 3 May 2024" → a byline
 * (src/text/bylines.ts). Every one is kept as a candidate in `ctx.meta`; `pickMeta` chooses the
 * article's own among them once the title is known. The first date seen stands in until then (the
 * gallery stage asks which years the story mentions). A stamp word with its date cut off ("Akt." at
 * the end of a dump) is dropped with a `truncated-stamp` message, never guessed.
 */
import { RELATIVE_TIME, STRONG_END } from '../../rules/text/common.js';
import { leadingName, readByline } from '../bylines.js';
import { drop, type MetaCandidate, type TextContext } from '../context.js';
import { defaultZone, findDate } from '../dates.js';

/** A date line may carry this many extra chars (weekday, "Uhr", "ET", "|"). */
const MAX_DATE_LINE_EXTRA = 24;
/** Bylines with their fields ("By Anna Muster · Editor · Updated May 6, 2025 · 4 min read") run to ~20 words. */
const MAX_BYLINE_WORDS = 20;
/** Stamps and bare date lines are short. */
const MAX_STAMP_WORDS = 16;

export function readStamps(ctx: TextContext): void {
  const { units, lex, article } = ctx;
  const zone = ctx.options.timezone ?? defaultZone(ctx.lang);
  const seen = (i: number, kind: MetaCandidate['kind'], iso: string | null, names: string[] = []): void => { ctx.meta.push({ i, kind, iso, names }); };
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.dropped || u.words > MAX_BYLINE_WORDS) continue;
    const key = u.lkey;
    const sm = u.bullet || u.words > MAX_STAMP_WORDS ? null : lex.stamp.exec(key);
    const upd = sm?.[1] ?? null;
    const prefix = sm ? (sm[1] ?? sm[2]!) : null;
    if (prefix) {
      const rest = u.text.slice(prefix.length).replace(/^[\s:.,]+/, '');
      const d = findDate(rest, lex.months, zone);
      if (d && rest.length - d.length <= MAX_DATE_LINE_EXTRA + 10) {
        if (upd) article.updated ??= d.iso; else article.published ??= d.iso;
        seen(i, upd ? 'updated' : 'published', d.iso);
        // "Veröffentlicht am 3. Mai 2024 von Anna Muster": the stamp names the author too
        const by = readByline(u.text, u.key, lex, true);
        if (by) seen(i, 'byline', upd ? null : d.iso, by.names);
        drop(ctx, i, by ? 'byline' : 'stamp', by ? 'byline with a date stamp' : upd ? 'update stamp' : 'publication stamp');
        continue;
      }
      if (RELATIVE_TIME.test(rest)) { drop(ctx, i, 'stamp', 'relative time stamp'); continue; }
      if (!/[\p{L}\p{N}]/u.test(rest)) {
        article.messages.push({
          code: 'truncated-stamp',
          message: `The ${upd ? 'update' : 'publication'} stamp "${u.text}" has no date (cut off in the dump); ${upd ? 'updated' : 'published'} was left empty.`,
        });
        drop(ctx, i, 'stamp', 'date stamp without a date (truncated)');
        continue;
      }
    }
    // a byline: "Von Anna Muster", "By Anna Muster · 3 May 2024", "Veröffentlicht am 3. Mai 2024 von Anna Muster"
    const d = findDate(u.text, lex.months, zone);
    if (u.bullet === null || u.words <= 8) {
      const by = u.key.length <= 300 ? readByline(u.text, u.key, lex, d !== null || prefix !== null) : null;
      if (by && (by.start === 0 || !STRONG_END.test(u.text) || d !== null)) {
        if (d && !upd) article.published ??= d.iso;
        seen(i, 'byline', d && !upd ? d.iso : null, by.names);
        if (d && upd) { article.updated ??= d.iso; seen(i, 'updated', d.iso); }
        drop(ctx, i, 'byline', 'byline');
        continue;
      }
    }
    if (u.bullet || u.words > MAX_STAMP_WORDS) continue;
    if (!d || /^\d{1,2}\.\d{1,2}\.\d{4}:/.test(u.text)) continue;
    if (u.text.length - d.length <= MAX_DATE_LINE_EXTRA) {
      article.published ??= d.iso;
      seen(i, 'published', d.iso);
      drop(ctx, i, 'stamp', 'date line');
      // a name alone on the line above the date ("Anna Muster" / "3. Mai 2024") is its author
      const above = units[i - 1];
      if (above && u.gap === 0 && !above.bullet && above.words <= 4 && leadingName(above.text, lex) === above.text) {
        ctx.meta.push({ i: i - 1, kind: 'byline', iso: null, names: [above.text], weak: true });
      }
    } else if (!STRONG_END.test(u.text)) {
      // a meta line with a date among other fields (outlet, categories): kept, but its date is a
      // candidate when it stands next to the title, and a name it opens with is the author's
      ctx.meta.push({ i, kind: 'published', iso: d.iso, names: [], weak: true });
      const name = d.index > 0 ? leadingName(u.text, lex) : null;
      if (name) ctx.meta.push({ i, kind: 'byline', iso: null, names: [name], weak: true });
    }
  }
}
