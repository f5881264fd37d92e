/** Messages between the folder indexer (main thread) and its worker threads. */
import type { DocumentMeta } from '../../../../core/content/schema';
import type { SourceProblem } from '../../../../core/sources/types';
import type { FolderEntry } from './folderCompiler';

export type PeekResult = FolderEntry | { file: string; problem: SourceProblem };

export interface BuildFile {
  file: string;
  mtimeMs: number;
  /** The worker may reuse what it compiled for this file before (same size and time, same link table). */
  reusable?: boolean;
  size: number;
}

export interface BuiltFile {
  file: string;
  /** The document key, when the file became a document. */
  key?: string;
  meta?: DocumentMeta;
  problems: SourceProblem[];
  /** Assets (relative paths) the document references. */
  assets: string[];
}

export interface BuildSegmentRequest {
  kind: 'build';
  jobId: number;
  sourceId: string;
  root: string;
  cacheDir: string;
  segment: string;
  files: BuildFile[];
  /** Every document of the folder (pass 1), for wiki links. */
  entries: FolderEntry[];
  bundled: { id: string; title: string }[];
  /** Assets that exist in the folder. */
  assets: string[];
  /** Int32 flag: non-zero asks the worker to stop before the next file. */
  cancel: SharedArrayBuffer;
}

export interface PeekRequest {
  kind: 'peek';
  jobId: number;
  root: string;
  files: string[];
  cancel: SharedArrayBuffer;
}

export type WorkerRequest = BuildSegmentRequest | PeekRequest;

export type WorkerReply =
  | { kind: 'progress'; jobId: number; file: string }
  | { kind: 'peeked'; jobId: number; results: PeekResult[]; cancelled: boolean }
  | { kind: 'built'; jobId: number; results: BuiltFile[]; documentCount: number; cancelled: boolean }
  | { kind: 'failed'; jobId: number; message: string };
