/**
 * The reader end to end in a real browser: the app on a real socket (free port) over a temporary
 * SQLite archive, Debian's headless Chromium driven by playwright-core. A person's path: add the
 * seed page through the form, read it (kicker, headline, key points, caption), search a word from its
 * body, and a screenshot for a human to look at (test-results/reader.png, reader-phone.png). Then the
 * hostile pages: no dialog may fire and no script may exist on any reader page.
 *
 * Without /usr/bin/chromium the tests skip with a notice; PUNKT_REQUIRE_BROWSER=1 (set by .ci/run)
 * turns that skip into a failure.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { serve, type ServerType } from '@hono/node-server';
import { loadConfig } from '../../src/config/index.js';
import { createApp } from '../../src/server/app.js';
import { openDataDir, type SqliteStore } from '../../src/store/sqlite.js';
import { HOSTILE_HTML, HOSTILE_TEXT, hostileArticle } from '../server/xss-corpus.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.PUNKT_CHROMIUM ?? '/usr/bin/chromium';
const REQUIRE = process.env.PUNKT_REQUIRE_BROWSER === '1';
const HAVE_BROWSER = existsSync(CHROMIUM);
const OUT = join(ROOT, 'test-results');
const SEED_TEXT = readFileSync(join(ROOT, 'examples', 'nordkorea-soldaten.txt'), 'utf8');

if (!HAVE_BROWSER) {
  const notice = `browser tests: ${CHROMIUM} not found (apt-get install chromium)`;
  if (REQUIRE) {
    it('requires Chromium (PUNKT_REQUIRE_BROWSER=1)', () => assert.fail(`${notice}; PUNKT_REQUIRE_BROWSER=1 makes this a failure`));
  } else {
    console.log(`# SKIP ${notice}`);
    it('reader in a real browser', (t) => t.skip(`${notice} — skipped`));
  }
} else {
  describe('the reader in headless Chromium', { timeout: 120_000 }, () => {
    let server: ServerType;
    let store: SqliteStore;
    let base = '';
    let dataDir = '';
    let browser: Browser;

    before(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'punkt-e2e-'));
      ({ server, store, base } = await startServer(dataDir));
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      mkdirSync(OUT, { recursive: true });
    });

    after(async () => {
      await browser?.close();
      if (server) {
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        await new Promise((r) => server.close(r));
      }
      store?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    /** A page that only ever talks to our server: article photos from the web are not fetched in tests. */
    async function newPage(width = 1200, height = 900): Promise<{ page: Page; dialogs: string[] }> {
      const context = await browser.newContext({ viewport: { width, height }, locale: 'de-CH' });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
      await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
      return { page, dialogs };
    }

    it('adds the seed page through the form, shows it like the source page, and finds it by search', async () => {
      const { page } = await newPage();
      await page.goto(`${base}/add`);
      await page.fill('#text', SEED_TEXT);
      await Promise.all([page.waitForURL(/\/articles\/[\w-]+$/), page.click('section[aria-labelledby="add-text"] button[type="submit"]')]);

      assert.equal((await page.textContent('.article .kicker'))?.trim(), 'Unterstützung von Kim Jong-un');
      assert.equal((await page.textContent('.article h1'))?.trim(), 'Nordkorea gibt Putin jetzt auch Soldaten gegen Ukraine');
      assert.equal((await page.textContent('#keypoints-heading'))?.trim(), 'Auf den Punkt gebracht');
      const points = await page.$$eval('.keypoints li', (els) => els.map((e) => e.textContent?.trim() ?? ''));
      assert.equal(points.length, 3, `key points: ${JSON.stringify(points)}`);
      assert.ok(points.every((p) => p.length > 20), `key points: ${JSON.stringify(points)}`);
      const caption = await page.textContent('figure figcaption');
      assert.match(caption ?? '', /Freundschaft zwischen Russland und Nordkorea/);
      assert.match(caption ?? '', /REUTERS/);
      assert.ok((await page.$$('.body h2')).length >= 3, 'subheads are shown');
      assert.equal(await page.$$eval('script', (s) => s.length), 0);

      await page.screenshot({ path: join(OUT, 'reader.png'), fullPage: true });
      const articleUrl = page.url();

      // Keyboard: the first Tab lands on the skip link, which moves to the content.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip');

      await page.fill('#quick-q', 'Raketenangriff');
      await Promise.all([page.waitForURL(/\/search\?/), page.press('#quick-q', 'Enter')]);
      const hits = await page.$$eval('.results .teaser h2 a', (as) => as.map((a) => ({ text: a.textContent?.trim(), href: (a as HTMLAnchorElement).href })));
      assert.ok(hits.some((h) => h.href === articleUrl && h.text === 'Nordkorea gibt Putin jetzt auch Soldaten gegen Ukraine'), `hits: ${JSON.stringify(hits)}`);
      const marks = await page.$$eval('.results mark', (ms) => ms.map((m) => m.textContent ?? ''));
      assert.ok(marks.some((m) => /rakete/i.test(m)), `highlights: ${JSON.stringify(marks)}`);
      await page.screenshot({ path: join(OUT, 'search.png'), fullPage: false });

      const phone = await newPage(390, 844);
      await phone.page.goto(articleUrl);
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `page scrolls sideways on a phone by ${overflow}px`);
      await phone.page.screenshot({ path: join(OUT, 'reader-phone.png'), fullPage: false });
      await phone.page.context().close();
      await page.context().close();
    });

    it('the dialog listener works (canary)', async () => {
      const { page, dialogs } = await newPage();
      await page.goto(`${base}/`);
      await page.evaluate(() => alert('canary'));
      assert.deepEqual(dialogs, ['alert: canary']);
      await page.context().close();
    });

    it('hostile pages run nothing in the reader', async () => {
      const ids: string[] = [];
      for (const body of [{ html: HOSTILE_HTML, url: 'https://hostile.example/news/angriff' }, { text: HOSTILE_TEXT }]) {
        const res = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const stored = await res.json() as { id: string };
        assert.equal(res.status, 201, JSON.stringify(stored).slice(0, 200));
        ids.push(stored.id);
      }
      // The model with a payload in every field, written straight into the archive.
      ids.push(store.save(hostileArticle(), { url: null }).article.id);

      const { page, dialogs } = await newPage();
      const paths = [...ids.map((id) => `/articles/${id}`), '/', '/search?q=alert', '/search?q=script', '/search?q=Br%C3%BCcke', `/search?q=${encodeURIComponent('<script>alert(1)</script>')}`];
      for (const path of paths) {
        const t0 = Date.now();
        await page.goto(`${base}${path}`, { waitUntil: 'load' });
        // Give handlers every chance: hover and focus everything, then wait a moment for timers/onload.
        for (const el of (await page.$$('main img, main a, main figure, main p, main li, main h1, main h2')).slice(0, 15)) {
          await el.hover({ timeout: 100, force: true }).catch(() => {});
        }
        for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
        await page.waitForTimeout(150);
        const scripts = await page.$$eval('script, iframe, object, embed, svg', (els) => els.map((e) => e.outerHTML.slice(0, 80)));
        assert.deepEqual(scripts, [], `${path} has active elements`);
        const handlers = await page.$$eval('*', (els) => els.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)));
        assert.deepEqual(handlers, [], `${path} has event handlers`);
        if (process.env.PUNKT_E2E_TIMING) console.log(`# ${path} ${Date.now() - t0} ms`);
      }
      assert.deepEqual(dialogs, [], 'a dialog fired');
      await page.context().close();
    });
  });
}

/** The real app on a real socket (127.0.0.1, free port) over a real SQLite archive. `punkt serve` itself is
 * started as a process in test/server/serve.test.ts; here the browser is what is under test. */
async function startServer(dataDir: string): Promise<{ server: ServerType; store: SqliteStore; base: string }> {
  const config = loadConfig({ flags: { port: 0, dataDir, examples: false }, env: {}, cwd: dataDir });
  const store = openDataDir(config.dataDir);
  const app = createApp({ store, config });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve({ server, store, base: `http://127.0.0.1:${info.port}` }));
  });
}
