/** The `punkt` command's V8 settings: defaults, the PUNKT_V8_FLAGS override and its validation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { V8_FLAGS, v8FlagsFor } from '../../src/cli/v8-tuning.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('without PUNKT_V8_FLAGS the calibrated flags apply', () => {
  assert.deepEqual(v8FlagsFor({}), { flags: V8_FLAGS });
  assert.match(V8_FLAGS, /--interrupt-budget=\d+/);
});

test('PUNKT_V8_FLAGS replaces them; an empty value keeps V8 defaults', () => {
  assert.deepEqual(v8FlagsFor({ PUNKT_V8_FLAGS: '' }), { flags: '' });
  assert.deepEqual(v8FlagsFor({ PUNKT_V8_FLAGS: '  --max-lazy   --interrupt-budget=200000 ' }), { flags: '--max-lazy --interrupt-budget=200000' });
});

test('a malformed PUNKT_V8_FLAGS is refused with a clear message, nothing applied', () => {
  const t = v8FlagsFor({ PUNKT_V8_FLAGS: '--interrupt-budget=1 expose-gc' });
  assert.equal(t.flags, '');
  assert.match(t.error ?? '', /"expose-gc" is not a V8 flag/);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), '--help'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, PUNKT_V8_FLAGS: 'nonsense' }, timeout: 60_000,
  });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /punkt: PUNKT_V8_FLAGS: "nonsense" is not a V8 flag/);
  const ok = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), '--help'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, PUNKT_V8_FLAGS: '' }, timeout: 60_000,
  });
  assert.equal(ok.status, 0, ok.stderr);
});
