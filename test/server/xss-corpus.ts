/**
 * Hostile inputs for the reader: a news-looking page and a text dump stuffed with the classic XSS
 * vectors (script, event handlers, javascript:/vbscript:/data: URLs, SVG onload, <style> and CSS
 * expression()/url(javascript:), </title> and </textarea> breakouts, attribute breakouts, entity-
 * encoded schemes), and an article model whose every field carries one. Every payload calls
 * alert()/confirm()/prompt() so the browser test can listen for dialogs.
 */
import type { Article } from '../../src/model/article.js';
import type { StoredArticle } from '../../src/store/types.js';
import { baseArticle } from './memory-store.js';

export const PAYLOADS = [
  '<script>alert(1)</script>',
  '</title><script>alert(2)</script>',
  '</textarea><script>alert(3)</script>',
  '<img src=x onerror=alert(4)>',
  '<svg onload=alert(5)>',
  '<svg><script>alert(6)</script></svg>',
  '" onmouseover="alert(7)" x="',
  "' onfocus='alert(8)' autofocus '",
  '<a href="javascript:alert(9)">klick</a>',
  '<a href="JaVaScRiPt&colon;alert(10)">klick</a>',
  '<iframe src="javascript:alert(11)"></iframe>',
  '<style>body{background:url(javascript:alert(12))}</style>',
  '<div style="width: expression(alert(13))">x</div>',
  '<math><mtext></p><script>alert(14)</script></mtext></math>',
  '<body onload=alert(15)>',
  '<object data="data:text/html,<script>alert(16)</script>"></object>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(17)">',
  '<base href="javascript:alert(18)//">',
  '<details open ontoggle=alert(19)>',
  '<input autofocus onfocus=confirm(20)>',
  '<video><source onerror="prompt(21)"></video>',
  '<form action="javascript:alert(22)"><button>x</button></form>',
  '<!--<img src="--><img src=x onerror=alert(23)//">',
  '<noscript><p title="</noscript><img src=x onerror=alert(24)>">',
];

export const BAD_URLS = [
  'javascript:alert(30)', 'JaVaScRiPt:alert(31)', ' javascript:alert(32)', 'java\tscript:alert(33)', 'java\nscript:alert(34)',
  'vbscript:msgbox(35)', 'data:text/html,<script>alert(36)</script>', 'data:image/svg+xml,<svg onload=alert(37)>',
  '//evil.example/x" onerror="alert(38)', 'javascript&colon;alert(39)', '&#106;avascript:alert(40)',
];

const all = PAYLOADS.join(' ');

/** A page shaped like a news article, so an extractor keeps most of it. */
export const HOSTILE_HTML = `<!doctype html>
<html lang="de"><head>
<meta charset="utf-8">
<title>Angriff ${PAYLOADS[1]} auf den Reader</title>
<meta property="og:title" content="Gefährliche Seite &quot; onmouseover=&quot;alert(41)">
<meta property="og:image" content="javascript:alert(42)">
<meta property="og:description" content="${PAYLOADS[0]!.replace(/"/g, '&quot;')}">
<link rel="canonical" href="https://hostile.example/news/angriff-auf-den-reader">
<script>alert(43)</script>
<style>h1 { background: url("javascript:alert(44)") }</style>
</head>
<body onload="alert(45)">
<article>
<p class="kicker">Vorsicht ${PAYLOADS[3]}</p>
<h1>Angriff auf den Reader <img src=x onerror=alert(46)></h1>
<p class="lead"><strong>Dieser Artikel enthält gefährliche Inhalte</strong> ${PAYLOADS[6]} die niemals ausgeführt werden dürfen.</p>
<figure><img src="javascript:alert(47)" alt="&quot; onerror=&quot;alert(48)"><figcaption>Bildlegende ${PAYLOADS[4]} <span class="credit">Foto ${PAYLOADS[8]}</span></figcaption></figure>
<p>Erster Absatz mit einem Link <a href="javascript:alert(49)">hier klicken</a> und einem Bild <img src="x" onerror="alert(50)">. Der Stadtrat hat am Dienstag beschlossen, die Brücke über den Fluss zu sanieren.</p>
<p>Zweiter Absatz: ${PAYLOADS[9]} ${PAYLOADS[10]} Die Arbeiten sollen im Frühling beginnen und rund zwei Jahre dauern.</p>
<h2>Zwischentitel ${PAYLOADS[5]}</h2>
<p onclick="alert(51)">Dritter Absatz mit ${PAYLOADS[11]} und ${PAYLOADS[12]}. Die Kosten werden auf zwölf Millionen Franken geschätzt.</p>
<blockquote>Ein Zitat ${PAYLOADS[2]} <cite>${PAYLOADS[7]}</cite></blockquote>
<ul><li>Punkt ${PAYLOADS[13]}</li><li>Punkt ${PAYLOADS[14]}</li></ul>
<table><tr><td onmouseover="alert(52)">Zelle ${PAYLOADS[15]}</td></tr></table>
<p>Vierter Absatz: ${PAYLOADS.slice(16).join(' ')} Die Anwohner werden vorab informiert, sagte die Sprecherin der Stadt.</p>
<svg width="10" height="10" onload="alert(53)"><a xlink:href="javascript:alert(54)"><circle r="5"/></a></svg>
<iframe src="https://www.youtube.com/embed/x" onload="alert(55)"></iframe>
<p>Fünfter Absatz mit normalem Text über die Sanierung der Brücke, damit der Artikel lang genug ist, um als Artikel erkannt zu werden. Die Verkehrsführung wird während der Bauzeit angepasst.</p>
</article>
</body></html>`;

