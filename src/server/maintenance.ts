/**
 * Index maintenance while the reader is idle: a few seconds after the last write (and once after
 * start), the store's `maintain()` runs in short steps, each followed by a turn of the event loop,
 * so requests that arrive meanwhile wait for one step at most. A new write restarts the wait.
 *
 * @example
 *   const idle = idleMaintenance(store);
 *   createApp({ store, config, onWrite: idle.touch });
 */
import type { ArticleStore } from '../store/types.js';

/** Quiet time after a write before maintenance starts: a batch of POSTs is not interrupted. */
export const IDLE_MS = 3000;
/** Work per step; one FTS merge step took ~15 ms at 100,000 articles (src/store/sqlite.ts). */
export const STEP_MS = 20;

export interface IdleMaintenance { touch(): void; stop(): void }

export function idleMaintenance(store: ArticleStore, idleMs = IDLE_MS, stepMs = STEP_MS): IdleMaintenance {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const schedule = (ms: number) => {
    if (stopped || !store.maintain) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(step, ms);
    timer.unref();
  };
  const step = () => {
    timer = null;
    let done = true;
    try {
      done = store.maintain!(stepMs);
    } catch (err) {
      // housekeeping only: the archive is intact; try again after the next write
      console.error('punkt serve: index maintenance failed:', (err as Error).message);
    }
    if (!done) schedule(0);
  };
  return {
    touch: () => schedule(idleMs),
    stop: () => { stopped = true; if (timer) clearTimeout(timer); timer = null; },
  };
}
