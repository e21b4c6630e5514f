/**
 * ChatClient over the OpenAI-compatible chat-completions API (POST {baseUrl}/chat/completions),
 * as served by llama.cpp, Ollama, vLLM and OpenAI. Every failure becomes an `LlmError` with a code
 * the caller can report: timeout, network, http (non-2xx), malformed (not the API's JSON), empty
 * (no choices or no content).
 */
import { LlmError, type ChatClient, type ChatRequest } from './client.js';
import type { LlmConfig } from './config.js';

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
      text = await res.text();
    } catch (err) {
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
