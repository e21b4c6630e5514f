/**
 * Search filters as FTS tokens. Each article's `facets` column holds tokens for its site, language
 * and publication day/month/year, and for the pairs a reader combines (site × date, language ×
 * date); a filter becomes a column-restricted term of the MATCH expression, so FTS5 intersects
 * doclists instead of joining every match with the articles table (which made filtered queries on
 * common words take hundreds of ms at 100,000 articles). The pair tokens make "German articles
 * from June to December" one OR of seven month tokens instead of an AND of the language's doclist
 * (half the archive) with that OR: FTS5 reads every entry of each conjunct between two matches,
 * so a dense conjunct costs as much as the words themselves.
 * Tokens are letters and digits only (the unicode61 tokenizer splits on anything else); sites are
 * hashed so "a-b.ch" and "ab.ch" stay apart.
 *
 * Token forms (all start with "z"): `zs<site>`, `zl<lang>`, `zd<yyyymmdd>` / `zm<yyyymm>` /
 * `zy<yyyy>`, `zt<site, 7 chars><d|m|y date>`, `zk<lang><d|m|y date>`.
 *
 * @example
 *   facetTokens({ site: '20min.ch', language: 'de-CH', published: '2025-03-01T10:00:00+01:00' })
 *   // 'zs…hash… zlde zldech zd20250301 zm202503 zy2025 zt…hash…d20250301 … zkded20250301 …'
 */
import { fnv1a } from '../nlp/hash.js';

/** Bumped when the facet tokens of an article change; stored articles are re-tokenised on open (src/store/sqlite.ts). */
export const FACETS_VERSION = 2;

/** Second letters of facet tokens. */
const FACET_KINDS = 'sldmytk';

/**
 * Whether a query term could match a facet token ("z" + a facet kind letter + letters or digits).
 * Only then must the words be restricted to the text columns: a column filter makes FTS5 read
 * every match's position list to check its column, which doubled the cost of common-word queries.
 */
export function mayMatchFacet(term: string): boolean {
  return term.startsWith('z') && (term.length < 2 || FACET_KINDS.includes(term[1]!));
}

function siteHash(site: string): string {
  return fnv1a(site.toLowerCase()).toString(36);
}

export function siteToken(site: string): string {
  return 'zs' + siteHash(site);
}

/** Language codes as token parts: the base language ("de") and the full tag ("dech"). */
function languageCodes(language: string): string[] {
  const full = language.toLowerCase().replace(/[^a-z0-9]/g, '');
  const base = language.toLowerCase().split(/[-_]/)[0]!.replace(/[^a-z0-9]/g, '');
  return [...new Set([base, full])].filter((t) => t.length > 0);
}

export function languageTokens(language: string): string[] {
  return languageCodes(language).map((c) => 'zl' + c);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The date parts of a publication date: day, month, year (`d20250301 m202503 y2025`). */
function dateParts(published: string | null): string[] {
  const m = published ? DATE.exec(published) : null;
  return m ? [`d${m[1]}${m[2]}${m[3]}`, `m${m[1]}${m[2]}`, `y${m[1]}`] : [];
}

/** Site × date tokens: the hash padded to a fixed width, so the date part cannot run into it. */
function siteDateToken(site: string, part: string): string {
  return 'zt' + siteHash(site).padStart(7, '0') + part;
}

/** Language × date tokens: unambiguous, as a code is letters and digits and a date part a letter and digits only. */
function languageDateToken(code: string, part: string): string {
  return 'zk' + code + part;
}

export function facetTokens(a: { site: string | null; language: string | null; published: string | null }): string {
  const out: string[] = [];
  const parts = dateParts(a.published);
  const codes = a.language ? languageCodes(a.language) : [];
  if (a.site) out.push(siteToken(a.site));
  out.push(...codes.map((c) => 'zl' + c));
  out.push(...parts.map((p) => 'z' + p));
  if (a.site) for (const p of parts) out.push(siteDateToken(a.site, p));
  for (const c of codes) for (const p of parts) out.push(languageDateToken(c, p));
  return out.join(' ');
}

function ymd(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Date parts covering the days from..to (inclusive, 'YYYY-MM-DD'): whole years, then whole
 * months, then single days at the edges — at most 82 parts plus one per whole year.
 */
export function dateRangeParts(from: string, to: string): string[] {
  const start = new Date(from.slice(0, 10) + 'T00:00:00Z');
  const end = new Date(to.slice(0, 10) + 'T00:00:00Z');
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || start > end) return [];
  const out: string[] = [];
  const cur = new Date(start);
  while (cur <= end) {
    const y = cur.getUTCFullYear(), mo = cur.getUTCMonth(), d = cur.getUTCDate();
    const yearEnd = new Date(Date.UTC(y, 11, 31));
    const monthEnd = new Date(Date.UTC(y, mo + 1, 0));
    if (mo === 0 && d === 1 && yearEnd <= end) {
      out.push(`y${y}`);
      cur.setUTCFullYear(y + 1, 0, 1);
    } else if (d === 1 && monthEnd <= end) {
      out.push(`m${ymd(cur).slice(0, 7).replace('-', '')}`);
      cur.setUTCMonth(mo + 1, 1);
    } else {
      out.push(`d${ymd(cur).replace(/-/g, '')}`);
      cur.setUTCDate(d + 1);
    }
  }
  return out;
}

/** Date tokens covering from..to (see `dateRangeParts`). */
export function dateRangeTokens(from: string, to: string): string[] {
  return dateRangeParts(from, to).map((p) => 'z' + p);
}

export interface FacetFilter {
  /** Site as stored (`siteOf`). */
  site?: string;
  language?: string;
  /** Date parts from `dateRangeParts`; an empty list matches nothing. */
  dates?: string[];
}

/**
 * The MATCH fragment for filters (restricted to the facets column), or null when they can match
 * nothing. A date range goes with the site if there is one (the more selective pair), else with
 * the language.
 *
 * @example
 *   filterExpression({ language: 'de', dates: ['m202406', 'm202407'] })
 *   // 'facets : ("zkdem202406" OR "zkdem202407")'
 */
export function filterExpression(f: FacetFilter): string | null {
  const code = f.language ? languageCodes(f.language).pop() : undefined;
  const terms: string[] = [];
  const any = (tokens: string[]) => (tokens.length === 1 ? `"${tokens[0]}"` : `(${tokens.map((t) => `"${t}"`).join(' OR ')})`);
  if (f.dates) {
    if (f.dates.length === 0) return null;
    if (f.site) {
      terms.push(any(f.dates.map((p) => siteDateToken(f.site!, p))));
      if (code) terms.push(`"zl${code}"`);
    } else if (code) {
      terms.push(any(f.dates.map((p) => languageDateToken(code, p))));
    } else {
      terms.push(any(f.dates.map((p) => 'z' + p)));
    }
  } else {
    if (f.site) terms.push(`"${siteToken(f.site)}"`);
    if (code) terms.push(`"zl${code}"`);
  }
  if (terms.length === 0) return '';
  return terms.map((t) => `facets : ${t}`).join(' AND ');
}
