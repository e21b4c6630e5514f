// STUB — owned by the input/CLI helper.
import type { Article } from '../model/article.js';
export function toText(a: Article): string { return a.text; }
