import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { binaryKind, charsetFromContentType, decodeBytes, isBinary, normalizeCharset, prescanMeta } from '../../src/input/decode.js';

const DE = 'Grüße aus Zürich – „schöne“ Tage für Öl und Äpfel. Das Mädchen läuft über die Straße, 5 €. ';
const page = (meta: string) => `<!doctype html><html><head>${meta}<title>Test</title></head><body><p>${DE.repeat(4)}</p></body></html>`;
const codes = (d: { messages: { code: string }[] }) => d.messages.map((m) => m.code);

test('BOM wins over a contradicting header and meta', () => {
  const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('<meta charset="windows-1252">'))]);
  const d = decodeBytes(body, 'text/html; charset=iso-8859-1');
  assert.equal(d.charset, 'utf-8');
  assert.equal(d.via, 'bom');
  assert.ok(d.text.startsWith('<!doctype'), 'BOM stripped');
  assert.ok(d.text.includes('„schöne“'));
});

test('UTF-16 with and without BOM', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page(''), 'utf-16le')]);
  assert.ok(decodeBytes(le).text.includes('Grüße'));
  const be = iconv.encode(page(''), 'utf-16be');
  const d = decodeBytes(be);
  assert.equal(d.charset, 'utf-16be');
  assert.ok(d.text.includes('Grüße'));
  assert.equal(isBinary(be), false, 'UTF-16 NULs are not binary');
});

test('transport charset is used (and beats the meta tag)', () => {
  const bytes = iconv.encode(page('<meta charset="koi8-r">'), 'windows-1252');
  const d = decodeBytes(bytes, 'text/html; charset="ISO-8859-1"');
  assert.equal(d.charset, 'windows-1252');
  assert.equal(d.via, 'transport');
  // Node 20's TextDecoder maps 0x80–0x9F to C1 controls; „“–€ must survive.
  assert.ok(d.text.includes('„schöne“') && d.text.includes('5 €') && d.text.includes(' – '));
  assert.deepEqual(codes(d), []);
});

