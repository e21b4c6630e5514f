/**
 * Entry dispatch: bytes → decoded string → HTML pipeline or text-dump pipeline.
 * Never throws for bad input: problems become `messages` on the returned article.
 */
import { emptyArticle, type Article, type ExtractOptions } from '../model/article.js';
import { decodeBytes } from '../input/decode.js';
import { looksLikeHtml } from '../input/sniff.js';
import { fetchPage, type FetchOptions } from '../input/fetch.js';
import { extractHtml } from './html.js';
import { extractText } from '../text/index.js';

export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Article {
  let source: string;
  const pre: Article['messages'] = [];
  if (typeof input === 'string') {
    source = input;
  } else {
    const decoded = decodeBytes(input, options.contentType);
    source = decoded.text;
    pre.push(...decoded.messages);
  }
  let article: Article;
  if (source.trim() === '') {
    article = emptyArticle();
    article.messages.push({ code: 'empty-input', message: 'The input is empty.' });
  } else {
    const from = options.from ?? 'auto';
    const asHtml = from === 'html' || (from === 'auto' && looksLikeHtml(source));
    article = asHtml ? extractHtml(source, options) : extractText(source, options);
  }
  article.messages.unshift(...pre);
  return article;
}

/** Fetch a URL through the safe fetcher and extract it. Rejects with a `FetchError` for fetch problems. */
export async function fetchArticle(url: string, options: ExtractOptions & FetchOptions = {}): Promise<Article> {
  const page = await fetchPage(url, options);
  return extract(page.bytes, { ...options, url: options.url ?? page.url, contentType: page.contentType });
}
