/**
 * Author names from bylines and metadata: strip "Von"/"By"/"Par"/"Di", split "A und B", "A, B and C",
 * drop handles, e-mail addresses, dates, roles and agency suffixes, and reject strings that are not
 * names (navigation items such as "US & Canada", URLs, whole sentences).
 */
import { decodeHTML } from 'entities';
import { AGENCIES } from '../rules/html.js';

/** A credit label before the name: "Interview: Harald Willenbrock", "Text: Anna Muster". */
const CREDIT_LABEL_RE = /^(?:text|texte|testo|interview|recherche|reportage|fotos?|bilder?)(?:\s*(?:und|and|et|e|&|\+|\/)\s*(?:text|texte|testo|interview|recherche|reportage|fotos?|bilder?))*\s*:\s*/i;
/**
 * A byline label before the name: "Von", "By", "Artikel von:", "Autorin". Cut before any word (a
 * name, a particle as in "von der Leyen", or a handle: "by jdoe"); whether a name remains is judged
 * after it (`looksLikeName`), so a label over "der" alone leaves no name, not "Von der".
 */
const PREFIX_RE = /^(?:(?:ein(?:e)?\s+|a\s+|an\s+|un\s+|une\s+)?(?:artikel|beitrag|story|article|articolo|text|bericht|kommentar|analyse|interview|reportage|recherche)\s*:?\s*)?(?:von|by|written by|reported by|posted by|geschrieben von|verfasst von|par|di|de|da|autor(?:in)?\s*:?|author\s*:?|auteur\s*:|autore\s*:|text\s*:|texte\s*:|testo\s*:):?\s+(?=\p{L})/iu;
const ROLE_RE = /\s*[,|–-]\s*(?:redakt(?:eur|eurin|ion)|korrespondent(?:in)?|reporter(?:in)?|editor|senior \w+|staff writer|correspondent|journalist(?:e|in)?|chef(?:in)?redakt\w*|ressortleit\w*|rédact\w*|envoyée? spéciale?|inviato|freie? \w+|contributor|writer|columnist|kolumnist(?:in)?|photographer|fotograf(?:in)?)\b.*$/i;
const SPLIT_RE = /\s*(?:,|;|\/|\||\s&\s|\sim gespräch mit\s|\sin conversation with\s|\sund\s|\sand\s|\set\s|\se\s|\sy\s|\su\.\s|\+)\s*/i;
const NOT_NAME_RE = /(https?:|www\.|\.com\b|\.de\b|\.ch\b|@|\d{2}|©|\bupdated?\b|\bpublished\b|\baktualisiert\b|\bminuten?\b|\bminutes?\b|\bread\b|\bfollow\b|\bfolgen\b|\bshare\b|\bcanada\b|\bnews\b|\bteam\b|\bredaktion\b|\bstaff\b|\bnewsroom\b|\bdesk\b|\bonline\b|\bagenturen?\b|\bkommentare?\b|\bcomments?\b|\bbio\b|\bauthors?\b|\bautor(?:in|en)?\b|\bprofile?\b|\bview\b|\bmore\b|\bmehr\b|\bweitere\b|\bartikel\b|\barticles?\b|\blog\s?in\b|\bsign\s?in\b|\bsubscribe\b|\banmelden\b)/i;

