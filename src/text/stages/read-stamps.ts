/**
 * Stage: date stamps and bylines. "Publiziert: 21.10.2024, 06:00" → published, "Akt. …" → updated,
 * a bare date line → published; "Von Anna Muster" → authors. A stamp word with its date cut off
 * ("Akt." at the end of a dump) is dropped with a `truncated-stamp` message, never guessed.
 */
import { RELATIVE_TIME } from '../../rules/text/common.js';
import { drop, type TextContext } from '../context.js';
import { defaultZone, findDate } from '../dates.js';

/** A date line may carry this many extra chars (weekday, "Uhr", "ET", "|"). */
const MAX_DATE_LINE_EXTRA = 24;
const NAME = /^[\p{Lu}][\p{L}'’.\-]+(?:\s+(?:[\p{Lu}][\p{L}'’.\-]*|von|van|de|der|di|da|du|le|la|und|and|et|e|&|,))*$/u;

export function readStamps(ctx: TextContext): void {
  const { units, lex, article } = ctx;
  const zone = ctx.options.timezone ?? defaultZone(ctx.lang);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.dropped || u.words > 16 || u.bullet) continue;
    const key = u.lkey;
    const sm = lex.stamp.exec(key);
    const upd = sm?.[1] ?? null;
    const prefix = sm ? (sm[1] ?? sm[2]!) : null;
    if (prefix) {
      const rest = u.text.slice(prefix.length).replace(/^[\s:.,]+/, '');
      const d = findDate(rest, lex.months, zone);
      if (d && rest.length - d.length <= MAX_DATE_LINE_EXTRA + 10) {
        if (upd) article.updated ??= d.iso; else article.published ??= d.iso;
        drop(ctx, i, 'stamp', upd ? 'update stamp' : 'publication stamp');
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
    const by = lex.bylines.find((b) => key.startsWith(`${b} `));
    if (by && u.words <= 12) {
      const rest = u.text.slice(by.length).trim();
      const d = findDate(rest, lex.months, zone);
      const names = (d ? rest.slice(0, d.index) : rest).replace(/[,|·\-–]+\s*$/u, '').trim();
      if (names && NAME.test(names)) {
        for (const n of names.split(/\s*(?:,|\bund\b|\band\b|\bet\b|&|\be\b)\s*/u)) if (n) article.authors.push(n);
        if (d) article.published ??= d.iso;
        drop(ctx, i, 'byline', 'byline');
        continue;
      }
    }
    const d = findDate(u.text, lex.months, zone);
    if (d && u.text.length - d.length <= MAX_DATE_LINE_EXTRA && !/^\d{1,2}\.\d{1,2}\.\d{4}:/.test(u.text)) {
      article.published ??= d.iso;
      drop(ctx, i, 'stamp', 'date line');
    }
  }
}
