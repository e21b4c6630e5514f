/**
 * Stage 3: deletion-only compression towards LENGTH.target words. Each rule removes a span that
 * grammar lets go without changing what the rest says: parentheticals, colon lead-ins, trailing
 * attributions whose loss keeps the claim's status (see rules/keypoints/compression.ts), discourse
 * particles, appositions after names, German relative clauses inside the sentence, and dash asides. A rule that would leave fewer than LENGTH.minWords words is not applied: when in
 * doubt the sentence stays whole. The result never contains a character that is not in the source,
 * in source order (checked by faithful.ts).
 */
import type { Lang } from '../nlp/language.js';
import { stopwords } from '../nlp/stopwords.js';
import { tokenize, words } from '../nlp/tokenize.js';
import { ANAPHORIC_OPENERS, APPOSITION_OPENERS, ATTRIBUTION, DISCOURSE_PARTICLES, FRAME_VERBS, KONJUNKTIV_I, LEADING_CONJUNCTIONS, NOT_ATTRIBUTION_AFTER_AS, QUANTIFIERS, RELATIVE_OPENERS, RELATIVE_PREPOSITIONS, SUBORDINATORS } from '../rules/keypoints/compression.js';
import { LENGTH } from '../rules/keypoints/weights.js';
import type { KeyPointState } from './types.js';

export interface Compressed { text: string; steps: string[] }

/** Word lists as sets, built once per list (compression runs for every candidate sentence). */
const setCache = new Map<readonly string[], Set<string>>();
function setOf(list: readonly string[]): Set<string> {
  let s = setCache.get(list);
  if (!s) { s = new Set(list); setCache.set(list, s); }
  return s;
}
const ALL_SUBORDINATORS = Object.values(SUBORDINATORS).flat();
const ALL_LEADING = Object.values(LEADING_CONJUNCTIONS).flat();
type Span = [number, number];

/** Remove spans from `s` and tidy the whitespace the cuts leave (deletions only). */
function cut(s: string, spans: Span[]): string {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [a, b] of sorted) {
    if (a < pos) continue;
    out += s.slice(pos, a);
    pos = b;
  }
  out += s.slice(pos);
  return out.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
}

/** Quote openers and their closers, as char codes: « → », „ → “ or ”, “ → ”, " → ". */
const CLOSE = new Map<number, readonly number[]>([[0xab, [0xbb]], [0x201e, [0x201c, 0x201d]], [0x201c, [0x201d]], [0x22, [0x22]]]);

/** Depth-0 positions of the characters in `chars` (outside parentheses and quotes) before `end`. Char codes,
 * not a one-character string and a callback per character (runs over every compressed sentence). */
function topLevel(s: string, chars: string, end = s.length): number[] {
  const out: number[] = [];
  let depth = 0;
  let closers: readonly number[] | undefined;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (closers !== undefined) { if (closers.includes(c)) closers = undefined; continue; }
    closers = CLOSE.get(c);
    if (closers !== undefined) continue;
    if (c === 40 || c === 91) depth++; // ( [
    else if (c === 41 || c === 93) { if (depth > 0) depth--; } // ) ]
    else if (depth === 0 && chars.includes(s[i]!)) out.push(i);
  }
  return out;
}

/** A compressed sentence keeps at least a subject, verb and object ("Der Mann wurde verhaftet."). */
const WORDS_OK = (t: string) => countWords(t) >= LENGTH.minCompressedWords;

/** words(t).length, remembered for the last text: a step's result is counted by WORDS_OK and then
 * again by compressSentence. */
let counted = '';
let countedWords = 0;
function countWords(t: string): number {
  if (t !== counted) { counted = t; countedWords = words(t).length; }
  return countedWords;
}

/** " (Institute for the Study of War)", " (37)", " (siehe Bildstrecke oben)". */
export function dropParentheticals(s: string): string {
  const spans: Span[] = [];
  for (const m of s.matchAll(/\s\(([^()]{1,80})\)/g)) {
    if (words(m[1]!).length <= 8) spans.push([m.index, m.index + m[0].length]);
  }
  const out = spans.length ? cut(s, spans) : s;
  return WORDS_OK(out) ? out : s;
}