/** Bylines that run on into the date line: "Nina Zeller Publiziert: 30.08.2024" → "Nina Zeller". */
const STAMP_TAIL_RE = /\s+(?:last\s+(?:updated|modified|reviewed)|zuletzt\s+aktualisiert|publiziert|veröffentlicht|aktualisiert|updated|published|posted|stand:|erstellt|publié|mis à jour|modifié|pubblicato|aggiornato|am\s+\d|on\s+\w+\s+\d|(?:hace|vor|il y a)\s+\d|\d{4}-\d{2}-\d{2}|(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|\d{1,2}\s+\p{L}{3,}\.?\s+\d{4}|\d{1,2}[.:/]\d{1,2}|\d{1,2}\.\s*\p{L}+\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|[|•·]).*$/iu;
/** A role written as one (German compound) word after a comma: "Politikredakteur", "Studienleiterin", "Pressesprecher". */
/** A weekday left over from a date after the name ("Sat, 20 Dec, 2025"). */
const WEEKDAY_RE = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?$|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/i;
/** "This post was written by …". */
const WRITTEN_BY_RE = /^(?:this|the)\s+(?:post|article|story|piece|guide)\s+(?:was\s+)?(?:written|contributed|reported)\s+by\s+/i;
/** A job title after the name, which may contain "and" ("…, Head of Marketing and Community Development"). */
const JOB_TAIL_RE = /\s*,\s*(?:head of|director of|vice president|vp of|ceo|cto|cfo|coo|founder|co-founder|president of|professor of)\b.*$/i;
/** A job title after the last comma that ends in a role noun ("Paul Frew, Home and Digital Security Expert"). */
const ROLE_TAIL_RE = /\s*,\s*[^,]{2,60}\s(?:expert|editor|writer|reporter|correspondent|specialist|analyst|strategist|consultant)$/i;
/** A date opening the byline before a separator: "Dec. 19, 2025 · Niko Matsakis", "03.02.2022 | Anna Muster". */
const LEADING_DATE_RE = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\s*[·|•–—-]\s*/iu;
/** "… on behalf of the Vision Doc group": whom the author writes for is not a name. */
const BEHALF_RE = /\s+(?:on behalf of|im auftrag|au nom de|per conto di)\b.*$/i;
/** A "By" label glued to the name by markup without a space ("<span>By</span><a>Trevor Jones</a>"). */
const GLUED_BY_RE = /^(?:By|Von|Par)(?=\p{Lu}\p{Ll})/u;
const ROLE_WORD_RE = /^\p{L}*(?:redakteur|redaktor|korrespondent|reporter|leiter|sprecher|experte|expertin|autor|author|auteur|autore|editor|writer|chef)(?:in)?$/iu;
/** A role alone after the name ("Rasmus Barslund Founder, Lead Reviewer"): no name. */
const ROLE_ONLY_RE = /^(?:(?:lead|senior|chief|expert|medical|technical|contributing)\s+)?(?:reviewer|fact[- ]?checker|editor|writer|contributor)$/i;
/** A job title run onto the name without a separator: "Ashley Biancuzzo Associate Editor". */
const TRAILING_TITLE_RE = /\s+(?:senior|associate|contributing|managing|deputy|staff|chief|executive|assistant)?\s*(?:editor|writer|reporter|correspondent|contributor|founder|redakteur(?:in)?|korrespondent(?:in)?)(?:\s+in\s+chief)?$/i;

/** Lower-case words inside personal names: "Ursula von der Leyen", "Vincent van Gogh". */
const NAME_PARTICLE_RE = /^(?:von|van|der|den|de|da|di|del|della|la|le|du|zu|bin|al|el|ter|ten|y|dos|das|und|and|et|e)$/i;

/** A name particle opening what follows a byline label, in lower case as inside a name ("von der Leyen"). */
const LEADING_PARTICLE_RE = /^(?:von|van|der|den|de|da|di|del|della|la|le|du|zu|ter|ten|dos|das)\s/;
/** Does what follows a byline label open with a particle, so that the label was the name's first word? (Also in capitals: "VON DER LEYEN".) */
const particleFirst = (cut: string): boolean => LEADING_PARTICLE_RE.test(cut) || (cut === cut.toUpperCase() && LEADING_PARTICLE_RE.test(cut.toLowerCase()));

/**
 * A plausible personal name: 1–5 words starting with a capitalised one (particles only inside: "der
 * Leyen" is what is left of "Von der Leyen" after the label, not a name), no digits, no sentence
 * punctuation.
 */
export function looksLikeName(s: string): boolean {
  if (s.length < 3 || s.length > 60) return false;
  if (NOT_NAME_RE.test(s)) return false;
  if (/[.!?:"“”„«»()[\]{}]$/.test(s) && !/\b[A-Z]\.$/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 5 || !/^\p{Lu}/u.test(words[0]!)) return false;
  const caps = words.filter((w) => /^[\p{Lu}]/u.test(w) || /^(von|van|der|den|de|da|di|del|della|la|le|du|zu|bin|al|el|ter|ten|y|dos|das)$/i.test(w));
  if (caps.length !== words.length) return false;
  if (words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}\.$/u.test(w))) return true;
  // A byline set in capitals ("VON MARTIN BEISPIEL"): two to four words of letters, none an acronym-length
  // stub, the first no particle ("VON DER LEYEN" leaves "DER LEYEN").
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Lu}'-]+$/u.test(w) && w.length >= 3)
    && !NAME_PARTICLE_RE.test(words[0]!);
}

const AGENCY_SET = new Set(AGENCIES.map((a) => a.toLowerCase()));

