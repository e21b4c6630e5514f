// STUB — owned by the input/CLI helper; replaced with real charset detection.
import type { Message } from '../model/article.js';
export interface Decoded { text: string; charset: string; messages: Message[] }
export function decodeBytes(bytes: Uint8Array, _contentType?: string): Decoded {
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', messages: [] };
}
