/**
 * Hand-written test articles (invented text, no benchmark page copied). `newsArticle` follows the
 * shape of a Swiss news story: lead, paragraphs, a sub-heading, a direct quote, a question heading,
 * and a key-point box both as `summaryBox` and (as a bad extractor might leave it) inside the body.
 */
import { emptyArticle, finalizeText, type Article, type Block } from '../../src/model/article.js';

export function article(parts: { title?: string | null; lead?: string | null; blocks?: Block[]; language?: string | null }): Article {
  const a = emptyArticle();
  a.title = parts.title ?? null;
  a.lead = parts.lead ?? null;
  a.blocks = parts.blocks ?? [];
  a.language = parts.language === undefined ? 'de' : parts.language;
  return finalizeText(a);
}

const p = (text: string): Block => ({ type: 'paragraph', text });
const h = (text: string): Block => ({ type: 'heading', level: 2, text });

export const BOX_SENTINEL = 'Zebrastreifen wurden in Lummerland vergoldet';

export function newsArticle(): Article {
  const a = article({
    title: 'Hochwasser in Bern: Aare tritt über die Ufer',
    lead: 'Nach tagelangem Regen ist die Aare in Bern über die Ufer getreten. Im Mattequartier stehen mehrere Keller unter Wasser.',
    blocks: [
      p('Die Aare hat am Dienstagmorgen in Bern einen Pegel von 560 Kubikmetern pro Sekunde erreicht, teilte das Bundesamt für Umwelt mit. Das ist der höchste Wert seit dem Hochwasser vom August 2005. Die Feuerwehr (rund 120 Einsatzkräfte) pumpte in der Nacht zahlreiche Keller aus.'),
      p('Stadtpräsident Alec von Graffenried, der am Morgen das Mattequartier besuchte, sprach von einer angespannten Lage. Die Behörden haben die Uferwege gesperrt und die Bevölkerung aufgerufen, sich vom Fluss fernzuhalten.'),
      h('Was passiert jetzt?'),
      p('Wie lange bleibt der Pegel so hoch? Laut Wetterdienst soll der Regen erst am Donnerstag nachlassen. «Wir rechnen damit, dass die Lage noch zwei Tage kritisch bleibt», sagte ein Sprecher der Feuerwehr.'),
      p('Die Schäden dürften nach ersten Schätzungen mehrere Millionen Franken betragen. Versicherungen rechnen mit sechs Wochen Arbeit, bis alle Schäden aufgenommen sind.'),
      h('Auf den Punkt gebracht'),
      { type: 'list', ordered: false, items: [`${BOX_SENTINEL}.`] },
      p(`${BOX_SENTINEL}, meldet die Box.`),
      h('Weitere Meldungen'),
      p('Hochwasser in Bern: Aare tritt über die Ufer.'),
    ],
  });
  a.summaryBox = { heading: 'Auf den Punkt gebracht', items: [`${BOX_SENTINEL} und niemand merkte es.`] };
  return a;
}
