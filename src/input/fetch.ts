// STUB — owned by the input/CLI helper; replaced with the safe fetcher.
export interface FetchOptions { allowPrivate?: boolean; timeoutMs?: number; maxBytes?: number; maxRedirects?: number }
export interface FetchedPage { url: string; bytes: Uint8Array; contentType: string | undefined; status: number }
export async function fetchPage(_url: string, _options: FetchOptions = {}): Promise<FetchedPage> {
  throw new Error('not implemented');
}
