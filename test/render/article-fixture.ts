/** Articles shared by the renderer tests: a full one and one with an attack payload in every field. */
import { emptyArticle, finalizeText, type Article } from '../../src/model/article.js';

export function fullArticle(): Article {
  const a = emptyArticle();
  Object.assign(a, {
    title: 'Nordkorea schickt weitere Soldaten',
    kicker: 'Krieg in der Ukraine',
    lead: 'Pjöngjang verstärkt seine Truppen an der Front.',
    authors: ['Anna Muster', 'Beat Beispiel'],
    source: '20 Minuten',
    siteName: 'Beispiel-Zeitung',
    url: 'https://www.example.ch/ausland/nordkorea-123',
    language: 'de-CH',
    published: '2024-10-24T14:05:00+02:00',
    image: { src: '/img/hero.jpg', alt: 'Soldaten', caption: 'Soldaten bei einer Parade.', credit: 'via REUTERS' },
    summaryBox: { heading: 'Auf den Punkt gebracht', items: ['Erster Punkt.', 'Zweiter Punkt.'] },
    blocks: [
      { type: 'paragraph', text: 'Erster Absatz mit *Sternchen* und _Unterstrich_.' },
      { type: 'heading', level: 2, text: 'Was ist passiert?' },
      { type: 'quote', text: 'Wir sind bereit.', cite: 'Ein Sprecher' },
      { type: 'list', ordered: false, items: ['eins', 'zwei'] },
      { type: 'list', ordered: true, items: ['first', 'second'] },
      { type: 'table', rows: [['Land', 'Truppen'], ['A|B', '10 000']] },
      { type: 'figure', src: 'https://cdn.example.ch/karte.png', alt: 'Karte', caption: 'Die Karte.', credit: 'Grafik: Beispiel' },
      { type: 'embed', kind: 'twitter', url: 'https://twitter.com/x/status/1' },
      { type: 'paragraph', text: '1. Dieser Satz beginnt mit einer Zahl.' },
    ],
  } satisfies Partial<Article>);
  return finalizeText(a);
}

export const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</p><iframe src="javascript:alert(1)"></iframe>',
  '<svg onload=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '[click](javascript:alert(1))',
  '![x](javascript:alert(1))',
];
export const BAD_URLS = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '"><script>alert(1)</script>', 'file:///etc/passwd'];

/** An article with a payload in every text field and bad URLs in every URL field. */
export function evilArticle(payload: string, badUrl: string): Article {
  const a = emptyArticle();
  Object.assign(a, {
    title: payload, kicker: payload, lead: payload, authors: [payload], source: payload, siteName: payload,
    url: badUrl, language: `de" onclick="alert(1)`, published: payload,
    image: { src: badUrl, alt: payload, caption: payload, credit: payload },
    summaryBox: { heading: payload, items: [payload] },
    blocks: [
      { type: 'paragraph', text: payload },
      { type: 'heading', level: 2, text: payload },
      { type: 'quote', text: payload, cite: payload },
      { type: 'list', ordered: false, items: [payload] },
      { type: 'table', rows: [[payload, payload], [payload, payload]] },
      { type: 'figure', src: badUrl, alt: payload, caption: payload, credit: payload },
      { type: 'figure', src: `https://ok.example/x.png?q=${payload}`, alt: payload, caption: null, credit: null },
      { type: 'embed', kind: payload, url: badUrl },
      { type: 'embed', kind: payload, url: `https://ok.example/${payload}` },
    ],
  } satisfies Partial<Article>);
  return a;
}
