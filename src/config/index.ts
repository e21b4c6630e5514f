/**
 * Every punkt setting in one zod schema, merged from four sources in rising priority:
 * built-in defaults < config file (`punkt.config.json` in the working directory, or `--config FILE`)
 * < environment (`PUNKT_*`) < command-line flags. `loadConfig` validates once at start and throws a
 * `ConfigError` whose message names each bad setting and where it came from.
 *
 * @example
 *   const config = loadConfig({ flags: { port: 8080 }, env: process.env });
 *   serve({ port: config.port, hostname: config.host });
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';

const MiB = 1024 * 1024;

export const configSchema = z.strictObject({
  /** TCP port of the reader; 0 picks a free one. */
  port: z.number().int().min(0).max(65535).default(3000),
  /** Loopback by default: the reader has no login, so exposing it is an explicit choice. */
  host: z.string().min(1).default('127.0.0.1'),
  /** Directory holding the SQLite archive (`punkt.db`). */
  dataDir: z.string().min(1).default('./data'),
  /** Import the bundled example pages on first start with an empty archive. */
  examples: z.boolean().default(true),
  /** Largest accepted request body in bytes (JSON, form posts, uploads). A news page rarely exceeds 2 MiB. */
  bodyLimit: z.number().int().min(1024).max(512 * MiB).default(5 * MiB),
  fetch: z.strictObject({
    /** Fetching private, loopback and cloud-metadata addresses is refused unless this is true. */
    allowPrivate: z.boolean().default(false),
    timeoutMs: z.number().int().min(100).max(300_000).default(15_000),
    maxBytes: z.number().int().min(1024).max(512 * MiB).default(10 * MiB),
    maxRedirects: z.number().int().min(0).max(20).default(5),
  }).prefault({}),
  ingest: z.strictObject({
    /** Threads extracting files in `punkt ingest` (1: in the main thread; more: worker threads,
     * while the main thread saves). Default: the machine's cores, at most 4. */
    jobs: z.number().int().min(1).max(64).default(() => Math.min(4, availableParallelism())),
    /** In a worker, a page whose extraction takes longer is stopped and recorded as failed. */
    pageTimeoutMs: z.number().int().min(1000).max(3_600_000).default(60_000),
  }).prefault({}),
  keyPoints: z.strictObject({
    count: z.number().int().min(1).max(10).default(3),
  }).prefault({}),
  /** Optional LLM key points over an OpenAI-compatible chat-completions API (llama.cpp, Ollama, vLLM). */
  llm: z.strictObject({
    enabled: z.boolean().default(false),
    baseUrl: z.url({ protocol: /^https?$/ }).optional(),
    model: z.string().min(1).optional(),
    apiKey: z.string().min(1).optional(),
    timeoutMs: z.number().int().min(100).max(600_000).default(60_000),
  }).prefault({}).refine((l) => !l.enabled || (l.baseUrl !== undefined && l.model !== undefined), {
    message: 'llm.enabled needs llm.baseUrl and llm.model',
  }),
});

export type Config = z.infer<typeof configSchema>;
/** What a user may write in a config file or pass as flags: any subset, nested like the schema. */
export type ConfigInput = z.input<typeof configSchema>;

/** Environment variable → setting path, and how to read its string. */
export const ENV_VARS: Record<string, { path: string[]; type: 'string' | 'number' | 'boolean' }> = {
  PUNKT_PORT: { path: ['port'], type: 'number' },
  PUNKT_HOST: { path: ['host'], type: 'string' },
  PUNKT_DATA: { path: ['dataDir'], type: 'string' },
  PUNKT_EXAMPLES: { path: ['examples'], type: 'boolean' },
  PUNKT_BODY_LIMIT: { path: ['bodyLimit'], type: 'number' },
  PUNKT_ALLOW_PRIVATE: { path: ['fetch', 'allowPrivate'], type: 'boolean' },
  PUNKT_FETCH_TIMEOUT_MS: { path: ['fetch', 'timeoutMs'], type: 'number' },
  PUNKT_FETCH_MAX_BYTES: { path: ['fetch', 'maxBytes'], type: 'number' },
  PUNKT_INGEST_JOBS: { path: ['ingest', 'jobs'], type: 'number' },
  PUNKT_INGEST_PAGE_TIMEOUT_MS: { path: ['ingest', 'pageTimeoutMs'], type: 'number' },
  PUNKT_KEYPOINTS_COUNT: { path: ['keyPoints', 'count'], type: 'number' },
  PUNKT_LLM: { path: ['llm', 'enabled'], type: 'boolean' },
  PUNKT_LLM_BASE_URL: { path: ['llm', 'baseUrl'], type: 'string' },
  PUNKT_LLM_MODEL: { path: ['llm', 'model'], type: 'string' },
  PUNKT_LLM_API_KEY: { path: ['llm', 'apiKey'], type: 'string' },
  PUNKT_LLM_TIMEOUT_MS: { path: ['llm', 'timeoutMs'], type: 'number' },
};

