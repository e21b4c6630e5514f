import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { render, runOne } from '../../src/cli/commands/keypoints.js';

const HTML = `<!doctype html><html lang="de"><head><title>Hochwasser in Bern</title></head><body><article>
<h1>Hochwasser in Bern</h1>
<p>Nach tagelangem Regen ist die Aare in Bern über die Ufer getreten. Im Mattequartier stehen mehrere Keller unter Wasser.</p>
<p>Die Feuerwehr pumpte in der Nacht zahlreiche Keller aus, teilte die Stadt mit. Die Uferwege bleiben bis auf Weiteres gesperrt.</p>
<p>Die Schäden dürften nach ersten Schätzungen mehrere Millionen Franken betragen. Versicherungen rechnen mit sechs Wochen Arbeit.</p>
</article></body></html>`;

const opts = { count: '3', method: 'builtin' as const, format: 'json' as const, from: 'auto' as const };

test('keypoints CLI reads a file and a .gz file the same way', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'punkt-kp-'));
  writeFileSync(join(dir, 'a.html'), HTML);
  writeFileSync(join(dir, 'a.html.gz'), gzipSync(HTML));
  const plain = await runOne(join(dir, 'a.html'), 2, opts);
  const gz = await runOne(join(dir, 'a.html.gz'), 2, opts);
  assert.equal(plain.error, undefined, JSON.stringify(plain.error));
  assert.deepEqual(plain.keyPoints, gz.keyPoints);
  assert.ok((plain.keyPoints?.items.length ?? 0) >= 1);
  const text = render([plain], 'text', false);
  assert.match(text, /^• /m);
});

test('a missing file is an error outcome, not a crash', async () => {
  const o = await runOne('/definitely/not/here.html', 3, opts);
  assert.equal(o.error?.code, 'not-found');
  assert.match(render([o], 'text', true), /failed/);
});
