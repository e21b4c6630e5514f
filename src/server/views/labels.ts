/**
 * Article-page labels by the article's language. The reader's chrome (navigation, forms) is English;
 * the labels inside an article follow the article, as on the source page. The key-points headings
 * are the ones Swiss/German, French and Italian news sites use for their own boxes.
 */
export interface ArticleLabels {
  keyPoints: string;
  published: string;
  updated: string;
  by: string;
  source: string;
  original: string;
  alsoPublishedBy: string;
  photo: string;
}

const LABELS: Record<string, ArticleLabels> = {
  de: {
    keyPoints: 'Auf den Punkt gebracht', published: 'Publiziert', updated: 'Aktualisiert', by: 'Von',
    source: 'Quelle', original: 'Zum Originalartikel', alsoPublishedBy: 'Auch erschienen bei', photo: 'Bild',
  },
  en: {
    keyPoints: 'Key points', published: 'Published', updated: 'Updated', by: 'By',
    source: 'Source', original: 'Read the original', alsoPublishedBy: 'Also published by', photo: 'Photo',
  },
  fr: {
    keyPoints: "L'essentiel", published: 'Publié', updated: 'Mis à jour', by: 'Par',
    source: 'Source', original: "Lire l'article original", alsoPublishedBy: 'Également publié par', photo: 'Photo',
  },
  it: {
    keyPoints: 'In breve', published: 'Pubblicato', updated: 'Aggiornato', by: 'Di',
    source: 'Fonte', original: "Leggi l'articolo originale", alsoPublishedBy: 'Pubblicato anche da', photo: 'Foto',
  },
};

/** Labels for a BCP 47 tag ("de-CH" → German); English for unknown or missing languages. */
export function labelsFor(language: string | null | undefined): ArticleLabels {
  const primary = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return LABELS[primary] ?? LABELS.en!;
}

/** The locale used to format dates: the article's own tag when Intl knows it. */
export function localeFor(language: string | null | undefined): string {
  if (!language) return 'en-GB';
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language]).length ? language : 'en-GB';
  } catch {
    return 'en-GB';
  }
}
