/**
 * Stage 1 — read page metadata (JSON-LD, OpenGraph, meta, canonical, lang) before any cleaning,
 * and settle language and the time zone for dates without offset.
 */
import { readMeta } from '../../metadata/meta.js';
import { defaultZone } from '../../metadata/dates.js';
import type { Stage } from '../context.js';

export const readMetadata: Stage = (ctx) => {
  ctx.meta = readMeta(ctx.doc);
  ctx.language = normalizeLang(ctx.meta.language) ?? normalizeLang(ctx.options.language ?? null);
  ctx.dates.timezone = ctx.options.timezone ?? defaultZone(ctx.language ?? hostLang(ctx.options.url));
};

/** "de_DE" / "DE-ch" → "de-DE" / "de-CH"; rejects junk. */
export function normalizeLang(l: string | null | undefined): string | null {
  if (!l) return null;
  const m = /^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|\d{3}))?\b/.exec(l.trim());
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}

/** A weak hint from the host's country TLD, used only for the default time zone. */
function hostLang(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const h = new URL(url).hostname;
    if (h.endsWith('.ch')) return 'de-CH';
    if (h.endsWith('.at')) return 'de-AT';
    if (h.endsWith('.de')) return 'de';
    if (h.endsWith('.fr')) return 'fr';
    if (h.endsWith('.it')) return 'it';
  } catch { /* not a URL */ }
  return null;
}
