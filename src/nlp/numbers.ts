/**
 * Numbers in text as values, so a check can tell that "sechs Offiziere" and "6 Offiziere" state the
 * same number. Digits (with Swiss/German/English separators), cardinal number words and ordinal
 * words ("dritten" = 3, so "zum dritten Mal" meets "zum 3. Mal") for de, en, fr, it. Words meaning
 * "one"/"first" are left out: they are mostly articles ("ein", "un", "a") or not counts ("der erste
 * Laden"); so are "beide"/"both", which refer back rather than count (a checker must not demand a
 * "2" in the source), and ordinals that are also common words ("second", "secondo", "quarto").
 */
import type { Lang } from './language.js';
import { memoPerLanguage } from './memo.js';

const UNIT_WORDS: Record<Lang, Record<string, number>> = {
  de: { zwei: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwoelf: 12,
    dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreissig: 30,
    dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, tausend: 1000,
    dutzend: 12 },
  en: { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
    fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
    fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12 },
  fr: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
    quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70,
    huitante: 80, octante: 80, nonante: 90, cent: 100, mille: 1000, douzaine: 12 },
  it: { due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12,
    tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19, venti: 20,
    trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90, cento: 100, mille: 1000,
    dozzina: 12 },
};

// Maps, not objects: a word like "constructor" must not hit Object.prototype
const UNITS: Record<Lang, Map<string, number>> = {
  de: new Map(Object.entries(UNIT_WORDS.de)), en: new Map(Object.entries(UNIT_WORDS.en)),
  fr: new Map(Object.entries(UNIT_WORDS.fr)), it: new Map(Object.entries(UNIT_WORDS.it)),
};

/** Ordinal stems; German ones take -e/-en/-er/-es/-em, Italian ones -o/-a/-i/-e, French ones -ième(s);
 * English ordinals stand as they are (see ordinalStem). */
const ORDINALS: Record<Lang, Map<string, number>> = {
  de: new Map(Object.entries({ zweit: 2, dritt: 3, viert: 4, fünft: 5, fuenft: 5, sechst: 6, siebt: 7, siebent: 7, acht: 8,
    neunt: 9, zehnt: 10, elft: 11, zwölft: 12, zwoelft: 12, dreizehnt: 13, vierzehnt: 14, fünfzehnt: 15, sechzehnt: 16,
    siebzehnt: 17, achtzehnt: 18, neunzehnt: 19, zwanzigst: 20, dreissigst: 30, dreißigst: 30, hundertst: 100 })),
  en: new Map(Object.entries({ third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
    twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, thirtieth: 30, hundredth: 100 })),
  fr: new Map(Object.entries({ deux: 2, trois: 3, quatr: 4, cinqu: 5, six: 6, sept: 7, huit: 8, neuv: 9, dix: 10, onz: 11,
    douz: 12, vingt: 20, trent: 30, cent: 100 })),
  it: new Map(Object.entries({ terz: 3, quint: 5, sest: 6, settim: 7, ottav: 8, non: 9, decim: 10, undicesim: 11,
    dodicesim: 12, ventesim: 20, centesim: 100 })),
};

function ordinalValue(w: string, l: Lang): number | null {
  // The stem cut by string tests, not a lazy /^(\p{L}+?)(?:e|en|er|es|em)$/u per word (scoring
  // asks for every word): each ending is decided by the word's last letters, and a stem in
  // ORDINALS is all letters, so the look-up gives what the regex's capture would.
  const stem = ordinalStem(w, l);
  return stem ? (ORDINALS[l].get(stem) ?? null) : null;
}

function ordinalStem(w: string, l: Lang): string | null {
  const last = w[w.length - 1];
  switch (l) {
    case 'de': return last === 'e' ? w.slice(0, -1) : last === 'n' || last === 'r' || last === 's' || last === 'm' ? (w.endsWith('e', w.length - 1) ? w.slice(0, -2) : null) : null;
    case 'en': return w;
    case 'fr': return w.endsWith('ièmes') ? w.slice(0, -5) : w.endsWith('ième') ? w.slice(0, -4) : null;
    case 'it': return last === 'o' || last === 'a' || last === 'i' || last === 'e' ? w.slice(0, -1) : null;
  }
}

