/** LLM access for punkt: the `ChatClient` interface, its OpenAI-compatible implementation and config. */
export { LlmError, type ChatClient, type ChatMessage, type ChatRequest, type LlmErrorCode } from './client.js';
export { resolveLlmConfig, LlmConfigSchema, type LlmConfig, type LlmConfigInput } from './config.js';
export { OpenAICompatClient } from './openai.js';
