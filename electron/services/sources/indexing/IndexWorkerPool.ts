/**
 * A small pool of index worker threads (two by default: the machines this runs on often have two
 * cores, and the main thread must stay free). Workers start on first use and stop after a quiet
 * minute, so an idle folder costs no threads.
 *
 * Where the worker's code is: beside this file as TypeScript when run from source (vitest, tsx,
 * the e2e harness), started through indexWorkerFromSource.mjs, which registers tsx inside the
 * worker; or as `sourceIndexWorker.js` beside the bundled main process (electron-vite puts it in
 * out/main; see electron.vite.config.ts).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

export const BUNDLED_WORKER_NAME = 'sourceIndexWorker';

export function resolveWorkerEntry(): { file: string; execArgv: string[] } {
  const candidates = [
    new URL('./indexWorkerFromSource.mjs', import.meta.url),
    new URL(`./${BUNDLED_WORKER_NAME}.js`, import.meta.url),
    new URL(`../${BUNDLED_WORKER_NAME}.js`, import.meta.url),
  ];
  for (const url of candidates) {
    const file = fileURLToPath(url);
    if (existsSync(file)) return { file, execArgv: [] };
  }
  throw new Error(`index worker not found beside ${fileURLToPath(import.meta.url)}`);
}

interface Job {
  request: WorkerRequest;
  onProgress: (file: string) => void;
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
  pin?: number;
}

interface Slot {
  worker: Worker | null;
  job: Job | null;
  idleTimer: ReturnType<typeof setTimeout> | null;
}

const IDLE_MS = 60_000;

export class IndexWorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(size = 2) {
    this.slots = Array.from({ length: size }, () => ({ worker: null, job: null, idleTimer: null }));
  }

  get size(): number {
    return this.slots.length;
  }

  /** Runs a request on the first free worker (or on worker `pin`, when given: it keeps a cache). */
  run(request: WorkerRequest, onProgress: (file: string) => void = () => undefined, pin?: number): Promise<WorkerReply> {
    if (this.closed) return Promise.reject(new Error('index workers are closed'));
    return new Promise((resolve, reject) => {
      this.queue.push(pin === undefined ? { request, onProgress, resolve, reject } : { request, onProgress, resolve, reject, pin });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('index workers are closed'));
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.idleTimer) clearTimeout(slot.idleTimer);
        slot.job?.reject(new Error('index workers are closed'));
        slot.job = null;
        const worker = slot.worker;
        slot.worker = null;
        await worker?.terminate();
      }),
    );
  }

  private dispatch(): void {
    for (let i = 0; i < this.queue.length; i++) {
      const job = this.queue[i]!;
      const index = job.pin !== undefined ? (this.slots[job.pin]!.job ? -1 : job.pin) : this.slots.findIndex((s) => !s.job);
      if (index < 0) continue;
      this.queue.splice(i--, 1);
      this.start(index, job);
    }
  }

  private start(index: number, job: Job): void {
    const slot = this.slots[index]!;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.job = job;
    if (!slot.worker) slot.worker = this.spawn(index);
    slot.worker.postMessage(job.request);
  }

  private spawn(index: number): Worker {
    const { file, execArgv } = resolveWorkerEntry();
    const worker = new Worker(file, { execArgv });
    worker.unref(); // an idle pool never keeps a process alive
    worker.on('message', (message: WorkerReply) => {
      const slot = this.slots[index]!;
      const job = slot.job;
      if (!job || message.jobId !== job.request.jobId) return;
      if (message.kind === 'progress') return job.onProgress(message.file);
      slot.job = null;
      if (message.kind === 'failed') job.reject(new Error(message.message));
      else job.resolve(message);
      this.idle(index);
      this.dispatch();
    });
    const lost = (error: Error) => {
      const slot = this.slots[index]!;
      if (slot.worker !== worker) return;
      slot.worker = null;
      const job = slot.job;
      slot.job = null;
      job?.reject(error);
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`index worker stopped (exit code ${code})`)));
    return worker;
  }

  private idle(index: number): void {
    const slot = this.slots[index]!;
    slot.idleTimer = setTimeout(() => {
      const worker = slot.worker;
      if (slot.job || !worker) return;
      slot.worker = null;
      void worker.terminate();
    }, IDLE_MS);
    slot.idleTimer.unref();
  }
}
