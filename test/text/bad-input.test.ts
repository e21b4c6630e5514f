/**
 * Bad input for the text-dump path: a clear error or an article with messages, in bounded time,
 * never a crash. No timing assertions (shared CI machines); each case must simply return.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';
import { extractText } from '../../src/text/index.js';

const codes = (a: { messages: Array<{ code: string }> }): string[] => a.messages.map((m) => m.code);

test('empty text and whitespace only', () => {
  for (const s of ['', '   \n\n\t  \n']) {
    const a = extractText(s);
    assert.equal(a.blocks.length, 0);
    assert.ok(codes(a).includes('empty-input'), JSON.stringify(a.messages));
    assert.ok(codes(extract(s, { from: 'text' })).includes('empty-input'));
  }
});

test('a single line', () => {
  const a = extractText('Just one short line');
  assert.equal(a.blocks.length, 0);
  assert.ok(codes(a).includes('no-content'));
  const b = extractText('Der Gemeinderat hat am Dienstag nach langer Debatte beschlossen, das alte Hallenbad bis zum Sommer zu sanieren und danach wieder zu öffnen.');
  assert.ok(b.text.includes('Hallenbad'), 'a single prose line is kept');
});

test('binary data', () => {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  const s = Buffer.from(bytes).toString('latin1').replace(/\n/g, '\x01');
  const a = extractText(s);
  assert.ok(codes(a).includes('binary-input'), JSON.stringify(a.messages));
  assert.equal(a.blocks.length, 0);
  const viaBytes = extract(bytes, { from: 'text' });
  assert.ok(viaBytes.messages.length > 0, 'bytes through the public API get a message');
});

test('text in an unexpected script: Japanese and Cyrillic', () => {
  const ja = ['東京の新しい図書館', '', '市は来年春に新しい図書館を開くと発表した。建物は駅の近くに建てられ、二十万冊の本を収める予定だ。', '', '館長は「誰もが気軽に立ち寄れる場所にしたい」と話している。開館時間は午前九時から午後九時までとなる。'].join('\n');
  const a = extractText(ja);
  assert.ok(codes(a).includes('unsupported-language'), JSON.stringify(a.messages));
  assert.ok(a.text.includes('図書館'));
  const ru = ['Новая библиотека в центре города', '', 'Городские власти объявили, что новая библиотека откроется весной следующего года недалеко от вокзала.', '', 'Директор сказал, что здание станет местом встречи для всех жителей района и будет работать до позднего вечера.'].join('\n');
  const b = extractText(ru);
  assert.ok(codes(b).includes('unsupported-language'));
  assert.ok(b.text.includes('библиотека'));
});

test('20 MB of text returns with a message', () => {
  const para = 'Die Stadt plant neue Velowege entlang des Flusses, und die Bauarbeiten sollen im nächsten Frühling beginnen.\n\n';
  const big = para.repeat(Math.ceil((20 * 1024 * 1024) / para.length));
  const a = extractText(big);
  assert.ok(codes(a).includes('input-truncated'), JSON.stringify(a.messages));
  assert.ok(a.blocks.length > 0);
});

test('lines of 1 MB', () => {
  const line = 'word '.repeat(200_000);
  const a = extractText(`Title of the page\n\n${line}\n\n${'x'.repeat(1_000_000)}\n`);
  assert.ok(Array.isArray(a.blocks));
  const b = extractText(`<${'a'.repeat(1_000_000)}`);
  assert.ok(Array.isArray(b.blocks));
});

test('many lines scale linearly (no quadratic loop over lines)', () => {
  // 60k short menu-like lines: a quadratic pass would take minutes; this must just return
  const lines = Array.from({ length: 60_000 }, (_, i) => (i % 3 === 0 ? '' : `Item ${i}`)).join('\n');
  const a = extractText(lines);
  assert.ok(a.messages.length >= 0);
});

test('stray HTML is read for its text, never rendered', () => {
  const s = 'Titel der Seite\n\nDer erste Absatz ist lang genug, um als Text zu gelten, und er endet mit einem Punkt.\n\n<script>alert(1)</script><b>Fett</b> &amp; mehr Text, der ebenfalls ein ganz normaler Satz mit einem Punkt am Ende ist.\n';
  const a = extractText(s, { debug: true });
  assert.ok(!JSON.stringify(a).includes('<script>'));
  assert.ok(!a.text.includes('alert(1)'));
});

test('debug mode explains lines that leave no unit: link markers only, a credit split off a caption', () => {
  const s = [
    'Harbour cranes return after a long winter', '[12] [13]', '',
    'The cranes are back in service after the long winter, and the first ships were unloaded on Monday morning.', '',
    'A crane at the quay in the morning light (Foto: Example Agency)', '',
    'More than two hundred people work in the harbour again, most of them in two shifts every single day.',
  ].join('\n');
  const a = extractText(s, { debug: true });
  const removals = a.debug?.removals ?? [];
  assert.ok(removals.some((r) => r.reason === 'only link markers' && r.text === '[12] [13]'), JSON.stringify(removals));
  assert.ok(removals.some((r) => r.text.includes('Foto: Example Agency')), JSON.stringify(removals));
});

test('a 1 MB line of unclosed tags is read like a browser would (depth capped), not quadratically', () => {
  // 333k nested <b>: without the cap htmlparser2 needs seconds; with it this returns at once
  const a = extractText(`${'<b>'.repeat(333_333)}Text am Ende der Zeile.`);
  assert.ok(Array.isArray(a.blocks));
  assert.ok(a.messages.length > 0);
});
