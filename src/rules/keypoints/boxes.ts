/**
 * Headings of the key-point boxes news sites print ("Auf den Punkt gebracht", "Darum gehts"). Key
 * points are made from the body only, so if an extractor left such a box in `blocks`, the candidate
 * stage skips the heading and everything under it until the next heading: the box must stay a fair
 * reference and must never be copied back as our own bullets.
 */
import type { Lang } from '../../nlp/language.js';

export const BOX_HEADINGS: Record<Lang, string[]> = {
  de: ['Auf den Punkt gebracht', 'Darum gehts', "Darum geht's", 'Darum geht es', 'Das Wichtigste in Kürze',
    'Das Wichtigste in Kuerze', 'Das Wichtigste auf einen Blick', 'Auf einen Blick', 'Das Wichtigste', 'Kurz und knapp',
    'In Kürze', 'Zusammenfassung', 'Das musst du wissen', 'Das Wichtigste zusammengefasst'],
  en: ['Key points', 'Key takeaways', 'At a glance', 'In brief', 'In short', 'Summary', 'The big picture', 'What we know',
    'TL;DR', 'Quick read'],
  fr: ['En bref', "L'essentiel", "L’essentiel", 'Les points clés', 'Points clés', 'En résumé', 'Résumé', "Ce qu'il faut retenir",
    'Ce qu’il faut retenir', 'À retenir', 'En un coup d’œil'],
  it: ['In breve', "L'essenziale", "L’essenziale", 'In sintesi', 'Punti chiave', 'I punti chiave', 'Riassunto', 'Il punto',
    'Da sapere', 'In pillole'],
};

const ALL = new Set(Object.values(BOX_HEADINGS).flat().map((h) => normalizeHeading(h)));

export function normalizeHeading(h: string): string {
  return h.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' ]/gu, '').replace(/\s+/g, ' ').trim();
}

/** Whether `text` is a key-point box heading in any supported language. */
export function isBoxHeading(text: string): boolean {
  return ALL.has(normalizeHeading(text));
}
