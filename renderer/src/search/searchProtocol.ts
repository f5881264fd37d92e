import type { QuickOpenItem, SearchOptions, SearchResponse } from '../../../core/search/types';

export type WorkerRequest =
  | { id: number; kind: 'search'; text: string; options?: SearchOptions }
  | { id: number; kind: 'quickOpen'; text: string; limit?: number };

export type WorkerReply =
  | { id: number; kind: 'search'; response: SearchResponse }
  | { id: number; kind: 'quickOpen'; items: QuickOpenItem[] }
  | { id: number; kind: 'error'; message: string };
