/**
 * Loads a built index and runs the queries in a worker thread with a heap of its own, as the app
 * does in its search Web Worker. Measured in the process that just compiled thousands of
 * documents, the garbage collector's pauses over that unrelated heap would be counted as query
 * time. Every engine, ours and the peers, is measured the same way.
 */
import { Worker } from 'node:worker_threads';
import type { BenchQuery } from './searchQueries';

export type EngineUnderTest =
  | { kind: 'ours'; json: string; postings: Uint8Array; texts: string }
  /** Several of our indexes answering as one (the bundled library + a folder's segments). */
  | { kind: 'multi'; parts: { key: string; source: string; json: string; postings: Uint8Array; texts: string }[] }
  | { kind: 'lunr'; json: string }
  | { kind: 'minisearch'; json: string; options: object }
  | { kind: 'flexsearch'; chunks: [string, string][]; config: object }
  /** Built in the worker itself: a FlexSearch index too large to export (see search.bench.ts). */
  | { kind: 'flexsearch-unexported'; rows: object[]; config: object };

export interface FreshHeapResult {
  load: number;
  samples: number[];
}

export function loadAndQueryInFreshHeap(engine: EngineUnderTest, queries: BenchQuery[], warmUp: BenchQuery[]): Promise<FreshHeapResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./searchQueryWorker.mjs', import.meta.url), { workerData: { engine, queries, warmUp } });
    worker.once('message', (result: FreshHeapResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
