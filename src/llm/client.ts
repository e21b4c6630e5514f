/**
 * The narrow interface punkt talks to language models through. Any backend (OpenAI-compatible
 * server, a test double) implements `ChatClient`; the key-point code never sees HTTP.
 */

export interface ChatMessage { role: 'system' | 'user' | 'assistant'; content: string }

export interface ChatRequest {
  messages: ChatMessage[];
  temperature?: number;
  maxTokens?: number;
  /** Ask the server for a JSON object reply (`response_format`); not every server supports it. */
  jsonMode?: boolean;
}

export interface ChatClient {
  /** The assistant's reply text. Rejects with an `LlmError` for every failure. */
  complete(request: ChatRequest): Promise<string>;
}

export type LlmErrorCode = 'config' | 'timeout' | 'network' | 'http' | 'malformed' | 'empty';

export class LlmError extends Error {
  constructor(readonly code: LlmErrorCode, message: string) {
    super(message);
    this.name = 'LlmError';
  }
}
