// STUB — owned by the input/CLI helper.
import type { Article } from '../model/article.js';
export function toHtml(a: Article): string { return a.text; }
