/**
 * Entry dispatch: bytes → decoded string → HTML pipeline or text-dump pipeline.
 * Never throws for bad input: problems become `messages` on the returned article.
 */
import { emptyArticle, type Article, type ExtractOptions } from '../model/article.js';
import { binaryKind, decodeBytes } from '../input/decode.js';
import { looksLikeHtml, looksLikeJson } from '../input/sniff.js';
import { EXTRACT_MAX_CHARS } from '../input/limits.js';
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
    const decoded = decodeBytes(input, options.contentType);
    source = decoded.text;
    pre.push(...decoded.messages);
  }
  if (source.length > EXTRACT_MAX_CHARS) {
    pre.push({ code: 'input-truncated', message: `The input has ${source.length} characters; only the first ${EXTRACT_MAX_CHARS} were read.` });
    source = source.slice(0, EXTRACT_MAX_CHARS);
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
