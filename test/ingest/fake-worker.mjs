// A stand-in extraction worker for the pool tests: what it does depends on the path's name.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, path }) => {
  if (path.includes('hang')) for (;;) { /* a page that never finishes */ }
  if (path.includes('oom')) { const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length)); }
  if (path.includes('exit')) process.exit(3);
  if (path.includes('bad')) return parentPort.postMessage({ id, error: `cannot read ${path}` });
  const wait = /slow(\d+)/.exec(path);
  const done = () => parentPort.postMessage({ id, article: { title: path } });
  if (wait) setTimeout(done, Number(wait[1])); else done();
});
parentPort.postMessage({ ready: true });
