/**
 * `schema/article.schema.json` against the model and against real output: every HTML and text-dump
 * fixture, debug output, key points, bad input and `emptyArticle()` must validate (after a JSON round
 * trip, since the schema describes the JSON users see); wrong shapes must not. A fully populated
 * sample typed as the model ties schema properties to the TypeScript types, so neither can drift.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { extract, keyPoints } from '../../src/index.js';
import { emptyArticle, type Article, type Block, type DebugInfo, type ImageInfo, type KeyPoints, type Message, type SummaryBox } from '../../src/model/article.js';
import { toExtractOptions } from '../extract/fixtures-lib.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
type Schema = { properties: Record<string, unknown>; required: string[]; $defs: Record<string, Schema>; [k: string]: unknown };
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'article.schema.json'), 'utf8')) as Schema;

// ajv-formats is CommonJS; under ESM its default export is the module object on some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate: ValidateFunction = ajv.compile(schema);

function errors(errs: ErrorObject[] | null | undefined): string {
  return (errs ?? []).slice(0, 8).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}

/** Validate the JSON users get (undefined fields vanish, NaN becomes null), and check date values are real dates. */
function assertValid(article: unknown, label: string): void {
  const json = JSON.parse(JSON.stringify(article)) as Record<string, unknown>;
  const ok = validate(json);
  assert.ok(ok, `${label} does not match the schema:\n${errors(validate.errors)}`);
  for (const k of ['published', 'updated'] as const) {
    const v = json[k];
    if (typeof v === 'string') assert.ok(!Number.isNaN(Date.parse(v)), `${label}: ${k} ${v} is not a real date`);
  }
}

function assertInvalid(value: unknown, label: string): ErrorObject[] {
  assert.equal(validate(value), false, `${label} should be rejected by the schema`);
  return validate.errors ?? [];
}

function subdirs(dir: string): string[] {
  return readdirSync(dir).filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory()).sort();
}

function fixtureOptions(dir: string): ReturnType<typeof toExtractOptions> {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { _options?: Record<string, unknown> };
  return toExtractOptions(expected._options);
}

const htmlDir = join(ROOT, 'test', 'fixtures');
const textDir = join(ROOT, 'test', 'fixtures-text');
const htmlFixtures = subdirs(htmlDir);
const textFixtures = subdirs(textDir);
const seedDir = join(htmlDir, '20min--nordkorea-soldaten');

test('fixtures are present (otherwise the real-output checks below would be empty)', () => {
  assert.ok(htmlFixtures.length >= 10, `only ${htmlFixtures.length} HTML fixtures`);
  assert.ok(textFixtures.length >= 10, `only ${textFixtures.length} text fixtures`);
});

for (const name of htmlFixtures) {
  test(`extract() of HTML fixture ${name} matches the schema`, () => {
    const dir = join(htmlDir, name);
    assertValid(extract(new Uint8Array(readFileSync(join(dir, 'source.html'))), fixtureOptions(dir)), name);
  });
}

for (const name of textFixtures) {
  test(`extract({from:'text'}) of text fixture ${name} matches the schema`, () => {
    const dir = join(textDir, name);
    assertValid(extract(readFileSync(join(dir, 'source.txt'), 'utf8'), { ...fixtureOptions(dir), from: 'text' }), name);
  });
}

test('debug output matches the schema (HTML and text)', () => {
  const html = extract(new Uint8Array(readFileSync(join(seedDir, 'source.html'))), { ...fixtureOptions(seedDir), debug: true });
  assert.ok(html.debug, 'debug: true should add article.debug');
  assert.ok(html.debug.removals.length > 0, 'the seed page has removals to explain');
  assertValid(html, 'HTML debug output');
  const textName = textFixtures[0]!;
  const text = extract(readFileSync(join(textDir, textName, 'source.txt'), 'utf8'), { from: 'text', debug: true });
  assert.ok(text.debug, 'debug: true should add article.debug for text dumps');
  assertValid(text, 'text debug output');
});

test('an article with keyPoints() added matches the schema', () => {
  const article = extract(new Uint8Array(readFileSync(join(seedDir, 'source.html'))), fixtureOptions(seedDir));
  article.keyPoints = keyPoints(article, { count: 3 });
  assert.ok(article.keyPoints.items.length > 0, 'the seed article should get key points');
  assertValid(article, 'article with key points');
  // An article without sentences gets an empty result with a message; that shape must validate too.
  const empty = emptyArticle();
  empty.keyPoints = keyPoints(empty);
  assertValid(empty, 'empty article with key points');
});

