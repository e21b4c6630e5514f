/**
 * `punkt extract`: inputs (files, `.gz`, `-` for stdin, http(s) URLs, WET archives) → articles as
 * JSON, JSON Lines, Markdown, HTML or plain text. A thin shell over the public API: read → extract →
 * (key points) → render. Each input is handled on its own, so one bad input never stops a batch;
 * the exit code is 0 when all inputs gave an article, 1 when some failed, 2 for usage errors.
 *
 * @example
 *   punkt extract page.html --format md
 *   punkt extract a.html b.html.gz https://example.ch/story --format jsonl > out.jsonl
 */
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { extract, keyPoints, toHtml, toMarkdown, toText } from '../../index.js';
import type { Article, ExtractOptions } from '../../model/article.js';
import { readInput } from '../../input/read.js';
import { readWet, WetFormatError } from '../../input/wet.js';

type Format = 'json' | 'jsonl' | 'md' | 'html' | 'text';
type From = 'auto' | 'html' | 'text' | 'wet';

interface ExtractCliOptions {
  from: From;
  format: Format;
  url?: string;
  timezone?: string;
  language?: string;
  allowPrivate?: boolean;
  debug?: boolean;
  keyPoints?: boolean;
}

interface Outcome { input: string; article?: Article; error?: { code: string; message: string } }

/**
 * Messages after which there is no article to show: the CLI reports these inputs as failed (jsonl
 * `error`, exit 1) although the library returns an (empty) article carrying the message.
 */
const FAILED_CODES = new Set(['empty-input', 'binary-input', 'unsupported-input', 'no-content']);

export function register(program: Command): void {
  program
    .command('extract')
    .description('Extract the article from saved pages, URLs or text dumps.')
    .argument('<input...>', 'file path (.gz read transparently), "-" for stdin, or an http(s) URL')
    .addOption(new Option('--from <kind>', 'input kind').choices(['auto', 'html', 'text', 'wet']).default('auto'))
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'md', 'html', 'text']).default('json'))
    .option('--url <url>', 'the page URL (canonical fallback, base for relative links); one input only')
    .option('--timezone <tz>', 'IANA time zone for dates without an offset, e.g. Europe/Zurich')
    .option('--language <lang>', 'language hint (BCP 47) when the page declares none')
    .option('--allow-private', 'allow fetching loopback/private/link-local addresses')
    .option('--debug', 'record removals and timings (in JSON; on stderr for other formats)')
    .option('--key-points', 'add built-in key points to each article')
    .action(async (inputs: string[], opts: ExtractCliOptions, cmd: Command) => {
      checkUsage(inputs, opts, cmd);
      process.exitCode = await runExtract(inputs, opts);
    });
}

function checkUsage(inputs: string[], opts: ExtractCliOptions, cmd: Command): void {
  const usage = (msg: string) => cmd.error(`error: ${msg}`, { exitCode: 2, code: 'punkt.usage' });
  if (opts.url !== undefined) {
    if (inputs.length > 1) usage('--url applies to a single input');
    if (!/^https?:\/\/[^/\s]+/i.test(opts.url)) usage(`--url must be an http(s) URL, got "${opts.url}"`);
  }
  if (opts.timezone !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: opts.timezone });
    } catch {
      usage(`unknown time zone "${opts.timezone}" (use an IANA name such as Europe/Zurich)`);
    }
  }
  if (opts.language !== undefined) {
    try {
      Intl.getCanonicalLocales(opts.language);
    } catch {
      usage(`"${opts.language}" is not a BCP 47 language tag`);
    }
  }
  if (inputs.filter((i) => i === '-').length > 1) usage('"-" (standard input) can be given only once');
}

