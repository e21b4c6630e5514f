/**
 * Character classes by code unit, for scanners that walk a string without slicing it.
 */

/** What `\s` matches and String.prototype.trim removes: the WhiteSpace and LineTerminator code units. */
export function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}