/** Clean a byline or metadata author field into a list of names. Agencies are not authors. */
export function cleanAuthors(raw: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    let s = r.replace(/\s+/g, ' ').trim();
    s = s.replace(LEADING_DATE_RE, '').replace(BEHALF_RE, '');
    s = s.replace(STAMP_TAIL_RE, '').replace(CREDIT_LABEL_RE, '');
    const cut = s.replace(PREFIX_RE, '');
    // "Von der Leyen und Macron …": a label before a lower-case particle is the first word of a name,
    // and the line no byline.
    if (cut !== s && particleFirst(cut)) continue;
    s = cut;
    s = s.replace(/\s*\((?:[^)]*)\)\s*/g, ' ').trim();
    s = s.replace(WRITTEN_BY_RE, '').replace(JOB_TAIL_RE, '').replace(ROLE_TAIL_RE, '').replace(GLUED_BY_RE, '');
    s = s.replace(/\s+(?:mit|with|avec|con)\s+(?:agenturen|agencies|dpa|afp|reuters|ap|apa|sda)\b.*$/i, '');
    for (let part of s.split(SPLIT_RE)) {
      part = part.replace(PREFIX_RE, '').replace(ROLE_RE, '').replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '').trim();
      // Only when a personal name remains: "Rasender Reporter" is a pen name, "AAA Travel Editor" a desk.
      const untitled = part.replace(TRAILING_TITLE_RE, '');
      if (untitled !== part && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.'-]+){1,2}$/u.test(untitled)) part = untitled;
      if (!part) continue;
      if (AGENCY_SET.has(part.toLowerCase())) continue;
      if (ROLE_WORD_RE.test(part) || ROLE_ONLY_RE.test(part)) continue;
      if (WEEKDAY_RE.test(part)) continue;
      if (!looksLikeName(part)) continue;
      const key = part.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(part);
    }
  }
  return out;
}

/**
 * Authors from structured data (JSON-LD, <meta name=author>): the site said "this is the author", so
 * only obvious non-names are rejected. Handles like "srauturier" and team names ("EDB Team") are
 * kept as given; visible bylines go through the strict `cleanAuthors` instead.
 */
