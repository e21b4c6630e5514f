/**
 * Language-independent cues for text dumps: photo-credit and agency patterns, counters, source
 * datelines, and the thresholds of the block classifier.
 *
 * The thresholds were calibrated together on the seed, the hand-written fixtures in
 * test/fixtures-text and lynx/w3m dumps of the scrapinghub and trafilatura-dev benchmark pages
 * (measured by eye and with the token-shingle F1 of bench/text.ts); don't tune one in isolation.
 */

/** Picture agencies and wire services that appear alone on a credit line. Lowercase. */
export const AGENCIES: string[] = [
  'reuters', 'afp', 'ap', 'dpa', 'apa', 'keystone', 'keystone-sda', 'sda', 'epa', 'getty images', 'getty',
  'imago', 'imago images', 'picture alliance', 'picture-alliance', 'ansa', 'efe', 'belga', 'anp', 'tass',
  'ria novosti', 'xinhua', 'shutterstock', 'istock', 'istockphoto', 'unsplash', 'pexels', 'zvg',
  'ddp', 'kna', 'epd', 'pa', 'pa images', 'pa wire', 'upi', 'bloomberg', 'ats', 'lusa', 'ansa foto',
  'afp via getty images', 'ap photo', 'sipa', 'maxppp', 'hans lucas', 'abaca', 'tamedia', 'ringier',
  'blick', 'freshfocus', 'nzz', 'alamy', 'wikimedia commons', 'wikipedia', 'privat', 'archiv', 'zVg',
];

/** Outlets and agencies that a dateline credits as the source: "BERLIN (dpa) -", "(Reuters) -". */
export const SOURCE_NAMES: Record<string, string> = {
  reuters: 'Reuters', dpa: 'dpa', afp: 'AFP', ap: 'AP', apa: 'APA', sda: 'SDA', 'keystone-sda': 'Keystone-SDA',
  ats: 'ATS', ansa: 'ANSA', efe: 'EFE', epd: 'epd', kna: 'KNA', ddp: 'ddp', upi: 'UPI', bloomberg: 'Bloomberg',
  'awp': 'AWP', 'belga': 'Belga', 'anp': 'ANP', 'tass': 'TASS', 'xinhua': 'Xinhua', 'lusa': 'Lusa',
};

/** Prefixes of a photo-credit line ("Foto: APA/Georg Hochmuth", "via REUTERS", "Bild: Keystone"). */
export const CREDIT_PREFIX = /^(?:\(?\s*)(?:image source|photo source|bildquelle|via|fotos?|bild(?:er)?|photos?|photograph|image|images|picture|pictures|credit|credits|crédits?|illustration|grafik|quelle|fonte|foto di|photo de|copyright|©|\(c\))\s*[:|/,]?\s*/iu;

/** A label line announcing the caption on the next line ("Image caption,"). */
export const CAPTION_LABEL = /^(?:image caption|media caption|caption|bildunterschrift|légende|didascalia)\s*[,:]?$/iu;

/** A counter of a gallery or slideshow: "1/64", "3 / 12", "Bild 1 von 12", "1 of 20". */
export const COUNTER = /^(?:(?:bild|foto|photo|image|slide|immagine)\s+)?\d{1,3}\s*(?:\/|von|of|de|di|sur|su)\s*\d{1,3}$/iu;

/** Lines made only of symbols, digits or single letters (icons, separators, pagers). */
export const SYMBOL_ONLY = /^[\p{P}\p{S}\p{N}\s]{0,40}$|^[\p{L}]$/u;

/** A dateline crediting a wire service at the start of a paragraph: "ROTTERDAM, March 4 (Reuters) - …", "(dpa) -". */
export const DATELINE_SOURCE = /^[^()]{0,60}?\(([\p{L}\-/ ]{2,30})\)\s*[-–—:]\s/u;

/** A trailing agency credit of a paragraph: "… (dpa)", "(sda/afp)", "(APA)". */
export const TRAILING_SOURCE = /\(([\p{L}\-/, ]{2,30})\)\s*$/u;

/** Inline link-reference markers of text browsers: lynx "[12]", html-to-text "[https://…]". */
export const LINK_MARKER = /\[(?:\d{1,5}|https?:\/\/[^\]\s]{1,500}|mailto:[^\]\s]{1,200}|\/[^\]\s]{0,500})\]/gu;

/** An image placeholder line from a text browser: "[IMG]", "[photo.jpg]", "[https://…/x.jpg]". */
export const IMAGE_PLACEHOLDER = /^\[(?:img|image|inline|bild|[^\]]{0,300}\.(?:jpe?g|png|gif|webp|svg)(?:\?[^\]]*)?)\]$/iu;

/** Header line of a reader comment ("Anna on May 3, 2019 at 4:47 pm said:", "Max schreibt:"). */
export const COMMENT_VERBS = ['said', 'says', 'wrote', 'schrieb', 'schreibt', 'meint', 'a écrit', 'ha scritto', 'replied', 'commented', 'commented on'];

/** `key` is the lowercased line. A suffix test: the equivalent /…$/iu regex scans every position. */
const COMMENT_LAST_WORDS = new Set(COMMENT_VERBS.map((v) => v.slice(v.lastIndexOf(' ') + 1)));

