/**
 * The LLM key-point method: ask a chat-completions model for bullets, check every bullet against the
 * article (check.ts), replace failing ones with built-in bullets, and fall back to the built-in
 * method entirely on timeouts, HTTP errors and malformed replies. The result always says what
 * happened: `checks` per bullet, `messages` for fallbacks.
 */
import type { ChatClient } from '../llm/client.js';
import { LlmError } from '../llm/client.js';
import { resolveLlmConfig, type LlmConfigInput } from '../llm/config.js';
import { OpenAICompatClient } from '../llm/openai.js';
import { blockText, type Article, type KeyPoint, type KeyPoints, type Message } from '../model/article.js';
import { contentTerms } from '../nlp/tokenize.js';
import { bodyBlocks } from './candidates.js';
import { checkBullet, indexSource } from './check.js';
import { runBuiltin } from './pipeline.js';
import { keyPointMessages, parseBullets } from './prompt.js';
import { mmr } from './select.js';
import type { Candidate } from './types.js';
import { cosine, idfOf, vec } from './vectors.js';

export interface KeyPointsLLMOptions extends LlmConfigInput {
  count?: number;
  /** Use this client instead of building an OpenAI-compatible one from options/env. */
  client?: ChatClient;
  /** Environment to read PUNKT_LLM_* from (default process.env). */
  env?: Record<string, string | undefined>;
}

/** A supporting sentence needs this much tf-idf cosine with the bullet to count as evidence. */
const SUPPORT_MIN = 0.2;
/**
 * A bullet this close (tf-idf cosine) to an earlier kept one says the same thing again: small models
 * repeat themselves when an article has little to say. 0.8 = nearly the same content words; two
 * bullets on one topic with different facts stay well below (0.3–0.6 on the test articles).
 */
const REPEAT_MIN = 0.8;

export async function keyPointsLLM(article: Article, options: KeyPointsLLMOptions = {}): Promise<KeyPoints> {
  const count = Number.isFinite(options.count) ? Math.max(0, Math.floor(options.count!)) : 3;
  const { result: builtin, state } = runBuiltin(article, { count: Math.max(count, 1) * 3 });
  const fallback = (msg: Message): KeyPoints => {
    const b = runBuiltin(article, { count }).result;
    return { ...b, messages: [msg, ...(b.messages ?? [])] };
  };
  if (count === 0) return { items: [], method: 'llm' };
  if (state.candidates.length === 0) return fallback({ code: 'llm-skipped', message: 'No sentences to check an LLM answer against; built-in method used.' });

  let client = options.client;
  if (!client) {
    try {
      client = new OpenAICompatClient(resolveLlmConfig(options, options.env));
    } catch (err) {
      return fallback({ code: 'llm-fallback', message: `LLM not used (${(err as Error).message}); built-in key points instead.` });
    }
  }
  let reply: string;
  try {
    reply = await client.complete({ messages: keyPointMessages(article, state.lang, count) });
  } catch (err) {
    const code = err instanceof LlmError ? err.code : 'error';
    return fallback({ code: 'llm-fallback', message: `LLM failed (${code}: ${(err as Error).message}); built-in key points instead.` });
  }
  const bullets = parseBullets(reply);
  if (!bullets || bullets.length === 0) {
    return fallback({ code: 'llm-fallback', message: `LLM reply was not the requested JSON (${reply.slice(0, 80).replace(/\s+/g, ' ')}…); built-in key points instead.` });
  }

  // evidence: every collected sentence, quotes included — a bullet may rest on a quoted statement
  const corpus = state.candidates.map((c) => c.terms);
  const idf = idfOf(corpus);
  const sentVecs = state.candidates.map((c) => vec(contentTerms(c.source, state.lang), idf));
  // the facts a bullet may state: title, lead and every body block (lists, tables, quotes too), never the page's box
  const sourceText = [article.title ?? '', article.lead ?? '', ...bodyBlocks(article).map((i) => blockText(article.blocks[i]!))].join('\n');
  const src = indexSource(sourceText, state.lang);

  const items: Array<KeyPoint | null> = [];
  const checks: NonNullable<KeyPoints['checks']> = [];
  const kept: Candidate[] = [];
  const messages: Message[] = [];
  const keptVecs: Array<ReturnType<typeof vec>> = [];
  bullets.slice(0, count).forEach((text, index) => {
    let reason = checkBullet(text, src, article.title);
    const v = vec(contentTerms(text, state.lang), idf);
    if (!reason && keptVecs.some((k) => cosine(v, k) >= REPEAT_MIN)) reason = 'repeats an earlier bullet';
    const ranked = state.candidates.map((c, i) => ({ c, sim: cosine(v, sentVecs[i]!) })).filter((x) => x.sim >= SUPPORT_MIN)
      .sort((a, b) => b.sim - a.sim).slice(0, 2);
    if (!reason && ranked.length === 0) reason = 'no supporting sentence in the article';
    if (reason) {
      items.push(null);
      checks.push({ index, checked: true, replaced: true, reason });
      return;
    }
    items.push({ text: text.trim(), support: ranked.map(({ c }) => ({ block: c.block, start: c.start, end: c.end })) });
    checks.push({ index, checked: true, replaced: false, reason: null });
    keptVecs.push(v);
    kept.push({ ...ranked[0]!.c, text, terms: contentTerms(text, state.lang) });
  });
  if (bullets.length < count) {
    messages.push({ code: 'llm-few-bullets', message: `The LLM gave ${bullets.length} of ${count} bullets; the rest are built-in.` });
  }
  // failing or missing bullets are replaced by built-in ones that do not repeat what is kept
  const missing = items.filter((x) => x === null).length + Math.max(0, count - bullets.length);
  const keptSources = new Set(kept.map((k) => `${k.block}:${k.start}`));
  const pool = state.candidates.filter((c) => !c.excluded && !keptSources.has(`${c.block}:${c.start}`));
  const replacements = mmr(pool, missing, corpus, kept);
  let r = 0;
  const out: KeyPoint[] = [];
  for (const it of items) {
    if (it) { out.push(it); continue; }
    const c = replacements[r++];
    if (c) out.push({ text: c.text, support: [{ block: c.block, start: c.start, end: c.end }] });
  }
  while (r < replacements.length) {
    const c = replacements[r++]!;
    out.push({ text: c.text, support: [{ block: c.block, start: c.start, end: c.end }] });
  }
  const replaced = checks.filter((c) => c.replaced).length;
  if (replaced) messages.push({ code: 'llm-bullets-replaced', message: `${replaced} of ${checks.length} LLM bullet(s) failed the source check and were replaced.` });
  if (out.length < count) messages.push(...(builtin.messages ?? []).filter((m) => m.code !== 'keypoints-few-sentences'),
    { code: 'keypoints-few-sentences', message: `Only ${out.length} of ${count} key points could be given.` });
  const result: KeyPoints = { items: out, method: replaced === 0 && bullets.length >= count ? 'llm' : 'llm+builtin', checks };
  if (messages.length) result.messages = messages;
  return result;
}
