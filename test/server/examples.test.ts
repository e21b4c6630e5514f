/**
 * The bundled example pages are copies of hand-written fixtures (the package ships examples/, not
 * test/): each must stay byte-identical to its fixture, so the fixture's expected.json checks what a
 * new user sees first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_DIR } from '../../src/server/examples.js';

const FIXTURES = join(EXAMPLES_DIR, '..', 'test', 'fixtures');

test('every bundled HTML example is one of the fixtures, unchanged', () => {
  const html = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.html'));
  assert.ok(html.length >= 5);
  for (const f of html) {
    const slug = f.replace(/\.html$/, '');
    const dir = readdirSync(FIXTURES).find((d) => d === slug || d.endsWith(`--${slug}`));
    assert.ok(dir, `no fixture for examples/${f}`);
    assert.ok(existsSync(join(FIXTURES, dir, 'expected.json')), `${dir} has no expected.json`);
    assert.ok(readFileSync(join(EXAMPLES_DIR, f)).equals(readFileSync(join(FIXTURES, dir, 'source.html'))), `examples/${f} differs from test/fixtures/${dir}/source.html`);
  }
});
