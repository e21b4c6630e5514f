/**
 * LLM configuration: explicit options win over the environment (PUNKT_LLM_BASE_URL,
 * PUNKT_LLM_MODEL, PUNKT_LLM_API_KEY, PUNKT_LLM_TIMEOUT_MS), validated by one zod schema.
 */
import { z } from 'zod';
import { LlmError } from './client.js';

export const LlmConfigSchema = z.object({
  /** e.g. http://127.0.0.1:8080/v1 (llama.cpp), http://127.0.0.1:11434/v1 (Ollama), http://host:8000/v1 (vLLM) */
  baseUrl: z.string().min(1).refine((u) => { try { return /^https?:$/.test(new URL(u).protocol); } catch { return false; } }, 'baseUrl must be an http(s) URL'),
  model: z.string().min(1),
  apiKey: z.string().optional(),
  /**
   * A 3-bullet reply from a local 7B model takes a few seconds on a GPU and tens of seconds on a
   * laptop CPU; 60 s leaves room for that. The same default as the reader's `llm.timeoutMs`.
   */
  timeoutMs: z.number().int().positive().max(600_000).default(60_000),
  maxTokens: z.number().int().positive().default(512),
  temperature: z.number().min(0).max(2).default(0),
  jsonMode: z.boolean().default(false),
});
export type LlmConfig = z.infer<typeof LlmConfigSchema>;
export type LlmConfigInput = Partial<z.input<typeof LlmConfigSchema>>;

export function resolveLlmConfig(options: LlmConfigInput = {}, env: Record<string, string | undefined> = process.env): LlmConfig {
  const timeout = env.PUNKT_LLM_TIMEOUT_MS ? Number(env.PUNKT_LLM_TIMEOUT_MS) : undefined;
  const raw = {
    ...options,
    baseUrl: options.baseUrl ?? env.PUNKT_LLM_BASE_URL,
    model: options.model ?? env.PUNKT_LLM_MODEL ?? 'default',
    apiKey: options.apiKey ?? env.PUNKT_LLM_API_KEY,
    timeoutMs: options.timeoutMs ?? (Number.isFinite(timeout) ? timeout : undefined),
  };
  const parsed = LlmConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'config';
    const msg = raw.baseUrl === undefined && where === 'baseUrl' ? 'no LLM base URL (set PUNKT_LLM_BASE_URL or pass baseUrl)' : `${where}: ${issue?.message ?? 'invalid'}`;
    throw new LlmError('config', msg);
  }
  return parsed.data;
}
