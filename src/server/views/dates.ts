/**
 * Human-readable stamps for `<time>`: the article's own offset is kept (a Zurich page published at
 * 14:03 shows 14:03, not the server's zone), formatted in the article's locale.
 */
import { DateTime } from 'luxon';
import { localeFor } from './labels.js';

export interface Stamp { iso: string; text: string }

/** `null` for missing or unparseable values, so no "Invalid Date" ever reaches a page. */
export function stamp(iso: string | null | undefined, language: string | null | undefined, withTime = true): Stamp | null {
  if (!iso) return null;
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) return null;
  // A date-only value ("2024-10-10") has no time worth showing.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  const format = withTime && !dateOnly ? DateTime.DATETIME_MED : DateTime.DATE_MED;
  return { iso: dt.toISO() ?? iso, text: dt.setLocale(localeFor(language)).toLocaleString(format) };
}
