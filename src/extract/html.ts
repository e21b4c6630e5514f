// STUB — core HTML pipeline, being written.
import { emptyArticle, type Article, type ExtractOptions } from '../model/article.js';
export function extractHtml(_html: string, _options: ExtractOptions = {}): Article {
  return emptyArticle();
}