export const HOSTILE_TEXT = `Vorsicht ${PAYLOADS[3]}

Angriff auf den Reader ${PAYLOADS[1]}

Dieser Artikel enthält gefährliche Inhalte ${PAYLOADS[6]} die niemals ausgeführt werden dürfen.

Erster Absatz ${PAYLOADS[0]} mit einem Link javascript:alert(56) und ${PAYLOADS[8]}. Der Stadtrat hat am Dienstag beschlossen, die Brücke über den Fluss zu sanieren.

Zwischentitel ${PAYLOADS[4]}

Zweiter Absatz: ${all} Die Arbeiten sollen im Frühling beginnen und rund zwei Jahre dauern.
`;

/** Every field of the model carries a payload; planted directly, so the renderer is tested whatever the extractor keeps. */
export function hostileArticle(): Article {
  const p = (i: number) => PAYLOADS[i % PAYLOADS.length]!;
  const a: Article = {
    ...baseArticle(),
    title: `Titel ${p(1)}`, kicker: p(3), lead: `Lead ${p(6)} ${p(7)}`, authors: [p(4), p(19)], siteName: p(11), source: p(12),
    url: BAD_URLS[0]!, language: 'de" onmouseover="alert(60)', published: p(0), updated: '2024-01-01T00:00:00+01:00',
    section: p(15), tags: [p(16)],
    image: { src: BAD_URLS[3]!, alt: '" onerror="alert(61)', caption: p(10), credit: p(8) },
    blocks: [
      ...PAYLOADS.map((text) => ({ type: 'paragraph' as const, text })),
      { type: 'heading', level: 2, text: p(3) },
      { type: 'heading', level: 1, text: p(5) },
      { type: 'quote', text: p(13), cite: p(14) },
      { type: 'list', ordered: true, items: [p(17), p(18)] },
      { type: 'table', rows: [[p(20), p(21)], [p(22), p(23)]] },
      ...BAD_URLS.map((src) => ({ type: 'figure' as const, src, alt: p(6), caption: p(9), credit: p(2) })),
      ...BAD_URLS.map((url) => ({ type: 'embed' as const, kind: p(0), url })),
    ],
    summaryBox: { heading: p(1), items: [p(2), p(3)] },
    messages: [{ code: p(0), message: p(3) }],
    keyPoints: { method: 'test', items: [p(0), p(4), p(9)].map((text) => ({ text, support: [] })) },
  };
  a.text = PAYLOADS.join('\n\n');
  return a;
}

export function hostileLinks(): StoredArticle['alsoPublishedBy'] {
  return BAD_URLS.map((url, i) => ({ id: `x"><script>alert(${70 + i})</script>`, site: PAYLOADS[i]!, url, title: PAYLOADS[i + 1]!, similarity: 0.9 }));
}
