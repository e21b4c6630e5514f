/**
 * Stage: guard the input. Cuts oversized input (with a message), refuses binary data (with a
 * message), and normalises line breaks and invisible characters so later stages see plain lines.
 */
import { THRESHOLDS } from '../../rules/text/common.js';
import type { TextContext } from '../context.js';
import { DROPPED_ZERO_WIDTH_SOURCE } from '../../nlp/chars.js';

/** The binary test looks at the first 64 K characters; a text page shows its nature long before. */
const BINARY_SAMPLE_CHARS = 65536;

const NEEDS_NORMALISING = /[\r\f\v\u2028\u2029\u00A0\u2007\u202F\t\u200B-\u200D\u2060\uFEFF\u00AD\x00-\x08\x0E-\x1F\x7F]/;
// Zero-width characters go by the rule `collapse` (src/html/dom.ts) uses, DROPPED_ZERO_WIDTH_SOURCE:
// all but a joiner between two symbols, which holds an emoji sequence together.
const NORMALISE = new RegExp(String.raw`\r\n?|[\f\v\u2028\u2029]|[\u00A0\u2007\u202F\t]+|[\u00AD\x00-\x08\x0E-\x1F\x7F]|` + DROPPED_ZERO_WIDTH_SOURCE, 'gu');

function normaliseOne(m: string): string {
  const c = m.charCodeAt(0);
  if (c === 13 || c === 12 || c === 11 || c === 0x2028 || c === 0x2029) return '\n';
  if (c === 9 || c === 0xa0 || c === 0x2007 || c === 0x202f) return ' ';
  return '';
}

const BAD_CHAR = /[\x00-\x08\x0E-\x1F\x7F\uFFFD]/;

/** Control characters (except tab, breaks) and U+FFFD in `s`: a char-code loop, no match array. */
function countBad(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c <= 0x08) || (c >= 0x0e && c <= 0x1f) || c === 0x7f || c === 0xfffd) n++;
  }
  return n;
}

export function guardInput(ctx: TextContext): void {
  let s = ctx.input;
  if (s.length > THRESHOLDS.maxChars) {
    ctx.article.messages.push({
      code: 'input-truncated',
      message: `The text is ${s.length} characters long; only the first ${THRESHOLDS.maxChars} were read.`,
    });
    s = s.slice(0, THRESHOLDS.maxChars);
  }
  const sample = s.length > BINARY_SAMPLE_CHARS ? s.slice(0, BINARY_SAMPLE_CHARS) : s;
  const bad = BAD_CHAR.test(sample) ? countBad(sample) : 0;
  if (sample.length > 0 && bad / sample.length > THRESHOLDS.binaryRatio) {
    ctx.article.messages.push({
      code: 'binary-input',
      message: `The input looks like binary data (${Math.round((100 * bad) / sample.length)}% control or undecodable characters); no text was extracted.`,
    });
    ctx.halt = true;
    return;
  }
  // one pass instead of five: no replacement can create a match for another, so the order of the
  // former chain of replaces (CR, other breaks, spaces, invisibles, controls) gives the same text
  if (NEEDS_NORMALISING.test(s)) s = s.replace(NORMALISE, normaliseOne);
  if (s.trim() === '') {
    ctx.article.messages.push({ code: 'empty-input', message: 'The text is empty.' });
    ctx.halt = true;
  }
  ctx.input = s;
}
