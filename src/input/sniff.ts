// STUB — owned by the input/CLI helper.
export function looksLikeHtml(s: string): boolean {
  return /<(html|body|head|div|p|article|!doctype)\b/i.test(s.slice(0, 4096));
}
