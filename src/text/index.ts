// STUB — owned by the text-dump helper (issue 3).
import { emptyArticle, type Article, type ExtractOptions } from '../model/article.js';
export function extractText(_text: string, _options: ExtractOptions = {}): Article {
  return emptyArticle();
}
