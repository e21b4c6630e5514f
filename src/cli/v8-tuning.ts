/**
 * V8 compiler settings for the `punkt` process (the CLI and the reader it serves), applied before
 * any other module of punkt runs. Imported first by `main.ts`; the library (`import … from 'punkt'`)
 * never changes its host's V8 flags.
 *
 * Why: in a fresh process V8's optimising compiler (TurboFan) was the largest single cost of an
 * ingest. On 300 bench pages it compiled 424 functions for 3.7 s of compile time (`--trace-opt`),
 * against about 4.3 s of main-thread work; a few big functions (key-point scoring, MMR, the header
 * reader) took 90–210 ms of compile time each (one to four compiles of 50–90 ms), because TurboFan
 * inlined whole call trees into them.
 * Two settings cut that to 280 compiles and 1.2 s:
 *
 * - `--max-inlined-bytecode-size-cumulative=300` (V8's default 920): smaller inlining budgets per
 *   optimised function, so each compile is cheaper. Warm code was not measurably slower.
 * - `--interrupt-budget=300000` (Node 20's V8 default 67,584 bytes of bytecode executed): a function
 *   is considered for optimisation later, after more type feedback, so fewer functions are optimised
 *   only to be thrown away and recompiled.
 *
 * Calibrated on 2026-12-07 with each process pinned to one core (`taskset -c 1`, so the compiler's
 * background threads share it), Node 20.20.2, ingesting bench pages into a fresh archive, two runs
 * per setting (wall articles/s; 300 pages | all 1,405 pages):
 *
 *   | setting                                   | 300 pages   | 1,405 pages |
 *   |-------------------------------------------|-------------|-------------|
 *   | V8 defaults                               | 54.3, 54.5  | 69.2, 70.4  |
 *   | interrupt budget 300000                   | 59.1–61.2   | 78.9, 81.0  |
 *   | interrupt budget 600000                   | 61.3, 63.1  | 84.1, 83.2  |
 *   | interrupt budget 1200000                  | 60.2, 65.3  | 76.5, 76.8  |
 *   | no TurboFan inlining + budget 300000      | 62.0–64.1   | 81.1, 82.8  |
 *   | cumulative inlining 150 + budget 300000   | 60.5, 65.7  | 79.7, 85.7  |
 *   | cumulative inlining 300 + budget 300000   | 62.0, 65.7  | 85.3, 88.8  |  ← chosen
 *   | cumulative inlining 300 + budget 600000   | 62.9, 64.7  | 79.9, 81.8  |
 *
 * The gain is in warm-up, not in the steady state. `bench/lib/steady-ingest.js` (one core, the two
 * settings alternated, two runs each, 13:40 under heavier outside load), ms CPU per page:
 *
 *   | pass                                   | V8 defaults  | these flags  |
 *   |----------------------------------------|--------------|--------------|
 *   | half the pages, cold process           | 21.19, 21.43 | 17.77, 18.93 |
 *   | other half: warm code, new pages       | 16.72, 15.73 | 15.12, 18.46 |
 *   | same half again (memos warm)           | 15.45, 15.46 | 14.51, 15.47 |
 *
 * The flags change only when and how much V8 optimises, never what the code computes.
 * `PUNKT_V8_FLAGS` replaces them (an empty value keeps V8's defaults).
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS = '--max-inlined-bytecode-size-cumulative=300 --interrupt-budget=300000';

const FLAG_RE = /^--[a-z][a-z0-9_-]*(?:=[^\s]+)?$/i;

export interface V8Tuning {
  /** The flags applied ('' when none). */
  flags: string;
  /** Set when `PUNKT_V8_FLAGS` was malformed; nothing was applied then. */
  error?: string;
}

/** The flags for this process: `PUNKT_V8_FLAGS` when set, else `V8_FLAGS`; each must look like `--name[=value]`. */
export function v8FlagsFor(env: NodeJS.ProcessEnv = process.env): V8Tuning {
  const raw = env.PUNKT_V8_FLAGS;
  if (raw === undefined) return { flags: V8_FLAGS };
  const tokens = raw.split(/\s+/).filter((t) => t !== '');
  const bad = tokens.find((t) => !FLAG_RE.test(t));
  if (bad !== undefined) return { flags: '', error: `PUNKT_V8_FLAGS: "${bad}" is not a V8 flag (expected --name or --name=value, separated by spaces)` };
  return { flags: tokens.join(' ') };
}

export function applyV8Tuning(env: NodeJS.ProcessEnv = process.env): V8Tuning {
  const tuning = v8FlagsFor(env);
  if (tuning.flags) setFlagsFromString(tuning.flags);
  return tuning;
}

/** What this process applied when the module was first imported. */
export const V8_TUNING: V8Tuning = applyV8Tuning();
