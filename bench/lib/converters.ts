/**
 * Whole-page HTML→text converters for the text-dump benchmark (issue 3): the `html-to-text` npm
 * package and the text browsers lynx and w3m. Each gets the page decoded by the shared decoder;
 * the text browsers get it with the charset declaration rewritten to UTF-8 so they do not decode
 * it a second time. Dumps are unwrapped as far as each converter allows (lynx and w3m cap lines
 * at about 1,000 columns), so one line is one block, like a browser copy-paste.
 */
import { spawn, spawnSync } from 'node:child_process';

export interface Converter {
  name: string;
  describe: string;
  /** Why it cannot run here, or null when it can. */
  missing(): string | null;
  convert(html: string): Promise<string>;
}

type Convert = (html: string, options?: Record<string, unknown>) => string;
let htmlToTextConvert: Convert | undefined;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } }));

const htmlToTextPkg: Converter = {
  name: 'html-to-text',
  describe: '`html-to-text` 10 `convert(html, {wordwrap: false})`, link targets and images left out, headings and table headers not upper-cased',
  missing: () => null,
  async convert(html) {
    htmlToTextConvert ??= (await import('html-to-text')).convert;
    return htmlToTextConvert(html, {
      wordwrap: false,
      selectors: [
        { selector: 'a', options: { ignoreHref: true } },
        { selector: 'img', format: 'skip' },
        { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
        ...HEADINGS,
      ],
    });
  },
};

function binary(name: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? null : `${name} not installed (apt-get install -y ${name})`;
}

function runBinary(cmd: string, args: string[], input: string, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`${cmd} timed out after ${timeoutMs} ms`)); }, timeoutMs);
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(chunks).toString('utf8'));
      else reject(new Error(`${cmd} exited with ${code}`));
    });
    child.stdin.on('error', () => { /* the browser may close stdin early; its exit code decides */ });
    child.stdin.end(input);
  });
}

/** Tell a text browser the page is UTF-8 (it already is: the shared decoder made it so). */
function asUtf8Page(html: string): string {
  return html.replace(/(<meta[^>]+charset\s*=\s*["']?\s*)[\w.:-]+/gi, '$1utf-8');
}

const lynx: Converter = {
  name: 'lynx',
  describe: '`lynx -dump -nolist -width=100000 -force_html -assume_charset=utf-8 -display_charset=utf-8 -stdin`',
  missing: () => binary('lynx'),
  convert: (html) => runBinary('lynx', ['-dump', '-nolist', '-width=100000', '-force_html', '-assume_charset=utf-8', '-display_charset=utf-8', '-stdin'], asUtf8Page(html)),
};

const w3m: Converter = {
  name: 'w3m',
  describe: '`w3m -dump -T text/html -I UTF-8 -O UTF-8 -cols 100000`',
  missing: () => binary('w3m'),
  convert: (html) => runBinary('w3m', ['-dump', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', '-cols', '100000'], asUtf8Page(html)),
};

export const CONVERTERS: Record<string, Converter> = { 'html-to-text': htmlToTextPkg, lynx, w3m };
