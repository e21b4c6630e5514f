/**
 * Stage 1 — read page metadata (JSON-LD, OpenGraph, meta, canonical, lang) before any cleaning,
 * and settle language and the time zone for dates without offset.
 */
import { readMeta } from '../../metadata/meta.js';
import { defaultZone, writesMonthFirst } from '../../metadata/dates.js';
import type { Stage } from '../context.js';

export const readMetadata: Stage = (ctx) => {
  ctx.meta = readMeta(ctx.doc);
  ctx.language = normalizeLang(ctx.meta.language) ?? normalizeLang(ctx.options.language ?? null);
  const url = ctx.options.url ?? ctx.meta.canonical;
  ctx.dates.timezone = ctx.options.timezone ?? defaultZone(ctx.language, url);
  ctx.dates.monthFirst = writesMonthFirst(ctx.language);
};

/** "de_DE" / "DE-ch" → "de-DE" / "de-CH"; rejects junk. */
export function normalizeLang(l: string | null | undefined): string | null {
  if (!l) return null;
  const m = /^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|\d{3}))?\b/.exec(l.trim());
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}
