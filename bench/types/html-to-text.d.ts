// Minimal typing for html-to-text 10 (the package ships no types; only `convert` is used).
declare module 'html-to-text' {
  export function convert(html: string, options?: Record<string, unknown>): string;
}
