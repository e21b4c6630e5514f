/**
 * Entry dispatch: bytes → decoded string → HTML pipeline or text-dump pipeline.
 * Never throws for bad input: problems become `messages` on the returned article.
 */
import { emptyArticle, type Article, type ExtractOptions } from '../model/article.js';
import { binaryKind, decodeBytes } from '../input/decode.js';
import { looksLikeHtml, looksLikeJson } from '../input/sniff.js';
import { shrinkInput } from '../input/shrink.js';
import { limitNesting } from '../input/nesting.js';
import { fetchPage, type FetchOptions } from '../input/fetch.js';
import { extractHtml } from './html.js';
import { extractText } from '../text/index.js';

/** Codes that already explain an empty result; otherwise the dispatch adds `no-content`. */
const EXPLAINS_EMPTY = new Set(['empty-input', 'binary-input', 'unsupported-input', 'no-content', 'not-an-article', 'error-page']);

export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Article {
  let source: string;
  const pre: Article['messages'] = [];
  const binary = binaryKind(input);
  if (binary) {
    const article = emptyArticle();
    article.messages.push({ code: 'binary-input', message: `The input looks like ${binary}, not a web page or text.` });
    return article;
  }
  if (typeof input === 'string') {
    source = input;
  } else {
    const decoded = decodeBytes(input, options.contentType, true); // binaryKind checked above
    source = decoded.text;
    pre.push(...decoded.messages);
  }
  let article: Article;
  const from = options.from ?? 'auto';
  if (source.trim() === '') {
    article = emptyArticle();
    article.messages.push({ code: 'empty-input', message: 'The input is empty.' });
  } else if (from === 'auto' && looksLikeJson(source)) {
    article = emptyArticle();
    article.messages.push({ code: 'unsupported-input', message: 'The input is JSON, not a web page or a text dump (use --from text to read it as text anyway).' });
  } else {
    const asHtml = from === 'html' || (from === 'auto' && looksLikeHtml(source));
    // Bounded time and memory on hostile input: cap the size, then the nesting depth.
    const shrunk = shrinkInput(source, asHtml);
    source = shrunk.text;
    pre.push(...shrunk.messages);
    if (asHtml) {
      const flat = limitNesting(source);
      if (flat.dropped > 0) {
        source = flat.html;
        pre.push({ code: 'deep-nesting', message: `${flat.dropped} tags nested deeper than the browser limit were dropped (their text is kept).` });
      }
    }
    article = asHtml ? extractHtml(source, options) : extractText(source, options);
  }
  if (article.text.trim() === '' && !article.messages.some((m) => EXPLAINS_EMPTY.has(m.code))) {
    article.messages.push({ code: 'no-content', message: 'No article content was found in the input.' });
  }
  article.messages.unshift(...pre);
  return article;
}

/** Fetch a URL through the safe fetcher and extract it. Rejects with a `FetchError` for fetch problems. */
export async function fetchArticle(url: string, options: ExtractOptions & FetchOptions = {}): Promise<Article> {
  const page = await fetchPage(url, options);
  return extract(page.bytes, { ...options, url: options.url ?? page.url, contentType: page.contentType });
}
