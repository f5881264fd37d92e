import type { NoteSearchEntry } from '../../../core/notes/notesSearchSource';
import type { QuickOpenItem, SearchOptions, SearchResponse } from '../../../core/search/types';
import type { SearchSegment } from '../../../core/sources/types';

export type WorkerRequest =
  | { id: number; kind: 'search'; text: string; options?: SearchOptions }
  | { id: number; kind: 'quickOpen'; text: string; limit?: number };

/** Everything the UI sends the worker: requests, and what the worker should search. */
export type WorkerMessage =
  | WorkerRequest
  | { kind: 'init'; contentUrl: string }
  | { kind: 'notes'; entries: NoteSearchEntry[] }
  /** Folder sources' segments, with absolute URLs (checked by the UI to be under ./__sources/). */
  | { kind: 'segments'; generation: number; segments: SearchSegment[] };

export type WorkerReply =
  | { id: number; kind: 'search'; response: SearchResponse }
  | { id: number; kind: 'quickOpen'; items: QuickOpenItem[] }
  | { id: number; kind: 'error'; message: string }
  /** The segments of this generation are loaded (`failed` were skipped). */
  | { id: 0; kind: 'segments'; generation: number; changed: boolean; failed: string[] };
