/**
 * Data for sentence compression (src/keypoints/compress.ts): which trailing attributions may be
 * dropped, which words open an apposition, and which German verb forms mark reported speech.
 *
 * Why two verb classes: dropping ", teilte die Polizei mit." leaves a statement the source reports as
 * fact, so meaning is kept. Dropping ", sagte er." from an indicative sentence would turn an opinion
 * into a fact, so SAY attributions are only dropped where the German Konjunktiv I keeps the sentence
 * marked as reported speech ("Es gehe um …, sagte er." → "Es gehe um …."). In en/fr/it there is no such
 * mood, so only FACT attributions go.
 */
import type { Lang } from '../../nlp/language.js';

export interface AttributionRules {
  /** Verbs (finite forms, lowercase) that report facts: announcements, reports, confirmations. */
  fact: string[];
  /** Verbs of saying/opining. */
  say: string[];
  /** Words that open a trailing "as X said" clause. */
  asWords: string[];
}

export const ATTRIBUTION: Record<Lang, AttributionRules> = {
  de: {
    fact: ['teilte', 'teilt', 'teilten', 'mitteilte', 'mitteilt', 'mitteilten', 'meldet', 'meldete', 'meldeten', 'melden',
      'berichtet', 'berichtete', 'berichteten', 'berichten', 'bestätigte', 'bestätigt', 'bestätigten', 'heisst', 'heißt',
      'hiess', 'hieß', 'schreibt', 'schrieb', 'schreiben', 'bekanntgab', 'informierte', 'informiert',
      'vermeldet', 'vermeldete', 'gemeldet'],
    say: ['sagte', 'sagt', 'sagten', 'sagen', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont', 'meinte', 'meint',
      'sagte', 'fügte', 'ergänzte', 'ergänzt', 'erläuterte', 'erläutert', 'warnte', 'warnt', 'so', 'kritisierte', 'kritisiert',
      'versicherte', 'versichert', 'behauptete', 'behauptet', 'sagt', 'äusserte', 'äußerte', 'zitiert', 'zitierte'],
    asWords: ['wie'],
  },
  en: {
    fact: ['announced', 'reported', 'reports', 'confirmed', 'confirms', 'stated', 'states'],
    say: ['said', 'says', 'told', 'added', 'explained', 'claimed', 'insisted', 'warned'],
    asWords: ['as'],
  },
  fr: {
    fact: ['annoncé', 'annonce', 'rapporte', 'rapporté', 'confirmé', 'confirme', 'indiqué', 'indique', 'communiqué', 'précisé',
      'précise'],
    say: ['dit', 'déclaré', 'déclare', 'expliqué', 'explique', 'affirmé', 'affirme', 'ajouté', 'ajoute', 'souligné',
      'souligne', 'estimé', 'estime'],
    asWords: ['comme'],
  },
  it: {
    fact: ['annunciato', 'annuncia', 'riferito', 'riferisce', 'confermato', 'conferma', 'comunicato', 'comunica', 'reso',
      'precisato', 'precisa', 'riporta', 'riportato'],
    say: ['detto', 'dice', 'dichiarato', 'dichiara', 'spiegato', 'spiega', 'affermato', 'afferma', 'aggiunto', 'aggiunge',
      'sottolineato', 'sottolinea'],
    asWords: ['come'],
  },
};

/**
 * German Konjunktiv I forms that mark reported speech. Only unambiguous ones: "habe", "werde" are
 * also 1st person indicative, but news prose has no 1st person outside quotes (which are filtered).
 */
export const KONJUNKTIV_I = new Set(['sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe',
  'gebe', 'gehe', 'komme', 'liege', 'stehe', 'bestehe', 'handle', 'wisse', 'stimme', 'fehle', 'brauche', 'bleibe',
  'wäre', 'hätte', 'würde', 'seiest', 'habest']);

/**
 * Words after "wie" that make it a comparison or a degree ("wie viele Menschen berichten"), not an
 * attribution ("wie die Polizei mitteilte").
 */
export const NOT_ATTRIBUTION_AFTER_AS = new Set(['viel', 'viele', 'vielen', 'lange', 'oft', 'sehr', 'weit', 'gross', 'groß',
  'hoch', 'schnell', 'much', 'many', 'long', 'often', 'far', 'well', 'soon']);

