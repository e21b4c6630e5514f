/**
 * Text sizes without building the text: "is this element's text longer than n?". Stages ask
 * it while climbing from a short label to the container around it, whose text is often the whole
 * page; `textOf` would walk and join all of it to compare one length.
 */
import { Element, SKIP_TEXT, Text, textOf, type ChildNode } from '../html/dom.js';
import { isWhiteSpace } from '../nlp/chars.js';

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
    } else if (x instanceof Element && !SKIP_TEXT.has(x.name)) {
      const ch = x.children;
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
    }
  }
  return textOf(el).length > n;
}


/** `s.trim().length` without making the trimmed string. */
export function trimmedLength(s: string): number {
  let a = 0, b = s.length;
  while (a < b && isWhiteSpace(s.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(s.charCodeAt(b - 1))) b--;
  return b - a;
}