export function isCommentHeader(key: string): boolean {
  let end = key.length;
  while (end > 0 && (key[end - 1] === ':' || key[end - 1] === ' ')) end--;
  // cheap pre-check on the last word: almost no line ends in a comment verb
  const space = key.lastIndexOf(' ', end - 1);
  if (!COMMENT_LAST_WORDS.has(key.slice(space + 1, end))) return false;
  const k = key.slice(Math.max(0, end - 20), end);
  return COMMENT_VERBS.some((v) => k.endsWith(v) && (k.length === v.length || k[k.length - v.length - 1] === ' '));
}

/** Short lines naming a comments section ("167 comments", "Top Rated Comments", "Leserkommentare (12)"):
 *  the article is over when they follow its prose. Related-content lines ("Related Roundup: …",
 *  "SEE MORE: …") are only soft barriers: such boxes sit inside articles too. */
export const COMMENT_SECTION = /^(?:\[?\s*\d+\s*\]?\s*)?(?:[\p{L}]+\s){0,3}(?:comments?|kommentare?|leserkommentare|commentaires?|commenti|reactions|réactions|responses|replies|antworten)\b/iu;
/** Every COMMENT_SECTION line holds one of these (lowercased): tested first, it spares the regex. */
export const COMMENT_SECTION_PROBE = /comment|kommentar|reactions|réactions|responses|replies|antworten/;
export const RELATED_SECTION = /^(?:related|verwandte|ähnliche|similar|see more|see also|read more|more from|more on|lire aussi|leggi anche|mehr zu[mr]?)\b/iu;

/** Relative time stamps of comments and tickers ("2 days ago at 07:52 am", "vor 3 Stunden", "il y a 2 heures"). */
export const RELATIVE_TIME = /^(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|^vor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)\b|^il y a\s+\d+\s+(?:minutes?|heures?|jours?)|^\d+\s+(?:minuti|ore|giorni)\s+fa\b/iu;

/** Words of cookie/consent/privacy notices; two or more in one paragraph mark it as boilerplate
 *  whatever its length (consent layers are long prose that would otherwise outscore short articles). */
export const CONSENT_WORDS = /cookie|datenschutz|einwilligung|consent|privacy|personenbezogen|personal data|données personnelles|dati personali|gdpr|dsgvo|rgpd/g;
export const CONSENT_MIN_HITS = 2;

/** Final punctuation of a sentence in the scripts we meet (Latin, CJK, Arabic, Devanagari). */
export const SENTENCE_END = /[.!?…。！？؟।:;"“”»«'’)\]]$/u;
export const STRONG_END = /[.!?…。！？؟।]["“”»«'’)\]]?$/u;

/** Stray HTML tags and entities inside a text line. */
export const HTML_TAG = /<\/?[a-z][a-z0-9]*\b[^<>]*>|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/iu;

/** A line that starts with a date and a colon: gallery or ticker captions ("21.12.2014: …"). */
export const DATE_PREFIXED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}):\s+\S/u;

/** List bullets: "•", "*", "-", "+", "–", "·", "▪", "1.", "a)". */
export const BULLET = /^(?:([•*+\-–·▪►◦○■□➤✓✔])|(\d{1,2}[.)])|([a-z]\)))\s+/u;

export const THRESHOLDS = {
  /** Max chars processed; longer input is cut with a message. A news page dump is < 1 MB; 4 MB keeps
   *  the 20 MB bad-input case well under a second per MB while never cutting a real page. */
  maxChars: 4_000_000,
  /** Share of control/replacement chars above which the input is treated as binary (real text has ~0). */
  binaryRatio: 0.1,
  /** Lines longer than this are never headings, captions or credits (the longest titles seen: ~180). */
  maxHeadingChars: 200,
  maxHeadingWords: 25,
  /** A credit line is short: "Foto: Keystone/Ennio Leanza" ~30 chars; some list two agencies. */
  maxCreditChars: 90,
  /** A paragraph counts as good content from this many words (jusText uses ~ 20-25 for "long"). */
  goodWords: 14,
  /** Stopword share of a good paragraph; prose is ~0.35-0.55, menus and lists of names < 0.15. */
  minStopwordRatio: 0.18,
  /** Share of words inside links above which a block is navigation. */
  maxLinkRatio: 0.5,
  /** Penalty of a short, non-sentence unit for the main-region search, in words. */
  shortPenalty: 6,
  /** Fixed cost per prose unit: a run of headline + short blurb teasers nets ~0 while article
   *  paragraphs stay positive. With shortPenalty, swept over {3,6,8,10} × {0,5,10,12,15}: 6/10 gave
   *  the best F1 on both scrapinghub and trafilatura-dev dumps together (precision +7 pts, recall -1). */
  paragraphCost: 10,
  /** Penalty of a boilerplate unit and of an end marker (teasers, comments) in words. */
  boilerplatePenalty: 25,
  endMarkerPenalty: 40,
  /** Related-content headings inside an article ("Leggi anche", "SEE MORE: …"): their items are
   *  dropped anyway, so the heading costs only about two headline lines. */
  softBarrierPenalty: 12,
  /** After an end marker (comments, related) that follows at least this much prose score, the rest
   *  of the page counts only `afterEndFactor` of its score: articles come before their comments. */
  endMarkerMinProse: 50,
  afterEndFactor: 0.3,
  /** A lead has at most this many chars (20 Minuten leads: 120-300; wire leads up to ~400). */
  maxLeadChars: 500,
  /** Wrapped dumps: a line belongs to the wrap band if at most this many chars shorter than the width. */
  wrapBand: 22,
  /** Share of long lines (40+ chars) that must end in the wrap band to call a dump hard-wrapped. */
  wrapShare: 0.25,
  /** How many units before the main region are searched for the title. */
  headerSearch: 12,
} as const;
