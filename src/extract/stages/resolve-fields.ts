/**
 * Stage 10 — settle the article's fields from everything read so far: authors (metadata, then
 * bylines, then "Von …"/"By …" lines), partner/agency source, published/updated dates, language,
 * site, canonical URL, section, tags, hero image.
 * Stage 11 — fallbacks: a body too short beside the JSON-LD articleBody is replaced by it; an empty
 * result carries a message saying why.
 * Stage 12 — finalize: text, word count, messages.
 */
import { collapse } from '../../html/dom.js';
import { cleanAuthors, cleanDesk, cleanHandle, cleanStructuredAuthors, looksLikeOrganisation } from '../../metadata/authors.js';
import { siteNames, isSiteName, namesSite } from '../../metadata/title.js';
import { parseMachineDate, parseHumanDate, toPageZone } from '../../metadata/dates.js';
import { detectLanguage, plausiblyIn } from '../../lang/detect.js';
import { AGENCIES, THRESHOLDS } from '../../rules/html.js';
import { finalizeText, type Block } from '../../model/article.js';
import { normalizeLang } from './read-metadata.js';
import { noteRemoval, type Stage, type HtmlContext } from '../context.js';

const AGENCY_ALT = AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** "BERLIN (dpa) –", "(Reuters) -", "Zürich (sda/afp) –" at the start of the first paragraph. */
const DATELINE_RE = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}\p{N} .,'/-]{0,60}\s)?\((${AGENCY_ALT})(?:\s*/\s*(?:${AGENCY_ALT}))*\)\s*[-–—:]`, 'iu');
/** DATELINE_RE's match, its place capitalised (checked here: under /i `\p{Lu}` matches lower case too). */
function dateline(s: string): RegExpExecArray | null {
  const m = DATELINE_RE.exec(s);
  return m && (s.startsWith('(') || /^\p{Lu}/u.test(s)) ? m : null;
}
/** "(dpa)", "dpa/afp/red", "(sda)" as a whole last line, or "Mit Material von dpa". */
const TRAILER_RE = new RegExp(String.raw`^\(?((?:${AGENCY_ALT})(?:\s*[/,]\s*(?:${AGENCY_ALT}|red|chk|mst|[a-z]{2,4}))*)\)?\.?$`, 'i');
const MATERIAL_RE = new RegExp(String.raw`(?:mit material (?:von|der)|with (?:reporting|material) (?:by|from)|quelle:|source:)\s*(?:der\s+)?(?:nachrichtenagentur(?:en)?\s+)?(${AGENCY_ALT})\b`, 'i');
const BYLINE_LINE_RE = /^(?:von|by|par|di|text:)\s+(\p{Lu}[\p{L}.'-]+(?:\s+(?:\p{Lu}[\p{L}.'-]+|von|van|de|der|di|da|und|and|et|e|&))*\s*(?:,\s*\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+)*)*)$/u;

/** Words of companies and boilerplate that a copyright line names instead of a person. */
const NOT_PERSON_WORD_RE = /^(?:the|der|die|das|le|la|les|il|all|rights|reserved|policy|privacy|terms|group|limited|ltd|pte|inc|llc|corp|company|institute|institut|health|forum|services?|solutions|network|foundation|university|universität|clinic|klinik|press|media|news|verlag|stiftung)$/i;

/** A person's full name: two or three capitalised words or initials ("Jonas Muster", "Hans-Peter Beispiel"), no company word. */
function isPersonName(n: string): boolean {
  const w = n.split(/\s+/);
  return w.length >= 2 && w.length <= 3 && w.every((x) => /^\p{Lu}(?:\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\.)$/u.test(x) && !NOT_PERSON_WORD_RE.test(x)) && !looksLikeOrganisation(n);
}

function canonicalAgency(s: string): string {
  const low = s.toLowerCase();
  const hit = AGENCIES.find((a) => a.toLowerCase() === low);
  if (!hit) return s;
  // Prefer the conventional spelling ("Reuters" over "REUTERS").
  if (hit === 'REUTERS') return 'Reuters';
  return hit;
}