/** Words that open an apposition or a non-restrictive relative clause after a proper name. */
export const APPOSITION_OPENERS: Record<Lang, string[]> = {
  de: ['der', 'die', 'das', 'ein', 'eine', 'einer', 'eines', 'dessen', 'deren', 'den', 'dem'],
  en: ['the', 'a', 'an', 'who', 'whose', 'which'],
  fr: ['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'qui', 'dont'],
  it: ['il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'l’', 'un', 'uno', 'una', 'che', 'cui'],
};

/** First-person pronouns: outside quotes they mark unquoted speech or columns, not news statements. */
export const FIRST_PERSON: Record<Lang, string[]> = {
  de: ['ich', 'mich', 'mir', 'wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'mein', 'meine', 'meinen', 'meinem', 'meiner'],
  en: ['i', 'me', 'we', 'us', 'our', 'my'],
  fr: ['je', 'j', 'me', 'moi', 'nous', 'notre', 'nos', 'mon', 'ma', 'mes'],
  it: ['io', 'noi', 'nostro', 'nostra', 'nostri', 'nostre', 'mio', 'mia', 'miei', 'mie'],
};

/**
 * Sentence openers that refer to something outside the sentence (pronouns, demonstratives,
 * pronominal adverbs): "Er …", "Dabei …", "Dort …". Such a bullet does not stand alone.
 */
export const ANAPHORIC_OPENERS: Record<Lang, string[]> = {
  de: ['er', 'sie', 'es', 'dies', 'diese', 'dieser', 'dieses', 'dabei', 'damit', 'dafür', 'daher', 'deshalb', 'deswegen',
    'dort', 'demnach', 'daraufhin', 'darauf', 'dazu', 'dadurch', 'davon', 'dagegen', 'damals', 'ihm', 'ihn', 'ihr', 'ihre',
    'ihnen', 'sein', 'seine', 'seiner', 'seinen', 'so', 'zuvor', 'danach', 'dann'],
  en: ['he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'there', 'then', 'so',
    'thus', 'therefore'],
  fr: ['il', 'elle', 'ils', 'elles', 'ce', 'cela', 'ceci', 'son', 'sa', 'ses', 'leur', 'leurs', 'ensuite', 'puis', 'donc',
    'là'],
  it: ['lui', 'lei', 'loro', 'questo', 'questa', 'questi', 'queste', 'ciò', 'suo', 'sua', 'suoi', 'sue', 'poi', 'quindi', 'lì'],
};

/**
 * Connectives that open a sentence ("Und auch …", "Doch …", "Zudem …"): they link to the sentence
 * before, but what the sentence states stands on its own — boxes print "Auch X …" bullets.
 */
export const CONNECTIVE_OPENERS: Record<Lang, string[]> = {
  de: ['und', 'aber', 'doch', 'denn', 'auch', 'zudem', 'ausserdem', 'außerdem', 'jedoch', 'trotzdem', 'dennoch', 'allerdings'],
  en: ['and', 'but', 'also', 'however', 'yet', 'still'],
  fr: ['et', 'mais', 'aussi', 'cependant', 'pourtant', 'toutefois'],
  it: ['e', 'ma', 'anche', 'però', 'tuttavia', 'inoltre'],
};

/**
 * Pronominal adverbs later in the sentence that refer back ("fand darauf einen Mann", "kosten
 * dann mehr", "verlor dabei zwei Spiele"): the sentence leans on the one before.
 */
export const BACK_REFERENCES: Record<Lang, string[]> = {
  de: ['daraufhin', 'darauf', 'deshalb', 'deswegen', 'dagegen', 'dafür', 'dadurch', 'davon', 'damals', 'dort', 'daher',
    'demnach', 'dabei', 'dann', 'ebenfalls', 'ebenso'],
  en: ['therefore', 'thereafter', 'then', 'there', 'thus', 'likewise'],
  fr: ['alors', 'ensuite', 'là', 'également', 'ainsi'],
  it: ['allora', 'poi', 'lì', 'là', 'così', 'pure'],
};

/**
 * Discourse particles that link a sentence to its neighbours ("nämlich", "allerdings", "jedoch").
 * Inside a sentence (never first: German needs its first field) they can go without changing the
 * facts; a bullet stands alone, so the link would dangle anyway. Particles that change certainty or
 * scope ("wohl", "auch", "nur", "noch", "nicht") are deliberately absent.
 */
export const DISCOURSE_PARTICLES: Record<Lang, string[]> = {
  de: ['nämlich', 'allerdings', 'jedoch', 'übrigens', 'halt', 'eben', 'ja'],
  en: ['however', 'though', 'meanwhile'],
  fr: ['cependant', 'toutefois', 'pourtant', 'donc', 'd’ailleurs', "d'ailleurs"],
  it: ['tuttavia', 'però', 'infatti', 'peraltro', 'comunque'],
};

/**
 * Subordinating conjunctions: a sentence that opens with one has its main clause after the first
 * comma, so nothing after the subordinate clause may be cut as an appendix.
 */
export const SUBORDINATORS: Record<Lang, string[]> = {
  de: ['wenn', 'weil', 'als', 'obwohl', 'obgleich', 'obschon', 'dass', 'während', 'nachdem', 'bevor', 'falls', 'sobald',
    'ob', 'seit', 'seitdem', 'bis', 'indem', 'sodass', 'wo', 'da'],
  en: ['if', 'because', 'although', 'though', 'while', 'when', 'after', 'before', 'since', 'unless', 'whereas', 'as', 'once'],
  fr: ['si', 'parce', 'quand', 'lorsque', 'bien', 'puisque', 'comme', 'avant', 'après', 'tandis', 'quoique'],
  it: ['se', 'perché', 'quando', 'mentre', 'benché', 'sebbene', 'poiché', 'dopo', 'prima', 'siccome'],
};

/** Coordinating words that may stand before a subordinator ("Und auch wenn …", "Mais quand …"). */
export const LEADING_CONJUNCTIONS: Record<Lang, string[]> = {
  de: ['und', 'auch', 'aber', 'doch', 'denn', 'selbst', 'gerade', 'nur', 'erst'],
  en: ['and', 'but', 'even', 'only', 'just'],
  fr: ['et', 'mais', 'même', 'seulement'],
  it: ['e', 'ma', 'anche', 'solo', 'proprio'],
};

/**
 * Verbs of belief, hope, fear and demand. A colon after them introduces what someone thinks or
 * wants ("Die Polizei vermutet: Der Täter floh."), so the lead-in before the colon must stay; the
 * SAY verbs of ATTRIBUTION count the same way.
 */
export const FRAME_VERBS: Record<Lang, string[]> = {
  de: ['glaubt', 'glauben', 'glaubte', 'glaubten', 'vermutet', 'vermuten', 'vermutete', 'vermuteten', 'befürchtet',
    'befürchten', 'befürchtete', 'fürchtet', 'fürchten', 'fürchtete', 'hofft', 'hoffen', 'hoffte', 'hofften', 'fordert',
    'fordern', 'forderte', 'forderten', 'verlangt', 'verlangen', 'verlangte', 'findet', 'finden', 'fand', 'denkt', 'denken',
    'dachte', 'schätzt', 'schätzen', 'schätzte', 'rät', 'raten', 'riet', 'fragt', 'fragen', 'fragte', 'verspricht',
    'versprechen', 'versprach', 'droht', 'drohen', 'drohte', 'überzeugt', 'vermutlich', 'angeblich', 'twittert',
    'twitterte', 'postet', 'postete', 'sagt', 'sagte', 'sagten', 'meint', 'meinte', 'meinen'],
  en: ['believes', 'believe', 'believed', 'thinks', 'think', 'thought', 'fears', 'fear', 'feared', 'hopes', 'hope', 'hoped',
    'demands', 'demand', 'demanded', 'suspects', 'suspect', 'suspected', 'asks', 'ask', 'asked', 'promises', 'promise',
    'promised', 'warns', 'warn', 'warned', 'says', 'say', 'said', 'claims', 'claim', 'claimed', 'insists', 'insist', 'insisted'],
  fr: ['croit', 'croient', 'pense', 'pensent', 'craint', 'craignent', 'espère', 'espèrent', 'exige', 'exigent', 'demande',
    'demandent', 'soupçonne', 'soupçonnent', 'promet', 'promettent', 'estime', 'estiment', 'dit', 'disent', 'affirme',
    'affirment', 'selon'],
  it: ['crede', 'credono', 'pensa', 'pensano', 'teme', 'temono', 'spera', 'sperano', 'chiede', 'chiedono', 'sospetta',
    'sospettano', 'promette', 'promettono', 'ritiene', 'ritengono', 'dice', 'dicono', 'afferma', 'affermano', 'secondo'],
};

/** Words that open a German relative clause (relative pronouns and relative adverbs). */
export const RELATIVE_OPENERS: Record<'de', string[]> = {
  de: ['der', 'die', 'das', 'dessen', 'deren', 'denen', 'den', 'dem', 'welcher', 'welche', 'welches', 'welchen', 'welchem',
    'wo', 'wobei', 'womit', 'wodurch', 'worauf', 'worin', 'wohin', 'woher'],
};

/** Prepositions that may stand before a relative pronoun ("in dem", "mit der", "von denen"). */
export const RELATIVE_PREPOSITIONS = ['in', 'mit', 'bei', 'von', 'für', 'an', 'auf', 'aus', 'nach', 'über', 'unter', 'vor',
  'zu', 'durch', 'gegen', 'um', 'seit', 'ohne', 'hinter', 'neben', 'zwischen', 'trotz', 'während', 'wegen'];

/** Quantifiers before a head noun make its relative clause restrictive ("alle, die …", "keiner, der …"). */
export const QUANTIFIERS = ['alle', 'allen', 'aller', 'jede', 'jeder', 'jedes', 'jeden', 'jedem', 'kein', 'keine', 'keiner',
  'keinen', 'keinem', 'viele', 'vielen', 'wenige', 'wenigen', 'einzige', 'einzigen', 'einzig', 'nur', 'manche', 'einige',
  'diejenigen', 'derjenige', 'diejenige', 'jene', 'jener', 'solche', 'solchen', 'meisten', 'beide', 'beiden'];
