/**
 * Character classes by code unit, for scanners that walk a string without slicing it.
 */

/** What `\s` matches and String.prototype.trim removes: the WhiteSpace and LineTerminator code units. */
export function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * The zero-width characters that text drops (regexp source, `u` flag): they are invisible, so they
 * are removed rather than spaced ("Auf\u200clage" is one word) — all of U+200B, U+200C, U+2060 and
 * U+FEFF, and a joiner (U+200D) unless it stands between two symbols, where it holds an emoji
 * sequence together (👨‍👩‍👧). One rule for HTML text (`collapse`) and text dumps (`guardInput`).
 */
export const DROPPED_ZERO_WIDTH_SOURCE = String.raw`[\u200b\u200c\u2060\ufeff]|(?<![\p{S}\ufe0f])\u200d|\u200d(?!\p{S})`;