export const resolveFields: Stage = (ctx) => {
  const a = ctx.article;
  const blocks = a.blocks;

  // Authors: structured data first; visible bylines next; a "Von …" line at the top or foot of the body last.
  let authors = cleanStructuredAuthors(ctx.meta.authors);
  // The first byline that names someone (document order: the article's own comes before those of
  // comments and teasers further down); later bylines add nobody.
  // (a byline that is a name the markup declares, `<a rel=author>uriebe</a>`, names someone even as a handle)
  const declaredNames = new Set(ctx.declaredAuthors);
  const visible = ctx.bylines.reduce<string[]>((found, b) => {
    if (found.length) return found;
    const named = cleanAuthors([b]);
    return named.length || !declaredNames.has(b) ? named : cleanStructuredAuthors([b]);
  }, []);
  // Metadata that names the site or publisher as the author ("National Geographic", "LAOLA1.at") yields
  // to a person named on the page.
  const names = siteNames(ctx.meta, ctx.options.url);
  // A "Von …" line is read from any element, so only full names count (German nouns are capitalised too).
  // (one word only when the line goes on with its date: "Von Kiko am 25.08.2015 22:30")
  // (and one that starts with a capital: "Von der Leyen und …" names no one; a line in lower case
  // is read for a user name only, below)
  const fromText = ctx.textBylines.flatMap((raw) => {
    const dated = /\s(?:am|on|le|il)\s+\d|\s\d{1,2}\.\d{1,2}\.\d{2,4}\b/.test(raw);
    return cleanAuthors([raw]).filter((n) => /^\p{Lu}/u.test(n) && (dated || n.split(/\s+/).length >= 2));
  }).filter((n, i, all) => all.indexOf(n) === i);
  // Likewise an organisation ("Hanns-Seidel-Stiftung e.V.") when the page's byline (classed, or a
  // "Von …" line) names a person.
  if (authors.length && authors.every((n) => isSiteName(n, names) || namesSite(n, names) || n === ctx.meta.publisher
    || (looksLikeOrganisation(n) && (visible.length > 0 || fromText.length > 0)))) authors = [];
  // Metadata naming only handles ("LisaB", "max.beispiel", "page.head.extra.author") yields to a
  // byline that names a person in full.
  if (authors.length && authors.every((n) => !/\s/.test(n)) && visible.some((n) => /\s/.test(n))) authors = visible;
  if (!authors.length) authors = visible;
  if (!authors.length) authors = cleanStructuredAuthors(ctx.declaredAuthors);
  if (!authors.length) authors = fromText;
  if (!authors.length) authors = cleanAuthors(ctx.authorLinks);
  if (!authors.length) authors = cleanStructuredAuthors(ctx.meta.authors);
  // Last, a user name the byline gives instead of a name ("Von Petra.Beispiel am …", "by oz on …").
  if (!authors.length) {
    const handle = [...ctx.bylines, ...ctx.authorLinks].reduce<string | null>((h, b) => h ?? cleanHandle(b), null)
      ?? ctx.textBylines.reduce<string | null>((h, b) => h ?? cleanHandle(b, true), null);
    if (handle) authors = [handle];
  }
  // Or the desk a byline credits ("By Staff Writer").
  if (!authors.length) {
    const desk = ctx.bylines.reduce<string | null>((h, b) => h ?? cleanDesk(b), null);
    if (desk) authors = [desk];
  }
  // Then the person a copyright line names, on a page that names no author at all: a personal site's
  // owner ("© Mira Exempel. All Rights Reserved."). Only full names, never a company.
  if (!authors.length) authors = cleanAuthors(ctx.copyrightHolders).filter(isPersonName).slice(0, 1);
  // Metadata naming only the first of several authors: one visible byline that names them all wins,
  // when every further name is a full name ("Rui Ma, Heba Ledwon and Suparn Patra").
  if (authors.length) {
    for (const raw of [...ctx.bylines, ...ctx.textBylines]) {
      const line = cleanAuthors([raw]);
      const low = new Set(line.map((n) => n.toLowerCase()));
      const extra = line.filter((n) => !authors.some((x) => x.toLowerCase() === n.toLowerCase()));
      if (extra.length && authors.every((n) => low.has(n.toLowerCase())) && extra.every((n) => n.split(/\s+/).length >= 2)) { authors = line; break; }
    }
  }
  for (const idx of [0, 1, blocks.length - 1]) {
    const b = blocks[idx];
    if (!b || b.type !== 'paragraph' || b.text.length > 80) continue;
    const m = BYLINE_LINE_RE.exec(b.text);
    if (m) {
      if (!authors.length) authors = cleanAuthors([m[1]!]);
      noteRemoval(ctx, 'resolveFields', 'byline line', b.text);
      blocks.splice(idx, 1);
      break;
    }
  }
  a.authors = authors;

  // Source: explicit credit lines, then a dateline, then a trailer line.
  let source: string | null = ctx.sourceCredits[0] ?? null;
  const first = blocks.find((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph');
  const dl = first ? dateline(first.text) ?? (ctx.lead ? dateline(ctx.lead) : null) : (ctx.lead ? dateline(ctx.lead) : null);
  if (!source && dl) source = dl[1]!;
  const last = blocks[blocks.length - 1];
  if (last && last.type === 'paragraph' && last.text.length <= 40) {
    const m = TRAILER_RE.exec(last.text);
    if (m) {
      if (!source) source = m[1]!.split(/\s*[/,]\s*/)[0]!;
      noteRemoval(ctx, 'resolveFields', 'agency trailer', last.text);
      blocks.pop();
    }
  }
  if (!source) {
    for (const b of blocks.slice(-3)) {
      if (b.type !== 'paragraph') continue;
      const m = MATERIAL_RE.exec(b.text);
      if (m) { source = m[1]!; break; }
    }
  }
  a.source = source ? canonicalAgency(collapse(source)) : null;

  // Dates.
  const published = ctx.meta.published ? parseMachineDate(ctx.meta.published, ctx.dates) : null;
  const updated = ctx.meta.updated ? parseMachineDate(ctx.meta.updated, ctx.dates) : null;
  const stampPub = ctx.stamps.find((s) => s.field === 'published' && s.iso)?.iso ?? null;
  const stampUpd = ctx.stamps.find((s) => s.field === 'updated' && s.iso)?.iso ?? null;
  // A dateline opening one of the first paragraphs ("27.1.2022 – Bei der Erinnerung …"), or a date in a byline ("Author: X am 29.12.2010").
  const leading = blocks.slice(0, 4).reduce<string | null>((d, b) => d ?? (b.type === 'paragraph' ? leadingDate(b.text, ctx) : null), null)
    ?? ctx.bylines.reduce<string | null>((d, t) => d ?? (/\d{4}/.test(t) ? parseHumanDate(t, ctx.dates) : null), null);
  // Days the page prints for its readers, to settle which calendar day a UTC timestamp belongs to.
  const visibleDays = new Set([...ctx.stamps.map((s) => s.iso), ctx.nearTitleDate, ctx.classedDate, leading].filter((d): d is string => !!d).map((d) => d.slice(0, 10)));
  // The date printed beside the headline is the one readers take for the article's date: it wins
  // over the metadata's, unless it is labelled as an update ("Updated …") or is the metadata's
  // modification day (an update printed without a label). Two readings of one ambiguous numeric
  // date ("11/01/2023" beside "01.11.2023") settle on the one the other source writes unambiguously.
  const near = ctx.nearTitleDate && ctx.nearTitleField !== 'updated' && !sameDay(ctx.nearTitleDate, updated) ? ctx.nearTitleDate : null;
  let shown = published;
  if (published && near && !sameDay(published, near)) shown = swappedDays(published, near) && !isAmbiguousNumeric(ctx.meta.published!) ? published : near;
  else if (published && isAmbiguousNumeric(ctx.meta.published!)) {
    // The metadata's "11/01/2023" read the other way round is the day the page prints ("Erstellt am: 01.11.2023").
    const other = [stampPub, ctx.classedDate, leading].find((d) => d && swappedDays(published, d));
    if (other) shown = other;
  }
  a.published = toPageZone(shown ?? near ?? stampPub ?? ctx.nearTitleDate ?? ctx.classedDate ?? leading ?? ctx.dateBelowTitle ?? urlDate(ctx.options.url ?? ctx.meta.canonical, ctx) ?? null, ctx.dates, visibleDays);
  a.updated = toPageZone(updated ?? stampUpd ?? null, ctx.dates, visibleDays);
  if (!a.published && a.updated) {
    // Pages that print only "Stand: …" / "Aktualisiert …": the stamp is the best available publication time.
    a.published = a.updated;
    a.updated = null;
    a.messages.push({ code: 'published-from-update-stamp', message: 'Only an update stamp was found; it is used as the publication time.' });
  }
  // A label without its date ("Akt." cut off) is worth a message only when no stamp of that kind
  // was read at all: "Updated <time>…</time>" is read once as the whole line and once as "Updated".
  const t = ctx.stamps.find((s) => s.truncated && !ctx.stamps.some((o) => o.field === s.field && o.iso));
  if (t) {
    a.messages.push({ code: 'truncated-stamp', message: `The ${t.field === 'updated' ? 'update' : 'date'} stamp "${t.raw}" has no readable date.` });
  }
  if (!a.published && !a.updated) a.messages.push({ code: 'no-date', message: 'No publication date found.' });

  // Language: declared, unless the text clearly says otherwise.
  const declared = ctx.language;
  const sample = [a.title, ctx.lead, ...blocks.slice(0, 12).map((b) => ('text' in b ? b.text : ''))].filter(Boolean).join(' ');
  const detected = declared && plausiblyIn(sample, declared.split('-')[0]!) ? null : detectLanguage(sample);
  if (declared && detected && declared.split('-')[0] !== detected && sample.length > 400) {
    a.messages.push({ code: 'language-mismatch', message: `The page declares "${declared}" but its text reads as "${detected}".` });
    a.language = detected;
  } else {
    a.language = declared ?? detected ?? normalizeLang(ctx.options.language ?? null);
  }

  a.kicker = ctx.kicker ? collapse(ctx.kicker) : null;
  a.lead = ctx.lead ? collapse(ctx.lead) : null;
  a.image = ctx.hero;
  a.siteName = ctx.meta.siteName;
  const base = ctx.options.url;
  let url: string | null = null;
  for (const cand of [ctx.meta.canonical, base]) {
    if (!cand) continue;
    try { url = new URL(cand, base).href; break; } catch { /* next */ }
  }
  a.url = url;
  if (!a.siteName && url) { try { a.siteName = new URL(url).hostname.replace(/^www\./, ''); } catch { /* no site */ } }
  a.section = ctx.meta.section;
  a.tags = ctx.meta.tags;
  if (ctx.meta.paywalled) a.messages.push({ code: 'paywall', message: 'The page marks the article as not freely accessible; only the visible part was extracted.' });
};

/** Same calendar day as written (the first YYYY-MM-DD of each). */
function sameDay(a: string | null, b: string | null): boolean {
  return !!a && !!b && a.slice(0, 10) === b.slice(0, 10);
}

/** The same date with day and month read the other way round ("2023-01-11" / "2023-11-01"). */
function swappedDays(a: string, b: string): boolean {
  return a.slice(0, 4) === b.slice(0, 4) && a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7) && a.slice(5, 7) !== a.slice(8, 10);
}

/** "11/01/2023", "01.02.2023 10:00": day and month both ≤ 12, so either could be the month. */
function isAmbiguousNumeric(raw: string): boolean {
  const m = /^\s*(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}\b/.exec(raw);
  return !!m && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2];
}

