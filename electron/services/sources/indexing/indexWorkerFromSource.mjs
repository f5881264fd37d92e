// Starts the TypeScript index worker from source (vitest, tsx, the e2e harness). Node 20 does not
// pass `--import tsx` on to worker threads, so tsx's loader is registered here, in the worker.
// The app itself runs the bundled sourceIndexWorker.js (see IndexWorkerPool.ts).
import { register } from 'tsx/esm/api';

register();
await import('./indexWorker.ts');