export const DEFAULT_CONFIG_FILE = 'punkt.config.json';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Layer = { source: string; values: Record<string, unknown> };

export interface LoadConfigOptions {
  /** Values from command-line flags (only the ones the user gave). */
  flags?: Record<string, unknown>;
  env?: Record<string, string | undefined>;
  /** Explicit config file; it must exist. Without it `punkt.config.json` in `cwd` is read if present. */
  configFile?: string;
  cwd?: string;
}

/** Merge defaults < file < env < flags, validate, and return the config (paths resolved). */
export function loadConfig(options: LoadConfigOptions = {}): Config {
  const cwd = options.cwd ?? process.cwd();
  const layers: Layer[] = [];

  const file = readConfigFile(options.configFile, cwd);
  if (file) layers.push(file);
  layers.push({ source: 'environment', values: fromEnv(options.env ?? {}) });
  layers.push({ source: 'flags', values: options.flags ?? {} });

  const merged = layers.reduce<Record<string, unknown>>((acc, l) => deepMerge(acc, l.values), {});
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const path = issue.path.map(String);
      const where = sourceOf(layers, path);
      const name = path.length ? path.join('.') : '(config)';
      const value = getPath(merged, path);
      const got = value !== undefined && typeof value !== 'object' ? `, got ${JSON.stringify(value)}` : '';
      return `  ${name}${where ? ` (from ${where})` : ''}: ${issue.message}${got}`;
    });
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  // A data dir from the config file is relative to that file, so a project config works from any cwd.
  const dataBase = sourceOf(layers, ['dataDir'])?.startsWith('config file') && file ? dirname(file.path) : cwd;
  config.dataDir = resolve(dataBase, config.dataDir);
  return config;
}

function readConfigFile(explicit: string | undefined, cwd: string): (Layer & { path: string }) | null {
  const path = resolve(cwd, explicit ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicit) throw new ConfigError(`config file not found: ${path}`);
    return null;
  }
  let values: unknown;
  try {
    values = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`config file ${path} is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new ConfigError(`config file ${path} must hold a JSON object`);
  }
  return { source: `config file ${path}`, values: values as Record<string, unknown>, path };
}

function fromEnv(env: Record<string, string | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(ENV_VARS)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    setPath(out, spec.path, convert(raw, spec.type));
  }
  return out;
}

/** Strings that do not convert are passed through so the schema reports them with their source. */
function convert(raw: string, type: 'string' | 'number' | 'boolean'): unknown {
  if (type === 'number') {
    const n = Number(raw.trim());
    return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
  }
  if (type === 'boolean') {
    const v = raw.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(v)) return true;
    if (['0', 'false', 'no', 'off'].includes(v)) return false;
    return raw;
  }
  return raw;
}

function sourceOf(layers: Layer[], path: string[]): string | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    if (hasPath(layers[i]!.values, path)) {
      const layer = layers[i]!;
      if (layer.source === 'environment') {
        const env = Object.entries(ENV_VARS).find(([, s]) => s.path.join('.') === path.join('.'));
        return env ? env[0] : 'environment';
      }
      return layer.source;
    }
  }
  return undefined;
}

function hasPath(obj: Record<string, unknown>, path: string[]): boolean {
  let cur: unknown = obj;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null || !(key in cur)) return false;
    cur = (cur as Record<string, unknown>)[key];
  }
  return true;
}

function getPath(obj: Record<string, unknown>, path: string[]): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function setPath(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let cur = obj;
  for (const key of path.slice(0, -1)) {
    if (typeof cur[key] !== 'object' || cur[key] === null) cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  }
  cur[path[path.length - 1]!] = value;
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (v === undefined) continue;
    const prev = out[k];
    out[k] = isPlainObject(prev) && isPlainObject(v) ? deepMerge(prev, v) : v;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