/** A press-release dateline opening the first paragraph: "27.1.2022 – Bei der Erinnerung …". */
const LEADING_DATE_RE = /^(\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.\s\p{L}+\s\d{4}|\d{4}-\d{2}-\d{2})\s*[–—|-]\s/u;
/** The same dateline in parentheses: "(21. November 2022) Energieverbraucher erhalten …". */
const PAREN_DATE_RE = /^\((\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.\s\p{L}+\s\d{4}|\d{4}-\d{2}-\d{2})\)\s/u;

function leadingDate(text: string | undefined, ctx: HtmlContext): string | null {
  const m = text ? LEADING_DATE_RE.exec(text) ?? PAREN_DATE_RE.exec(text) : null;
  return m ? parseHumanDate(m[1]!, ctx.dates) : null;
}

/** "/2020/01/13/slug" or "/2020-01-13-slug" in the URL path: the publication day, at midnight local time. */
function urlDate(url: string | null | undefined, ctx: HtmlContext): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(url);
  if (m) return parseMachineDate(`${m[1]}-${m[2]}-${m[3]}`, ctx.dates);
  // "/2023/october/03/slug": the month written out.
  const w = /\/((?:19|20)\d{2})\/([a-zäéû]{3,9})\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/i.exec(url);
  return w ? parseHumanDate(`${w[3]} ${w[2]} ${w[1]}`, ctx.dates) : null;
}

