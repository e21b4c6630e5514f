/**
 * Abbreviations that end in a period but do not end a sentence, per language. The sentence splitter
 * (src/nlp/sentences.ts) matches them case-sensitively with inner spaces removed, so "z. B." and
 * "z.B." are one entry. `endCapable` ones ("usw.", "etc.", "U.S.") may also close a sentence: there
 * the splitter only breaks when the next word is a capitalised function word ("Die", "The", "Le").
 */
import type { Lang } from '../../nlp/language.js';

/** Shared by all languages: titles, units and Latin forms that appear in any Swiss/European paper. */
const COMMON = [
  'Dr.', 'Prof.', 'St.', 'Nr.', 'No.', 'ca.', 'etc.', 'vs.', 'Mio.', 'Mrd.', 'Tel.', 'Fax.', 'Abb.', 'Art.', 'Kap.',
  'Vol.', 'vol.', 'S.', 'p.', 'pp.', 'ff.', 'f.', 'km.', 'Ing.', 'Dipl.', 'lic.', 'phil.', 'iur.', 'med.', 'rer.', 'nat.',
  'Hon.', 'approx.', 'min.', 'max.', 'Mt.', 'Ave.', 'jr.', 'sr.', 'Jr.', 'Sr.', 'sen.', 'Mag.', 'Bd.', 'Bde.', 'Jg.', 'Hrsg.',
];

export const ABBREVIATIONS: Record<Lang, string[]> = {
  de: [
    ...COMMON,
    'z.B.', 'z.T.', 'z.Zt.', 'd.h.', 'u.a.', 'u.ä.', 'o.ä.', 'u.U.', 'v.a.', 's.o.', 's.u.', 'i.d.R.', 'u.v.m.', 'o.g.',
    'z.H.', 'i.A.', 'i.V.', 'a.D.', 'n.Chr.', 'v.Chr.', 'u.s.w.', 'bzw.', 'vgl.', 'usw.', 'inkl.', 'exkl.', 'evtl.', 'ggf.',
    'bspw.', 'geb.', 'gest.', 'Hr.', 'Hrn.', 'Fr.', 'Frl.', 'Jh.', 'Jhd.', 'Jhdt.', 'Str.', 'Abs.', 'Ziff.', 'lit.', 'Bst.',
    'Kt.', 'Std.', 'Min.', 'Sek.', 'Tsd.', 'Kl.', 'Ref.', 'Red.', 'sog.', 'ugs.', 'allg.', 'insb.', 'bes.', 'zit.', 'ebd.',
    'Anm.', 'Aufl.', 'Bsp.', 'bzgl.', 'zzgl.', 'zw.', 'ehem.', 'gegr.', 'Gebr.', 'Mwst.', 'MwSt.', 'Pkt.', 'Reg.', 'Rp.',
    'Jan.', 'Feb.', 'Febr.', 'Mär.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Sep.', 'Okt.', 'Nov.', 'Dez.',
    'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.', 'Bhf.', 'Hbf.', 'Pfr.', 'Präs.', 'Gde.', 'Stv.', 'stv.', 'Vize.',
    'Ges.', 'Verf.', 'Nachf.', 'Co.', 'Inc.', 'Ltd.', 'Corp.', 'U.S.', 'U.K.', 'e.V.', 'AG.',
  ],
  en: [
    ...COMMON,
    'Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Gen.', 'Gov.', 'Sen.', 'Rep.', 'Rev.', 'Lt.', 'Col.', 'Sgt.', 'Capt.', 'Cmdr.', 'Adm.',
    'Maj.', 'Pres.', 'Supt.', 'Det.', 'Insp.', 'Inc.', 'Ltd.', 'Corp.', 'Co.', 'Bros.', 'e.g.', 'i.e.', 'cf.', 'al.',
    'U.S.', 'U.K.', 'U.N.', 'U.S.A.', 'E.U.', 'D.C.', 'a.m.', 'p.m.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.',
    'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Mon.', 'Tue.', 'Tues.', 'Wed.', 'Thu.', 'Thur.', 'Thurs.', 'Fri.',
    'Sat.', 'Sun.', 'Rd.', 'Blvd.', 'Ft.', 'ft.', 'oz.', 'lb.', 'lbs.', 'est.', 'dept.', 'Dept.', 'Univ.', 'Calif.',
    'Mass.', 'Fla.', 'Ill.', 'Pa.', 'Va.', 'Wash.', 'Ariz.', 'Conn.', 'Mich.', 'Minn.', 'Tenn.', 'Tex.', 'Wis.', 'Ky.',
  ],
  fr: [
    ...COMMON,
    'M.', 'MM.', 'Mme.', 'Mmes.', 'Mlle.', 'Mlles.', 'Me.', 'Mgr.', 'Ste.', 'av.', 'apr.', 'J.-C.', 'cf.', 'p.ex.',
    'env.', 'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.', 'n°.', 'chap.', 'éd.', 'hab.', 'Cie.',
    'Bd.', 'boul.', 'bd.', 'ch.', 'rte.', 'Fr.', 'fr.', 'resp.', 'c.-à-d.', 'c.à.d.', 'adj.', 'dir.', 'dépt.', 'gén.',
    'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.', 'É.-U.', 'ét.',
  ],
  it: [
    ...COMMON,
    'prof.', 'sig.', 'Sig.', 'sig.ra', 'Sig.ra', 'sigg.', 'Sigg.', 'sig.na', 'Sig.na', 'dott.', 'Dott.', 'dott.ssa', 'Dott.ssa',
    'prof.ssa', 'Prof.ssa', 'ing.', 'avv.', 'Avv.', 'arch.', 'Arch.', 'on.', 'On.', 'ecc.', 'es.', 'pag.', 'n.',
    'sen.', 'Sen.', 'gen.', 'Gen.', 'geom.', 'rag.', 'dr.', 'Mons.', 'mons.', 'Egr.', 'Spett.', 'gent.', 'Gent.',
    'feb.', 'mar.', 'apr.', 'mag.', 'giu.', 'lug.', 'ago.', 'sett.', 'ott.', 'nov.', 'dic.', 'fr.', 'Fr.', 'p.es.',
    'tel.', 'cap.', 'cfr.', 'vd.', 'S.p.A.', 'S.r.l.', 'Sa.', 'ca.', 'risp.', 'c.a.', 'a.C.', 'd.C.',
  ],
};

