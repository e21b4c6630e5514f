import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isWhiteSpace } from '../../src/nlp/chars.js';

describe('isWhiteSpace', () => {
  it('is exactly what /\\s/ matches and trim() removes, on every BMP code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const expected = /\s/.test(ch);
      if (isWhiteSpace(c) !== expected || (ch.trim() === '') !== expected) wrong.push(c.toString(16));
    }
    assert.deepEqual(wrong, []);
  });
});