/** Closing quotes and brackets that may follow a sentence's final period, as char codes: » « " ” “ ’ ' ) ]. */
const FINAL_CLOSERS = new Set([0xbb, 0xab, 0x22, 0x201d, 0x201c, 0x2019, 0x27, 0x29, 0x5d]);

/** Where /[.][»«"”“’')\]]*$/u matches (the period before the closing marks at the end), or -1; read
 * backwards from the end instead of a regex trying every period of the sentence. */
function finalPeriod(s: string): number {
  let i = s.length - 1;
  while (i >= 0 && FINAL_CLOSERS.has(s.charCodeAt(i))) i--;
  return i >= 0 && s.charCodeAt(i) === 46 ? i : -1;
}

/** Auxiliaries before the verb of an attribution (", a annoncé la police."). */
const AUX = new Set(['a', 'ont', 'ha', 'hanno', 'has', 'have', 'had', 'hat', 'haben']);

/** ", teilte die Polizei mit." / ", wie das Gericht mitteilte." / ", sagte er." (Konjunktiv I only). */
export function dropTrailingAttribution(s: string, lang: Lang): string {
  const endBody = finalPeriod(s);
  if (endBody < 0) return s;
  const commas = topLevel(s, ',', endBody);
  const last = commas[commas.length - 1];
  if (last === undefined) return s;
  const head = s.slice(0, last);
  const tail = s.slice(last + 1, endBody).trim();
  const tw = words(tail);
  if (tw.length === 0 || tw.length > 14) return s;
  // lowercased in place: the tail is short and only this function sees it
  for (let i = 0; i < tw.length; i++) tw[i] = tw[i]!.toLowerCase();
  const rules = ATTRIBUTION[lang];
  const first = AUX.has(tw[0]!) && tw.length > 1 ? tw[1]! : tw[0]!;
  let cls: 'fact' | 'say' | null = null;
  const fact = setOf(rules.fact);
  const say = setOf(rules.say);
  const classOf = (w: string) => (fact.has(w) ? 'fact' : say.has(w) ? 'say' : null);
  if (setOf(rules.asWords).has(tw[0]!)) {
    // "wie die Polizei mitteilte" / "wie es in einer Mitteilung heisst": the verb closes the clause
    if (tw.length < 3 || NOT_ATTRIBUTION_AFTER_AS.has(tw[1]!)) return s;
    const lastTwo = lang === 'de' ? tw.slice(-2) : tw.slice(1);
    for (const w of lastTwo) { cls = classOf(w) ?? cls; if (cls === 'fact') break; }
  } else {
    cls = classOf(first);
    // English subject-first: ", police said." / ", the ministry announced."
    if (!cls && lang === 'en' && tw.length <= 6) cls = classOf(tw[tw.length - 1]!);
  }
  if (!cls) return s;
  if (cls === 'say') {
    if (lang !== 'de') return s;
    const hw = words(head).map((w) => w.toLowerCase());
    if (!hw.some((w) => KONJUNKTIV_I.has(w))) return s;
  }
  if (/[:;]$/.test(head.trim())) return s;
  const out = cut(s, [[last, endBody]]);
  return WORDS_OK(out) ? out : s;
}