/** Abbreviations that also close sentences ("… Äpfel, Birnen usw. Die Preise …"). */
export const END_CAPABLE = new Set([
  'usw.', 'u.s.w.', 'etc.', 'ecc.', 'u.a.', 'u.v.m.', 'Co.', 'Inc.', 'Ltd.', 'Corp.', 'AG.', 'U.S.', 'U.K.', 'U.N.',
  'U.S.A.', 'E.U.', 'D.C.', 'a.m.', 'p.m.', 'v.Chr.', 'n.Chr.', 'a.C.', 'd.C.', 'J.-C.', 'S.p.A.', 'S.r.l.', 'e.V.',
  'Jr.', 'Sr.', 'jr.', 'sr.', 'al.', 'ff.', 'f.',
]);

/** Languages whose ordinals are written with a period ("am 3. Oktober", "im 19. Jahrhundert"). */
export const ORDINAL_PERIOD: Record<Lang, boolean> = { de: true, en: false, fr: false, it: false };

/**
 * Capitalised words that almost only occur at the start of a sentence. After an ambiguous period
 * ("am 3. Oktober" vs "… auf 77. Die Polizei …", "usw. Die …") a following starter means a break.
 * Deliberately short: German capitalises every noun, so a noun after "3." must never count.
 */
export const SENTENCE_STARTERS: Record<Lang, string[]> = {
  de: ['Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Einem', 'Einen', 'Er', 'Sie', 'Es', 'Wir', 'Ich',
    'Man', 'Dies', 'Diese', 'Dieser', 'Dieses', 'Doch', 'Aber', 'Und', 'Auch', 'Nun', 'Jetzt', 'Dann', 'Damit', 'Dabei',
    'Deshalb', 'Daher', 'So', 'Im', 'In', 'Am', 'An', 'Auf', 'Bei', 'Nach', 'Vor', 'Mit', 'Zum', 'Zur', 'Laut', 'Seit',
    'Wie', 'Was', 'Wer', 'Wo', 'Als', 'Wenn', 'Weil', 'Da', 'Dort', 'Hier', 'Zudem', 'Ausserdem', 'Außerdem', 'Zuvor',
    'Bereits', 'Noch', 'Nur', 'Mehr', 'Allerdings', 'Trotzdem', 'Insgesamt'],
  en: ['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'But', 'And', 'In', 'On',
    'At', 'After', 'Before', 'According', 'However', 'Now', 'Then', 'There', 'His', 'Her', 'Their', 'Its', 'When', 'While',
    'As', 'If', 'For', 'Some', 'Many', 'Most', 'Meanwhile'],
  fr: ['Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Je', 'Ce', 'Cette', 'Ces',
    'Mais', 'Et', 'En', 'Dans', 'Au', 'Aux', 'Selon', 'Puis', 'Ensuite', 'Depuis', 'Pour', 'Par', 'Sur', 'Lors', 'Son',
    'Sa', 'Ses', 'Leur', 'Leurs', 'Cela', 'Ceci', 'Alors', 'Avec'],
  it: ['Il', 'Lo', 'La', 'I', 'Gli', 'Le', 'Un', 'Uno', 'Una', 'Lui', 'Lei', 'Loro', 'Noi', 'Io', 'Questo', 'Questa',
    'Questi', 'Queste', 'Ma', 'E', 'In', 'Nel', 'Nella', 'Secondo', 'Poi', 'Dopo', 'Per', 'Con', 'Su', 'Sul', 'Sulla',
    'Da', 'Dal', 'Dalla', 'Suo', 'Sua', 'Ora', 'Anche', 'Inoltre'],
};

