/**
 * Stage: guard the input. Cuts oversized input (with a message), refuses binary data (with a
 * message), and normalises line breaks and invisible characters so later stages see plain lines.
 */
import { THRESHOLDS } from '../../rules/text/common.js';
import type { TextContext } from '../context.js';

export function guardInput(ctx: TextContext): void {
  let s = ctx.input;
  if (s.length > THRESHOLDS.maxChars) {
    ctx.article.messages.push({
      code: 'input-truncated',
      message: `The text is ${s.length} characters long; only the first ${THRESHOLDS.maxChars} were read.`,
    });
    s = s.slice(0, THRESHOLDS.maxChars);
  }
  const sample = s.length > 65536 ? s.slice(0, 65536) : s;
  const bad = sample.match(/[\x00-\x08\x0E-\x1F\x7F\uFFFD]/g)?.length ?? 0;
  if (sample.length > 0 && bad / sample.length > THRESHOLDS.binaryRatio) {
    ctx.article.messages.push({
      code: 'binary-input',
      message: `The input looks like binary data (${Math.round((100 * bad) / sample.length)}% control or undecodable characters); no text was extracted.`,
    });
    ctx.halt = true;
    return;
  }
  s = s
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v\u2028\u2029]/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t]+/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\x00-\x08\x0E-\x1F\x7F]/g, '');
  if (s.trim() === '') {
    ctx.article.messages.push({ code: 'empty-input', message: 'The text is empty.' });
    ctx.halt = true;
  }
  ctx.input = s;
}
