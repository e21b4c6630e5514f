/** German vocabulary for text dumps (Germany, Austria, Switzerland). */
import type { TextLexicon } from './lexicon.js';

export const de: TextLexicon = {
  galleryHeadings: [
    'die bilder des tages', 'bilder des tages', 'bildergalerie', 'fotogalerie', 'galerie',
    'fotostrecke', 'in bildern', 'die bilder', 'bildstrecke', 'video des tages', 'videos des tages',
  ],
  teaserHeadings: [
    'mehr zum thema', 'mehr zu diesem thema', 'das könnte dich auch interessieren',
    'das könnte sie auch interessieren', 'das könnte dich interessieren', 'das könnte sie interessieren',
    'weitere artikel', 'ähnliche artikel', 'verwandte artikel', 'meistgelesen', 'meist gelesen',
    'am meisten gelesen', 'top-artikel', 'neueste artikel', 'auch interessant', 'lesen sie auch',
    'lies auch', 'weitere news', 'mehr news', 'news aus der region', 'empfohlene artikel',
    'aktuelle nachrichten', 'weitere meldungen', 'mehr aus dem ressort', 'artikel zum thema',
    'zum thema', 'passend dazu', 'dazu passend', 'mehr aus', 'top news', 'beliebte artikel',
  ],
  navigation: [
    'gehe zur galerie', 'zur galerie', 'zur bildergalerie', 'galerie öffnen', 'alle bilder',
    'weiterlesen', 'mehr lesen', 'mehr anzeigen', 'alle anzeigen', 'nach oben', 'zurück', 'zurück nach oben',
    'teilen', 'artikel teilen', 'drucken', 'artikel drucken', 'kommentieren', 'kommentare', 'kommentar schreiben',
    'merken', 'artikel merken', 'vorlesen', 'artikel anhören', 'anhören', 'schliessen', 'schließen',
    'weiter', 'vorherige', 'nächste', 'startseite', 'menü', 'menu', 'suche', 'suchen', 'anmelden', 'abmelden',
    'registrieren', 'login', 'abonnieren', 'jetzt abonnieren', 'newsletter', 'impressum', 'datenschutz',
    'datenschutzerklärung', 'kontakt', 'agb', 'feedback', 'werbung', 'anzeige', 'e-mail', 'link kopieren',
    'video abspielen', 'play', 'inhalt', 'hauptmenü', 'springe direkt zu', 'zum inhalt', 'zum hauptinhalt',
    'bild vergrössern', 'bild vergrößern', 'vollbild', 'folgen', 'jetzt folgen', 'mehr', 'schrift',
    'leserbrief schreiben', 'fehler melden', 'fehler gefunden?', 'zur startseite',
  ],
  summaryHeadings: [
    'auf den punkt gebracht', 'darum gehts', 'darum geht’s', "darum geht's", 'das wichtigste in kürze',
    'das wichtigste in kürze:', 'in kürze', 'das wichtigste', 'zusammenfassung', 'kurz und knapp',
    'die wichtigsten punkte', 'das ist passiert', 'auf einen blick', 'das wichtigste auf einen blick',
    'kurz gesagt', 'zusammengefasst',
  ],
  updatedStamps: ['akt.', 'aktualisiert', 'aktualisiert am', 'update', 'zuletzt aktualisiert', 'geändert', 'stand'],
  publishedStamps: ['publiziert', 'veröffentlicht', 'veröffentlicht am', 'erstellt', 'erschienen', 'publiziert am'],
  bylinePrefixes: ['von', 'ein kommentar von', 'text:', 'autor:', 'autorin:'],
  boilerplate: [
    'cookies', 'cookie-einstellungen', 'alle rechte vorbehalten', 'nutzungsbedingungen', 'datenschutzerklärung',
    'jetzt abonnieren', 'abo abschliessen', 'abo abschließen', 'newsletter abonnieren', 'zum newsletter',
    'javascript aktivieren', 'werbefrei lesen', 'artikel weiterlesen mit', 'bereits abonnent', 'bereits abonniert',
    'melden sie sich an', 'jetzt anmelden', 'jetzt registrieren', 'copyright ©', 'wir verwenden cookies',
    'dieser artikel ist exklusiv', 'plus-artikel', 'nur für abonnenten', 'adblocker',
  ],
  paywall: [
    'exklusiv für abonnenten', 'nur für abonnenten', 'abonnieren und weiterlesen', 'jetzt weiterlesen mit',
    'dieser artikel ist exklusiv', 'bereits abonnent', 'plus-artikel', 'um diesen artikel zu lesen',
  ],
  endMarkers: [
    'kommentare', 'leserkommentare', 'diskutieren sie mit', 'ihre meinung', 'deine meinung',
    'kommentar verfassen', 'kommentar schreiben', 'kommentare anzeigen', 'leserbriefe',
  ],
  months: {
    januar: 1, jan: 1, jänner: 1, jän: 1, februar: 2, feb: 2, märz: 3, mär: 3, maerz: 3, april: 4, apr: 4,
    mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
    oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
};
