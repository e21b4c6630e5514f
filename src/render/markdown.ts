// STUB — owned by the input/CLI helper.
import type { Article } from '../model/article.js';
export function toMarkdown(a: Article): string { return a.text; }
