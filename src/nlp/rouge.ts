/**
 * ROUGE-1/2/L/Lsum F-measure (Lin 2004), following the reference implementation Google's
 * `rouge-score` uses: clipped n-gram overlap, LCS over the whole token sequence (ROUGE-L) and
 * union-LCS per reference line (ROUGE-Lsum), F = 2PR/(P+R). Tokens are lowercased runs of Unicode
 * letters and digits (rouge-score keeps only [a-z0-9], which would tear German words apart);
 * with `stem`, tokens go through the language's Snowball stemmer.
 *
 * @example
 *   rouge('der Hund bellt', 'der Hund schläft', { lang: 'de' }).rouge1.f // → 0.667
 */
import type { Lang } from './language.js';
import { stem as snowball } from './stem.js';

export interface Prf { p: number; r: number; f: number }
export interface RougeScores { rouge1: Prf; rouge2: Prf; rougeL: Prf; rougeLsum: Prf }
export interface RougeOptions { lang?: Lang | null; stem?: boolean }

export function rougeTokens(text: string, opts: RougeOptions = {}): string[] {
  const toks = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  return opts.stem ? toks.map((t) => snowball(t, opts.lang ?? null)) : toks;
}

function prf(hits: number, candLen: number, refLen: number): Prf {
  const p = candLen > 0 ? hits / candLen : 0;
  const r = refLen > 0 ? hits / refLen : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

function ngrams(toks: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= toks.length; i++) {
    const g = toks.slice(i, i + n).join('\u0001');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export function rougeN(cand: string[], ref: string[], n: number): Prf {
  const c = ngrams(cand, n);
  const r = ngrams(ref, n);
  let hits = 0;
  for (const [g, k] of c) hits += Math.min(k, r.get(g) ?? 0);
  return prf(hits, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

function lcsTable(a: string[], b: string[]): number[][] {
  const t: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
    }
  }
  return t;
}

export function lcsLength(a: string[], b: string[]): number {
  return lcsTable(a, b)[a.length]![b.length]!;
}

export function rougeL(cand: string[], ref: string[]): Prf {
  return prf(lcsLength(cand, ref), cand.length, ref.length);
}

/** Indices into `ref` of one LCS with `cand` (same backtracking as rouge-score's `_lcs_ind`). */
function lcsIndices(ref: string[], cand: string[]): number[] {
  const t = lcsTable(ref, cand);
  const out: number[] = [];
  let i = ref.length;
  let j = cand.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) { out.unshift(i - 1); i--; j--; } else if (t[i]![j - 1]! > t[i - 1]![j]!) j--; else i--;
  }
  return out;
}

/** Summary-level ROUGE-L over lines (one bullet per line), with union LCS and clipped token counts. */
export function rougeLsum(candLines: string[][], refLines: string[][]): Prf {
  const m = refLines.reduce((s, l) => s + l.length, 0);
  const n = candLines.reduce((s, l) => s + l.length, 0);
  const cntR = new Map<string, number>();
  const cntC = new Map<string, number>();
  for (const l of refLines) for (const t of l) cntR.set(t, (cntR.get(t) ?? 0) + 1);
  for (const l of candLines) for (const t of l) cntC.set(t, (cntC.get(t) ?? 0) + 1);
  let hits = 0;
  for (const r of refLines) {
    const union = new Set<number>();
    for (const c of candLines) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const tok = r[i]!;
      if ((cntC.get(tok) ?? 0) > 0 && (cntR.get(tok) ?? 0) > 0) {
        hits++;
        cntC.set(tok, cntC.get(tok)! - 1);
        cntR.set(tok, cntR.get(tok)! - 1);
      }
    }
  }
  return prf(hits, n, m);
}

/** All four scores of a candidate summary against a reference; lines separate bullets. */
export function rouge(candidate: string | string[], reference: string | string[], opts: RougeOptions = {}): RougeScores {
  const lines = (x: string | string[]) => (Array.isArray(x) ? x : x.split('\n')).map((l) => rougeTokens(l, opts)).filter((l) => l.length > 0);
  const cl = lines(candidate);
  const rl = lines(reference);
  const c = cl.flat();
  const r = rl.flat();
  return { rouge1: rougeN(c, r, 1), rouge2: rougeN(c, r, 2), rougeL: rougeL(c, r), rougeLsum: rougeLsum(cl, rl) };
}
