/**
 * Hand-written text-dump fixtures: `test/fixtures-text/<lang-or-site>--<slug>/{source.txt, expected.json}`.
 * Same semantics as the HTML fixtures (test/extract/fixtures-lib.ts): fields present in expected.json
 * must match after whitespace collapse; `_textIncludes`, `_textExcludes`, `_messages`, `_options`.
 * All prose in these fixtures is invented for the tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/index.js';
import { blockStrings, norm, normDeep, normIso, toExtractOptions, type Expected } from '../extract/fixtures-lib.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures-text');
const fixtures = readdirSync(DIR).filter((n) => statSync(join(DIR, n)).isDirectory()).sort();

test('there are at least ten hand-written text fixtures', () => {
  assert.ok(fixtures.length >= 10, `only ${fixtures.length} fixtures`);
});

for (const name of fixtures) {
  test(`text fixture ${name}`, () => {
    const source = readFileSync(join(DIR, name, 'source.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as Expected;
    assert.ok(expected._note, 'expected.json needs a _note');
    const article = extract(source, { from: 'text', ...toExtractOptions(expected._options) });
    for (const [key, want] of Object.entries(expected)) {
      if (key.startsWith('_')) continue;
      const got = (article as unknown as Record<string, unknown>)[key];
      if (key === 'published' || key === 'updated') {
        assert.equal(normIso(got), normIso(want), `${name}: ${key}`);
      } else {
        assert.deepEqual(normDeep(got), normDeep(want), `${name}: ${key}`);
      }
    }
    const text = norm(article.text);
    for (const s of expected._textIncludes ?? []) assert.ok(text.includes(norm(s)), `${name}: text should include ${JSON.stringify(s)}`);
    const all = [text, ...article.blocks.flatMap(blockStrings).map(norm)];
    for (const s of expected._textExcludes ?? []) {
      assert.ok(!all.some((t) => t.includes(norm(s))), `${name}: ${JSON.stringify(s)} should not be in the text or any block`);
    }
    const codes = article.messages.map((m) => m.code);
    for (const c of expected._messages ?? []) assert.ok(codes.includes(c), `${name}: message ${c} expected, got ${codes.join(', ')}`);
  });
}