test('emptyArticle() and bad-input results match the schema', () => {
  assertValid(emptyArticle(), 'emptyArticle()');
  const inputs: Array<[string, string | Uint8Array]> = [
    ['empty string', ''],
    ['binary (PNG header)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
    ['JSON', '{"a": 1}'],
    ['deep nesting', '<html><body>' + '<div>'.repeat(3000) + 'Text' + '</div>'.repeat(3000) + '</body></html>'],
    ['latin-1 bytes without charset', new Uint8Array([...Buffer.from('<p>Gr', 'latin1'), 0xfc, ...Buffer.from('ezi mitenand, das ist ein Test.</p>', 'latin1')])],
  ];
  for (const [label, input] of inputs) {
    const a = extract(input);
    assert.ok(a.messages.length > 0, `${label}: expected a message`);
    assertValid(a, label);
  }
});

test('a url option that is not a URL never reaches article.url (HTML)', () => {
  const html = '<html><body><article><h1>Titel</h1><p>Ein Absatz mit genug Worten, damit er als Artikeltext erkannt wird, und noch einigen weiteren Worten.</p></article></body></html>';
  assertValid(extract(html, { url: 'not a url' }), 'HTML with url option "not a url"');
});

// The text pipeline, like the HTML one, keeps only an absolute http(s) url option;
// `url: "not a url"` would violate `format: uri`.
test('a url option that is not a URL never reaches article.url (text dump)', () => {
  const text = 'Titel der Geschichte\n\nEin Absatz mit genug Worten, damit er als Artikeltext erkannt wird, und noch einigen weiteren Worten.';
  assertValid(extract(text, { from: 'text', url: 'not a url' }), 'text dump with url option "not a url"');
});

/** A fully populated article typed as the model: tsc rejects it when a field is added, renamed or removed. */
const BLOCK_SAMPLES: { [K in Block['type']]: Extract<Block, { type: K }> } = {
  paragraph: { type: 'paragraph', text: 'Gerüchte gab es schon länger.' },
  heading: { type: 'heading', level: 2, text: 'Wieso unterstützt Nordkorea Russland?' },
  quote: { type: 'quote', text: 'Es geht jetzt nicht mehr nur um Waffenlieferungen.', cite: 'Wolodimir Selenski' },
  list: { type: 'list', ordered: false, items: ['eins', 'zwei'] },
  table: { type: 'table', rows: [['Jahr', 'Anzahl'], ['2024', '6']] },
  figure: { type: 'figure', src: 'https://example.com/a.jpg', alt: 'Alt', caption: 'Caption', credit: 'REUTERS' },
  embed: { type: 'embed', kind: 'youtube', url: 'https://www.youtube.com/watch?v=x' },
};
const IMAGE_SAMPLE: Required<ImageInfo> = { src: 'https://example.com/hero.jpg', alt: 'Alt', caption: 'Freundschaft zwischen Russland und Nordkorea', credit: 'REUTERS' };
const SUMMARY_SAMPLE: Required<SummaryBox> = { heading: 'Auf den Punkt gebracht', items: ['Sechs Offiziere wurden getötet'] };
const MESSAGE_SAMPLE: Required<Message> = { code: 'no-date', message: 'No publication date found.' };
const KEYPOINTS_SAMPLE: Required<KeyPoints> = {
  items: [{ text: 'Nordkorea hilft Russland.', support: [{ block: 0, start: 0, end: 25 }, { block: -1, start: 0, end: 10 }] }],
  method: 'llm',
  messages: [MESSAGE_SAMPLE],
  checks: [{ index: 0, checked: true, replaced: false, reason: null }],
};
const DEBUG_SAMPLE: Required<DebugInfo> = { removals: [{ stage: 'removeTeaserSections', reason: 'teaser heading', text: 'Die Bilder des Tages' }], timings: { parse: 1.5 } };
const FULL: Required<Article> = {
  title: 'Nordkorea gibt Putin jetzt auch Soldaten gegen Ukraine', kicker: 'Unterstützung von Kim Jong-un',
  lead: 'Diktator Kim Jong-un sendet Moskau neben Waffen nun auch eigene Soldaten.', authors: ['Anna Muster'],
  siteName: 'Heute', source: '20 Minuten', url: 'https://www.heute.at/s/nordkorea-120067413', language: 'de-AT',
  published: '2024-10-09T06:12:00+02:00', updated: '2024-10-24T14:05+02:00', section: 'Welt', tags: ['Nordkorea'],
  image: IMAGE_SAMPLE, blocks: Object.values(BLOCK_SAMPLES), summaryBox: SUMMARY_SAMPLE, text: 'x', wordCount: 1,
  messages: [MESSAGE_SAMPLE], keyPoints: KEYPOINTS_SAMPLE, debug: DEBUG_SAMPLE,
};

function keysOf(def: Schema): string[] {
  return Object.keys(def.properties).sort();
}

test('schema top level = keys of emptyArticle() plus the optional keyPoints and debug', () => {
  const base = Object.keys(emptyArticle()).sort();
  assert.deepEqual(keysOf(schema), [...base, 'debug', 'keyPoints'].sort());
  assert.deepEqual([...schema.required].sort(), base, 'every field of emptyArticle() is required, nothing else');
  assert.deepEqual(keysOf(schema), Object.keys(FULL).sort(), 'schema properties = every field of Required<Article>');
  assert.equal(schema.additionalProperties, false);
});

test('schema nested objects have exactly the model\'s fields', () => {
  const d = schema.$defs;
  const blockRefs = (d.block!.oneOf as Array<{ $ref: string }>).map((r) => r.$ref.replace('#/$defs/', ''));
  assert.equal(blockRefs.length, Object.keys(BLOCK_SAMPLES).length, 'one schema branch per block type');
  for (const [type, sample] of Object.entries(BLOCK_SAMPLES)) {
    const def = d[`${type}Block`];
    assert.ok(def && blockRefs.includes(`${type}Block`), `schema has no ${type}Block in the block union`);
    assert.deepEqual(keysOf(def), Object.keys(sample).sort(), `${type} block fields`);
    assert.deepEqual([...def.required].sort(), Object.keys(sample).sort(), `${type} block: all fields required`);
  }
  assert.deepEqual(keysOf(d.image!), Object.keys(IMAGE_SAMPLE).sort(), 'image fields');
  assert.deepEqual(keysOf(d.summaryBox!), Object.keys(SUMMARY_SAMPLE).sort(), 'summaryBox fields');
  assert.deepEqual(keysOf(d.message!), Object.keys(MESSAGE_SAMPLE).sort(), 'message fields');
  assert.deepEqual(keysOf(d.keyPoints!), Object.keys(KEYPOINTS_SAMPLE).sort(), 'keyPoints fields');
  assert.deepEqual([...d.keyPoints!.required].sort(), ['items', 'method'], 'keyPoints: messages and checks optional');
  assert.deepEqual(keysOf(d.keyPoint!), Object.keys(KEYPOINTS_SAMPLE.items[0]!).sort(), 'key point fields');
  assert.deepEqual(keysOf(d.support!), Object.keys(KEYPOINTS_SAMPLE.items[0]!.support[0]!).sort(), 'support fields');
  const checks = (d.keyPoints!.properties.checks as { items: Schema }).items;
  assert.deepEqual(keysOf(checks), Object.keys(KEYPOINTS_SAMPLE.checks[0]!).sort(), 'keyPoints.checks fields');
  assert.deepEqual(keysOf(d.debug!), Object.keys(DEBUG_SAMPLE).sort(), 'debug fields');
  const removal = (d.debug!.properties.removals as { items: Schema }).items;
  assert.deepEqual(keysOf(removal), Object.keys(DEBUG_SAMPLE.removals[0]!).sort(), 'debug.removals fields');
  assertValid(FULL, 'fully populated sample');
});

test('schema rejects wrong shapes', () => {
  const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(FULL)) as Record<string, unknown>;

  const wrongType = clone();
  (wrongType.blocks as unknown[]).push({ type: 'video', text: 'x' });
  assertInvalid(wrongType, 'a block of unknown type');

  const headingNoLevel = clone();
  (headingNoLevel.blocks as unknown[]).push({ type: 'heading', text: 'Zwischentitel' });
  assertInvalid(headingNoLevel, 'a heading block without level');

  const extraBlockField = clone();
  (extraBlockField.blocks as unknown[]).push({ type: 'paragraph', text: 'x', html: '<p>x</p>' });
  assertInvalid(extraBlockField, 'a paragraph with an unknown field');

  const missing = clone();
  delete missing.summaryBox;
  const errs = assertInvalid(missing, 'an article without summaryBox');
  assert.ok(errs.some((e) => e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === 'summaryBox'), errors(errs));

  for (const bad of ['2024-10-24T14:05:00', '2024-10-24 14:05:00+02:00', '2024-10-24', '24.10.2024, 14:05', '2024-10-24T14:05:00+0200']) {
    const noOffset = clone();
    noOffset.updated = bad;
    assertInvalid(noOffset, `updated = ${bad}`);
  }
  for (const good of ['2024-10-24T14:05:00Z', '2024-10-24T14:05+02:00', '2024-10-24T14:05:00.123-05:00']) {
    const ok = clone();
    ok.published = good;
    assertValid(ok, `published = ${good}`);
  }

  for (const bad of ['german', 'de_CH', 'de-', '']) {
    const lang = clone();
    lang.language = bad;
    assertInvalid(lang, `language = ${JSON.stringify(bad)}`);
  }
  for (const good of ['de', 'de-CH', 'gsw', 'zh-Hant-TW', 'es-419', 'de-CH-1996', 'en-x-private']) {
    const lang = clone();
    lang.language = good;
    assertValid(lang, `language = ${good}`);
  }

  const extraTop = clone();
  extraTop.html = '<p>x</p>';
  assertInvalid(extraTop, 'an unknown top-level field');

  const badCode = clone();
  badCode.messages = [{ code: 'No Date', message: 'x' }];
  assertInvalid(badCode, 'a message code that is not kebab-case');

  const nullAuthors = clone();
  nullAuthors.authors = null;
  assertInvalid(nullAuthors, 'authors: null');

  const fracWords = clone();
  fracWords.wordCount = 1.5;
  assertInvalid(fracWords, 'a fractional wordCount');

  const kpNoMethod = clone();
  delete (kpNoMethod.keyPoints as Record<string, unknown>).method;
  assertInvalid(kpNoMethod, 'keyPoints without method');
});

