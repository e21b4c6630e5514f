/**
 * Shared state of the text-dump pipeline. A dump is read into "units": logical lines after
 * unwrapping hard-wrapped paragraphs. Each stage labels units with a role or drops them, and every
 * drop is recorded as a removal so debug output can explain it.
 */
import type { Article, ExtractOptions, Removal } from '../model/article.js';
import type { CompiledLexicon } from '../rules/text/index.js';

export type Role =
  | 'kicker' | 'title' | 'lead' | 'brand' | 'caption' | 'credit' | 'heading' | 'paragraph' | 'quote'
  | 'listItem' | 'summaryHeading' | 'summaryItem' | 'gallery' | 'teaser' | 'noise' | 'stamp' | 'repeat'
  | 'byline' | 'boilerplate';

export interface Unit {
  /** Text after HTML-remnant reading, link-marker removal and whitespace collapse. */
  text: string;
  /** Blank lines before this unit (0 = same visual block as the previous unit). */
  gap: number;
  indent: number;
  /** List marker ("•", "*", "1.") or null. */
  bullet: string | null;
  /** The line held HTML tags or entities (a strong gallery/teaser cue). */
  html: boolean;
  /** Inline link markers seen ([12], [https://…]). */
  links: number;
  /** Lowercased, collapsed text used for repetition and vocabulary lookups. */
  key: string;
  /** `lineKey` of the text: for whole-line vocabulary lookups. */
  lkey: string;
  words: number;
  /** Cached stopword ratio (-1 = not computed). */
  stop: number;
  role: Role | null;
  dropped: boolean;
}

export interface TextContext {
  options: ExtractOptions;
  /** The (possibly cut) input after normalisation. */
  input: string;
  units: Unit[];
  lang: string | null;
  /** Language whose stopwords score prose: `lang`, or any stopwords-iso language for other pages. */
  scoringLang: string | null;
  lex: CompiledLexicon;
  article: Article;
  removals: Removal[];
  /** Main content region [start, end) in unit indices, set by `selectMain`. */
  main: { start: number; end: number } | null;
  /** Stop all later stages (empty or binary input). */
  halt: boolean;
  /** Outlet brand line seen more than once ("20 Minuten"). */
  brand: string | null;
  /** First occurrences of heading-like lines that appear more than once (title candidates). */
  repeatedTitles: number[];
  /** Indices of teaser/comment headings: the main region should not run across them. */
  barriers: Set<number>;
  /** Related-content headings: penalised, but articles may continue after them. */
  softBarriers: Set<number>;
  /** Date stamps and bylines seen anywhere, in order; `pickMeta` keeps the ones of the article. */
  meta: MetaCandidate[];
  /** Figure captions in the body → their credit. */
  captionCredits: Map<number, string | null>;
  /** Stage currently running (for removals). */
  stage: string;
}

/** A date stamp or byline line: `published`/`updated` carry a date, `byline` names (and maybe a date). */
export interface MetaCandidate {
  i: number;
  kind: 'published' | 'updated' | 'byline';
  iso: string | null;
  names: string[];
  /** A date inside a longer meta line ("Anna Muster 3. Mai 2024 Politik, Inland"): only next to the title. */
  weak?: boolean;
}

/** A pipeline stage: reads and labels `ctx` in place. */
export type TextStage = (ctx: TextContext) => void;

/** Drop a unit with a reason; the removal is kept for debug output. */
export function drop(ctx: TextContext, i: number, role: Role, reason: string): void {
  const u = ctx.units[i];
  if (!u || u.dropped) return;
  u.dropped = true;
  u.role = role;
  ctx.removals.push({ stage: ctx.stage, reason, text: u.text.length > 300 ? `${u.text.slice(0, 300)}…` : u.text });
}

/** Label a unit that stays in the article. */
export function label(ctx: TextContext, i: number, role: Role): void {
  const u = ctx.units[i];
  if (u && !u.dropped) u.role = role;
}

export function live(u: Unit | undefined): u is Unit {
  return !!u && !u.dropped;
}

/** Next index after i whose unit is not dropped, or -1. */
export function nextLive(ctx: TextContext, i: number): number {
  for (let j = i + 1; j < ctx.units.length; j++) if (!ctx.units[j]!.dropped) return j;
  return -1;
}

export function prevLive(ctx: TextContext, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (!ctx.units[j]!.dropped) return j;
  return -1;
}
