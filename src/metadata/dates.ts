/**
 * Date parsing for news pages: machine dates (ISO 8601, RFC 2822) and the human stamps newsrooms
 * print ("Akt. 24.10.2024, 14:05", "Stand: 24. Oktober 2024 14:05 Uhr", "vor 2 Stunden",
 * "Updated 3 hours ago", "Publié le 24 octobre 2024 à 14h05", "Aggiornato il 24 ottobre 2024"; Spanish and
 * Portuguese month names too: "3 de mayo de 2022").
 * Output is ISO 8601 with offset; dates without an offset are read in the given IANA zone.
 * Zone arithmetic is luxon's; the stamp vocabularies are data below.
 */
import { DateTime } from 'luxon';
import { REGION_ZONES, LANGUAGE_ZONES } from '../rules/zones.js';

export interface DateContext {
  timezone: string;
  now: Date;
  /** "01/10/2017" is 10 January (US English) rather than 1 October. */
  monthFirst?: boolean;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: Array<[number, string[]]> = [
  [1, ['enero', 'janeiro', 'januar', 'jänner', 'jaenner', 'january', 'janvier', 'gennaio', 'jan', 'jän', 'janv', 'genn', 'gen']],
  [2, ['febrero', 'fevereiro', 'februar', 'feber', 'february', 'février', 'fevrier', 'febbraio', 'feb', 'febr', 'févr', 'fevr']],
  [3, ['marzo', 'março', 'märz', 'maerz', 'march', 'mars', 'marzo', 'mär', 'mar', 'mrz']],
  [4, ['abril', 'april', 'avril', 'aprile', 'apr', 'avr']],
  [5, ['mayo', 'maio', 'mai', 'may', 'maggio', 'mag']],
  [6, ['junio', 'junho', 'juni', 'june', 'juin', 'giugno', 'jun', 'giu']],
  [7, ['julio', 'julho', 'juli', 'july', 'juillet', 'luglio', 'jul', 'juil', 'lug']],
  [8, ['agosto', 'august', 'août', 'aout', 'agosto', 'aug', 'ago']],
  [9, ['septiembre', 'setembro', 'september', 'septembre', 'settembre', 'sep', 'sept', 'set']],
  [10, ['octubre', 'outubro', 'oktober', 'october', 'octobre', 'ottobre', 'okt', 'oct', 'ott']],
  [11, ['noviembre', 'novembro', 'november', 'novembre', 'nov']],
  [12, ['diciembre', 'dezembro', 'dezember', 'december', 'décembre', 'decembre', 'dicembre', 'dez', 'dec', 'déc', 'dic']],
];
for (const [n, names] of MONTH_NAMES) for (const m of names) MONTHS[m] = n;
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** Stamp labels: which field a labelled date belongs to. Whole words: "stand" is no label in
 * "Standings … 16 hours ago", nor "update" in "Updates". */
export const STAMP_LABELS: Array<{ re: RegExp; field: 'published' | 'updated' }> = [
  { re: /(?<![\p{L}-])(akt\.|aktualisiert( am)?|zuletzt aktualisiert( am)?|update|updated( on| at)?|last updated( on)?|mis à jour( le)?|mise à jour|modifié( le)?|aggiornato( il| alle)?|aggiornamento|modificato( il)?|modifica( il)?|geändert( am)?|letzte änderung|last modified( on)?|last changed( on)?|stand:?)(?!\p{L})/iu, field: 'updated' },
  { re: /(?<![\p{L}-])(publiziert( am)?|veröffentlicht( am)?|erschienen( am)?|erstellt( am)?|online seit|published( on| at)?|posted( on| at)?|publié( le)?|mis en ligne( le)?|mise en ligne( le)?|pubblicato( il)?|datum:?)(?!\p{L})/iu, field: 'published' },
];

/**
 * Wall time in the context's zone → ISO, memoised: the stages parse the same few printed dates of a
 * page many times over, and luxon's zone arithmetic (Intl offset look-ups, formatting) costs tens of
 * microseconds a call. A pure function of its arguments, so the memo cannot change a result.
 */
const ZONED_MEMO = new Map<string, string | null>();
const ZONED_MEMO_MAX = 4096;

function zoned(y: number, mo: number, d: number, h: number, mi: number, s: number, ctx: DateContext): string | null {
  const key = `${ctx.timezone} ${y} ${mo} ${d} ${h} ${mi} ${s}`;
  const hit = ZONED_MEMO.get(key);
  if (hit !== undefined) return hit;
  // UTC (the zone of pages without a regional hint) needs no zone database: format by hand what
  // luxon would print for a valid wall time; anything unusual still goes through luxon.
  if (ctx.timezone === 'UTC' && y >= 1000 && y <= 9999 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo)
    && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59
    && Number.isInteger(y + mo + d + h + mi + s)) {
    return `${y}-${pad2(mo)}-${pad2(d)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}Z`;
  }
  const dt = DateTime.fromObject({ year: y, month: mo, day: d, hour: h, minute: mi, second: s }, { zone: ctx.timezone });
  const iso = dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
  if (ZONED_MEMO.size >= ZONED_MEMO_MAX) ZONED_MEMO.clear();
  ZONED_MEMO.set(key, iso);
  return iso;
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

function year(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** "Tue, 01 Jun 2024 10:00:00 GMT" / "1 Jun 2024 10:00 +0200": worth handing to luxon's RFC parsers. */
const RFC_SHAPE_RE = /^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d|^[A-Za-z]{3}\s+[A-Za-z]{3}\s+\d/;

/** Parse a machine-readable date (ISO 8601, with or without offset; RFC 2822). */
export function parseMachineDate(s: string, ctx: DateContext): string | null {
  const t = s.trim();
  if (!t) return null;
  // ISO 8601: date, optional time, optional offset.
  const m = /^(\d{4})(?:-?|\/)(\d{2})(?:-?|\/)(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/.exec(t);
  if (m) {
    const [, y, mo, d, h, mi, sec, off] = m;
    if (off) {
      // With an explicit offset nothing needs a zone database: validate and normalise by hand
      // (luxon's ISO round trip cost a quarter millisecond per date, on every page).
      const n = [Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0)] as const;
      if (n[1] < 1 || n[1] > 12 || n[2] < 1 || n[2] > daysIn(n[0], n[1]) || n[3] > 23 || n[4] > 59 || n[5] > 59) return null;
      return `${y}-${mo}-${d}T${h ?? '00'}:${mi ?? '00'}:${sec ?? '00'}${off === 'Z' ? 'Z' : normOffset(off)}`;
    }
    return zoned(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0), ctx);
  }
  if (RFC_SHAPE_RE.test(t)) {
    const rfc = DateTime.fromRFC2822(t, { setZone: true });
    if (rfc.isValid) return rfc.toISO({ suppressMilliseconds: true });
    const http = DateTime.fromHTTP(t, { setZone: true });
    if (http.isValid) return http.toISO({ suppressMilliseconds: true });
  }
  if (/^\d{10}$/.test(t)) {
    const dt = DateTime.fromSeconds(Number(t), { zone: ctx.timezone });
    return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
  }
  return parseHumanDate(t, ctx);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function normOffset(off: string): string {
  if (/^[+-]\d{2}$/.test(off)) return off + ':00';
  if (/^[+-]\d{4}$/.test(off)) return off.slice(0, 3) + ':' + off.slice(3);
  return off;
}

const TIME = String.raw`(?:[,\s]*(?:um|à|a|at|alle|ore|-|–|\|)?\s*(\d{1,2})[:.h](\d{2})(?:[:.](\d{2}))?\s*(uhr|h|am|pm|a\.m\.|p\.m\.)?)?`;
/**
 * A year ends at the first non-digit, not at a word boundary: text read from adjacent elements runs
 * together ("July 30, 2019January 18, 2023", "15. April 2016Samstag, 4. März 2017"), and the
 * first date is the one printed first.
 */
const RE_NUMERIC = new RegExp(String.raw`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)` + TIME, 'i');
const RE_SLASH = new RegExp(String.raw`\b(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)` + TIME, 'i');
const RE_DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:\.|er|st|nd|rd|th|º)?\s+(?:de\s+)?(${MONTH_ALT})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)` + TIME, 'i');
const RE_MONTH_DAY = new RegExp(String.raw`\b(${MONTH_ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)` + TIME, 'i');
const RE_ISO_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?/;
const RE_RELATIVE = /\b(?:vor\s+(\d+|einer?|zwei|drei)\s+(minute|minuten|min\.?|stunde|stunden|std\.?|tag|tagen)|(\d+|an?|one|two|three)\s+(minute|minutes|mins?|hour|hours|hrs?|day|days)\s+ago|il y a\s+(\d+|une?)\s+(minute|minutes|heure|heures|jour|jours)|(\d+|un|una|due|tre)\s+(minuto|minuti|ora|ore|giorno|giorni)\s+fa)\b/i;
const RE_TODAY = /\b(heute|today|aujourd'hui|oggi|gestern|yesterday|hier|ieri)\b/i;

const SMALL_NUM: Record<string, number> = { ein: 1, eine: 1, einer: 1, zwei: 2, drei: 3, a: 1, an: 1, one: 1, two: 2, three: 3, un: 1, une: 1, una: 1, due: 2, tre: 3 };

function hourOf(h: string | undefined, ampm: string | undefined): number {
  let n = Number(h ?? 0);
  const ap = (ampm ?? '').toLowerCase().replace(/\./g, '');
  if (ap === 'pm' && n < 12) n += 12;
  if (ap === 'am' && n === 12) n = 0;
  return n;
}

/** Parse the first human-written date in a string. */
export function parseHumanDate(s: string, ctx: DateContext): string | null {
  let m = RE_ISO_IN_TEXT.exec(s);
  if (m) return zoned(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0, ctx);
  m = RE_NUMERIC.exec(s);
  if (m) return zoned(year(m[3]!), Number(m[2]), Number(m[1]), hourOf(m[4], m[7]), Number(m[5] ?? 0), Number(m[6] ?? 0), ctx);
  m = RE_DAY_MONTH.exec(s);
  if (m) return zoned(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]), hourOf(m[4], m[7]), Number(m[5] ?? 0), Number(m[6] ?? 0), ctx);
  m = RE_MONTH_DAY.exec(s);
  if (m) return zoned(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), hourOf(m[4], m[7]), Number(m[5] ?? 0), Number(m[6] ?? 0), ctx);
  m = RE_SLASH.exec(s);
  if (m) {
    // Ambiguous D/M vs M/D: read as D/M unless the first part cannot be a month-day pair that way.
    const a = Number(m[1]), b = Number(m[2]);
    const [d, mo] = b > 12 || (ctx.monthFirst && a <= 12) ? [b, a] : [a, b];
    return zoned(Number(m[3]), mo, d, hourOf(m[4], m[7]), Number(m[5] ?? 0), 0, ctx);
  }
  m = RE_RELATIVE.exec(s);
  if (m) {
    const numWord = (m[1] ?? m[3] ?? m[5] ?? m[7] ?? '1').toLowerCase();
    const n = /^\d+$/.test(numWord) ? Number(numWord) : (SMALL_NUM[numWord] ?? 1);
    const unit = (m[2] ?? m[4] ?? m[6] ?? m[8] ?? '').toLowerCase();
    const base = DateTime.fromJSDate(ctx.now, { zone: ctx.timezone });
    const dur = /^(min|minute|minuten|minutes|mins|minuto|minuti)/.test(unit) ? { minutes: n }
      : /^(stunde|stunden|std|hour|hours|hr|hrs|heure|heures|ora|ore)/.test(unit) ? { hours: n } : { days: n };
    const dt = base.minus(dur).startOf('minute');
    return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
  }
  m = RE_TODAY.exec(s);
  if (m) {
    const t = /(\d{1,2})[:.h](\d{2})/.exec(s);
    const word = m[1]!.toLowerCase();
    let base = DateTime.fromJSDate(ctx.now, { zone: ctx.timezone });
    if (['gestern', 'yesterday', 'hier', 'ieri'].includes(word)) base = base.minus({ days: 1 });
    if (!t) return null; // "heute" alone is no stamp
    const dt = base.set({ hour: Number(t[1]), minute: Number(t[2]), second: 0, millisecond: 0 });
    return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
  }
  return null;
}

/**
 * The field a stamp label before the line's first date names ("Updated on Dec 9, 2025" → updated,
 * "Published | Oct 10, 2025" → published), or null for an unlabelled date. Only a label before the
 * date counts: "Jan 3, 2020 (updated Mar 1)" dates the article by its first, unlabelled date.
 */
export function labelledField(line: string, ctx: DateContext): 'published' | 'updated' | null {
  const text = line.trim();
  const dateAt = firstDateIndex(text, ctx);
  if (dateAt < 0) return null;
  let best: { index: number; field: 'published' | 'updated' } | null = null;
  for (const { re, field } of STAMP_LABELS) {
    const m = re.exec(text.slice(0, dateAt));
    if (m && (!best || m.index > best.index)) best = { index: m.index, field };
  }
  return best?.field ?? null;
}

/** Where the date parseHumanDate would read starts in the line (-1: none). */
function firstDateIndex(text: string, ctx: DateContext): number {
  if (parseHumanDate(text, ctx) === null) return -1;
  for (const re of [RE_ISO_IN_TEXT, RE_NUMERIC, RE_DAY_MONTH, RE_MONTH_DAY, RE_SLASH, RE_RELATIVE, RE_TODAY]) {
    const m = re.exec(text);
    if (m) return m.index;
  }
  return -1;
}

/**
 * A word every STAMP_LABELS label contains (same flags, so the same case folding): most lines read
 * for stamps hold a digit but no label, and this one plain scan rules them out before the two label
 * scans with their look-behinds (about half the cost of parseStamps on the bench pages).
 */
export const STAMP_LABEL_HINT_RE = /akt\.|aktualisiert|update|mis à jour|mise à jour|modifi|aggiorn|geändert|letzte änderung|last changed|stand|publiziert|veröffentlicht|erschienen|erstellt|online seit|published|posted|publié|mis en ligne|mise en ligne|pubblicato|datum/iu;

/** Global twins of STAMP_LABELS for parseStamps, built once (not two new RegExps per line read). */
const STAMP_LABELS_GLOBAL = STAMP_LABELS.map(({ re, field }) => ({ re: new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'), field }));

/**
 * All labelled stamps in a line: "Publié le 21 août 2024 à 06h00, modifié le 21 août 2024 à 17h45"
 * gives a published and an updated stamp; "15 ottobre 2024 (modifica il 15 ottobre 2024 | 13:10)"
 * gives the unlabelled leading date as published and the labelled one as updated.
 */
export function parseStamps(line: string, ctx: DateContext): Stamp[] {
  const text = line.trim();
  if (text.length > 200 || !STAMP_LABEL_HINT_RE.test(text)) return [];
  const hits: Array<{ index: number; end: number; field: 'published' | 'updated' }> = [];
  for (const { re: g, field } of STAMP_LABELS_GLOBAL) {
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(text))) { hits.push({ index: m.index, end: m.index + m[0].length, field }); if (hits.length > 6) break; }
  }
  if (!hits.length) return [];
  hits.sort((a, b) => a.index - b.index);
  // A stamp line starts with its label (or a date); a label deep inside a sentence is prose.
  if (hits[0]!.index > 25) return [];
  const out: Stamp[] = [];
  const before = text.slice(0, hits[0]!.index);
  if (hits[0]!.index > 0 && /\d/.test(before)) {
    const iso = parseHumanDate(before, ctx);
    if (iso) out.push({ field: 'published', iso, raw: before.trim(), truncated: false });
  }
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const rest = text.slice(h.end, hits[i + 1]?.index ?? text.length);
    const iso = parseHumanDate(rest, ctx);
    const truncated = iso === null && rest.replace(/[\s:.,|–()-]/g, '') === '';
    if (iso || truncated) out.push({ field: h.field, iso, raw: text.slice(h.index, hits[i + 1]?.index ?? text.length).trim(), truncated });
  }
  return out;
}

export interface Stamp { field: 'published' | 'updated'; iso: string | null; raw: string; truncated: boolean }

/**
 * Read a labelled stamp ("Akt. 24.10.2024, 14:05"). A label with no readable date after it
 * ("Akt." cut off by the page dump) is returned as truncated.
 */
export function parseStamp(line: string, ctx: DateContext): Stamp | null {
  const text = line.trim();
  if (text.length > 160 || !STAMP_LABEL_HINT_RE.test(text)) return null;
  for (const { re, field } of STAMP_LABELS) {
    const m = re.exec(text);
    if (!m || m.index > 20) continue;
    const rest = text.slice(m.index + m[0].length);
    const iso = parseHumanDate(rest, ctx);
    const truncated = iso === null && rest.replace(/[\s:.,|–-]/g, '') === '';
    // A label followed by words but no date is prose ("Update: POI bei Routen-Tool"), not a stamp.
    if (iso === null && !truncated) continue;
    return { field, iso, raw: text, truncated };
  }
  return null;
}

/** The publication's zone from its language tag's region, its host's country TLD, or its language. */
export function defaultZone(language: string | null | undefined, url?: string | null): string {
  const [lang, region] = (language ?? '').split('-') as [string, string | undefined];
  if (region && REGION_ZONES[region.toUpperCase()]) return REGION_ZONES[region.toUpperCase()]!;
  const tld = countryTld(url);
  if (tld && REGION_ZONES[tld]) return REGION_ZONES[tld]!;
  return LANGUAGE_ZONES[lang.toLowerCase()] ?? 'UTC';
}

function countryTld(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const m = /\.([a-z]{2})$/i.exec(new URL(url).hostname);
    return m ? m[1]!.toUpperCase() : null;
  } catch { return null; }
}

/**
 * Does this page write numeric dates month first ("01/10/2017" = 10 January)? Only pages that declare
 * US English: plain "en" is written both ways (British sites declare just "en"), so day first stays
 * the default there, as in every other language.
 */
export function writesMonthFirst(language: string | null | undefined): boolean {
  const [lang, region] = (language ?? '').split('-') as [string, string | undefined];
  return lang.toLowerCase() === 'en' && region?.toUpperCase() === 'US';
}

/**
 * A timestamp stated in UTC, shown in the publication's zone — but only when the page itself shows
 * that local day (`visibleDays`, e.g. "07.11.2022" printed beside a "2022-11-06T23:00:00Z" meta date)
 * and not the UTC one: many sites render their dates in UTC, and then the UTC day is what readers saw.
 * Also when the UTC time is exactly local midnight: a day stored as the start of the local day.
 * The instant never changes, only the offset it is written with.
 */
export function toPageZone(iso: string | null, ctx: DateContext, visibleDays: ReadonlySet<string>): string | null {
  if (!iso || ctx.timezone === 'UTC' || !/(?:Z|[+-]00:?00)$/.test(iso)) return iso;
  if (visibleDays.has(iso.slice(0, 10))) return iso;
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) return iso;
  const zoned = dt.setZone(ctx.timezone);
  const local = zoned.toISO({ suppressMilliseconds: true });
  // Exactly local midnight ("2022-11-06T23:00:00Z" on a German page) is a day entered without a time,
  // stored as the start of that local day: the day it names is the local one.
  if (local && zoned.hour === 0 && zoned.minute === 0 && zoned.second === 0) return local;
  return local && visibleDays.has(local.slice(0, 10)) ? local : iso;
}
