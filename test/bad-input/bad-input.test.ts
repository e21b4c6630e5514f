/**
 * Issue 2 §6: bad input through `extract` gives a clear message or an article with a message, never
 * a throw or a hang (each test has a generous timeout so a hang fails instead of blocking the run).
 *
 * Message codes expected here (the dispatch and decoder emit all but the last two lines; the HTML
 * extractor those):
 *   empty-input, binary-input, unsupported-input, input-stripped, input-truncated, deep-nesting,
 *   charset-mismatch, unknown-charset,
 *   no-content | not-an-article (front page),
 *   error-page | not-an-article | no-content | short-content (404 page).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { extract } from '../../src/index.js';
import type { Article } from '../../src/model/article.js';

const T = { timeout: 60_000 };
/** Tests of what the HTML extractor (src/extract/html.ts) does with the input the guards let through. */
const NEEDS_EXTRACTOR = T;

const codes = (a: Article) => a.messages.map((m) => m.code);
/** The invariant for every bad input: an article comes back, and an empty one says why. */
function assertExplained(a: Article, label: string): void {
  assert.ok(Array.isArray(a.messages) && typeof a.text === 'string', label);
  if (a.text.trim() === '') assert.ok(a.messages.length > 0, `${label}: empty article without a message`);
}

const ARTICLE = (title: string, body: string) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/ausland">Ausland</a></nav></header>
<main><article><h1>${title}</h1>${body}</article></main><footer>© Beispiel</footer></body></html>`;
const PARAS = Array.from({ length: 8 }, (_, i) =>
  `<p>Absatz ${i + 1}: Die Regierung hat am Dienstag neue Massnahmen angekündigt, die ab dem kommenden Monat gelten sollen und viele Haushalte betreffen.</p>`).join('\n');

test('empty input: string, bytes, whitespace', T, () => {
  for (const input of ['', '   \n\t ', new Uint8Array(), Buffer.from('\n\n')]) {
    const a = extract(input);
    assert.deepEqual(codes(a), ['empty-input']);
    assert.equal(a.text, '');
  }
});

test('binary input: random bytes, PNG, PDF header, gzip data', T, () => {
  let seed = 42;
  const random = Uint8Array.from({ length: 100_000 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 255);
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR')]);
  const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
  for (const [label, input] of [['random', random], ['png', png], ['pdf', pdf], ['pdf string', pdf.toString('latin1')], ['gzip', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0])]] as const) {
    const a = extract(input);
    assert.deepEqual(codes(a), ['binary-input'], label);
    assert.equal(a.text, '', label);
    assert.equal(a.title, null, label);
  }
  // Also when the caller insists it is HTML.
  assert.deepEqual(codes(extract(random, { from: 'html' })), ['binary-input']);
});

test('non-HTML: JSON is refused in auto mode with a message', T, () => {
  const a = extract(Buffer.from(JSON.stringify({ title: 'x', items: [1, 2, 3], html: '<p>not a page</p>' })));
  assert.deepEqual(codes(a), ['unsupported-input']);
  assert.match(a.messages[0]?.message ?? '', /JSON/);
});

/** 50 MB pages as they occur: a giant inline JSON state blob, or inline base64 images. */
function bigPages(): Array<[string, string]> {
  const article = ARTICLE('Ein sehr grosser Artikel', PARAS);
  const blob = JSON.stringify({ props: { items: Array.from({ length: 20_000 }, (_, i) => ({ id: i, t: 'Teaser '.repeat(20) })) } });
  const state = `<script type="application/json" id="__NEXT_DATA__">${blob.repeat(Math.ceil((50 * 1024 * 1024) / blob.length))}</script>`;
  const image = `<img src="data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAA'.repeat(Math.ceil((10 * 1024 * 1024) / 24))}" alt="">`;
  return [
    ['state blob in the head', article.replace('</head>', `${state}</head>`)],
    ['inline images after the article', article.replace('</article>', `</article>${image.repeat(5)}`)],
  ];
}

test('a 50 MB page is shrunk below the extraction cap, with a message', T, () => {
  for (const [label, html] of bigPages()) {
    assert.ok(html.length >= 50 * 1024 * 1024, label);
    const a = extract(html);
    assertExplained(a, label);
    assert.ok(codes(a).includes('input-stripped'), label);
  }
  // Plain text that large is cut, not dropped silently.
  const dump = 'Ein Satz in einem riesigen Textdump, der nie endet. '.repeat(1_100_000);
  assert.ok(codes(extract(dump)).includes('input-truncated'));
});

test('a 50 MB page still yields its article', NEEDS_EXTRACTOR, () => {
  for (const [label, html] of bigPages()) {
    const a = extract(html);
    assert.equal(a.title, 'Ein sehr grosser Artikel', label);
    assert.ok(a.text.includes('Absatz 8: Die Regierung'), label);
  }
});

test('100,000 nested elements (closed and unclosed) do not overflow the stack', T, () => {
  const depth = 100_000;
  const closed = `<!doctype html><html><body>${'<div>'.repeat(depth)}<p>Tief verschachtelter Text.</p>${'</div>'.repeat(depth)}</body></html>`;
  const unclosed = `<!doctype html><html><body>${'<span><b>'.repeat(depth / 2)}Text ohne Ende`;
  const tables = `<!doctype html><html><body>${'<table><tr><td>'.repeat(depth / 3)}Zelle</body></html>`;
  for (const [label, html] of [['closed', closed], ['unclosed', unclosed], ['tables', tables]] as const) {
    const a = extract(html);
    assertExplained(a, label);
    assert.ok(codes(a).includes('deep-nesting'), label);
  }
});

test('text inside 100,000 nested elements is still found', NEEDS_EXTRACTOR, () => {
  const depth = 100_000;
  const para = '<p>Tief verschachtelter Text, der trotzdem gefunden werden muss, weil er der einzige Inhalt ist.</p>';
  const a = extract(`<!doctype html><html><body>${'<div>'.repeat(depth)}${para}${'</div>'.repeat(depth)}</body></html>`);
  assert.ok(a.text.includes('Tief verschachtelter Text'));
});

test('lying and broken encodings are decoded with a message', T, () => {
  const title = 'Grüße aus Zürich – „Öl“ für 5 €';
  const page = ARTICLE(title, PARAS);
  // meta says UTF-8, bytes are windows-1252
  const lying = extract(iconv.encode(page, 'windows-1252'));
  assert.ok(codes(lying).includes('charset-mismatch'));
  assertExplained(lying, 'lying meta');
  // header says ISO-8859-1, bytes are UTF-8
  const lyingHeader = extract(Buffer.from(page.replace('<meta charset="utf-8">', '')), { contentType: 'text/html; charset=iso-8859-1' });
  assert.ok(codes(lyingHeader).includes('charset-mismatch'));
  // unknown charset label, and garbage bytes sprinkled into UTF-8
  const unknown = extract(Buffer.from(page.replace('charset="utf-8"', 'charset="x-no-such-charset"')));
  assert.ok(codes(unknown).includes('unknown-charset'));
  const sprinkled = Buffer.from(page);
  for (let i = 500; i < sprinkled.length; i += 97) sprinkled[i] = 0xff;
  assertExplained(extract(sprinkled), 'sprinkled');
});

test('lying encodings still give the right title', NEEDS_EXTRACTOR, () => {
  const title = 'Grüße aus Zürich – „Öl“ für 5 €';
  assert.equal(extract(iconv.encode(ARTICLE(title, PARAS), 'windows-1252')).title, title);
  assert.equal(extract(Buffer.from(ARTICLE(title, PARAS).replace('<meta charset="utf-8">', '')), { contentType: 'text/html; charset=iso-8859-1' }).title, title);
});

test('a front page (many teasers, no article) is not taken for an article', T, () => {
  const teasers = Array.from({ length: 40 }, (_, i) => `<div class="teaser"><a href="/story-${i}"><img src="/t${i}.jpg" alt="">
    <span class="kicker">Rubrik ${i % 5}</span><h3>Schlagzeile Nummer ${i} über ein Ereignis</h3>
    <p>Kurzer Anreisser zur Geschichte ${i}, die Sie nicht verpassen sollten.</p></a></div>`).join('\n');
  const html = `<!doctype html><html lang="de"><head><title>Beispiel-Zeitung – Nachrichten</title></head><body>
    <nav>${Array.from({ length: 15 }, (_, i) => `<a href="/r${i}">Ressort ${i}</a>`).join(' ')}</nav>
    <main><section class="front">${teasers}</section></main><footer>Impressum</footer></body></html>`;
  const a = extract(html, { url: 'https://www.example.ch/' });
  const c = codes(a);
  assert.ok(c.includes('not-an-article') || c.includes('no-content'), `front page messages: ${JSON.stringify(a.messages)}`);
});

test('an error page (404) is reported, not extracted as an article', T, () => {
  const html = `<!doctype html><html lang="de"><head><title>404 – Seite nicht gefunden</title></head><body>
    <nav><a href="/">Startseite</a></nav><main><h1>Seite nicht gefunden</h1>
    <p>Die gesuchte Seite existiert leider nicht (Fehler 404). Zur <a href="/">Startseite</a>.</p></main></body></html>`;
  const a = extract(html, { url: 'https://www.example.ch/gibt-es-nicht' });
  const c = codes(a);
  assert.ok(['error-page', 'not-an-article', 'no-content', 'short-content'].some((x) => c.includes(x)), `404 messages: ${JSON.stringify(a.messages)}`);
});

test('the 404 text as a text dump is reported too', T, () => {
  const a = extract('404\n\nPage not found\n\nThe page you requested could not be found.');
  const c = codes(a);
  assert.ok(['error-page', 'not-an-article', 'no-content', 'short-content'].some((x) => c.includes(x)), `404 dump messages: ${JSON.stringify(a.messages)}`);
});
