/**
 * Creates a new hand-written fixture folder `test/fixtures/<site>--<slug>/` with a template
 * source.html and expected.json (a partial Article, see test/extract/fixtures-lib.ts).
 *
 * Fixtures are written by hand in the markup style of the site with invented text: never paste a
 * benchmark page or a copyrighted article into the repo.
 *
 * @example
 *   node --import tsx scripts/new-fixture.ts srf--gletscher-schmelze
 *   node --import tsx scripts/new-fixture.ts spiegel--bahnstreik --url https://www.spiegel.de/x --timezone Europe/Berlin
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FOLDER_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');

function usage(msg: string): never {
  process.stderr.write(`${msg}\nusage: new-fixture.ts <site>--<slug> [--url URL] [--timezone TZ]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const name = args.shift();
if (!name || !FOLDER_NAME.test(name)) usage(`bad or missing fixture name: ${name ?? '(none)'}`);
const options: Record<string, string> = {};
while (args.length) {
  const flag = args.shift();
  const value = args.shift();
  if ((flag === '--url' || flag === '--timezone') && value) options[flag.slice(2)] = value;
  else usage(`unknown or incomplete option: ${flag ?? ''}`);
}

const dir = join(root, name);
if (existsSync(dir)) usage(`${dir} already exists`);
mkdirSync(dir, { recursive: true });

const lang = 'de';
writeFileSync(join(dir, 'source.html'), `<!DOCTYPE html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <title>TITLE | SITE</title>
  <link rel="canonical" href="${options.url ?? 'https://www.example.com/article'}">
  <meta property="og:title" content="TITLE">
  <meta property="og:site_name" content="SITE">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"TITLE","datePublished":"2024-10-24T08:00:00+02:00"}</script>
</head>
<body>
  <header class="site-header"><nav><a href="/">Home</a></nav></header>
  <main>
    <article>
      <h1>TITLE</h1>
      <p class="lead">LEAD</p>
      <p>BODY</p>
    </article>
  </main>
  <footer class="site-footer">© SITE</footer>
</body>
</html>
`);

const expected = {
  _note: 'TODO: say what this fixture tests (which layout feature, which trap).',
  ...(Object.keys(options).length ? { _options: options } : {}),
  title: 'TITLE',
  lead: 'LEAD',
  authors: [],
  published: '2024-10-24T08:00:00+02:00',
  blocks: [{ type: 'paragraph', text: 'BODY' }],
  _textExcludes: ['Home'],
};
writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
process.stdout.write(`created ${dir}\nedit source.html and expected.json, then: node --import tsx --test test/extract/fixtures-lint.test.ts\n`);
