/**
 * What the sources registry needs from a folder's indexer (electron/services/sources/indexing):
 * open it on a cache folder, start or re-run it, read its state, documents, problems and search
 * segments. Declared here so the registry and its tests depend on the shape, not on the worker
 * machinery behind it.
 */
import type { DocumentSummary, LibraryDocument } from '../../../core/content/types';
import type { LocalizedDetail } from '../../../core/errors';
import type { SearchSegment, SourceProblem, SourceProgress, SourceStatus } from '../../../core/sources/types';
import type { DurableFs } from '../storage/durable/durableFs';

export interface FolderIndexerOptions {
  sourceId: string;
  /** The folder's real path. */
  root: string;
  /** `<userData>/cache/sources/<sourceId>`: the indexer's own, deleted when the source is removed. */
  cacheDir: string;
  /** The bundled library's documents, for wiki links that resolve there. */
  bundled: { id: string; title: string }[];
  onProgress(progress: SourceProgress): void;
  /** Documents or segments changed: the registry bumps the search generation and tells the UI. */
  onChanged(): void;
  fs?: DurableFs;
}

export interface FolderIndexerState {
  status: SourceStatus;
  documentCount: number;
  indexedAt: string | null;
  problemCount: number;
  progress?: SourceProgress;
  error?: LocalizedDetail;
}

export interface SourceIndexer {
  start(): Promise<void>;
  reindex(): Promise<void>;
  cancel(): boolean;
  close(): Promise<void>;
  state(): FolderIndexerState;
  segments(): SearchSegment[];
  /** Summaries whose `id` is the document key (`<source>~<id>`). */
  documents(): DocumentSummary[];
  /** By document key. */
  getDocument(key: string): Promise<LibraryDocument>;
  problems(): SourceProblem[];
  /** The absolute path of a file inside the folder, or null when it is not inside it. */
  filePath(relative: string): string | null;
}

export type OpenFolderIndexer = (options: FolderIndexerOptions) => Promise<SourceIndexer>;