export const applyFallbacks: Stage = (ctx) => {
  const a = ctx.article;
  const bodyChars = a.blocks.reduce((n, b) => n + ('text' in b ? b.text.length : 'items' in b ? b.items.join(' ').length : 0), 0);
  const ld = ctx.meta.articleBody ? collapse(ctx.meta.articleBody) : '';
  if (ld.length > Math.max(THRESHOLDS.minBodyChars, bodyChars * 1.5)) {
    const paras = ctx.meta.articleBody!.split(/\n\s*\n|\r?\n/).map(collapse).filter(Boolean);
    const lead = a.lead;
    a.blocks = paras.filter((p) => p !== lead).map((text) => ({ type: 'paragraph' as const, text }));
    a.messages.push({ code: 'fallback-jsonld', message: 'The visible body was short; used the articleBody from the page\'s structured data.' });
    return;
  }
  if (!a.blocks.length && !a.lead) {
    a.messages.push({ code: 'no-content', message: 'No article text was found on this page.' });
  } else if (bodyChars + (a.lead?.length ?? 0) < THRESHOLDS.minBodyChars) {
    a.messages.push({ code: 'short-content', message: 'Very little article text was found; this may be a front page, an error page or a teaser.' });
  }
};

export const finalize: Stage = (ctx) => {
  finalizeText(ctx.article);
};

