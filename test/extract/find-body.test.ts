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

test('three near-best sections whose parent carries reference links (link density over a climb step\'s) are joined', () => {
  const section = (t: string) => `<div class="sect"><h2>On ${t}: what changed this month, what is still open, and what comes next</h2><div class="sectionbody">${para(t, 3)}<ul>${Array.from({ length: 3 }, (_, i) =>
    `<li><a href="/patch/${t}-${i}">Patch ${i + 1} for ${t}: review thread, merged commit and follow-up fixes</a></li>`).join('')}</ul></div></div>`;
  const body = ['parsing', 'codegen', 'linking', 'testing'].map(section).join('');
  const a = extract(`<html lang="en"><head><title>Report</title></head><body><main><article><h1>Report</h1><div class="content">${body}</div></article></main></body></html>`, {});
  for (const t of ['parsing', 'codegen', 'linking', 'testing']) assert.ok(a.text.includes(`The ${t} section`), t);
});

test('two near-best page-builder rows apart from the best one join it, levels away', () => {
  const row = (t: string, n: number) => `<div class="dnd-row"><div class="row-fluid"><div class="dnd-column"><div class="row-fluid"><div class="dnd-module"><div class="hs-wrapper"><span class="hs-rich-text">${para(t, n)}</span></div></div></div></div></div></div>`;
  const note = '<div class="dnd-row"><p>A short note between the rows, long enough to count as prose of its own here.</p></div>';
  const a = extract(`<html lang="en"><head><title>Tips</title></head><body><main><h1>Tips</h1><div class="body-container">`
    + `<div class="dnd-section">${row('budget', 6)}${note}</div><div class="dnd-section">${row('saving', 5)}</div><div class="dnd-section">${row('credit', 5)}</div>`
    + '</div></main></body></html>', {});
  for (const t of ['budget', 'saving', 'credit']) assert.ok(a.text.includes(`The ${t} section`), t);
});
