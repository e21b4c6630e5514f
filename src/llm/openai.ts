/**
 * ChatClient over the OpenAI-compatible chat-completions API (POST {baseUrl}/chat/completions),
 * as served by llama.cpp, Ollama, vLLM and OpenAI. Every failure becomes an `LlmError` with a code
 * the caller can report: timeout, network, http (non-2xx), malformed (not the API's JSON, or a body
 * over MAX_REPLY_BYTES), empty (no choices or no content). The timeout covers the whole exchange,
 * body included, so a server that sends headers and then stalls cannot hang a batch.
 */
import { LlmError, type ChatClient, type ChatRequest } from './client.js';
import type { LlmConfig } from './config.js';

/** A chat reply with a few bullets is a few KiB; 2 MiB leaves room for verbose servers, not for a runaway one. */
export const MAX_REPLY_BYTES = 2 * 1024 * 1024;

/** The body as text, stopping with an LlmError once it passes `limit` bytes. */
async function readLimited(res: Response, limit: number, url: string): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new LlmError('malformed', `reply from ${url} is larger than ${limit} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export class OpenAICompatClient implements ChatClient {
  constructor(private readonly config: LlmConfig) {}

  async complete(request: ChatRequest): Promise<string> {
    const { baseUrl, model, apiKey, timeoutMs } = this.config;
    const url = `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
    const body: Record<string, unknown> = {
      model,
      messages: request.messages,
      temperature: request.temperature ?? this.config.temperature,
      max_tokens: request.maxTokens ?? this.config.maxTokens,
      stream: false,
    };
    if (request.jsonMode ?? this.config.jsonMode) body.response_format = { type: 'json_object' };
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), timeoutMs);
    let text: string;
    let status: number;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
        body: JSON.stringify(body),
        signal: ctrl.signal,
      });
      status = res.status;
      text = await readLimited(res, MAX_REPLY_BYTES, url);
    } catch (err) {
      if (err instanceof LlmError) throw err;
      if (ctrl.signal.aborted) throw new LlmError('timeout', `no reply from ${url} within ${timeoutMs} ms`);
      throw new LlmError('network', `cannot reach ${url}: ${(err as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
    if (status < 200 || status >= 300) throw new LlmError('http', `HTTP ${status} from ${url}: ${text.slice(0, 200)}`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new LlmError('malformed', `reply from ${url} is not JSON: ${text.slice(0, 120)}`);
    }
    const choices = (json as { choices?: unknown }).choices;
    if (!Array.isArray(choices)) throw new LlmError('malformed', 'reply has no "choices" array');
    if (choices.length === 0) throw new LlmError('empty', 'reply has no choices');
    const content = (choices[0] as { message?: { content?: unknown } }).message?.content;
    if (typeof content !== 'string' || content.trim() === '') throw new LlmError('empty', 'first choice has no message content');
    return content;
  }
}
