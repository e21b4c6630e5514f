import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';

const para = (topic: string, n: number) => Array.from({ length: n }, (_, i) =>
  `<p>The ${topic} section explains, in plain words and with care, point number ${i + 1} of the guide, which readers asked about.</p>`).join('');
const nest = (inner: string, depth: number) => '<div class="css-x">'.repeat(depth) + inner + '</div>'.repeat(depth);

test('a body nested ten wrappers deep in each of its sections is climbed to in full (wrappers do not count as steps)', () => {
  const sections = ['history', 'safety', 'effects', 'research'].map((t, i) =>
    `<div class="col">${nest(`<h2>About ${t}</h2>${para(t, i === 3 ? 12 : 4)}`, 10)}</div>`).join('');
  const a = extract(`<html lang="en"><head><title>Guide</title></head><body><nav><a href="/">Home</a></nav><main><h1>Guide</h1><div class="row">${sections}</div></main></body></html>`, {});
  for (const t of ['history', 'safety', 'effects', 'research']) assert.ok(a.text.includes(`The ${t} section`), t);
});

test('the nearest ancestor of three near-best candidates is the article (one list per subhead)', () => {
  const part = (name: string) => `<div class="flex"><h3>${name}</h3><p>We'll be honest: the ${name} looks simple, yet it has its own settings, so here is how to use it well.</p><ul>${Array.from({ length: 5 }, (_, i) =>
    `<li>The ${name} has a part ${i + 1}, which you adjust before you start, so that the seat, the pin and the handles fit you well.</li>`).join('')}</ul></div>`;
  const body = ['Treadmill', 'Rowing machine', 'Leg press', 'Cable machine', 'Lat pulldown'].map((n) => `<section class="w-full"><div class="px-4">${part(n)}</div></section>`).join('');
  const a = extract(`<html lang="en"><head><title>Gym</title></head><body><main><article><h1>Gym</h1><div class="w-full">${body}</div></article></main></body></html>`, {});
  for (const n of ['Treadmill', 'Rowing machine', 'Leg press', 'Cable machine', 'Lat pulldown']) assert.ok(a.text.includes(`The ${n} has a part`), n);
});