export async function runExtract(inputs: string[], opts: ExtractCliOptions): Promise<number> {
  const extractOptions: ExtractOptions = {
    url: opts.url,
    timezone: opts.timezone,
    language: opts.language,
    from: opts.from === 'wet' ? 'text' : opts.from,
    debug: opts.debug === true,
  };
  const out = new Output(opts.format, inputs.length > 1 || opts.from === 'wet');
  const bar = inputs.length > 1 && process.stderr.isTTY
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'extract [{bar}] {value}/{total} {input}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(inputs.length, 0, { input: '' });
  let failed = 0;
  try {
    for (const input of inputs) {
      bar?.update({ input: input.length > 40 ? `…${input.slice(-39)}` : input });
      const outcomes = opts.from === 'wet' ? wetOutcomes(input, extractOptions, opts) : [oneOutcome(input, extractOptions, opts)];
      for await (const o of outcomes) {
        if (o.error) failed++;
        await out.emit(o);
      }
      bar?.increment();
    }
  } finally {
    bar?.stop();
  }
  await out.end();
  return failed > 0 ? 1 : 0;
}

async function oneOutcome(input: string, options: ExtractOptions, opts: ExtractCliOptions): Promise<Outcome> {
  try {
    const read = await readInput(input, { allowPrivate: opts.allowPrivate === true });
    const article = extract(read.bytes, { ...options, url: options.url ?? read.url, contentType: read.contentType });
    return finish(input, article, opts);
  } catch (err) {
    return { input, error: toError(err) };
  }
}

function finish(input: string, article: Article, opts: ExtractCliOptions): Outcome {
  const fatal = article.messages.find((m) => FAILED_CODES.has(m.code));
  if (fatal) return { input, error: { code: fatal.code, message: fatal.message } };
  if (opts.keyPoints) article.keyPoints = keyPoints(article);
  return { input, article };
}

function toError(err: unknown): { code: string; message: string } {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : 'internal-error';
  const message = typeof e?.message === 'string' ? e.message : String(err);
  return { code, message };
}

/** WET records of one archive (or stdin), each extracted as a text dump. */
async function* wetOutcomes(input: string, options: ExtractOptions, opts: ExtractCliOptions): AsyncGenerator<Outcome> {
  try {
    for await (const rec of readWet(input === '-' ? process.stdin : input)) {
      const label = `${input}#${rec.uri}`;
      try {
        yield finish(label, extract(rec.text, { ...options, from: 'text', url: options.url ?? (rec.uri || undefined) }), opts);
      } catch (err) {
        yield { input: label, error: toError(err) };
      }
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') yield { input, error: { code: 'not-found', message: `No such file: ${input}` } };
    else if (err instanceof WetFormatError) yield { input, error: { code: 'bad-wet', message: err.message } };
    else yield { input, error: toError(err) };
  }
}

/** Writes outcomes in the chosen format; errors also go to stderr except in jsonl, where they are data. */
class Output {
  private readonly collected: Array<Article | null> = [];
  private count = 0;

  constructor(private readonly format: Format, private readonly many: boolean) {}

  async emit(o: Outcome): Promise<void> {
    if (this.format === 'jsonl') {
      await write(JSON.stringify(o.error ? { input: o.input, error: o.error } : { input: o.input, article: o.article }) + '\n');
      return;
    }
    if (o.error) process.stderr.write(`punkt: ${o.input}: ${o.error.message} [${o.error.code}]\n`);
    if (this.format === 'json') {
      this.collected.push(o.article ?? null);
      return;
    }
    if (!o.article) return;
    if (o.article.debug) writeDebug(o.input, o.article);
    const rendered = this.format === 'md' ? toMarkdown(o.article) : this.format === 'html' ? toHtml(o.article) : toText(o.article);
    const sep = this.count > 0 && this.format !== 'html' ? '\n---\n\n' : '';
    this.count++;
    await write(sep + rendered);
  }

  async end(): Promise<void> {
    if (this.format !== 'json') return;
    // Failed inputs stay in the array as null so positions match the inputs.
    const value = this.many ? this.collected : this.collected[0];
    if (value === undefined || value === null) return;
    await write(JSON.stringify(value, null, 2) + '\n');
  }
}

function writeDebug(input: string, a: Article): void {
  for (const r of a.debug?.removals ?? []) {
    const text = r.text.replace(/\s+/g, ' ').slice(0, 100);
    process.stderr.write(`debug ${input}: [${r.stage}] ${r.reason}: ${text}\n`);
  }
}

function write(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(s, (err) => (err ? reject(err) : resolve()));
  });
}
