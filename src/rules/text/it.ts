/** Italian vocabulary for text dumps (Italy, Ticino). */
import type { TextLexicon } from './lexicon.js';

export const it: TextLexicon = {
  galleryHeadings: [
    'le immagini del giorno', 'le foto del giorno', 'in immagini', 'fotogallery', 'galleria fotografica',
    'galleria', 'gallery', 'fotogalleria', 'video',
  ],
  teaserHeadings: [
    'leggi anche', 'potrebbe interessarti', 'potrebbe interessarti anche', 'articoli correlati',
    'notizie correlate', 'i più letti', 'più letti', 'più lette', 'ti potrebbe interessare',
    'altre notizie', 'ultime notizie', 'dello stesso argomento', 'correlati', 'da non perdere',
    'consigliati', 'altri articoli',
  ],
  navigation: [
    'condividi', 'condividi su facebook', 'stampa', 'commenta', 'commenti', 'leggi tutto', 'continua a leggere',
    'mostra altro', 'successivo', 'precedente', 'chiudi', 'menu', 'cerca', 'home', 'accedi', 'abbonati',
    'iscriviti', 'newsletter', 'torna su', 'pubblicità', 'copia link', 'vai alla galleria', 'guarda la gallery',
    'ascolta', 'segui', 'contatti', 'altro',
  ],
  summaryHeadings: [
    'in breve', 'i punti chiave', 'in sintesi', 'punti chiave', 'l’essenziale', "l'essenziale", 'riassunto',
    'cosa sapere', 'in pillole',
  ],
  updatedStamps: ['aggiornato', 'aggiornato il', 'aggiornamento', 'ultimo aggiornamento', 'modificato'],
  publishedStamps: ['pubblicato', 'pubblicato il', 'creato'],
  bylinePrefixes: ['di', 'a cura di', 'testo di'],
  boilerplate: [
    'cookie', 'tutti i diritti riservati', 'riproduzione riservata', 'informativa sulla privacy',
    'abbonati', 'sei già abbonato', 'riservato agli abbonati', 'iscriviti alla newsletter',
    'attiva javascript', 'partita iva', 'p.iva',
  ],
  paywall: ['riservato agli abbonati', 'sei già abbonato', 'contenuto riservato', 'per continuare a leggere'],
  endMarkers: ['commenti', 'lascia un commento'],
  months: {
    gennaio: 1, gen: 1, febbraio: 2, febb: 2, marzo: 3, mar: 3, aprile: 4, apr: 4, maggio: 5, magg: 5,
    giugno: 6, giu: 6, luglio: 7, lug: 7, agosto: 8, ago: 8, settembre: 9, sett: 9, set: 9,
    ottobre: 10, ott: 10, novembre: 11, nov: 11, dicembre: 12, dic: 12,
  },
};
