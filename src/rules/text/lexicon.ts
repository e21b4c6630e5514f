/**
 * Shape of a per-language lexicon for the text-dump pipeline. Every vocabulary is plain data so a
 * new language (or a new outlet's wording) is a data change, never a code change.
 * Phrases are matched case-insensitively against a whole line after whitespace collapse and
 * trailing-colon removal, unless the field says "prefix".
 */
export interface TextLexicon {
  /** Headings that open a gallery of other pictures/stories ("Die Bilder des Tages"). Whole line. */
  galleryHeadings: string[];
  /** Headings that open teasers of other content ("Mehr zum Thema", "Related"). Whole line or prefix. */
  teaserHeadings: string[];
  /** Navigation words and widget labels that are never article text ("Gehe zur Galerie", "Share"). */
  navigation: string[];
  /** Headings of a page's own key-point box ("Auf den Punkt gebracht", "Darum gehts"). */
  summaryHeadings: string[];
  /** Prefixes of an update stamp ("Akt.", "Aktualisiert"). */
  updatedStamps: string[];
  /** Prefixes of a publication stamp ("Publiziert", "Veröffentlicht"). */
  publishedStamps: string[];
  /** Prefixes of a byline ("Von", "By"). */
  bylinePrefixes: string[];
  /** Substrings of boilerplate lines: cookies, newsletters, paywalls, copyright. */
  boilerplate: string[];
  /** Substrings of a paywall notice: the visible text is only the start of the article. */
  paywall: string[];
  /** Lines that open the comments or the page footer: the article proper is over. Whole line. */
  endMarkers: string[];
  /** Month names and abbreviations → month number, for date stamps. */
  months: Record<string, number>;
}

export function emptyLexicon(): TextLexicon {
  return {
    galleryHeadings: [], teaserHeadings: [], navigation: [], summaryHeadings: [], updatedStamps: [],
    publishedStamps: [], bylinePrefixes: [], boilerplate: [], paywall: [], endMarkers: [], months: {},
  };
}
