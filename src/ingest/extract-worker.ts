/**
 * An extraction worker (worker_threads): says `{ready: true}` once loaded, then receives `{id, path}`
 * and answers `{id, article}` or `{id, error}`. The options come once, as `workerData`. See
 * `extract-pool.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractFile, type FileJobOptions } from './extract-file.js';

const options = workerData as FileJobOptions;
parentPort!.on('message', (job: { id: number; path: string }) => {
  let reply: { id: number; article?: unknown; error?: string };
  try {
    reply = { id: job.id, article: extractFile(job.path, options) };
  } catch (err) {
    reply = { id: job.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
