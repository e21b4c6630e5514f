/**
 * A bullet is a full sentence, so it needs a finite verb. Without a tagger, German gives two cues:
 * verbs are written in lower case inside the sentence, and finite forms either are one of the
 * frequent irregular ones below or end like a regular verb (-t, -te, -ten, -en, -e, -st, -n). A
 * short sentence with no such word is an elliptic fragment: "Vermutlich sogar schon im
 * Frühling.", "Der Verein – der älteste im ganzen Kanton." Superlatives in "-ste" ("bekannteste") and
 * stopwords (articles, prepositions) are not verbs. Only sentences of up to MAX_WORDS words are
 * tested: in longer ones a miss is far more likely to be a rare strong verb ("rief", "floh") than
 * a fragment. German only; en/fr/it fragments are left to the other filters.
 */
export const VERBLESS = { maxWords: 12 } as const;

/** Finite forms that do not end like a regular verb, or that stopword lists contain. */
export const FINITE_VERBS_DE = new Set([
  'bin', 'bist', 'ist', 'sind', 'seid', 'war', 'waren', 'warst', 'wart', 'sei', 'seien', 'wäre', 'wären',
  'hat', 'habe', 'haben', 'habt', 'hast', 'hatte', 'hatten', 'hätte', 'hätten',
  'wird', 'werde', 'werden', 'werdet', 'wirst', 'wurde', 'wurden', 'würde', 'würden',
  'kann', 'kannst', 'können', 'könnt', 'konnte', 'konnten', 'könne', 'könnte', 'könnten',
  'muss', 'musst', 'müssen', 'müsst', 'musste', 'mussten', 'müsse', 'müsste', 'muß',
  'soll', 'sollen', 'sollst', 'sollt', 'sollte', 'sollten', 'solle',
  'will', 'willst', 'wollen', 'wollt', 'wollte', 'wollten', 'wolle',
  'darf', 'darfst', 'dürfen', 'dürft', 'durfte', 'durften', 'dürfe', 'dürfte', 'mag', 'magst', 'mögen', 'möchte', 'möchten',
  'gibt', 'gab', 'gaben', 'geht', 'ging', 'gingen', 'kommt', 'kam', 'kamen', 'tut', 'tat', 'taten', 'steht', 'stand',
  'standen', 'liegt', 'lag', 'lagen', 'sagt', 'sagte', 'macht', 'machte', 'heisst', 'heißt', 'hiess', 'hieß', 'gilt',
  'galt', 'bleibt', 'blieb', 'blieben', 'lässt', 'liess', 'ließ', 'nahm', 'nahmen', 'sah', 'sahen', 'fand', 'fanden',
  'rief', 'riefen', 'trug', 'fuhr', 'flog', 'zog', 'bot', 'schlug', 'sprach', 'brach', 'traf', 'starb', 'warf', 'half',
  'sang', 'sprang', 'gewann', 'begann', 'floh', 'las', 'sass', 'saß', 'verschwand', 'stieg', 'fiel', 'fielen', 'lief',
  'schrieb', 'schien', 'hielt', 'wusste', 'weiss', 'weiß', 'tritt', 'trat', 'wuchs', 'stahl', 'litt', 'riet', 'mied',
]);

/** Endings of regular finite forms and infinitives (the latter appear with modals and in V2 plural). */
export const VERB_ENDING_DE = /(?:t|te|ten|en|e|st|n|rn|ln)$/u;
/** Superlatives look like verbs in "-ste" ("bekannteste", "grösste"); "-sste"/"-ßte" are past tense ("musste"). */
export const SUPERLATIVE_DE = /ste$/u;
export const PAST_SST_DE = /(?:sste|ßte)$/u;
