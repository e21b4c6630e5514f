/**
 * Stage: split the dump into units (logical lines). Hard-wrapped dumps (lynx, w3m, html-to-text
 * wrap at a fixed width) are unwrapped: a line continues the previous one when the previous line was
 * near the wrap width and the next word would not have fitted on it — exactly the rule the wrapper
 * applied, so copy-pasted dumps with one paragraph per line are never joined.
 */
import { BULLET, LINK_MARKER, THRESHOLDS } from '../../rules/text/common.js';
import type { TextContext, Unit } from '../context.js';
import { collapse, setText } from '../cues.js';
import { isWhiteSpace } from '../../nlp/chars.js';

const MIN_WIDTH = 50;
/** lynx breaks lines up to ~5 columns early (wide characters, hyphenation points); calibrated on lynx dumps. */
const WRAP_SLACK = 6;
const MAX_WIDTH = 160;

/**
 * Wrap width of a hard-wrapped dump, or 0 when lines are not wrapped. A wrapped dump has a ceiling:
 * almost no line is longer than the width, and many long lines end just below it. Text browsers
 * do not fill lines exactly (lynx counts some characters differently), hence the fuzzy join rule.
 */
export function wrapWidth(lines: string[]): number {
  const hist = new Array<number>(MAX_WIDTH + 2).fill(0);
  let long = 0;
  for (const raw of lines) {
    // trimmed length without making the trimmed string (this runs on every line of the dump)
    let n = raw.length;
    if (n < 40) continue;
    while (n > 0 && isWhiteSpace(raw.charCodeAt(n - 1))) n--;
    if (n < 40) continue;
    if (!/\S\s\S/.test(n > 300 ? raw.slice(0, 300) : raw)) continue;
    long++;
    hist[Math.min(n, MAX_WIDTH + 1)]! += 1;
  }
  if (long < 5) return 0;
  const outliers = Math.max(2, Math.floor(0.01 * long));
  let above = hist[MAX_WIDTH + 1]!;
  if (above > outliers) return 0;
  let w = MAX_WIDTH;
  for (; w >= MIN_WIDTH; w--) {
    if (above + hist[w]! > outliers) break;
    above += hist[w]!;
  }
  if (w < MIN_WIDTH) return 0;
  let band = 0;
  for (let k = w - THRESHOLDS.wrapBand; k <= w; k++) band += hist[k]!;
  return band >= 5 && band >= THRESHOLDS.wrapShare * long ? w : 0;
}


function firstWordLength(s: string): number {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  const start = i;
  while (i < s.length && s.charCodeAt(i) !== 32) i++;
  return i - start;
}

export function splitUnits(ctx: TextContext): void {
  const lines = ctx.input.split('\n');
  const width = wrapWidth(lines);
  const units: Unit[] = [];
  let gap = 0;
  let prevLen = 0;
  let prevIndent = 0;
  let prev: Unit | null = null;
  for (const raw of lines) {
    const line = raw.trimEnd();
    const content = line.trimStart();
    if (content === '') { gap++; prev = null; continue; }
    const indent = line.length - content.length;
    const c0 = content.charCodeAt(0);
    // only symbols, digits and "a)" can open a list item; skip the regex for ordinary words
    const maybeBullet = c0 < 0x41 || (c0 > 0x5a && c0 < 0x61) || c0 > 0x7a || content.charCodeAt(1) === 0x29;
    const bm = maybeBullet ? BULLET.exec(content) : null;
    // "1." alone or "2024." could be a list marker or a year: only digits ≤ 2 count (regex), fine
    const bullet = bm ? (bm[1] ?? bm[2] ?? bm[3] ?? null) : null;
    let body = bm ? content.slice(bm[0].length) : content;
    let links = 0;
    if (body.includes('[')) body = body.replace(LINK_MARKER, () => { links++; return ''; });
    // "1. Januar 2022" wrapped onto a new line looks like a numbered item; at the paragraph's own
    // indent after an unfinished line it is a continuation
    const numberedContinuation = bullet !== null && /^\d/.test(bullet) && prev !== null && indent === prevIndent && !/[.:!?]$/.test(prev.text);
    if (prev && width > 0 && gap === 0 && (!bullet || numberedContinuation) && prevLen >= width - THRESHOLDS.wrapBand && prevLen + 1 + firstWordLength(body) > width - WRAP_SLACK) {
      const joinHyphen = /[\p{Ll}]-$/u.test(prev.text) && /^\p{Ll}/u.test(body);
      const rest = numberedContinuation ? content : body;
      prev.text = joinHyphen ? prev.text + collapse(rest) : `${prev.text} ${collapse(rest)}`;
      prev.links += links;
      prevLen = line.length;
      continue;
    }
    // (a lone U+2009 or U+3000 inside is whitespace too: collapse makes it a space, trim would keep it)
    const text = /\s\s|[^\S ]/.test(body) ? collapse(body) : body.trim();
    if (text === '' && !bullet) {
      // nothing but link markers ("[12]", "[/login]"): said in debug output like every other drop
      ctx.removals.push({ stage: ctx.stage, reason: 'only link markers', text: content.length > 300 ? `${content.slice(0, 300)}…` : content });
      prevLen = line.length;
      continue;
    }
    const u: Unit = { text, gap, indent, bullet, html: false, links, key: '', lkey: '', words: 0, stop: -1, role: null, dropped: false };
    units.push(u);
    prev = u;
    prevLen = line.length;
    prevIndent = indent;
    gap = 0;
  }
  for (const u of units) setText(u, u.text);
  ctx.units = units;
}
