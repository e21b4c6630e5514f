/**
 * The server's ingest path, shared by `POST /api/articles`, the /add form and the example import:
 * 1. read the input into an Article (fetch through the safe fetcher, or extract HTML / a text dump),
 * 2. refuse input that yields no article at all (the user is told, nothing is stored silently empty),
 * 3. add key points (LLM when configured, built-in otherwise or when the LLM fails),
 * 4. save — the store updates the same canonical URL and links near-duplicates.
 */
import { extract, fetchArticle, keyPoints, keyPointsLLM } from '../index.js';
import type { Article } from '../model/article.js';
import type { ArticleStore, SaveResult } from '../store/types.js';
import type { Config } from '../config/index.js';
import { HttpError } from './errors.js';
import { FetchError, type FetchErrorCode } from '../input/fetch.js';

export type IngestInput =
  | { kind: 'url'; url: string }
  | { kind: 'html'; html: string | Uint8Array; url?: string; contentType?: string }
  | { kind: 'text'; text: string; url?: string };

export interface IngestDeps { store: ArticleStore; config: Config; onWrite?: () => void }

export async function ingest(input: IngestInput, deps: IngestDeps): Promise<SaveResult> {
  const article = await readArticle(input, deps.config);
  if (!article.title && article.text.trim() === '') {
    throw new HttpError(422, 'no_article', 'No article could be extracted from this input.', { messages: article.messages });
  }
  article.keyPoints = await makeKeyPoints(article, deps.config);
  const saved = deps.store.save(article, { url: article.url ?? ('url' in input ? input.url : undefined) ?? null });
  deps.onWrite?.();
  return saved;
}

async function readArticle(input: IngestInput, config: Config): Promise<Article> {
  switch (input.kind) {
    case 'url':
      try {
        return await fetchArticle(input.url, { ...config.fetch });
      } catch (err) {
        throw fetchFailure(input.url, err);
      }
    case 'html':
      return extract(input.html, { from: 'html', url: input.url, contentType: input.contentType });
    case 'text':
      return extract(input.text, { from: 'text', url: input.url });
  }
}

/** Refusals of the safe fetcher (blocked address, bad URL, not a page) are the client's 422; the rest is upstream's 502. */
const CLIENT_FETCH_ERRORS: Partial<Record<FetchErrorCode, string>> = {
  'bad-url': 'url_refused', 'blocked-address': 'url_refused', 'bad-content-type': 'not_a_page', 'too-large': 'page_too_large',
};

function fetchFailure(url: string, err: unknown): HttpError {
  if (err instanceof FetchError) {
    const clientCode = CLIENT_FETCH_ERRORS[err.code];
    return new HttpError(clientCode ? 422 : 502, clientCode ?? 'fetch_failed', `Could not fetch ${url}: ${err.message}`, { cause: err.code, ...(err.status ? { status: err.status } : {}) });
  }
  return new HttpError(502, 'fetch_failed', `Could not fetch ${url}: ${(err as Error).message}`);
}

async function makeKeyPoints(article: Article, config: Config): Promise<Article['keyPoints']> {
  const count = config.keyPoints.count;
  if (config.llm.enabled) {
    try {
      const llm = { baseUrl: config.llm.baseUrl, model: config.llm.model, apiKey: config.llm.apiKey, timeoutMs: config.llm.timeoutMs };
      // env: {} — the validated config is the one source of settings; it already read PUNKT_LLM_*.
      return await keyPointsLLM(article, { count, ...llm, env: {} });
    } catch (err) {
      const kp = safeKeyPoints(article, count);
      kp.messages = [...(kp.messages ?? []), { code: 'llm-failed', message: `LLM key points failed, built-in used: ${(err as Error).message}` }];
      return kp;
    }
  }
  return safeKeyPoints(article, count);
}

/** Key points are a bonus on top of the article: a failure there must not lose the article. */
function safeKeyPoints(article: Article, count: number): NonNullable<Article['keyPoints']> {
  try {
    return keyPoints(article, { count });
  } catch (err) {
    return { items: [], method: 'none', messages: [{ code: 'keypoints-failed', message: (err as Error).message }] };
  }
}
