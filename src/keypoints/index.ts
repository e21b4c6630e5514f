// STUB — owned by the key-points helper (issue 4).
import type { Article, KeyPoints } from '../model/article.js';
export interface KeyPointOptions { count?: number }
export function keyPoints(_a: Article, _o: KeyPointOptions = {}): KeyPoints { return { items: [], method: 'builtin' }; }
export async function keyPointsLLM(a: Article, o: KeyPointOptions = {}): Promise<KeyPoints> { return keyPoints(a, o); }
