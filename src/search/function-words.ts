/**
 * Function words (articles, pronouns, prepositions, conjunctions, auxiliary and modal verb forms,
 * common particles) per language, as data. A query word in one of these lists is matched as
 * itself only, never as a stem prefix (src/search/query.ts): function words have no compounds or
 * inflections a reader means, and as prefixes they hit unrelated words ("sich" → "Sicherheit",
 * "über" → "Überfall", "over" → "overseas", "with" → "withdrawal") while their doclists are the
 * longest of the index, so the prefix made the common-word queries the slowest. Words of fewer
 * than four letters are never prefixes anyway (MIN_STEM_PREFIX) and are not listed.
 *
 * Deliberately short closed-class lists, not the stopwords-iso sets used for language guessing:
 * those also hold content words ("work", "state", "world", "Jahr"), whose inflections a search
 * must keep finding.
 */
import type { Lang } from '../nlp/language.js';

const LISTS: Record<Lang, string> = {
  de: `aber alle allem allen aller alles also ander andere anderem anderen anderer anderes auch
    auf aus bei beim bereits bevor bin bis bist bloss bzw damit dann dabei dadurch dafür dagegen daher
    damals danach daneben darauf darin darum darüber dass dein deine deinem deinen deiner dem den denn
    dennoch der deren derer des dessen dich dies diese diesem diesen dieser dieses dir doch dort durch
    eben ebenso ein eine einem einen einer eines einige einigen einiger einiges etwa etwas euch euer
    eure eurem euren eurer gegen gewesen habe haben hast hatte hatten hätte hätten hier hinter ihm ihn
    ihnen ihr ihre ihrem ihren ihrer ihres immer indem infolge innerhalb jede jedem jeden jeder jedes
    jedoch jene jenem jenen jener jenes jetzt kann kannst kein keine keinem keinen keiner keines können
    könnte könnten mehr mein meine meinem meinen meiner meist mich mit muss musste müssen nach neben
    nicht nichts noch nun nur oben ob obwohl oder ohne schon sehr seid sein seine seinem seinen seiner
    seines seit selbst sich sie sind so sogar solch solche solchem solchen solcher sollen sollte
    sollten somit sondern sowie sowohl statt trotz über um und uns unser unsere unserem unseren unserer
    unter viel viele vielen vom von vor während wann war waren warum was weder wegen weil welche welchem
    welchen welcher welches wem wen wenn wer werde werden wessen wie wieder will wir wird wo wobei wollen
    wollte worden wurde wurden würde würden zu zum zur zwar zwischen`,
  en: `about above across after again against along also although among an and another any anyone
    anything are around as at because been before behind being below beside besides between both but
    by can cannot could did does doing down during each either else even ever every for from further
    had has have having he her here hers herself him himself his how however if in into is its itself
    just may might more most much must neither nor not now of off often on once only onto or other
    others ought our ours ourselves out over own per rather same shall she should since some such than
    that the their theirs them themselves then there therefore these they this those though through
    thus till to too toward towards under unless until upon very was were what whatever when whenever
    where whereas whether which while who whom whose why will with within without would yet you your
    yours yourself yourselves`,
  fr: `afin ainsi alors après assez aucun aucune aujourd auprès aussi autant autre autres aux avaient
    avait avant avec avoir ayant beaucoup car ceci cela celle celles celui cependant certains ces cet
    cette ceux chaque chez comme comment dans depuis des dont donc durant elle elles encore entre était
    étaient être eux leur leurs lors lorsque mais malgré même mêmes moins notre nous nos ont par parce
    parmi pendant peu peut peuvent plus plusieurs pour pourquoi pourtant puis quand que quel quelle
    quelles quels quelque quelques qui quoi sans selon sera seront ses sinon sont sous souvent suis sur
    tandis tant toujours tous tout toute toutes très trop une vers votre vous`,
  it: `abbia abbiamo alla alle allo anche ancora avere aveva avevano come con contro così cui dagli
    dai dal dalla dalle dallo degli dei del della delle dello dentro dopo dove dunque era erano essere
    essi esso fino fra gli hanno loro mentre molto negli nei nel nella nelle nello noi non nostra
    nostre nostri nostro ogni oppure ovvero però perché poi poiché quale quali qualche quando quanto
    quella quelle quelli quello questa queste questi questo sarà sempre senza sono sopra sotto stata
    stato sugli sui sul sulla sulle sullo tra tutta tutte tutti tutto una uno verso voi vostra vostro`,
};

/** Each word as written and folded like the index folds it ("über" and "uber"). */
const SETS = new Map<Lang, Set<string>>(
  (Object.keys(LISTS) as Lang[]).map((l) => {
    const words = LISTS[l].split(/\s+/).filter(Boolean);
    return [l, new Set([...words, ...words.map((w) => w.normalize('NFKD').replace(/\p{M}+/gu, ''))])];
  }),
);

/** Whether a lowercased (or folded) word is a function word in one of `langs`. */
export function isFunctionWord(word: string, langs: readonly Lang[]): boolean {
  return langs.some((l) => SETS.get(l)!.has(word));
}
