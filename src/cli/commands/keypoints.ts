/**
 * `punkt keypoints INPUT…`: key points "auf den Punkt gebracht" for saved pages, text dumps or URLs.
 * A thin shell: read (like `extract`: path, .gz, `-` for stdin, http(s) URL via `fetchArticle`) →
 * `extract` → `keyPoints` or `keyPointsLLM` → JSON or text. Each input stands alone; exit code 0
 * when every input gave an article, 1 when some failed, 2 for usage errors.
 *
 * @example
 *   punkt keypoints page.html --format text
 *   PUNKT_LLM_BASE_URL=http://127.0.0.1:8080/v1 punkt keypoints dump.txt --method llm
 */
import { Command, Option } from 'commander';
import { extract, fetchArticle, keyPoints, keyPointsLLM } from '../../index.js';
import { isUrlSpec, readInput } from '../../input/read.js';
import type { Article, ExtractOptions, KeyPoints } from '../../model/article.js';
import { loadConfig, ConfigError, type Config } from '../../config/index.js';

interface KeypointsCliOptions {
  count: string;
  method: 'builtin' | 'llm';
  format: 'json' | 'text';
  from: 'auto' | 'html' | 'text';
  language?: string;
  allowPrivate?: boolean;
  llmBaseUrl?: string;
  llmModel?: string;
  llmTimeout?: string;
  config?: string;
  llmApiKey?: string;
}

export interface KeypointsOutcome {
  input: string;
  title?: string | null;
  keyPoints?: KeyPoints;
  messages?: Article['messages'];
  error?: { code: string; message: string };
}

/** Extraction results with nothing to summarise: the input counts as failed. */
const FAILED_CODES = new Set(['empty-input', 'binary-input', 'unsupported-input', 'no-content']);

export function register(program: Command): void {
  program
    .command('keypoints')
    .description('Write key points ("auf den Punkt gebracht") for saved pages, text dumps or URLs.')
    .argument('<input...>', 'file path (.gz read transparently), "-" for stdin, or an http(s) URL')
    .option('--count <n>', 'number of key points', '3')
    .addOption(new Option('--method <method>', 'built-in (offline) or an OpenAI-compatible LLM, checked against the article').choices(['builtin', 'llm']).default('builtin'))
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
    .addOption(new Option('--from <kind>', 'input kind').choices(['auto', 'html', 'text']).default('auto'))
    .option('--language <lang>', 'language hint (BCP 47) when the page declares none')
    .option('--allow-private', 'allow fetching loopback/private/link-local addresses')
    .option('--llm-base-url <url>', 'chat-completions base URL (default $PUNKT_LLM_BASE_URL)')
    .option('--llm-model <name>', 'model name (default $PUNKT_LLM_MODEL)')
    .option('--llm-timeout <ms>', 'LLM timeout in milliseconds (default $PUNKT_LLM_TIMEOUT_MS, llm.timeoutMs in the config file, or 60000)')
    .option('--config <file>', 'JSON config file whose "llm" section is used (default ./punkt.config.json if present)')
    .action(async (inputs: string[], opts: KeypointsCliOptions, cmd: Command) => {
      const usage = (msg: string) => cmd.error(`error: ${msg}`, { exitCode: 2, code: 'punkt.usage' });
      const count = Number(opts.count);
      if (!Number.isInteger(count) || count < 1 || count > 20) usage(`--count must be a whole number from 1 to 20, got "${opts.count}"`);
      if (opts.llmTimeout !== undefined && !(Number(opts.llmTimeout) > 0)) usage(`--llm-timeout must be a positive number of milliseconds`);
      if (inputs.filter((i) => i === '-').length > 1) usage('"-" (standard input) can be given only once');
      if (opts.method === 'llm') {
        // LLM settings: defaults < config file < environment < flags, validated by the one schema.
        let config: Config;
        try {
          config = loadConfig({ configFile: opts.config, env: process.env, cwd: process.cwd(), flags: { llm: {
            ...(opts.llmBaseUrl !== undefined ? { baseUrl: opts.llmBaseUrl } : {}),
            ...(opts.llmModel !== undefined ? { model: opts.llmModel } : {}),
            ...(opts.llmTimeout !== undefined ? { timeoutMs: Number(opts.llmTimeout) } : {}),
          } } });
        } catch (err) {
          if (err instanceof ConfigError) usage(err.message);
          throw err;
        }
        opts.llmBaseUrl = config!.llm.baseUrl;
        opts.llmModel = config!.llm.model;
        opts.llmTimeout = String(config!.llm.timeoutMs);
        opts.llmApiKey = config!.llm.apiKey;
      }
      const outcomes: KeypointsOutcome[] = [];
      for (const input of inputs) outcomes.push(await runOne(input, count, opts));
      process.stdout.write(render(outcomes, opts.format, inputs.length > 1));
      for (const o of outcomes) {
        if (o.error) process.stderr.write(`punkt keypoints: ${o.input}: ${o.error.message}\n`);
        else if (opts.format === 'text') for (const m of o.keyPoints?.messages ?? []) process.stderr.write(`punkt keypoints: ${o.input}: ${m.message}\n`);
      }
      process.exitCode = outcomes.some((o) => o.error) ? 1 : 0;
    });
}

export async function runOne(input: string, count: number, opts: KeypointsCliOptions): Promise<KeypointsOutcome> {
  let article: Article;
  const options: ExtractOptions = { from: opts.from, language: opts.language };
  try {
    if (isUrlSpec(input)) {
      article = await fetchArticle(input, { ...options, allowPrivate: opts.allowPrivate === true });
    } else {
      const read = await readInput(input);
      article = extract(read.bytes, options);
    }
  } catch (err) {
    const e = err as { code?: unknown; message?: unknown };
    return { input, error: { code: typeof e.code === 'string' ? e.code : 'read-error', message: typeof e.message === 'string' ? e.message : String(err) } };
  }
  const fatal = article.messages.find((m) => FAILED_CODES.has(m.code));
  if (fatal) return { input, error: { code: fatal.code, message: fatal.message } };
  const kp = opts.method === 'llm'
    ? await keyPointsLLM(article, { count, baseUrl: opts.llmBaseUrl, model: opts.llmModel, apiKey: opts.llmApiKey, timeoutMs: opts.llmTimeout ? Number(opts.llmTimeout) : undefined })
    : keyPoints(article, { count });
  return { input, title: article.title, keyPoints: kp, ...(article.messages.length ? { messages: article.messages } : {}) };
}

export function render(outcomes: KeypointsOutcome[], format: 'json' | 'text', many: boolean): string {
  if (format === 'json') return `${JSON.stringify(many ? outcomes : outcomes[0], null, 2)}\n`;
  return outcomes.map((o) => {
    const head = many || !o.title ? `${o.title ?? o.input}\n` : `${o.title}\n`;
    if (o.error) return `${head}(failed: ${o.error.message})\n`;
    const items = o.keyPoints?.items ?? [];
    return `${head}${items.length ? items.map((i) => `• ${i.text}`).join('\n') : '(no key points)'}\n`;
  }).join('\n');
}
