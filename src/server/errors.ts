/**
 * The one error type of the HTTP edge. Routes throw `HttpError`; `app.onError` (src/server/app.ts) is
 * the single place that turns it — and every other thrown thing — into a response:
 * `{error: {code, message}}` under /api, an HTML error page elsewhere.
 *
 * @example
 *   throw new HttpError(404, 'not_found', `No article with id ${id}.`);
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: ContentfulStatusCode,
    /** Stable, machine-readable snake_case code, e.g. `invalid_request`, `payload_too_large`. */
    readonly code: string,
    message: string,
    /** Extra machine-readable detail (validation issues, extraction messages). */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export interface ErrorBody { error: { code: string; message: string; details?: unknown } }

export function errorBody(err: HttpError): ErrorBody {
  return { error: { code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) } };
}