/** German compounds "einundzwanzig", "zweihundert", "dreitausend". */
function germanCompound(w: string): number | null {
  const u = UNITS.de;
  const m = /^(?:(\p{L}+?)hundert)?(?:(\p{L}+?)und)?(\p{L}+)$/u.exec(w);
  if (!m) return null;
  const tens = u.get(m[3]!);
  if (m[2] !== undefined) {
    const unit = m[2] === 'ein' ? 1 : u.get(m[2]);
    if (unit === undefined || tens === undefined || tens < 20 || tens > 90) return null;
    return (m[1] ? (u.get(m[1]) ?? (m[1] === 'ein' ? 1 : NaN)) * 100 : 0) + unit + tens;
  }
  if (m[1] !== undefined && tens !== undefined) {
    const h = u.get(m[1]) ?? (m[1] === 'ein' ? 1 : undefined);
    return h === undefined ? null : h * 100 + tens;
  }
  return null;
}

/** Endings every German number word has; other words skip the compound parser (hot path). */
const DE_NUMBER_END = /(?:zig|ßig|ssig|zehn|hundert|tausend|eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|elf|zwölf)$/;

/** Value of a single number word, or null. */
export function numberWordValue(word: string, lang: Lang | null): number | null {
  const w = word.toLowerCase();
  const langs: Lang[] = lang ? [lang] : ['de', 'en', 'fr', 'it'];
  for (const l of langs) {
    const v = UNITS[l].get(w) ?? ordinalValue(w, l);
    if (v !== undefined && v !== null) return v;
    if (l === 'de' && DE_NUMBER_END.test(w)) {
      const c = germanCompound(w);
      if (c !== null && Number.isFinite(c)) return c;
      const t = /^(\p{L}+?)(hundert|tausend)$/u.exec(w);
      if (t) {
        const base = t[1] === 'ein' ? 1 : UNITS.de.get(t[1]!);
        if (base !== undefined) return base * (t[2] === 'hundert' ? 100 : 1000);
      }
    }
  }
  return null;
}

/**
 * All readings of a digit string: "1.000" is 1000 (German grouping) or 1.0 (English decimal),
 * "24.90" is 24.9, "4,5" is 4.5, "12’500" is 12500.
 */
export function digitValues(s: string): number[] {
  const t = s.replace(/[’'\u202f\u00a0 ]/g, '');
  const out = new Set<number>();
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(t)) out.add(Number(t.replace(/[.,]/g, '')));
  const dec = Number(t.replace(/,/g, '.'));
  if (/^\d+(?:[.,]\d+)?$/.test(t) && Number.isFinite(dec)) out.add(dec);
  if (out.size === 0) {
    const plain = Number(t.replace(/[.,]/g, ''));
    if (Number.isFinite(plain)) out.add(plain);
  }
  return [...out];
}

export interface NumberMention { text: string; values: number[] }

const NUMBER_TOKEN = /\d+(?:[.,’'\u202f]\d+)*|[\p{L}]+/gu;

/** Every number stated in `text`: digit strings and number words; the first `limit` only (scoring
 * counts up to 2). */
export function findNumbers(text: string, lang: Lang | null, limit = Infinity): NumberMention[] {
  const out: NumberMention[] = [];
  const memo = wordValueMemo(lang);
  // the token strings only (match, not matchAll: no match object per word)
  for (const t of text.match(NUMBER_TOKEN) ?? []) {
    if (out.length >= limit) break;
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) out.push({ text: t, values: digitValues(t) }); // a digit first
    else {
      const v = memo.get(t);
      if (v !== null) out.push({ text: t, values: [v] });
    }
  }
  return out;
}

/** numberWordValue per word as written, per language: scoring reads every word of every sentence,
 * and a look-up saves lowercasing, the ordinal cuts and the German ending test for each. */
const wordValueMemo = memoPerLanguage(50_000, (lang: Lang | null) => (w) => numberWordValue(w, lang));

/** The set of all number values in `text`, for membership tests. */
export function numberValues(text: string, lang: Lang | null): Set<number> {
  const s = new Set<number>();
  for (const n of findNumbers(text, lang)) for (const v of n.values) s.add(v);
  return s;
}
