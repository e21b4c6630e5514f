/**
 * `punkt serve` as a user starts it: bad settings stop it with exit code 2 and a message naming the
 * setting; a good start imports the bundled examples into an empty archive, answers on the printed
 * address, and stops cleanly on SIGTERM.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function punkt(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PUNKT_')));
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'punkt-serve-'));
  writeFileSync(join(dir, 'empty.json'), '{}');
  return dir;
}

describe('punkt serve', { timeout: 60_000 }, () => {
  it('refuses bad settings with exit code 2 and names them', async () => {
    const dir = tempDir();
    const child = punkt(['serve', '--port', 'eighty', '--data', dir, '--config', join(dir, 'empty.json')], { PUNKT_BODY_LIMIT: '-5' });
    let err = '';
    child.stderr!.on('data', (c) => { err += c; });
    const code = await new Promise((r) => child.once('exit', r));
    assert.equal(code, 2, err);
    assert.match(err, /invalid configuration/);
    assert.match(err, /port \(from flags\).*got "eighty"/);
    assert.match(err, /bodyLimit \(from PUNKT_BODY_LIMIT\)/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the examples on first start, serves them, and stops on SIGTERM', async () => {
    const dir = tempDir();
    const child = punkt(['serve', '--port', '0', '--data', join(dir, 'data'), '--config', join(dir, 'empty.json')]);
    let out = '';
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start in 30 s:\n${out}`)), 30_000);
      const onData = (c: Buffer) => {
        out += c;
        const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)\//);
        if (m) { clearTimeout(timer); resolve(m[1]!); }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
    });
    assert.match(out, /Imported 6 example page\(s\)/);
    const health = await (await fetch(`${base}/api/health`)).json();
    assert.deepEqual(health, { ok: true, articles: 6 });
    const home = await (await fetch(`${base}/`)).text();
    assert.match(home, /Nordkorea gibt Putin jetzt auch Soldaten gegen Ukraine/);
    const exit = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    assert.equal(await exit, 0);
    rmSync(dir, { recursive: true, force: true });
  });
});
