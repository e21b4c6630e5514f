/** Benchmark plumbing that needs no bench data: the shared decoder and the docs section writer. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodePage } from '../../bench/lib/decode.js';
import { writeDocSection } from '../../bench/lib/docs.js';

test('decodePage: valid UTF-8 wins over a stale meta charset; latin-1 bytes use the meta charset', () => {
  const utf8 = new TextEncoder().encode('<meta charset="iso-8859-1"><p>Größe</p>');
  assert.deepEqual(decodePage(utf8), { text: '<meta charset="iso-8859-1"><p>Größe</p>', charset: 'utf-8' });
  const latin = new Uint8Array(iconv.encode('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Größe</p>', 'latin1'));
  const d = decodePage(latin);
  assert.equal(d.charset, 'iso-8859-1');
  assert.ok(d.text.includes('Größe'));
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>é</p>')]);
  assert.equal(decodePage(bom).text, '<p>é</p>');
});

test('writeDocSection replaces only its own section', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'punkt-bench-')), 'benchmarks.md');
  writeDocSection('html', 'first', file);
  const before = readFileSync(file, 'utf8');
  assert.ok(before.includes('<!-- bench:keypoints -->') && before.includes('<!-- bench:serve -->'));
  writeFileSync(file, before.replace('<!-- bench:keypoints -->\n', '<!-- bench:keypoints -->\nkeypoints table\n'));
  writeDocSection('html', 'second', file);
  const after = readFileSync(file, 'utf8');
  assert.ok(after.includes('<!-- bench:html -->\nsecond\n<!-- /bench:html -->'));
  assert.ok(!after.includes('first'));
  assert.ok(after.includes('keypoints table'));
});
