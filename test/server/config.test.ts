/**
 * Settings: defaults < config file < environment < flags, validated with messages that name the
 * setting and where the bad value came from.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/index.js';

const emptyDir = () => mkdtempSync(join(tmpdir(), 'punkt-config-'));

describe('loadConfig', () => {
  it('has safe defaults: loopback, port 3000, ./data, private fetches refused', () => {
    const cwd = emptyDir();
    const c = loadConfig({ env: {}, cwd });
    assert.equal(c.port, 3000);
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.dataDir, join(cwd, 'data'));
    assert.equal(c.examples, true);
    assert.equal(c.fetch.allowPrivate, false);
    assert.equal(c.llm.enabled, false);
    assert.ok(c.bodyLimit > 1024 * 1024);
  });

  it('layers file < environment < flags', () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'punkt.config.json'), JSON.stringify({ port: 4000, host: '0.0.0.0', dataDir: 'archive', fetch: { timeoutMs: 5000 } }));
    const fileOnly = loadConfig({ env: {}, cwd });
    assert.equal(fileOnly.port, 4000);
    assert.equal(fileOnly.host, '0.0.0.0');
    assert.equal(fileOnly.dataDir, join(cwd, 'archive'), 'relative to the config file');
    assert.equal(fileOnly.fetch.timeoutMs, 5000);
    assert.equal(fileOnly.fetch.allowPrivate, false, 'nested defaults survive a partial nested object');

    const env = { PUNKT_PORT: '5000', PUNKT_ALLOW_PRIVATE: 'true', PUNKT_DATA: '/tmp/punkt-env' };
    const withEnv = loadConfig({ env, cwd });
    assert.equal(withEnv.port, 5000);
    assert.equal(withEnv.fetch.allowPrivate, true);
    assert.equal(withEnv.fetch.timeoutMs, 5000);
    assert.equal(withEnv.dataDir, '/tmp/punkt-env');

    const withFlags = loadConfig({ env, cwd, flags: { port: 6000, examples: false } });
    assert.equal(withFlags.port, 6000);
    assert.equal(withFlags.examples, false);
    assert.equal(withFlags.host, '0.0.0.0');
  });

  it('reads an explicit --config file and refuses a missing one', () => {
    const dir = emptyDir();
    const file = join(dir, 'other.json');
    writeFileSync(file, JSON.stringify({ port: 4100 }));
    assert.equal(loadConfig({ env: {}, cwd: emptyDir(), configFile: file }).port, 4100);
    assert.throws(() => loadConfig({ env: {}, cwd: dir, configFile: 'missing.json' }), (e: Error) => e instanceof ConfigError && /config file not found: .*missing\.json/.test(e.message));
  });

  it('names the bad setting, its source and value', () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'punkt.config.json'), JSON.stringify({ bodyLimit: 'huge', prot: 1 }));
    assert.throws(() => loadConfig({ env: { PUNKT_PORT: 'abc' }, cwd, flags: { host: '' } }), (e: Error) => {
      assert.ok(e instanceof ConfigError);
      assert.match(e.message, /port \(from PUNKT_PORT\): .*got "abc"/);
      assert.match(e.message, /host \(from flags\)/);
      assert.match(e.message, /bodyLimit \(from config file .*punkt\.config\.json\).*got "huge"/);
      assert.match(e.message, /prot/, 'unknown keys are reported, not ignored');
      return true;
    });
    assert.throws(() => loadConfig({ env: { PUNKT_PORT: '70000' }, cwd: emptyDir() }), /port \(from PUNKT_PORT\)/);
    assert.throws(() => loadConfig({ env: { PUNKT_ALLOW_PRIVATE: 'maybe' }, cwd: emptyDir() }), /fetch\.allowPrivate \(from PUNKT_ALLOW_PRIVATE\)/);
  });

  it('refuses LLM key points without base URL and model, and invalid JSON files', () => {
    assert.throws(() => loadConfig({ env: { PUNKT_LLM: '1' }, cwd: emptyDir() }), /llm\.enabled needs llm\.baseUrl and llm\.model/);
    const ok = loadConfig({ env: { PUNKT_LLM: '1', PUNKT_LLM_BASE_URL: 'http://127.0.0.1:8080/v1', PUNKT_LLM_MODEL: 'qwen' }, cwd: emptyDir() });
    assert.equal(ok.llm.model, 'qwen');
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'punkt.config.json'), '{ port: 1 }');
    assert.throws(() => loadConfig({ env: {}, cwd }), /is not valid JSON/);
  });
});
