/**
 * Near-duplicate benchmark: precision and recall of punkt's MinHash/LSH linking (src/dedupe) on
 * pairs built from the benchmark pages in $PUNKT_BENCH_DIR (default ../shared/bench).
 *
 * Positive pairs (the same story published twice):
 *   relayout  — page A extracted, vs. A's extracted article re-rendered into another HTML template
 *               (other navigation, teasers of other pages, cookie banner, footer) and extracted again;
 *   textdump  — page A extracted, vs. the html-to-text dump of the page extracted with from: 'text';
 *   edited    — page A extracted, vs. a partner's copy of its text: ~15 % of sentences lightly
 *               edited (a word replaced, dropped or inserted), an agency line prepended, a
 *               credit line appended and the last paragraph cut.
 * Negative pairs (different stories):
 *   all       — every pair of different pages;
 *   same-site — pairs of pages from the same host;
 *   topic     — each page with its most similar other page by word-bag cosine (the hardest
 *               "same topic, different story" negatives the set has).
 * Detection is what the store does: a shared LSH band key, then signature similarity ≥ threshold.
 * The "method" rows repeat this on the ground-truth texts (no extraction), to separate the method
 * from extraction quality.
 *
 *   npm run bench:dedupe                 # 400 pages sampled across the sets
 *   npm run bench:dedupe -- --limit 0    # all pages
 *   npm run bench:dedupe -- --write      # also update the dedupe block of docs/benchmarks.md
 */
import { performance } from 'node:perf_hooks';
import { extract } from '../src/index.js';
import type { Article, Block } from '../src/model/article.js';
import { lshKeys, minhash, similarity, words } from '../src/dedupe/minhash.js';
import { NEAR_DUPLICATE_THRESHOLD } from '../src/dedupe/params.js';
import { SET_NAMES, hasSet, loadSet, readPage, type PageRef } from './lib/datasets.js';
import { htmlToText } from './lib/htmltext.js';
import { writeServeBlock } from './serve-doc.js';
import { rng } from './lib/rng.js';

const argv = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : def;
};
const LIMIT = Number(arg('--limit', '400'));
const WRITE = argv.includes('--write');


