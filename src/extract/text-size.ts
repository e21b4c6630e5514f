/**
 * Text sizes without building the text. "Is this element's text longer than n?" without building the text when it clearly is. Stages ask
 * it while climbing from a short label to the container around it, whose text is often the whole
 * page; `textOf` would walk and join all of it to compare one length.
 */
import { Element, Text, textOf, type ChildNode } from '../html/dom.js';

/**
 * Elements whose text `textOf` leaves out (its SKIP_TEXT). Only a lower bound is counted below, so
 * leaving out more subtrees here would stay correct; leaving out fewer would not.
 */
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'button', 'select', 'textarea']);

/**
 * Exactly `textOf(el).length > n`. Counts characters `collapse` never removes (printable ASCII and
 * Latin to Armenian/Hebrew/Arabic/Indic letters, none of them whitespace) in the text `textOf` reads:
 * a lower bound of its length, so passing `n` settles the answer early. Otherwise the text is short
 * and is read as before.
 */
export function textLongerThan(el: Element, n: number): boolean {
  let sure = 0;
  const stack: ChildNode[] = [el];
  while (stack.length) {
    const x = stack.pop()!;
    if (x instanceof Text) {
      const d = x.data;
      for (let i = 0; i < d.length; i++) {
        const c = d.charCodeAt(i);
        if (((c > 32 && c < 127) || (c >= 0xc0 && c < 0x1680)) && ++sure > n) return true;
      }
    } else if (x instanceof Element && !NO_TEXT.has(x.name)) {
      const ch = x.children;
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
    }
  }
  return textOf(el).length > n;
}

/** What `\s` matches and String.prototype.trim removes: WhiteSpace and LineTerminator code units. */
export function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** `s.trim().length` without making the trimmed string. */
export function trimmedLength(s: string): number {
  let a = 0, b = s.length;
  while (a < b && isWhiteSpace(s.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(s.charCodeAt(b - 1))) b--;
  return b - a;
}