export function cleanStructuredAuthors(raw: string[]): string[] {
  // Fields escaped twice ("Redacci&amp;oacute;n") arrive with entities still in them.
  const decoded = raw.map((r) => (/&#?\w+;/.test(r) ? decodeHTML(r) : r)).filter((r) => !PLACEHOLDER_RE.test(r.trim()));
  // An institution's name is one name, "and" and all ("Center for Drug Evaluation and Research").
  const institution = (r: string): boolean => !/[,;|/]/.test(r) && /\s(?:for|of|für|des|der|du|de la|della)\s/i.test(r) && /\s(?:and|und|et|e|&)\s/i.test(r);
  // So is a firm named twice ("Keller & Keller"), and a field that is a title rather than a list of
  // people ("Weine aus Spanien in Köln - Vino Y Queso und Vinho Verde", "sender-beispiel.de, Frankfurt,
  // Germany"): split at "y"/"und"/commas it would give bogus names ("Queso", "Frankfurt").
  const firm = (r: string): boolean => /^(.+?)\s+(?:&|and|und|et|e|y)\s+\1$/i.test(r.trim());
  const title = (r: string): boolean => {
    const pieces = r.replace(PREFIX_RE, '').split(SPLIT_RE);
    if (pieces.length < 2 || /https?:|www\./i.test(r)) return false;
    return /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$/i.test(pieces[0]!.trim()) || pieces.some((p) => {
      const w = p.trim().split(/\s+/);
      return w.length >= 3 && /^\p{Lu}/u.test(w[0]!) && w.some((x) => /^\p{Ll}{2,}$/u.test(x) && !NAME_PARTICLE_RE.test(x));
    });
  };
  const strict = decoded.flatMap((r) => (institution(r) || firm(r) || title(r) ? [r.replace(/\s+/g, ' ').trim()] : cleanAuthors([r])))
    .filter((n, i, all) => all.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);
  if (strict.length) return strict;
  const out: string[] = [];
  for (const r of decoded) {
    const whole = r.replace(/\s+/g, ' ').trim();
    const cut = whole.replace(PREFIX_RE, '');
    // (no label before a lower-case particle: "Von der Leyen" is a name whole)
    const s = cut !== whole && particleFirst(cut) ? whole : cut;
    if (s.length < 2 || s.length > 80 || /^(https?:|www\.)|^@|^\d+$|https?:\/\/|\[at\]/.test(s)) continue;
    if (AGENCY_SET.has(s.toLowerCase())) continue;
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** A byline's label before a handle: "Von", "By", "Artikel von:", "Autor:". */
const HANDLE_LABEL_RE = /^(?:(?:artikel|beitrag|posted|written|geschrieben|verfasst|veröffentlicht)\s+)?(?:von|by|par|di|autor(?:in)?|author|auteur|autore)\s*:?\s+/i;
/** What follows a handle in its byline: a date ("am 20.09.2020", "on December 4"), "@ 12:00", a separator. */
const HANDLE_TAIL_RE = /\s+(?:(?:am|on|le|il|at|um)\s|[@|·•–—-]|\d).*$/i;
/** Single words of page interface that sit in byline-classed elements. */
const NOT_HANDLE_RE = /^(?:publiziert|veröffentlicht|published|updated|posted|share|teilen|kommentare?|comments?|redaktion|editor|admin|more|mehr)$/i;

/**
 * A user name given as the byline ("Von Petra.Beispiel am …", "oz", "alpha302", "beispiel-news.ch"):
 * one token that a personal name would not be written as — lower case, or with digits, dots,
 * underscores or an inner capital. The last resort when the page names nobody in full: a capitalised
 * single word ("Lifestyle") could be a category and is not taken. `strict`: the line was read for its
 * wording alone (not its markup), so a plain lower-case word is not taken either.
 */
export function cleanHandle(raw: string, strict = false): string | null {
  const s = raw.replace(/\s+/g, ' ').trim().replace(HANDLE_LABEL_RE, '').replace(HANDLE_TAIL_RE, '').replace(/[\s,;:–—-]+$/, '').trim();
  if (!/^[\p{L}\d][\p{L}\d._-]{1,39}$/u.test(s) || !/\p{L}/u.test(s) || /^www\.|\.(?:html?|php|aspx?)$/i.test(s)) return null;
  if (PLACEHOLDER_RE.test(s) || NOT_HANDLE_RE.test(s) || WEEKDAY_RE.test(s) || ROLE_WORD_RE.test(s)) return null;
  // (a word in lower case is a handle only where the markup says "author"; in a "by …" line of any
  // element it may be a common word: "by project")
  const handleLike = (!strict && /^\p{Ll}/u.test(s)) || /[\d._]/.test(s) || /\p{Ll}\p{Lu}/u.test(s);
  return handleLike ? s : null;
}

/** A desk credited as the author: "Staff Writer", "Redaktion", "Editorial Team", "Newsdesk". */
const DESK_RE = /^((?:\p{Lu}[\p{L}&.'-]*\s+){0,3}?)(?:staff(?:\s+(?:writer|reporter))?|redaktion|editorial(?:\s+(?:team|staff|board))?|editors?|newsroom|news\s?desk|desk|team|rédaction|redazione)$/iu;

/**
 * A desk a byline credits ("By Staff Writer", "Von Redaktion"): what the page says wrote the piece,
 * when it names no person. Up to four words, the last a desk word.
 */
export function cleanDesk(raw: string): string | null {
  const s = raw.replace(/\s+/g, ' ').trim().replace(HANDLE_LABEL_RE, '').replace(STAMP_TAIL_RE, '').replace(/[\s,;:–—-]+$/, '').trim();
  if (s.length > 40 || !/^\p{Lu}/u.test(s)) return null;
  // The words before the desk word are capitalised ("Sports Desk", not "Kontakt zur Redaktion"):
  // checked on the match, as under /i `\p{Lu}` matches lower case too (the fewest words are tried first).
  const m = DESK_RE.exec(s);
  return m && !/(?:^|\s)[^\s\p{Lu}]/u.test(m[1]!) ? s : null;
}

/** CMS placeholders in author fields: "admin", "No Author", "Auteur". (A desk such as "Redaktion" is a credit and stays.) */
const PLACEHOLDER_RE = /^(?:no author|unknown|unbekannt|admin|administrator|webmaster|auteur|autor|author|agencies|agenturen|text|guest|gast|user)$/i;

/** Organisation names ("Hanns-Seidel-Stiftung e.V.", "Web Commerce GmbH", "L-MAG – Das Magazin für Lesben"). */
export function looksLikeOrganisation(s: string): boolean {
  // (an acronym of two to four capitals, "LN", "NZZ", is the paper's, not a person's name)
  return /^\p{Lu}{2,4}$/u.test(s.trim()) || /\b(?:e\.\s?v\.|gmbh|ag|ug|ltd|inc|llc|s\.a\.|verlag|magazin|magazine|zeitung|stiftung|verband|union|verein|institut|online|media|medien|news|redaktion|team)\b/i.test(s)
    || /\s[–—-]\s/.test(s);
}
