/** French vocabulary for text dumps (France, Romandie, Belgium). */
import type { TextLexicon } from './lexicon.js';

export const fr: TextLexicon = {
  galleryHeadings: [
    'les images du jour', 'les photos du jour', 'en images', 'galerie photos', 'galerie photo', 'galerie',
    'diaporama', 'la semaine en images', 'photos', 'vidéos',
  ],
  teaserHeadings: [
    'à lire aussi', 'a lire aussi', 'lire aussi', 'sur le même sujet', 'articles similaires',
    'articles liés', 'les plus lus', 'les plus populaires', 'à découvrir', 'a découvrir', 'plus d’articles',
    "plus d'articles", 'vous aimerez aussi', 'vous pourriez aussi aimer', 'dans la même rubrique',
    'à la une', 'nos articles', 'derniers articles', 'en continu', 'sur le même thème', 'voir aussi',
  ],
  navigation: [
    'partager', 'partager sur facebook', 'partager sur twitter', 'imprimer', 'commenter', 'commentaires',
    'lire la suite', 'voir plus', 'afficher plus', 'suivant', 'précédent', 'fermer', 'menu', 'rechercher',
    'recherche', 'accueil', 'se connecter', 'connexion', "s'abonner", 's’abonner', 'abonnez-vous',
    'newsletter', 'retour en haut', 'haut de page', 'publicité', 'envoyer par e-mail', 'copier le lien',
    'voir la galerie', 'aller à la galerie', 'écouter', 'écouter cet article', 'suivre', 'mentions légales',
    'contact', 'plus',
  ],
  summaryHeadings: [
    'l’essentiel', "l'essentiel", 'en bref', 'ce qu’il faut retenir', "ce qu'il faut retenir", 'à retenir',
    'les points clés', 'résumé', 'en résumé', 'ce qu’il faut savoir', "ce qu'il faut savoir",
  ],
  updatedStamps: ['mis à jour', 'mise à jour', 'màj', 'actualisé', 'modifié'],
  publishedStamps: ['publié', 'publié le', 'paru le', 'créé'],
  bylinePrefixes: ['par', 'de notre correspondant', 'propos recueillis par'],
  boilerplate: [
    'cookies', 'tous droits réservés', 'conditions générales', 'politique de confidentialité',
    'abonnez-vous', 'déjà abonné', 'réservé aux abonnés', 'cet article est réservé', 'newsletter',
    'activer javascript', 'bloqueur de publicité', 'lire la suite de l’article', "il vous reste",
    'inscrivez-vous',
  ],
  paywall: ['réservé aux abonnés', 'il vous reste', 'déjà abonné', 'cet article est réservé'],
  endMarkers: ['commentaires', 'réagir', 'vos réactions', 'laisser un commentaire'],
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fév: 2, mars: 3, avril: 4, avr: 4, mai: 5,
    juin: 6, juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10,
    novembre: 11, nov: 11, décembre: 12, decembre: 12, déc: 12,
  },
};
