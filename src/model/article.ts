/**
 * The article model: the one shape every input (HTML, URL, text dump, WET record) is turned into.
 * Field names are stable and camelCase; `schema/article.schema.json` is the JSON Schema of this file
 * and `docs/article.md` documents it. Change all three together.
 */

/** Hero or in-body image. `credit` is the photographer/agency line ("REUTERS", "APA/Georg Hochmuth"). */
export interface ImageInfo {
  src: string | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
}

export interface ParagraphBlock { type: 'paragraph'; text: string }
export interface HeadingBlock { type: 'heading'; level: number; text: string }
export interface QuoteBlock { type: 'quote'; text: string; cite: string | null }
export interface ListBlock { type: 'list'; ordered: boolean; items: string[] }
export interface TableBlock { type: 'table'; rows: string[][] }
export interface FigureBlock { type: 'figure'; src: string | null; alt: string | null; caption: string | null; credit: string | null }
export interface EmbedBlock { type: 'embed'; kind: string; url: string }

/** Body blocks in reading order. */
export type Block = ParagraphBlock | HeadingBlock | QuoteBlock | ListBlock | TableBlock | FigureBlock | EmbedBlock;
export type BlockType = Block['type'];

/** The page's own key-point box ("Auf den Punkt gebracht", "Darum gehts", "Key points", …), kept out of the body. */
export interface SummaryBox { heading: string; items: string[] }

/** A non-fatal note about the extraction (no date found, truncated stamp, fell back to …). */
export interface Message { code: string; message: string }

/** One piece of evidence for a key point: a character span in `blocks[block]` (or -1 for the lead). */
export interface Support { block: number; start: number; end: number }
export interface KeyPoint { text: string; support: Support[] }
export interface KeyPoints {
  items: KeyPoint[];
  method: string;
  messages?: Message[];
  /** Only for checked methods (LLM): per bullet, whether it was checked, replaced and why. */
  checks?: Array<{ index: number; checked: boolean; replaced: boolean; reason: string | null }>;
}

/** Debug trace: every removal explainable as (stage, reason, text). */
export interface Removal { stage: string; reason: string; text: string }
export interface DebugInfo { removals: Removal[]; timings: Record<string, number> }

export interface Article {
  title: string | null;
  kicker: string | null;
  lead: string | null;
  authors: string[];
  siteName: string | null;
  /** Originating outlet or agency credited by the page ("20 Minuten", "dpa", "APA", "Reuters"). */
  source: string | null;
  /** Canonical URL. */
  url: string | null;
  /** BCP 47 tag, e.g. "de", "de-CH", "en". */
  language: string | null;
  /** ISO 8601 with offset, or null. */
  published: string | null;
  updated: string | null;
  section: string | null;
  tags: string[];
  image: ImageInfo | null;
  blocks: Block[];
  summaryBox: SummaryBox | null;
  /** Lead and body as plain text, one blank line between blocks. */
  text: string;
  wordCount: number;
  messages: Message[];
  keyPoints?: KeyPoints;
  debug?: DebugInfo;
}

/** Where the input came from and how to read it. */
export type InputKind = 'auto' | 'html' | 'text';

export interface ExtractOptions {
  /** The page's URL (used for resolving links and as canonical fallback). */
  url?: string;
  /** IANA zone for dates without an offset (default: Europe/Zurich for de-CH, Europe/Vienna for de-AT, Europe/Berlin for de, else UTC). */
  timezone?: string;
  /** Language hint (BCP 47) when the page does not declare one. */
  language?: string;
  /** Treat input as HTML, as a text dump, or decide (default). */
  from?: InputKind;
  /** Transport charset hint (from a Content-Type header) for byte input. */
  contentType?: string;
  /** Reference time for relative dates ("vor 2 Stunden"); default now. */
  now?: Date;
  /** Record removals and stage timings in `article.debug`. */
  debug?: boolean;
  /** Switch stages off by name, e.g. `{ removeBoilerplate: false }`. */
  stages?: Record<string, boolean>;
}

/** An empty article, the base every extractor fills in. */
export function emptyArticle(): Article {
  return {
    title: null, kicker: null, lead: null, authors: [], siteName: null, source: null, url: null,
    language: null, published: null, updated: null, section: null, tags: [], image: null,
    blocks: [], summaryBox: null, text: '', wordCount: 0, messages: [],
  };
}

/** Plain text of a block, as used in `Article.text`. */
export function blockText(b: Block): string {
  switch (b.type) {
    case 'paragraph': case 'heading': return b.text;
    case 'quote': return b.text;
    case 'list': return b.items.join('\n');
    case 'table': return b.rows.map((r) => r.join('\t')).join('\n');
    case 'figure': return '';
    case 'embed': return '';
  }
}

/** Recompute `text` and `wordCount` from lead and blocks. */
export function finalizeText(a: Article): Article {
  const parts: string[] = [];
  if (a.lead) parts.push(a.lead);
  for (const b of a.blocks) {
    const t = blockText(b);
    if (t) parts.push(t);
  }
  a.text = parts.join('\n\n');
  a.wordCount = countWords(a.text);
  return a;
}

/**
 * Whitespace-separated tokens that hold a letter or digit (dashes and bullets standing alone don't count).
 * Exactly the `\S+` tokens of the text, found by a char scan: a regex loop allocated a match and a
 * string per word of every article (twice as slow).
 */
export function countWords(text: string): number {
  let n = 0;
  let start = -1;
  const len = text.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isJsSpace(text.charCodeAt(i))) { if (start < 0) start = i; continue; }
    // A one-character token counts only as a letter or digit.
    if (start >= 0 && (i - start > 1 || LETTER_OR_DIGIT_RE.test(text[start]!))) n++;
    start = -1;
  }
  return n;
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/** The characters of the regex class `\s`. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}