/**
 * Run-in headings. Text that lost its line breaks (flattened dumps, "content" fields of data sets)
 * glues a sub-heading to the next sentence: "Pizza wird schwierig Das Haus ist alt." A word from
 * RUN_IN_STARTERS cannot stand capitalised inside a sentence, so one that follows a plain word (no
 * punctuation between) within the first RUN_IN.maxWords words marks where the heading ends. Only
 * closed-class words: German articles and pronouns (nouns are capitalised anyway), conjunctions and
 * sentence adverbs. English, French and Italian articles are left out on purpose: "told The
 * Associated Press", "selon Le Temps", "secondo La Stampa" are ordinary prose.
 */
export const RUN_IN_STARTERS: Record<Lang, string[]> = {
  de: ['Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Einem', 'Einen', 'Dies', 'Diese', 'Dieser',
    'Dieses', 'Diesen', 'Er', 'Es', 'Wir', 'Ich', 'Man', 'Doch', 'Aber', 'Und', 'Denn', 'Nachdem', 'Obwohl', 'Weil',
    'Während', 'Dabei', 'Damit', 'Deshalb', 'Daher', 'Dann', 'Danach', 'Zudem', 'Ausserdem', 'Außerdem', 'Eigentlich',
    'Konkret', 'Nun', 'Jetzt', 'Trotzdem', 'Allerdings', 'Zuvor', 'Inzwischen', 'Mittlerweile', 'Immerhin', 'Zunächst',
    'Bereits', 'Im', 'Am', 'Beim', 'Vom', 'Zum', 'Zur', 'Laut', 'Seit', 'Wie'],
  en: ['However', 'Meanwhile', 'But', 'Although', 'Nevertheless', 'Moreover', 'Furthermore', 'Instead'],
  fr: ['Mais', 'Cependant', 'Toutefois', 'Pourtant', 'Ensuite', 'Puis', 'Selon'],
  it: ['Ma', 'Tuttavia', 'Però', 'Inoltre', 'Intanto', 'Poi', 'Secondo'],
};

/**
 * Words that, ending the text before a starter, show the starter opens a name or a title rather than
 * a sentence: "von Die Mitte", "die Band Die Ärzte", "der Film Das Boot". Then no split.
 */
export const BEFORE_TITLES: Record<Lang, string[]> = {
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'von', 'vom', 'bei', 'beim',
    'für', 'gegen', 'mit', 'laut', 'über', 'wie', 'als', 'und', 'oder', 'sowie', 'zu', 'zur', 'zum', 'in', 'im', 'an', 'am',
    'Partei', 'Fraktion', 'Zeitung', 'Zeitschrift', 'Magazin', 'Sendung', 'Show', 'Serie', 'Film', 'Band', 'Gruppe',
    'Buch', 'Album', 'Song', 'Titel', 'Roman', 'Stück', 'Musical', 'Kampagne', 'Bewegung', 'Verein', 'Klub', 'Club'],
  en: ['and', 'or', 'the', 'a', 'an', 'of'],
  fr: ['et', 'ou', 'le', 'la', 'les', 'de', 'du', 'des'],
  it: ['e', 'o', 'il', 'la', 'le', 'di', 'del', 'della'],
};

/** A run-in heading has 1–8 words (printed sub-headings run 2–6) and no inner clause punctuation. */
export const RUN_IN = { maxWords: 8 } as const;
