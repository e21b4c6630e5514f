/**
 * zod schemas for everything a client sends, and the one helper that turns a failed parse into a
 * 400 `invalid_request` HttpError with a readable message. The OpenAPI document mirrors these.
 */
import { z } from 'zod';
import { HttpError } from './errors.js';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).max(4096);

/** `{url}` | `{html, url?}` | `{text, url?}`: exactly one of html/text, or a URL alone to fetch. */
export const ingestBodySchema = z.strictObject({
  url: httpUrl.optional(),
  html: z.string().min(1, 'must not be empty').optional(),
  text: z.string().min(1, 'must not be empty').optional(),
}).superRefine((b, ctx) => {
  if (b.html !== undefined && b.text !== undefined) {
    ctx.addIssue({ code: 'custom', message: 'give either html or text, not both' });
  } else if (b.html === undefined && b.text === undefined && b.url === undefined) {
    ctx.addIssue({ code: 'custom', message: 'give one of {url}, {html, url?} or {text, url?}' });
  }
});
export type IngestBody = z.infer<typeof ingestBodySchema>;

const limit = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);
const offset = z.coerce.number().int().min(0).max(1_000_000).default(0);
/** Inclusive date bound: `2024-10-10` or a full ISO timestamp. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO date like 2024-10-10');
const optionalText = z.string().trim().max(200).optional().transform((s) => (s ? s : undefined));

export const listQuerySchema = z.object({
  limit: limit(100, 20),
  offset,
  site: optionalText,
  language: optionalText,
});

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'the search needs at least one word').max(500),
  site: optionalText,
  language: optionalText,
  from: isoDate.optional().or(z.literal('').transform(() => undefined)),
  to: isoDate.optional().or(z.literal('').transform(() => undefined)),
  limit: limit(100, 20),
  offset,
});

export function parseOr400<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new HttpError(400, 'invalid_request', `Invalid ${what}: ${describeIssues(r.error)}`, { issues: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) });
}

export function describeIssues(err: z.ZodError): string {
  return err.issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
}
