import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as api from '../src/index.js';

test('the public API exports exactly these runtime values', () => {
  assert.deepEqual(Object.keys(api).sort(), ['extract', 'fetchArticle', 'keyPoints', 'keyPointsLLM', 'toHtml', 'toMarkdown', 'toText']);
  for (const [name, value] of Object.entries(api)) assert.equal(typeof value, 'function', name);
});
