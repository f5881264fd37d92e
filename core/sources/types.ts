/**
 * The library is a list of sources: the bundled library (read-only), the user's folders of
 * Markdown, and (later) installed content packs. These are the shapes that cross the contract;
 * the registry that keeps them lives in electron/services/sources.
 */
import type { LocalizedDetail } from '../errors';

export type SourceKind = 'bundled' | 'folder' | 'pack';

/**
 * - `ready`: indexed and searchable; `indexing`: a run is going (documents already indexed are
 *   searchable); `missing`: the folder is gone (unplugged disk, network drive) — its last index is
 *   kept and nothing is deleted; `error`: the folder cannot be read at all (see `error`).
 */
export type SourceStatus = 'ready' | 'indexing' | 'missing' | 'error';

export interface SourceInfo {
  id: string;
  /** The name the user sees and may change. */
  name: string;
  kind: SourceKind;
  /** Absolute folder path for a folder source; null for the bundled library. */
  root: string | null;
  enabled: boolean;
  status: SourceStatus;
  documentCount: number;
  /** ISO time of the last completed indexing run; null before the first. */
  indexedAt: string | null;
  problemCount: number;
  /** Why the source cannot be read, in both UI languages (status `missing` or `error`). */
  error?: LocalizedDetail;
  /** Present while `status` is `indexing`. */
  progress?: SourceProgress;
}

/** One file that could not be read or compiled: shown as `file:line: reason`. */
export interface SourceProblem {
  /** Path relative to the source's root, with `/` separators. */
  file: string;
  /** 1-based line, when the reason has one. */
  line?: number;
  message: LocalizedDetail;
}

export interface SourceProgress {
  source: string;
  phase: 'scanning' | 'compiling' | 'indexing' | 'done' | 'cancelled' | 'failed';
  /** Files handled so far, of `total`. */
  done: number;
  total: number;
  /** Relative path of the file being compiled. */
  currentFile?: string;
  /** Estimated time left, once there is enough to estimate from. */
  etaMs?: number;
}

/**
 * One part of a source's search index, loaded by the renderer's search worker from
 * `./__sources/<source>/<segment>/` (same files as the bundled library's index: see
 * core/search/fulltext/searchFiles.ts). A source's documents become searchable segment by segment
 * while it is indexed; a changed file is re-indexed into a small `delta` segment and its older
 * entry is listed in `hidden` of the segment that still holds it.
 */
export interface SearchSegment {
  source: string;
  /** Segment folder name, unique within the source. */
  name: string;
  /** Base URL relative to the app page, ending in `/`, e.g. `./__sources/folder-3f9a/seg-0/`. */
  url: string;
  /** Changes whenever the segment's files are rewritten, so the worker knows to reload it. */
  version: string;
  documentCount: number;
  /** Document keys in this segment that are superseded or deleted: never shown as hits. */
  hidden: string[];
}

export interface SearchSegments {
  /** Increases on every change to the list; the worker reloads what changed. */
  generation: number;
  segments: SearchSegment[];
}

/** Host events about sources (pushed to the renderer; the renderer may also poll `sources:list`). */
export interface SourcesEventPayload {
  'sources:progress': SourceProgress;
  /** Sources or their searchable segments changed: reload `search:segments` and the listing. */
  'sources:changed': { generation: number };
}
