/**
 * One HTML→text function for every tool whose output is HTML (Readability's and Defuddle's
 * `content`, article-extractor's `content`) and for the whole-page baseline, so the text each tool
 * is scored on is made the same way. Block elements become line breaks, inline whitespace is
 * collapsed, script/style/templates and elements hidden by `hidden`, `aria-hidden="true"` or an
 * inline `display:none` are dropped. Link targets and image alt texts are not text.
 */
import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'select', 'textarea', 'button', 'canvas', 'video', 'audio', 'map']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'body', 'html', 'title', 'center', 'legend', 'option',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

export interface HtmlToTextOptions {
  /** Drop hidden elements (the whole-page baseline: "visible text"). Default true. */
  dropHidden?: boolean;
}

export function htmlToText(html: string, opts: HtmlToTextOptions = {}): string {
  const dropHidden = opts.dropHidden ?? true;
  const out: string[] = [];
  // Stack of open elements that start a skipped subtree; depth counts nested opens inside it.
  let skipTag: string | null = null;
  let skipDepth = 0;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (skipTag) {
        if (name === skipTag && !VOID.has(name)) skipDepth++;
        return;
      }
      const hidden = dropHidden && ('hidden' in attrs || attrs['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style ?? ''));
      if ((SKIP.has(name) || hidden) && !VOID.has(name)) {
        skipTag = name;
        skipDepth = 1;
        return;
      }
      if (BLOCK.has(name)) out.push('\n');
      else if (name === 'img' || name === 'input') out.push(' ');
    },
    ontext(text) {
      if (!skipTag) out.push(text);
    },
    onclosetag(name, implied) {
      if (skipTag) {
        if (name === skipTag && !VOID.has(name) && --skipDepth === 0) skipTag = null;
        return;
      }
      void implied;
      if (BLOCK.has(name)) out.push('\n');
      else if (name === 'td' || name === 'th') out.push(' ');
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return normalizeText(out.join(''));
}

/**
 * The normalisation every tool's text goes through before scoring: NFC, all Unicode spaces to a
 * plain space, runs of spaces collapsed, lines trimmed, empty lines dropped. Scorers that need a
 * stricter form (whitespace collapse for trafilatura, tokens for the others) apply it on top.
 */
export function normalizeText(s: string): string {
  return s.normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .replace(/[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}