const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function blockHtml(b: Block): string {
  switch (b.type) {
    case 'paragraph': return `<p>${esc(b.text)}</p>`;
    case 'heading': return `<h${Math.min(6, Math.max(2, b.level))}>${esc(b.text)}</h${Math.min(6, Math.max(2, b.level))}>`;
    case 'quote': return `<blockquote><p>${esc(b.text)}</p></blockquote>`;
    case 'list': return `<${b.ordered ? 'ol' : 'ul'}>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</${b.ordered ? 'ol' : 'ul'}>`;
    case 'table': return `<table>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
    case 'figure': return b.caption ? `<figure><img src="${esc(b.src ?? '')}" alt=""><figcaption>${esc(b.caption)}</figcaption></figure>` : '';
    case 'embed': return '';
  }
}

/** A's article in a partner site's layout: different chrome, teasers from other stories. */
function rerender(a: Article, teasers: string[], lang: string): string {
  return `<!doctype html><html lang="${esc(lang)}"><head><meta charset="utf-8"><title>${esc(a.title ?? '')} | Partner News</title>
<meta property="og:site_name" content="Partner News"></head><body>
<div class="cookie-banner">Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. <button>Akzeptieren</button></div>
<header class="site-header"><a href="/">Partner News</a><nav><ul><li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>
<main><article class="story">
${a.kicker ? `<p class="kicker">${esc(a.kicker)}</p>` : ''}<h1>${esc(a.title ?? '')}</h1>
${a.lead ? `<p class="intro"><strong>${esc(a.lead)}</strong></p>` : ''}
<div class="share"><a href="#">Teilen</a> <a href="#">Drucken</a></div>
${a.blocks.map(blockHtml).join('\n')}
</article>
<aside class="related"><h2>Mehr zum Thema</h2><ul>${teasers.map((t) => `<li><a href="/x">${esc(t)}</a></li>`).join('')}</ul></aside></main>
<footer><p>© Partner News AG. Alle Rechte vorbehalten.</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>
</body></html>`;
}

/** A partner's lightly edited copy of a text. */
function edited(text: string, rand: () => number): string {
  const paras = text.split(/\n{2,}/).filter((p) => p.trim());
  if (paras.length > 4) paras.pop();
  const out = paras.map((p) => p.split(/(?<=[.!?])\s+/).map((s) => {
    if (rand() >= 0.15) return s;
    const w = s.split(' ');
    if (w.length < 4) return s;
    const i = 1 + Math.floor(rand() * (w.length - 2));
    const r = rand();
    if (r < 0.4) w[i] = 'jedoch';
    else if (r < 0.7) w.splice(i, 1);
    else w.splice(i, 0, 'laut');
    return w.join(' ');
  }).join(' '));
  return ['(sda/dpa) – ' + (out[0] ?? ''), ...out.slice(1), 'Dieser Artikel erschien zuerst bei unserem Partner.'].join('\n\n');
}

interface Sig { sig: Uint32Array; keys: Set<number> }
function sigOf(text: string): Sig | null {
  const s = minhash(text);
  return s ? { sig: s, keys: new Set(lshKeys(s)) } : null;
}
/** Similarity if the pair would be a candidate (a shared band key), else 0 — the store's path. */
function detectedSim(a: Sig | null, b: Sig | null): number {
  if (!a || !b) return 0;
  for (const k of a.keys) if (b.keys.has(k)) return similarity(a.sig, b.sig);
  return 0;
}

function sample(pages: PageRef[], limit: number): PageRef[] {
  if (!limit || pages.length <= limit) return pages;
  const step = pages.length / limit;
  return Array.from({ length: limit }, (_, i) => pages[Math.floor(i * step)]!);
}

function hostOf(u: string): string | null {
  try { return new URL(u).hostname.replace(/^www\./, ''); } catch { return null; }
}

function bag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words(text)) if (w.length > 3) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0, na = 0, nb = 0;
  for (const [w, x] of a) { na += x * x; const y = b.get(w); if (y) dot += x * y; }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

interface Doc { ref: PageRef; base: Sig | null; baseWords: number; pos: Record<string, Sig | null>; bag: Map<string, number> }

function evaluate(label: string, docs: Doc[], kinds: string[], thresholds: number[]) {
  const rows: string[] = [];
  const negAll: number[] = [];
  const negSite: number[] = [];
  const negTopic: number[] = [];
  const usable = docs.filter((d) => d.base);
  for (let i = 0; i < usable.length; i++) {
    let best = -1, bestJ = -1;
    for (let j = 0; j < usable.length; j++) {
      if (i === j) continue;
      const a = usable[i]!, b = usable[j]!;
      if (j > i) {
        const s = detectedSim(a.base, b.base);
        negAll.push(s);
        const ha = hostOf(a.ref.url);
        if (ha && ha === hostOf(b.ref.url)) negSite.push(s);
      }
      const c = cosine(a.bag, b.bag);
      if (c > bestJ) { bestJ = c; best = j; }
    }
    if (best >= 0) negTopic.push(detectedSim(usable[i]!.base, usable[best]!.base));
  }
  const posByKind = Object.fromEntries(kinds.map((k) => [k, usable.map((d) => detectedSim(d.base, d.pos[k] ?? null))]));
  const allPos = kinds.flatMap((k) => posByKind[k]!);
  for (const t of thresholds) {
    const tp = allPos.filter((s) => s >= t).length;
    const fp = negAll.filter((s) => s >= t).length;
    const recall = (k: string) => (posByKind[k]!.filter((s) => s >= t).length / Math.max(1, posByKind[k]!.length));
    const prec = tp + fp ? tp / (tp + fp) : 1;
    const rec = tp / Math.max(1, allPos.length);
    rows.push(`| ${label} | ${t.toFixed(2)}${t === NEAR_DUPLICATE_THRESHOLD ? ' ◀' : ''} | ${prec.toFixed(3)} | ${rec.toFixed(3)} | ${kinds.map((k) => recall(k).toFixed(3)).join(' | ')} | ${fp} / ${negAll.length} | ${negSite.filter((s) => s >= t).length} / ${negSite.length} | ${negTopic.filter((s) => s >= t).length} / ${negTopic.length} |`);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0; };
  const dist = kinds.map((k) => `${k}: mean ${mean(posByKind[k]!).toFixed(2)}, p05 ${q(posByKind[k]!, 0.05).toFixed(2)}`).join('; ')
    + `; topic negatives: max ${Math.max(0, ...negTopic).toFixed(2)}, p99 ${q(negTopic, 0.99).toFixed(2)}`;
  return { rows, dist, usable: usable.length, skipped: docs.length - usable.length };
}

async function main() {
  const sets = SET_NAMES.filter((s) => hasSet(s));
  if (sets.length === 0) {
    console.error('bench:dedupe: benchmark data not found (set PUNKT_BENCH_DIR)');
    process.exit(1);
  }
  const perSet = LIMIT ? Math.ceil(LIMIT / sets.length) : 0;
  const pages = sets.flatMap((s) => sample(loadSet(s), perSet));
  const rand = rng(42);
  const t0 = performance.now();
  const extracted: Array<{ ref: PageRef; a: Article; html: Uint8Array }> = [];
  for (const ref of pages) {
    const html = readPage(ref);
    extracted.push({ ref, a: extract(html, { url: ref.url }), html });
  }
  const titles = extracted.map((e) => e.a.title ?? '').filter(Boolean);
  const e2e: Doc[] = [];
  const method: Doc[] = [];
  for (const { ref, a, html } of extracted) {
    const teasers = Array.from({ length: 5 }, () => titles[Math.floor(rand() * titles.length)]!);
    const re = extract(rerender(a, teasers, a.language ?? 'de'), { url: 'https://partner.example/story/' + ref.id });
    const dump = extract(htmlToText(Buffer.from(html).toString('utf8')), { from: 'text' });
    e2e.push({
      ref, base: sigOf(a.text), baseWords: a.wordCount, bag: bag(a.text),
      pos: { relayout: sigOf(re.text), textdump: sigOf(dump.text), edited: sigOf(edited(a.text, rand)) },
    });
    const gt = ref.truth.body;
    if (gt) {
      const boiler = `Startseite › Nachrichten › Welt\n\n${gt}\n\nTeilen: Facebook, X, E-Mail. Kommentare anzeigen. Mehr zum Thema: ${teasers.join('. ')}`;
      method.push({
        ref, base: sigOf(gt), baseWords: 0, bag: bag(gt),
        pos: { relayout: sigOf(boiler), textdump: sigOf(gt.replace(/\s+/g, ' ')), edited: sigOf(edited(gt, rand)) },
      });
    }
  }
  const secs = (performance.now() - t0) / 1000;
  const thresholds = [0.3, 0.4, NEAR_DUPLICATE_THRESHOLD, 0.6, 0.7].filter((v, i, xs) => xs.indexOf(v) === i).sort();
  const kinds = ['relayout', 'textdump', 'edited'];
  const r1 = evaluate('end to end', e2e, kinds, thresholds);
  const r2 = evaluate('method (ground truth)', method, kinds, thresholds);
  const head = '| pairs | threshold | precision | recall | recall relayout | recall textdump | recall edited | false links, all negatives | same-site | same-topic |\n|---|---|---|---|---|---|---|---|---|---|';
  const table = [
    `Pages: ${pages.length} (${sets.join(', ')}, sampled evenly; ${r1.usable} with ≥ 40 extracted words, ${r1.skipped} too short to compare). `
      + `Pairs: ${r1.usable} positives of each kind; negatives = every pair of different pages, same-site pairs, and each page with its most word-bag-similar other page (same topic). `
      + `Precision counts all positives against all negative pairs. Extraction + signatures: ${secs.toFixed(1)} s.`,
    '',
    head,
    ...r1.rows,
    ...r2.rows,
    '',
    `Similarity of positives (end to end): ${r1.dist}.`,
    `Method rows use the ground-truth text (${r2.usable} pages): relayout = boilerplate lines around it, textdump = whitespace collapsed, edited as above.`,
  ].join('\n');
  console.log(table);
  if (WRITE) writeServeBlock('dedupe', table);
}

await main();