/** Message codes punkt emits (`code: '…'` in src/), minus error codes that are not article messages. */
function emittedCodes(): Map<string, string> {
  const out = new Map<string, string>();
  // Not Article/KeyPoints messages: zod issue codes (server validation) and CLI/fetch error codes.
  const skip = [/^server[/\\]validate\.ts$/, /^cli[/\\]/, /^input[/\\]fetch\.ts$/];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) { walk(p); continue; }
      if (!name.endsWith('.ts')) continue;
      const rel = p.slice(join(ROOT, 'src').length + 1);
      if (skip.some((r) => r.test(rel))) continue;
      for (const m of readFileSync(p, 'utf8').matchAll(/\bcode:\s*'([a-z][a-z0-9-]*)'/g)) if (!out.has(m[1]!)) out.set(m[1]!, rel);
    }
  };
  walk(join(ROOT, 'src'));
  return out;
}

/** Codes in the message tables of docs/article.md: rows starting with | `code` |. */
function documentedCodes(): Set<string> {
  const doc = readFileSync(join(ROOT, 'docs', 'article.md'), 'utf8');
  const section = doc.split(/^## /m).find((s) => s.startsWith('Message codes')) ?? '';
  return new Set([...section.matchAll(/^\|\s*`([a-z][a-z0-9-]*)`\s*\|/gm)].map((m) => m[1]!));
}

test('docs/article.md lists exactly the message codes the code emits', () => {
  const emitted = emittedCodes();
  const documented = documentedCodes();
  assert.ok(documented.size > 10, 'docs/article.md should have a "Message codes" table');
  const undocumented = [...emitted].filter(([c]) => !documented.has(c)).map(([c, f]) => `${c} (src/${f})`);
  const stale = [...documented].filter((c) => !emitted.has(c));
  assert.deepEqual(undocumented, [], 'message codes emitted in src/ but missing from docs/article.md');
  assert.deepEqual(stale, [], 'message codes documented in docs/article.md but emitted nowhere in src/');
});
