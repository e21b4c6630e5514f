/**
 * Date stamps in text dumps ("Akt. 21.10.2024, 08:13", "19. Juni 2024", "Nov. 19, 2019 8:03 am ET",
 * "2024-06-19"). Hand-written patterns rather than chrono-node: a stamp line has few shapes and this
 * runs on every short line of a dump, where the 2 ms/page budget rules out a general parser.
 */
import { DateTime } from 'luxon';

export interface FoundDate { iso: string; year: number; index: number; length: number }

const NUMERIC = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)(?:[,\s]+(?:um\s+)?(\d{1,2})[:.](\d{2})(?:\s*(?:uhr|h))?)?/iu;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?/u;
const DAY_MONTH = /(?<!\d)(\d{1,2})\.?\s+([\p{L}]{3,10})\.?\s+(\d{4})(?:[,\s]+(?:um\s+|à\s+|alle\s+|ore\s+)?(\d{1,2})[:.h](\d{2}))?/iu;
const MONTH_DAY = /\b([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[,\s]+(?:at\s+)?(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?)?/iu;

/** Default zone per language as documented on ExtractOptions.timezone. */
export function defaultZone(lang: string | null): string {
  if (lang === 'de-CH' || lang === 'fr-CH' || lang === 'it-CH') return 'Europe/Zurich';
  if (lang === 'de-AT') return 'Europe/Vienna';
  if (lang?.startsWith('de')) return 'Europe/Berlin';
  return 'UTC';
}

function build(y: number, mo: number, d: number, h: number | null, mi: number | null, zone: string): string | null {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const dt = DateTime.fromObject({ year: y, month: mo, day: d, hour: h ?? 0, minute: mi ?? 0 }, { zone, locale: 'en-US' });
  if (!dt.isValid) return null;
  // the model wants an offset on every stamp; a date without time is midnight in the page's zone
  return dt.toISO({ suppressMilliseconds: true, suppressSeconds: true });
}

/** First date in `s`, or null. */
const EXPLICIT_ZONE = /\b(?:GMT|UTC)(?:\s?([+-])(\d{1,2})(?::?(\d{2}))?)?(?![\w+-])/u;

export function findDate(s: string, months: Map<string, number>, zone: string): FoundDate | null {
  // every pattern carries a year (or dd.mm.yy): most lines fail this cheap test
  if (s.length > 400 || !/\d\d\d\d|\d\.\d/.test(s)) return null;
  const z = EXPLICIT_ZONE.exec(s);
  if (z) zone = z[1] ? `UTC${z[1]}${+z[2]!}${z[3] && z[3] !== '00' ? `:${z[3]}` : ''}` : 'UTC';
  let m = ISO.exec(s);
  if (m) {
    const iso = build(+m[1]!, +m[2]!, +m[3]!, m[4] ? +m[4] : null, m[5] ? +m[5] : null, zone);
    if (iso) return { iso, year: +m[1]!, index: m.index, length: m[0].length };
  }
  m = NUMERIC.exec(s);
  if (m) {
    const iso = build(+m[3]!, +m[2]!, +m[1]!, m[4] ? +m[4] : null, m[5] ? +m[5] : null, zone);
    if (iso) return { iso, year: +iso.slice(0, 4), index: m.index, length: m[0].length };
  }
  m = DAY_MONTH.exec(s);
  if (m) {
    const mo = months.get(m[2]!.toLowerCase());
    if (mo) {
      const iso = build(+m[3]!, mo, +m[1]!, m[4] ? +m[4] : null, m[5] ? +m[5] : null, zone);
      if (iso) return { iso, year: +m[3]!, index: m.index, length: m[0].length };
    }
  }
  m = MONTH_DAY.exec(s);
  if (m) {
    const mo = months.get(m[1]!.toLowerCase());
    if (mo) {
      let h = m[4] ? +m[4] : null;
      const pm = m[6]?.toLowerCase().startsWith('p');
      if (h !== null && pm && h < 12) h += 12;
      if (h !== null && m[6] && !pm && h === 12) h = 0;
      const iso = build(+m[3]!, mo, +m[2]!, h, m[5] ? +m[5] : null, zone);
      if (iso) return { iso, year: +m[3]!, index: m.index, length: m[0].length };
    }
  }
  return null;
}
