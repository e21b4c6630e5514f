/**
 * Runs every hand-written fixture in `test/fixtures/<site>--<slug>/` through `extract` and compares
 * the result with the partial article in `expected.json` (see fixtures-lib.ts for the format).
 *
 * Compare rules: strings after whitespace collapse and trim; `authors`/`tags` as ordered arrays;
 * `published`/`updated` as exact ISO strings (only `Z`/`+00:00`, `:00` seconds and `.000` are
 * treated as the same spelling); `image` only on the fields the fixture gives; `blocks`
 * as the full list; `summaryBox` exactly; every other present field deep-equal. The expected values
 * are what a careful reader says the article is, not a snapshot of the extractor's output.
 *
 * `UPDATE=1 node --import tsx --test test/extract/fixtures.test.ts` rewrites ONLY the fields already
 * present in each expected.json from the current output (underscore keys are kept). It exists for
 * reviewed updates after an intentional model change: read the git diff of every rewritten file
 * before committing it — never use it to make a failing fixture pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import type { Article } from '../../src/model/article.js';
import {
  FIXTURES_DIR, blockStrings, listFixtures, norm, normDeep, normIso, toExtractOptions, type Expected,
} from './fixtures-lib.js';

const UPDATE = process.env.UPDATE === '1';

function fieldKeys(expected: Expected): Array<keyof Article> {
  return Object.keys(expected).filter((k) => !k.startsWith('_')) as Array<keyof Article>;
}

/** The checked subset of the actual article, in the same normalised form as the expectation. */
function project(article: Article, expected: Expected): { actual: Record<string, unknown>; wanted: Record<string, unknown> } {
  const actual: Record<string, unknown> = {};
  const wanted: Record<string, unknown> = {};
  for (const key of fieldKeys(expected)) {
    const e = expected[key];
    const a: unknown = article[key] ?? null;
    if (key === 'published' || key === 'updated') {
      wanted[key] = normIso(e);
      actual[key] = normIso(a);
    } else if (key === 'image' && e && typeof e === 'object') {
      wanted[key] = normDeep(e);
      if (a && typeof a === 'object') {
        const img = normDeep(a) as Record<string, unknown>;
        actual[key] = Object.fromEntries(Object.keys(e).map((f) => [f, img[f] ?? null]));
      } else {
        actual[key] = a;
      }
    } else {
      wanted[key] = normDeep(e);
      actual[key] = normDeep(a);
    }
  }
  return { actual, wanted };
}

/** Results of the underscore checks, shaped so that the passing state is all-empty lists. */
function extraChecks(article: Article, expected: Expected): { actual: Record<string, unknown>; wanted: Record<string, unknown> } {
  const actual: Record<string, unknown> = {};
  const wanted: Record<string, unknown> = {};
  const text = norm(article.text ?? '');
  if (expected._textIncludes) {
    wanted._textIncludesMissing = [];
    actual._textIncludesMissing = expected._textIncludes.filter((s) => !text.includes(norm(s)));
  }
  if (expected._textExcludes) {
    const blockTexts = (article.blocks ?? []).flatMap(blockStrings).map(norm);
    wanted._textExcludesFound = [];
    actual._textExcludesFound = expected._textExcludes.filter((s) => {
      const n = norm(s);
      return text.includes(n) || blockTexts.some((b) => b.includes(n));
    });
  }
  if (expected._messages) {
    const codes = new Set((article.messages ?? []).map((m) => m.code));
    wanted._messagesMissing = [];
    actual._messagesMissing = expected._messages.filter((c) => !codes.has(c));
  }
  return { actual, wanted };
}

function rewrite(path: string, expected: Expected, article: Article): Expected {
  const next: Expected = { ...expected };
  for (const key of fieldKeys(expected)) {
    const e = expected[key];
    const a: unknown = article[key] ?? null;
    if (key === 'image' && e && typeof e === 'object' && a && typeof a === 'object') {
      const img = a as unknown as Record<string, unknown>;
      next[key] = Object.fromEntries(Object.keys(e).map((f) => [f, img[f] ?? null]));
    } else {
      next[key] = a;
    }
  }
  writeFileSync(path, JSON.stringify(next, null, 2) + '\n');
  return next;
}

for (const name of listFixtures()) {
  test(`fixture ${name}`, () => {
    const dir = join(FIXTURES_DIR, name);
    const bytes = new Uint8Array(readFileSync(join(dir, 'source.html')));
    const expectedPath = join(dir, 'expected.json');
    let expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
    const article = extract(bytes, toExtractOptions(expected._options));
    if (UPDATE) expected = rewrite(expectedPath, expected, article);
    const fields = project(article, expected);
    const extra = extraChecks(article, expected);
    assert.deepStrictEqual(
      { ...fields.actual, ...extra.actual },
      { ...fields.wanted, ...extra.wanted },
      `${name}: extraction differs from expected.json (${expected._note ?? 'no _note'})`,
    );
  });
}
