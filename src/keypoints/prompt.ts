/**
 * The prompt of the LLM key-point method, kept apart so it can be read and changed in one place.
 * Temperature 0 and a JSON reply make the output checkable; the rules mirror what check.ts enforces,
 * so a good model rarely gets a bullet replaced.
 */
import type { ChatMessage } from '../llm/client.js';
import type { Article } from '../model/article.js';
import type { Lang } from '../nlp/language.js';
import { bodyBlocks } from './candidates.js';

const LANGUAGE_NAME: Record<Lang, string> = { de: 'German', en: 'English', fr: 'French', it: 'Italian' };

/** Article text sent to the model; 12,000 characters fit the 4k-token context of small local models. */
export const MAX_PROMPT_CHARS = 12_000;

export function articleForPrompt(article: Article): string {
  const parts: string[] = [];
  if (article.title) parts.push(`Title: ${article.title}`);
  if (article.lead) parts.push(`Lead: ${article.lead}`);
  // the page's own key-point box is never input, even when an extractor left it in the body
  const body = bodyBlocks(article).map((i) => article.blocks[i]!)
    .map((b) => (b.type === 'paragraph' || b.type === 'heading' ? b.text : '')).filter(Boolean).join('\n\n');
  parts.push(`Text:\n${body}`);
  const all = parts.join('\n\n');
  return all.length > MAX_PROMPT_CHARS ? `${all.slice(0, MAX_PROMPT_CHARS)} […]` : all;
}

export function keyPointMessages(article: Article, lang: Lang | null, count: number): ChatMessage[] {
  const language = lang ? LANGUAGE_NAME[lang] : 'the language of the article';
  return [
    {
      role: 'system',
      content: 'You write the key-point box of a news article. You state only what the article states, and nothing else.',
    },
    {
      role: 'user',
      content: [
        `Write exactly ${count} key points for the article below, in ${language}.`,
        'Rules:',
        '- Each key point is one complete declarative sentence of at most 20 words.',
        '- No quotations, no direct speech, no questions.',
        '- Do not repeat the title.',
        '- Use only facts, names, numbers and dates that appear in the article; copy names and numbers exactly.',
        `Reply with JSON only, in this form: {"bullets": [${Array.from({ length: count }, (_, i) => `"key point ${i + 1}"`).join(', ')}]}`,
        '',
        articleForPrompt(article),
      ].join('\n'),
    },
  ];
}

/**
 * Bullets from a model reply: a JSON object with a `bullets` (or `key_points`/`keypoints`/`items`)
 * array, or a bare array, possibly inside a ``` fence. Returns null when the reply is not that shape.
 */
export function parseBullets(reply: string): string[] | null {
  const unfenced = reply.replace(/^\s*```(?:json)?\s*/i, '').replace(/\s*```\s*$/, '');
  const candidates = [unfenced];
  const obj = /\{[\s\S]*\}/.exec(unfenced);
  if (obj) candidates.push(obj[0]);
  const arr = /\[[\s\S]*\]/.exec(unfenced);
  if (arr) candidates.push(arr[0]);
  for (const c of candidates) {
    let v: unknown;
    try { v = JSON.parse(c); } catch { continue; }
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      v = o.bullets ?? o.key_points ?? o.keypoints ?? o.keyPoints ?? o.items;
    }
    if (!Array.isArray(v)) continue;
    const items = v.map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string' ? (x as { text: string }).text : null));
    if (items.some((x) => x === null)) return null;
    return (items as string[]).map((s) => s.replace(/^\s*(?:[-•*]|\d+[.)])\s*/, '').trim()).filter((s) => s.length > 0);
  }
  return null;
}
