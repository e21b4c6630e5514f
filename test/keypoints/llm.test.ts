/**
 * The LLM method against a real local HTTP server speaking the chat-completions API (127.0.0.1,
 * port 0). The requested `model` name selects the server's behaviour, so one server covers a good
 * reply, a hallucinated number, an invented name, malformed JSON, HTTP 500, a timeout and empty
 * choices.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keyPointsLLM } from '../../src/index.js';
import { LlmError, OpenAICompatClient, resolveLlmConfig } from '../../src/llm/index.js';
import { parseBullets } from '../../src/keypoints/prompt.js';
import { newsArticle } from './fixtures.js';

const GOOD = [
  'Die Aare ist in Bern nach tagelangem Regen über die Ufer getreten.',
  'Der Pegel erreichte 560 Kubikmeter pro Sekunde, so viel wie seit 2005 nicht mehr.',
  'Versicherungen rechnen mit 6 Wochen Arbeit für die Schäden.',
];
const reply = (content: string) => JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });

let server: Server;
let baseUrl: string;
const seen: Array<{ headers: IncomingMessage['headers']; body: Record<string, unknown> }> = [];

before(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => { raw += c.toString(); });
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') { res.writeHead(404).end('not found'); return; }
      const body = JSON.parse(raw) as Record<string, unknown>;
      seen.push({ headers: req.headers, body });
      const json = (s: string) => { res.writeHead(200, { 'content-type': 'application/json' }).end(s); };
      switch (body.model) {
        case 'good': return json(reply(JSON.stringify({ bullets: GOOD })));
        case 'fenced': return json(reply('```json\n' + JSON.stringify({ bullets: GOOD }) + '\n```'));
        case 'hallucinated-number': return json(reply(JSON.stringify({ bullets: [GOOD[0], 'Der Pegel erreichte 780 Kubikmeter pro Sekunde.', GOOD[2]] })));
        case 'invented-name': return json(reply(JSON.stringify({ bullets: [GOOD[0], 'Stadtpräsident Hans Müller besuchte das Mattequartier.', GOOD[2]] })));
        case 'invented-date': return json(reply(JSON.stringify({ bullets: [GOOD[0], 'Der Regen soll am Freitag nachlassen.', GOOD[2]] })));
        case 'invented-quote': return json(reply(JSON.stringify({ bullets: [GOOD[0], 'Die Feuerwehr sprach von «einer Katastrophe ohne Ende».', GOOD[2]] })));
        case 'question': return json(reply(JSON.stringify({ bullets: [GOOD[0], 'Wie lange bleibt der Pegel so hoch?', GOOD[2]] })));
        case 'too-few': return json(reply(JSON.stringify({ bullets: [GOOD[0]] })));
        case 'repeated': return json(reply(JSON.stringify({ bullets: [GOOD[0], GOOD[0]!.replace('Die Aare', 'Die Aare in Bern').replace(' in Bern nach', ' nach'), GOOD[2]] })));
        case 'ordinal': return json(reply(JSON.stringify({ bullets: [GOOD[0], 'Es ist das dritte Hochwasser seit 2005.', GOOD[2]] })));
        case 'huge': res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"choices": [{"message": {"content": "' + 'x'.repeat(3 * 1024 * 1024) + '"}}]}'); return;
        case 'stall-body': res.writeHead(200, { 'content-type': 'application/json' }); res.write('{"choices": ['); return;
        case 'malformed': return json(reply('Hier sind die Punkte: - Die Aare tritt über die Ufer'));
        case 'not-json': return json('<html>oops</html>');
        case 'http-500': res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error'); return;
        case 'slow': setTimeout(() => json(reply(JSON.stringify({ bullets: GOOD }))), 1500); return;
        case 'empty-choices': return json(JSON.stringify({ choices: [] }));
        case 'empty-content': return json(JSON.stringify({ choices: [{ message: { role: 'assistant', content: '' } }] }));
        default: res.writeHead(400).end('unknown model');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

after(() => { server.closeAllConnections(); server.close(); });

const run = (model: string, extra: Record<string, unknown> = {}) => keyPointsLLM(newsArticle(), { baseUrl, model, apiKey: 'sk-test', timeoutMs: 2000, env: {}, ...extra });

test('good reply: LLM bullets kept, all checked, supported by article sentences', async () => {
  const kp = await run('good');
  assert.equal(kp.method, 'llm');
  assert.deepEqual(kp.items.map((i) => i.text), GOOD);
  assert.deepEqual(kp.checks, GOOD.map((_, index) => ({ index, checked: true, replaced: false, reason: null })));
  for (const it of kp.items) assert.ok(it.support.length >= 1);
  const req = seen[seen.length - 1]!;
  assert.equal(req.headers.authorization, 'Bearer sk-test');
  assert.equal(req.body.temperature, 0);
  const messages = req.body.messages as Array<{ role: string; content: string }>;
  assert.ok(messages.some((m) => m.role === 'user' && m.content.includes('German') && m.content.includes('Mattequartier')));
  // the page's own box is never sent as input
  assert.ok(!messages.some((m) => m.content.includes('Lummerland')));
});

test('reply inside a ``` fence is accepted', async () => {
  assert.equal((await run('fenced')).method, 'llm');
});

test('hallucinated number: that bullet is replaced by a built-in one, with the reason', async () => {
  const kp = await run('hallucinated-number');
  assert.equal(kp.method, 'llm+builtin');
  assert.equal(kp.items.length, 3);
  assert.ok(!kp.items.some((i) => i.text.includes('780')));
  assert.equal(kp.checks?.[1]?.replaced, true);
  assert.match(kp.checks?.[1]?.reason ?? '', /number not in source: "780"/);
  assert.equal(kp.checks?.[0]?.replaced, false);
  assert.equal(kp.items[0]!.text, GOOD[0]);
  assert.ok(kp.messages?.some((m) => m.code === 'llm-bullets-replaced'));
});

test('number words count: "6 Wochen" is found as "sechs Wochen"', async () => {
  const kp = await run('good');
  assert.equal(kp.checks?.[2]?.replaced, false);
});

test('invented name, date, quote and a question are replaced', async () => {
  for (const [model, pattern] of [['invented-name', /name not in source: "(Hans|Müller)"/], ['invented-date', /date not in source: "Freitag"/],
    ['invented-quote', /quoted passage not in source/], ['question', /question/]] as const) {
    const kp = await run(model);
    assert.equal(kp.checks?.[1]?.replaced, true, model);
    assert.match(kp.checks?.[1]?.reason ?? '', pattern, model);
    assert.equal(kp.items.length, 3, model);
  }
});

test('a bullet repeating an earlier one is replaced', async () => {
  const kp = await run('repeated');
  assert.equal(kp.checks?.[1]?.replaced, true);
  assert.equal(kp.checks?.[1]?.reason, 'repeats an earlier bullet');
  assert.equal(kp.items.length, 3);
  assert.equal(new Set(kp.items.map((i) => i.text)).size, 3);
});

test('an invented ordinal ("das dritte Hochwasser") fails the number check', async () => {
  const kp = await run('ordinal');
  assert.equal(kp.checks?.[1]?.replaced, true);
  assert.match(kp.checks?.[1]?.reason ?? '', /number not in source: "dritte"/);
});

test('too few bullets are topped up with built-in ones', async () => {
  const kp = await run('too-few');
  assert.equal(kp.items.length, 3);
  assert.equal(kp.items[0]!.text, GOOD[0]);
  assert.ok(kp.messages?.some((m) => m.code === 'llm-few-bullets'));
});

for (const [model, code] of [['malformed', /not the requested JSON/], ['not-json', /malformed/], ['http-500', /http: HTTP 500/],
  ['slow', /timeout/], ['stall-body', /timeout/], ['huge', /malformed: .*larger than/], ['empty-choices', /empty/], ['empty-content', /empty/]] as const) {
  test(`${model}: falls back to the built-in method with a message`, async () => {
    const kp = await run(model, model === 'slow' || model === 'stall-body' ? { timeoutMs: 300 } : {});
    assert.equal(kp.method, 'builtin');
    assert.equal(kp.items.length, 3);
    const msg = kp.messages?.find((m) => m.code === 'llm-fallback');
    assert.ok(msg, JSON.stringify(kp.messages));
    assert.match(msg!.message, code);
  });
}

test('no base URL configured: built-in with a message, no request', async () => {
  const before = seen.length;
  const kp = await keyPointsLLM(newsArticle(), { env: {} });
  assert.equal(kp.method, 'builtin');
  assert.match(kp.messages?.[0]?.message ?? '', /PUNKT_LLM_BASE_URL/);
  assert.equal(seen.length, before);
});

test('config comes from the environment when options are absent', () => {
  const c = resolveLlmConfig({}, { PUNKT_LLM_BASE_URL: 'http://127.0.0.1:8080/v1', PUNKT_LLM_MODEL: 'qwen', PUNKT_LLM_API_KEY: 'k', PUNKT_LLM_TIMEOUT_MS: '5000' });
  assert.deepEqual([c.baseUrl, c.model, c.apiKey, c.timeoutMs], ['http://127.0.0.1:8080/v1', 'qwen', 'k', 5000]);
  assert.equal(resolveLlmConfig({ model: 'x', baseUrl: 'http://h/v1' }, { PUNKT_LLM_MODEL: 'y' }).model, 'x');
  assert.throws(() => resolveLlmConfig({ baseUrl: 'ftp://h' }, {}), LlmError);
});

test('ChatClient contract: OpenAICompatClient returns content or rejects with a coded LlmError', async () => {
  const client = (model: string, timeoutMs = 2000) => new OpenAICompatClient(resolveLlmConfig({ baseUrl, model, timeoutMs }, {}));
  assert.match(await client('good').complete({ messages: [{ role: 'user', content: 'hi' }] }), /bullets/);
  for (const [model, code, t] of [['http-500', 'http', 2000], ['slow', 'timeout', 100], ['empty-choices', 'empty', 2000], ['not-json', 'malformed', 2000]] as const) {
    await assert.rejects(client(model, t).complete({ messages: [{ role: 'user', content: 'hi' }] }), (e: unknown) => e instanceof LlmError && e.code === code);
  }
  const dead = new OpenAICompatClient(resolveLlmConfig({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 1000 }, {}));
  await assert.rejects(dead.complete({ messages: [{ role: 'user', content: 'hi' }] }), (e: unknown) => e instanceof LlmError && (e.code === 'network' || e.code === 'timeout'));
});

test('parseBullets: object, bare array, numbered items; null for other shapes', () => {
  assert.deepEqual(parseBullets('{"bullets": ["a", "b"]}'), ['a', 'b']);
  assert.deepEqual(parseBullets('["1. a", "- b"]'), ['a', 'b']);
  assert.deepEqual(parseBullets('{"key_points": [{"text": "a"}]}'), ['a']);
  assert.equal(parseBullets('no json here'), null);
  assert.equal(parseBullets('{"bullets": [1, 2]}'), null);
});
