/**
 * punkt's public API. Small on purpose: the CLI and the server are thin shells over these functions.
 * test/api.test.ts asserts the exact list of exports.
 *
 * @example
 *   import { extract, toMarkdown } from 'punkt';
 *   const article = extract(html, { url: 'https://example.ch/a', timezone: 'Europe/Zurich' });
 *   console.log(toMarkdown(article));
 */
export { extract, fetchArticle } from './extract/extract.js';
export { toMarkdown } from './render/markdown.js';
export { toHtml } from './render/html.js';
export { toText } from './render/text.js';
export { keyPoints, keyPointsLLM } from './keypoints/index.js';
export type {
  Article, Block, ExtractOptions, ImageInfo, KeyPoint, KeyPoints, Message, SummaryBox, Support,
} from './model/article.js';