/** "Anna Meier, die Präsidentin des Vereins, wurde …" → "Anna Meier wurde …". */
export function dropAppositions(s: string, lang: Lang): string {
  const openers = setOf(APPOSITION_OPENERS[lang]);
  const sw = stopwords(lang);
  const commas = topLevel(s, ',');
  const spans: Span[] = [];
  for (let k = 0; k + 1 < commas.length; k++) {
    const a = commas[k]!;
    const b = commas[k + 1]!;
    const before = words(s.slice(Math.max(0, a - 60), a));
    const last = before[before.length - 1];
    const prev = before[before.length - 2];
    if (!last || !/^\p{Lu}/u.test(last)) continue;
    // German capitalises nouns: only a two-word capitalised run counts as a name there
    if (lang === 'de' && !(prev && /^\p{Lu}/u.test(prev) && !sw.has(prev.toLowerCase()))) continue;
    const inner = s.slice(a + 1, b).trim();
    const iw = words(inner);
    const firstInner = inner.split(/\s+/)[0]!.toLowerCase();
    const elided = /^(l['’])/i.test(inner) ? inner.slice(0, 2).toLowerCase() : '';
    if (!openers.has(firstInner) && !openers.has(elided)) continue;
    if (iw.length < 2 || iw.length > 10 || /["«»„“”]/.test(inner)) continue;
    // what follows must continue the clause (lower-case verb or preposition), not a list
    const after = s.slice(b + 1).trim();
    const nextWord = after.split(/\s+/)[0] ?? '';
    if (!/^\p{Ll}/u.test(nextWord) || ['und', 'oder', 'and', 'or', 'et', 'ou', 'e', 'o'].includes(nextWord)) continue;
    spans.push([a, b + 1]);
    k++;
  }
  if (!spans.length) return s;
  const out = cut(s, spans);
  return WORDS_OK(out) ? out : s;
}

/**
 * "Sein Gesuch um Entlassung aus der Anstalt, wo er seit 2015 eine Strafe verbüsst, wurde
 * abgelehnt." → "… aus der Anstalt wurde abgelehnt." A German relative clause inside the sentence:
 * opened by a relative word (RELATIVE_OPENERS, optionally behind a preposition), closed by its
 * verb (verb-final: the word before the closing comma is lower-case), and followed by the rest of
 * the main clause (a lower-case verb, not "und"/"oder"). Not after a quantifier ("alle, die …"),
 * where the clause restricts and its loss would make the sentence false. German only: in en/fr/it
 * the apposition rule covers "who"/"qui"/"che" after names.
 */
export function dropRelativeClauses(s: string, lang: Lang): string {
  if (lang !== 'de') return s;
  const openers = setOf(RELATIVE_OPENERS.de);
  const preps = setOf(RELATIVE_PREPOSITIONS);
  const quant = setOf(QUANTIFIERS);
  const commas = topLevel(s, ',');
  const spans: Span[] = [];
  for (let k = 0; k + 1 < commas.length; k++) {
    const a = commas[k]!;
    const b = commas[k + 1]!;
    const inner = words(s.slice(a + 1, b));
    if (inner.length < 3 || inner.length > 14 || /["«»„“”]/.test(s.slice(a, b))) continue;
    const w0 = inner[0]!.toLowerCase();
    if (!(openers.has(w0) || (preps.has(w0) && openers.has(inner[1]!.toLowerCase())))) continue;
    if (!/^\p{Ll}/u.test(inner[inner.length - 1]!)) continue;
    const before = words(s.slice(Math.max(0, a - 40), a)).slice(-3).map((w) => w.toLowerCase());
    if (before.some((w) => quant.has(w))) continue;
    const next = words(s.slice(b + 1, b + 40))[0] ?? '';
    if (!/^\p{Ll}/u.test(next) || ['und', 'oder', 'sowie', 'aber', 'sondern'].includes(next)) continue;
    spans.push([a, b + 1]);
    k++;
  }
  if (!spans.length) return s;
  const out = cut(s, spans);
  return WORDS_OK(out) ? out : s;
}

/**
 * " – einem der wichtigsten Tage –" and a trailing " – neben Belarus und Syrien." A spaced hyphen
 * counts as a dash (typewriter style mixes " - " and " – " in one sentence). A trailing appendix only
 * goes when the text before the dash is a main clause: after "Auch wenn die Frauen … –" the main
 * clause is still to come, so the sentence stays whole.
 */
export function dropDashAsides(s: string, lang: Lang | null = null): string {
  // "2010 – 2012", "Basel - Bern" between digits is a range, not a dash
  const dashes = topLevel(s, '–—-')
    .filter((i) => s[i - 1] === ' ' && s[i + 1] === ' ' && !(/\p{N}/u.test(s[i - 2] ?? '') && /\p{N}/u.test(s[i + 2] ?? '')));
  if (dashes.length === 0) return s;
  let spans: Span[] = [];
  if (dashes.length === 2 && words(s.slice(dashes[0]!, dashes[1]!)).length <= 10) {
    spans = [[dashes[0]! - 1, dashes[1]! + 1]];
  } else if (dashes.length === 1 && !opensWithSubordinateClause(s.slice(0, dashes[0]!), lang)) {
    const p = finalPeriod(s);
    const end = p < 0 ? s.length : p;
    if (words(s.slice(dashes[0]!, end)).length >= 2) spans = [[dashes[0]! - 1, end]];
  }
  if (!spans.length) return s;
  const out = cut(s, spans);
  return WORDS_OK(out) ? out : s;
}

/** "Auch wenn die drei …" with no comma after which a main clause could begin. */
function opensWithSubordinateClause(head: string, lang: Lang | null): boolean {
  const subs = setOf(lang ? SUBORDINATORS[lang] : ALL_SUBORDINATORS);
  const lead = setOf(lang ? LEADING_CONJUNCTIONS[lang] : ALL_LEADING);
  const ws = words(head).map((w) => w.toLowerCase());
  let i = 0;
  while (i < ws.length - 1 && lead.has(ws[i]!)) i++;
  // "Während des Drehs …", "Seit eines Tages …": a preposition with the genitive, not a conjunction
  if (lang === 'de' && ['des', 'eines'].includes(ws[i + 1] ?? '')) return false;
  return subs.has(ws[i] ?? '') && topLevel(head, ',').length === 0;
}

/**
 * "Das will die Stadt nun ändern: Ab Montag fahren die Busse gratis." → "Ab Montag fahren die Busse
 * gratis." A colon announces; a capitalised full sentence after it is the point and stands alone.
 * The lead-in stays when it frames a belief, a demand or a saying (FRAME_VERBS: "Die Polizei
 * vermutet: …" — dropping it would turn a suspicion into a fact; German Konjunktiv I after the colon
 * keeps the report marked, as with trailing attributions), when it holds a quote, and when the sentence
 * after the colon points back ("Sein Antrag …", "Er …") and so does not stand alone.
 */
export function dropColonLeadIn(s: string, lang: Lang): string {
  const colons = topLevel(s, ':');
  if (colons.length !== 1) return s;
  const at = colons[0]!;
  const head = s.slice(0, at);
  const rest = s.slice(at + 1);
  const lead = /^\s+/u.exec(rest)?.[0].length ?? 0;
  const tail = rest.slice(lead);
  if (!/^\p{Lu}/u.test(tail) || words(tail).length < LENGTH.minWords || /["«»„“”]/.test(head)) return s;
  const tw = words(tail).map((w) => w.toLowerCase());
  if (setOf(ANAPHORIC_OPENERS[lang]).has(tw[0]!)) return s;
  const frame = setOf(FRAME_VERBS[lang]);
  const hw = words(head).map((w) => w.toLowerCase());
  if (hw.some((w) => frame.has(w)) && !(lang === 'de' && tw.some((w) => KONJUNKTIV_I.has(w)))) return s;
  return tail;
}

/** "Der Zoo sucht nämlich einen Tierpfleger." → "Der Zoo sucht einen Tierpfleger." (never the first word). */
export function dropParticles(s: string, lang: Lang): string {
  const particles = setOf(DISCOURSE_PARTICLES[lang]);
  const spans: Span[] = [];
  const toks = tokenize(s);
  toks.forEach((t, i) => {
    if (i === 0 || !particles.has(t.text.toLowerCase())) return;
    const before = s.slice(toks[i - 1]!.end, t.start);
    const after = s.slice(t.end, toks[i + 1]?.start ?? s.length);
    // "Er sagte ja." — a sentence-final "ja" is an answer, not a particle
    if (i === toks.length - 1) return;
    if (before === ' ' && after === ' ') spans.push([t.start - 1, t.end]);
    else if (before === ', ' && after === ', ') spans.push([t.start - 2, t.end + 1]);
  });
  if (!spans.length) return s;
  const out = cut(s, spans);
  return WORDS_OK(out) ? out : s;
}

const PARTICLE_HINT = Object.fromEntries(Object.entries(DISCOURSE_PARTICLES)
  .map(([l, ps]) => [l, new RegExp(`\\s(?:${ps.join('|')})[\\s,]`, 'iu')])) as Record<Lang, RegExp>;

/**
 * Datelines and agency tags before the first word: "(Reuters) — The …", "BERLIN (dpa) – Die …",
 * "ZÜRICH – Der …". The sentence after the dash is complete on its own.
 */
export function dropDateline(s: string): string {
  const m = /^(?:\([^()]{1,30}\)|\p{Lu}[\p{Lu}\s./-]{1,30}(?:\s*\([^()]{1,20}\))?)\s*(?:—|–|--|-)\s+(?=[\p{Lu}«„"“])/u.exec(s);
  if (!m) return s;
  const out = s.slice(m[0].length);
  return WORDS_OK(out) ? out : s;
}

/** At least k commas, counted without splitting the sentence. */
function commas(x: string, k: number): boolean {
  let n = 0;
  for (let i = x.indexOf(','); i >= 0; i = x.indexOf(',', i + 1)) if (++n >= k) return true;
  return false;
}

interface Step { name: string; drop: (x: string, lang: Lang) => string; always: boolean; trigger: (x: string, lang: Lang) => boolean }

/** The compression steps in order; cheap triggers first: most sentences have no parenthesis, dash or
 * second comma. A table, not closures made per sentence (compression runs for every candidate). */
const STEPS: readonly Step[] = [
  { name: 'dateline', drop: dropDateline, always: true, trigger: (x) => /^\S{0,31}\s?[(—–-]/.test(x) },
  { name: 'parenthetical', drop: dropParentheticals, always: true, trigger: (x) => x.includes('(') },
  { name: 'colon-lead-in', drop: dropColonLeadIn, always: true, trigger: (x) => x.includes(':') },
  { name: 'attribution', drop: dropTrailingAttribution, always: true, trigger: (x) => commas(x, 1) },
  { name: 'particle', drop: dropParticles, always: true, trigger: (x, lang) => PARTICLE_HINT[lang].test(x) },
  { name: 'apposition', drop: dropAppositions, always: false, trigger: (x) => commas(x, 2) },
  { name: 'relative-clause', drop: dropRelativeClauses, always: false, trigger: (x) => commas(x, 2) },
  { name: 'dash-aside', drop: dropDashAsides, always: false, trigger: (x) => /\s[–—-]\s/.test(x) },
];

/** Compress one sentence; steps beyond parentheticals and attributions only run while over target. */
export function compressSentence(s: string, lang: Lang | null, wordCount?: number): Compressed {
  if (!lang) return { text: s, steps: [] };
  const steps: string[] = [];
  let t = s;
  // the candidate's words are already counted (`wordCount` = words(s).length)
  let n = wordCount ?? words(s).length;
  for (const step of STEPS) {
    if ((!step.always && n <= LENGTH.target) || !step.trigger(t, lang)) continue;
    const r = step.drop(t, lang);
    if (r !== t) { steps.push(step.name); t = r; n = countWords(t); }
  }
  return { text: t, steps };
}

/** Whitespace that `replace(/\s+/g, ' ')` would change: a run of two, or one that is not a space. */
const MULTI_SPACE = /\s\s|[^\S ]/;

export function compressCandidates(state: KeyPointState): void {
  for (const c of state.candidates) {
    if (c.excluded) continue;
    const r = compressSentence(c.source, state.lang, c.words.length);
    // line breaks of hard-wrapped source text become spaces: whitespace only, still a deletion
    c.text = MULTI_SPACE.test(r.text) ? r.text.replace(/\s+/g, ' ') : r.text;
    c.compressions = r.steps;
    if (r.steps.length) state.removals.push({ stage: 'compressCandidates', reason: r.steps.join('+'), text: c.source });
  }
}