test('meta charset and http-equiv are found in the prescan', () => {
  assert.equal(prescanMeta(Buffer.from('<html><head><meta charset=ISO-8859-15>')), 'ISO-8859-15');
  assert.equal(prescanMeta(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')), 'Shift_JIS');
  assert.equal(prescanMeta(Buffer.from(`<meta content='text/html;charset=windows-1251' http-equiv='content-type'>`)), 'windows-1251');
  assert.equal(prescanMeta(Buffer.from('<?xml version="1.0" encoding="ISO-8859-2"?><html>')), 'ISO-8859-2');
  assert.equal(prescanMeta(Buffer.from('<!-- <meta charset="koi8-r"> --><p>no meta</p>')), null);
  assert.equal(prescanMeta(Buffer.from(' '.repeat(5000) + '<meta charset="koi8-r">')), null, 'only the first 4 KB');
  const d = decodeBytes(iconv.encode(page('<meta charset="iso-8859-15">'), 'iso-8859-15'));
  assert.equal(d.charset, 'iso-8859-15');
  assert.equal(d.via, 'meta');
  assert.ok(d.text.includes('5 €'));
});

test('lying meta: says UTF-8, bytes are windows-1252 → detected, charset-mismatch', () => {
  const d = decodeBytes(iconv.encode(page('<meta charset="utf-8">'), 'windows-1252'));
  assert.equal(d.charset, 'windows-1252');
  assert.ok(d.text.includes('Grüße aus Zürich – „schöne“'));
  assert.deepEqual(codes(d), ['charset-mismatch']);
});

test('lying header: says windows-1252, bytes are UTF-8 → UTF-8, charset-mismatch', () => {
  const d = decodeBytes(Buffer.from(page('')), 'text/html; charset=windows-1252');
  assert.equal(d.charset, 'utf-8');
  assert.ok(d.text.includes('Grüße aus Zürich – „schöne“'));
  assert.deepEqual(codes(d), ['charset-mismatch']);
});

test('lying header with a few broken bytes in the UTF-8 still decodes as UTF-8', () => {
  const good = Buffer.from(page(''));
  const d = decodeBytes(Buffer.concat([good, Buffer.from([0xe9, 0x20]), good]), 'text/html; charset=iso-8859-1');
  assert.equal(d.charset, 'utf-8');
  assert.ok(d.text.includes('Grüße aus Zürich – „schöne“'));
  assert.deepEqual(codes(d), ['charset-mismatch']);
  // Real windows-1252 text is not mistaken for broken UTF-8.
  const w = decodeBytes(iconv.encode(page(''), 'windows-1252'), 'text/html; charset=iso-8859-1');
  assert.equal(w.charset, 'windows-1252');
  assert.deepEqual(codes(w), []);
});

test('a pure-ASCII page declared windows-1252 is not a mismatch', () => {
  const d = decodeBytes(Buffer.from('<meta charset="windows-1252"><p>plain ascii</p>'));
  assert.equal(d.charset, 'windows-1252');
  assert.deepEqual(codes(d), []);
});

test('no declaration: valid UTF-8 is UTF-8; otherwise detection', () => {
  assert.equal(decodeBytes(Buffer.from(page(''))).charset, 'utf-8');
  const cyr = 'Москва сообщает о событиях дня. Правительство приняло новые меры поддержки. ';
  const d = decodeBytes(iconv.encode(`<p>${cyr.repeat(3)}</p>`, 'windows-1251'));
  assert.equal(d.charset, 'windows-1251');
  assert.ok(d.text.includes('Москва сообщает'));
  assert.deepEqual(codes(d), ['charset-detected']);
  const w = decodeBytes(iconv.encode(`<p>${DE.repeat(3)}</p>`, 'windows-1252'));
  assert.equal(w.charset, 'windows-1252');
  assert.ok(w.text.includes('Mädchen läuft'));
});

test('UTF-8 with a few broken bytes keeps the good characters', () => {
  const good = Buffer.from(DE.repeat(5));
  const bytes = Buffer.concat([good, Buffer.from([0xff, 0xfe, 0x41]), good]);
  const d = decodeBytes(bytes, 'text/html; charset=utf-8');
  assert.equal(d.charset, 'utf-8');
  assert.ok(d.text.includes('Grüße aus Zürich'));
  assert.deepEqual(codes(d), ['invalid-bytes']);
});

test('a multi-byte character cut at the very end is not a mismatch', () => {
  const bytes = Buffer.from(DE + 'ü').subarray(0, Buffer.byteLength(DE + 'ü') - 1);
  const d = decodeBytes(bytes, 'text/html; charset=utf-8');
  assert.equal(d.charset, 'utf-8');
  assert.deepEqual(codes(d), []);
});

test('unknown declared charset is ignored with a message', () => {
  const d = decodeBytes(Buffer.from(page('<meta charset="x-klingon">')));
  assert.equal(d.charset, 'utf-8');
  assert.ok(codes(d).includes('unknown-charset'));
  assert.equal(normalizeCharset('iso-2022-kr'), null, 'replacement-mapped labels are not used');
});

test('charsetFromContentType', () => {
  assert.equal(charsetFromContentType('text/html; charset=UTF-8'), 'UTF-8');
  assert.equal(charsetFromContentType('text/html;charset="iso-8859-1"; foo=bar'), 'iso-8859-1');
  assert.equal(charsetFromContentType('text/html'), null);
});

test('binary input: magic numbers, NUL bytes, control characters', () => {
  const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
  assert.equal(binaryKind(random), 'binary data');
  assert.equal(binaryKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'a PNG image');
  assert.equal(binaryKind(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')), 'a PDF document');
  assert.equal(binaryKind('%PDF-1.4 as a string'), 'a PDF document');
  assert.equal(binaryKind(Buffer.from('text\u0000with a NUL')), 'binary data');
  assert.equal(binaryKind(Buffer.from(page(''))), null);
  assert.equal(binaryKind(iconv.encode(page(''), 'windows-1252')), null);
  assert.equal(binaryKind(Buffer.from('')), null);
  assert.equal(binaryKind('\uFFFD'.repeat(100) + 'abc'), 'binary data', 'binary already decoded as UTF-8');
  const d = decodeBytes(random);
  assert.ok(codes(d).includes('binary-input'));
});
