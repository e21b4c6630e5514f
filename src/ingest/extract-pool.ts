/**
 * A pool of extraction workers for `ingest` with `jobs > 1`: files are read, extracted and
 * key-pointed in worker threads while the ingest's own thread saves the finished articles in input
 * order (SQLite has one writer). A worker also bounds what one page can do to a run: a page that
 * takes longer than `pageTimeoutMs` or runs its worker out of memory is stopped and reported as
 * that item's failure, and a fresh worker takes the remaining files.
 *
 * @example
 *   const pool = new ExtractPool({ size: 4, pageTimeoutMs: 60_000 });
 *   const article = await pool.run('/pages/a.html');
 *   await pool.close();
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { FileJobOptions } from './extract-file.js';

export interface ExtractPoolOptions extends FileJobOptions {
  /** Worker threads. */
  size: number;
  /** A page still being extracted after this many milliseconds is stopped (its worker is replaced). */
  pageTimeoutMs: number;
  /** Old-generation heap of each worker in MB: a page that needs more fails alone. */
  maxHeapMb?: number;
  /** Another worker script speaking the same messages (tests). */
  workerUrl?: URL;
}

/** Files handed to one worker ahead of its current one, so it never waits for the saving thread. */
const DEPTH = 2;
/** Default heap limit per worker: a cap, not a reservation — six times the peak RSS of a whole
 * process extracting all pages of a bench set (≤ 250 MB, docs/benchmarks.md). */
export const DEFAULT_WORKER_HEAP_MB = 1536;

interface Job { id: number; path: string; resolve: (a: Article) => void; reject: (e: Error) => void }
interface Slot { worker: Worker; queue: Job[]; timer: NodeJS.Timeout | null; ready: boolean; gone: boolean }

// Compiled, this module sits next to extract-worker.js. Run from source (tests, `tsx`), the worker
// is the .ts file, loaded through tsx's loader, which a worker thread does not inherit.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './extract-worker.ts' : './extract-worker.js', import.meta.url);
const workerEntry = (): [string | URL, { eval?: boolean }] => FROM_SOURCE
  ? [`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`, { eval: true }]
  : [WORKER_URL, {}];

export class ExtractPool {
  private readonly slots: Array<Slot | null>;
  private readonly waiting: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: ExtractPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`pool size must be a whole number ≥ 1, got ${options.size}`);
    this.slots = Array.from({ length: options.size }, () => null);
  }

  /** Read, extract and key-point `path` in a worker. Rejects with the item's error message. */
  run(path: string): Promise<Article> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise<Article>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, path, resolve, reject });
      this.dispatch();
    });
  }

  /** Stop every worker; jobs not finished yet are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const err = new Error('the extraction pool was closed');
    for (const job of this.waiting.splice(0)) job.reject(err);
    await Promise.all(this.slots.map(async (slot, i) => {
      if (!slot) return;
      this.slots[i] = null;
      this.retire(slot);
      for (const job of slot.queue.splice(0)) job.reject(err);
      await slot.worker.terminate();
    }));
  }

  /** Hand waiting jobs to the least busy workers; a worker is started when it first gets work. */
  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      let best = -1;
      for (let i = 0; i < this.slots.length; i++) {
        const n = this.slots[i]?.queue.length ?? 0;
        if (n < DEPTH && (best < 0 || n < (this.slots[best]?.queue.length ?? 0))) best = i;
      }
      if (best < 0) return;
      const slot = this.slots[best] ?? (this.slots[best] = this.spawn(best));
      const job = this.waiting.shift()!;
      slot.queue.push(job);
      slot.worker.postMessage({ id: job.id, path: job.path });
      if (slot.queue.length === 1) this.startClock(slot);
    }
  }

  private spawn(index: number): Slot {
    const [entry, how] = this.options.workerUrl ? [this.options.workerUrl, {}] : workerEntry();
    const worker = new Worker(entry, {
      ...how,
      workerData: { extract: this.options.extract, keyPointCount: this.options.keyPointCount },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB },
      stdout: false, stderr: false,
    });
    const slot: Slot = { worker, queue: [], timer: null, ready: false, gone: false };
    worker.on('message', (msg: { ready?: true; id: number; article?: Article; error?: string }) => {
      // a worker's start (loading punkt) does not count against its first page's time limit
      if (msg.ready) {
        slot.ready = true;
        if (slot.queue.length > 0) this.startClock(slot);
        return;
      }
      const at = slot.queue.findIndex((j) => j.id === msg.id);
      if (at < 0) return; // an answer after its job was already reported (stopped worker)
      const [job] = slot.queue.splice(at, 1) as [Job];
      // the clock is the oldest job's: restart it when that one is answered
      if (at === 0) {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        if (slot.queue.length > 0) this.startClock(slot);
      }
      if (msg.error !== undefined) job.reject(new Error(msg.error));
      else job.resolve(msg.article!);
      this.dispatch();
    });
    // An uncaught error or a heap over its limit ends the worker: the file it was on fails.
    worker.on('error', (err: Error & { code?: string }) => {
      this.lose(index, slot, err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `extraction ran out of memory (limit ${this.options.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB} MB per worker)`
        : `extraction worker failed: ${err.message}`);
    });
    worker.on('exit', (code) => this.lose(index, slot, `extraction worker stopped (exit code ${code})`));
    return slot;
  }

  /** The oldest job's time limit runs from when its worker, started, takes it up. */
  private startClock(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (!slot.ready) return;
    const ms = this.options.pageTimeoutMs;
    slot.timer = setTimeout(() => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.lose(index, slot, `extraction took longer than ${ms / 1000} s and was stopped`);
    }, ms);
    slot.timer.unref();
  }

  /** A worker is gone (or is stopped here): its current file fails with `message`, the files
   * queued behind it go back to the front of the line, and a new worker is started for them. */
  private lose(index: number, slot: Slot, message: string): void {
    if (slot.gone || this.closed) return;
    this.retire(slot);
    void slot.worker.terminate();
    if (this.slots[index] === slot) this.slots[index] = null;
    const [head, ...rest] = slot.queue.splice(0);
    this.waiting.unshift(...rest);
    head?.reject(new Error(message));
    this.dispatch();
  }

  private retire(slot: Slot): void {
    slot.gone = true;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }
}
