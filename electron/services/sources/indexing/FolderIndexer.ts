/**
 * One folder source's index: scans the folder, compiles and indexes it in worker threads into
 * search segments in the cache (cacheDir), keeps it up to date from a watcher, and answers what
 * the registry asks (state, segments, documents, problems). The registry makes one per enabled
 * folder source.
 *
 * Runs are serial (one at a time, queued). The manifest in memory is the committed state: a run
 * works on a draft and commits it only once the segments it points at are on disk, so a cancel,
 * a crash or a failed write leaves the previous state (see cacheManifest.ts).
 */
import { realpathSync } from 'node:fs';
import { readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentMeta } from '../../../../core/content/schema';
import { toDocumentSummary } from '../../../../core/content/summary';
import type { DocumentSummary, LibraryDocument } from '../../../../core/content/types';
import { ApiFailure, type LocalizedDetail } from '../../../../core/errors';
import type { SearchSegment, SourceProblem, SourceProgress, SourceStatus } from '../../../../core/sources/types';
import { nodeFs, type DurableFs } from '../../storage/durable/durableFs';
import { FolderWatcher, type FolderChangeBatch } from '../watch/FolderWatcher';
import { emptyManifest, MANIFEST_FILE, readManifest, writeManifest, type CacheManifest } from './cacheManifest';
import { IndexWorkerPool } from './IndexWorkerPool';
import { planChanges, type PathState } from './planChanges';
import { problemMessages } from './problemMessages';
import { ProgressReporter } from './ProgressReporter';
import { runChanges, type RunContext, type RunOutcome } from './runChanges';
import { inspectFile, kindOf, scanFolder } from './scanFolder';
import { documentFile, readListing } from './segmentFiles';
import type { FolderIndexerOptions as RegistryIndexerOptions } from '../indexerContract';

/** The registry's options (indexerContract.ts), plus timings tests shorten. */
export interface FolderIndexerOptions extends RegistryIndexerOptions {
  /** How often a missing folder is looked for, and a present one checked (ms). */
  pollMs?: number;
  /** Quiet time that ends a burst of file events (ms). */
  quietMs?: number;
  workers?: number;
}

type RootState = { ok: true } | { ok: false; missing: boolean; code?: string };

/** What may be in a cache folder: cleared when the manifest is not trusted. */
const CACHE_ENTRY = /^(manifest\.json|\.manifest\.json\.tmp|documents|assets|seg-\d+|delta|\.(seg-\d+|delta)\.building)$/;

export class FolderIndexer {
  private readonly fs: DurableFs;
  private readonly pool: IndexWorkerPool;
  private readonly reporter: ProgressReporter;
  private status: SourceStatus = 'ready';
  private error: LocalizedDetail | undefined;
  private running = false;
  private chain: Promise<void> = Promise.resolve();
  private cancelFlag: Int32Array | null = null;
  private watcher: FolderWatcher | null = null;
  private rootTimer: ReturnType<typeof setInterval> | null = null;
  private checkingRoot = false;
  /** The status is `missing` or `error` because of the folder itself (not a failed run): polled until it is back. */
  private rootUnavailable = false;
  private rootCheckQueued = false;
  private waitingBatch: FolderChangeBatch | null = null;
  private closing: Promise<void> | null = null;
  private live: Map<string, DocumentMeta> | null = null;

  private constructor(
    private readonly options: FolderIndexerOptions,
    fs: DurableFs,
    private readonly manifest: CacheManifest,
    private readonly listings: Map<string, DocumentMeta[]>,
  ) {
    this.fs = fs;
    this.pool = new IndexWorkerPool(options.workers ?? 2);
    this.reporter = new ProgressReporter((progress) => options.onProgress(progress));
  }

  static async open(options: FolderIndexerOptions): Promise<FolderIndexer> {
    const fs = options.fs ?? nodeFs;
    let manifest = await readManifest(fs, options.cacheDir, options.sourceId);
    const listings = new Map<string, DocumentMeta[]>();
    if (manifest) {
      try {
        for (const segment of manifest.segments) listings.set(segment.name, await readListing(options.cacheDir, segment.name));
      } catch {
        manifest = null; // a segment the manifest names is gone or damaged: nothing is trusted
        listings.clear();
      }
    }
    if (!manifest) {
      await clearCache(options.cacheDir);
      manifest = emptyManifest(options.sourceId);
    }
    return new FolderIndexer(options, fs, manifest, listings);
  }

  /** Picks up what changed while the app was closed, indexes it, then watches. */
  async start(): Promise<void> {
    if (this.closing) return;
    await this.enqueue(() => this.syncWithDisk(false));
    this.rootTimer ??= setInterval(() => void this.checkRoot(), this.options.pollMs ?? 2_000);
    this.rootTimer.unref?.();
  }

  /** Rebuilds everything; the current index stays searchable until the new one replaces it. */
  reindex(): Promise<void> {
    return this.enqueue(() => this.syncWithDisk(true));
  }

  cancel(): boolean {
    if (!this.cancelFlag) return false;
    Atomics.store(this.cancelFlag, 0, 1);
    return true;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.cancel();
      if (this.rootTimer) clearInterval(this.rootTimer);
      this.rootTimer = null;
      await this.stopWatching();
      await this.pool.close();
      await this.chain.catch(() => undefined);
      this.reporter.clear();
    })();
    return this.closing;
  }

  state(): { status: SourceStatus; documentCount: number; indexedAt: string | null; problemCount: number; progress?: SourceProgress; error?: LocalizedDetail } {
    const progress = this.running ? this.reporter.current() : null;
    return {
      status: this.running && this.status === 'ready' ? 'indexing' : this.status,
      documentCount: this.liveDocuments().size,
      indexedAt: this.manifest.indexedAt,
      problemCount: this.problems().length,
      ...(progress ? { progress } : {}),
      ...(this.error ? { error: this.error } : {}),
    };
  }

  segments(): SearchSegment[] {
    const source = this.options.sourceId;
    return this.manifest.segments.map((s) => ({
      source,
      name: s.name,
      url: `./__sources/${source}/${s.name}/`,
      version: s.version,
      documentCount: s.documentCount,
      hidden: [...s.hidden],
    }));
  }

  documents(): DocumentSummary[] {
    return [...this.liveDocuments().values()].map((meta) => toDocumentSummary(meta, this.options.sourceId));
  }

  async getDocument(key: string): Promise<LibraryDocument> {
    if (!this.liveDocuments().has(key)) throw new ApiFailure('not_found', key);
    try {
      const doc = JSON.parse(await readFile(documentFile(this.options.cacheDir, key), 'utf8')) as LibraryDocument;
      return { ...doc, source: this.options.sourceId };
    } catch (error) {
      throw new ApiFailure('library_unreadable', `${key}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  problems(): SourceProblem[] {
    const problems = [...this.manifest.scanProblems];
    for (const record of Object.values(this.manifest.files)) if (record.problems) problems.push(...record.problems);
    return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  }

  filePath(relative: string): string | null {
    if (relative.includes('\0')) return null;
    const root = path.resolve(this.options.root);
    const absolute = path.resolve(root, relative);
    if (!isInside(root, absolute)) return null;
    try {
      // An existing path must not leave the folder through a symlink either.
      if (!isInside(realpathSync.native(root), realpathSync.native(absolute))) return null;
    } catch {
      // not there (yet): the lexical check is what there is
    }
    return absolute;
  }

  // ---- runs ----

  private enqueue(run: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(async () => {
      if (this.closing) return;
      try {
        await run();
        if (this.status === 'error' && !this.rootUnavailable) {
          // a run that failed before (a full disk, a worker that died) has now gone through
          this.status = 'ready';
          this.error = undefined;
          this.options.onChanged();
        }
      } catch (error) {
        if (this.closing) return;
        this.status = 'error';
        this.error = problemMessages.indexFailed(error instanceof Error ? error.message : String(error));
        this.reporter.update({ source: this.options.sourceId, phase: 'failed', done: 0, total: 0 });
        this.options.onChanged();
      } finally {
        this.running = false;
        this.cancelFlag = null;
      }
    });
    return this.chain;
  }

  private async syncWithDisk(force: boolean): Promise<void> {
    const root = await this.rootState();
    if (!root.ok) return this.setUnavailable(root);
    this.rootUnavailable = false;
    if (this.status !== 'ready' || this.error) {
      this.status = 'ready';
      this.error = undefined;
      this.options.onChanged();
    }
    this.begin();
    const outcome = await this.scanAndApply(force);
    if (this.watcher || this.closing || outcome === null) return;
    // The watcher starts after the run (its first walk of the folder would compete with the
    // workers); what changed in between is found by one more look at sizes and times.
    await this.startWatching();
    if (outcome !== 'cancelled' && this.watcher) await this.scanAndApply(false);
  }

  /** Null when the folder could not be read at all. */
  private async scanAndApply(force: boolean): Promise<RunOutcome | null> {
    this.progress('scanning', 0, 0);
    let scan;
    try {
      scan = await scanFolder(this.options.root);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      await this.setUnavailable({ missing: code === 'ENOENT' || code === 'ENOTDIR', code });
      return null;
    }
    const changes = new Map<string, PathState>();
    const folderProblems: SourceProblem[] = [];
    for (const file of scan.files) changes.set(file.file, file);
    for (const problem of scan.problems) {
      if (kindOf(problem.file)) changes.set(problem.file, problem);
      else folderProblems.push(problem);
    }
    for (const file of Object.keys(this.manifest.files)) if (!changes.has(file)) changes.set(file, null);
    return this.apply(changes, force, folderProblems);
  }

  /** Batches that arrive while a run is going are merged into one run after it. */
  private queueBatch(batch: FolderChangeBatch): void {
    if (this.waitingBatch) {
      for (const file of batch.files) this.waitingBatch.files.add(file);
      for (const folder of batch.removedFolders) this.waitingBatch.removedFolders.add(folder);
      return;
    }
    this.waitingBatch = batch;
    void this.enqueue(() => {
      const next = this.waitingBatch!;
      this.waitingBatch = null;
      return this.applyBatch(next);
    });
  }

  private async applyBatch(batch: FolderChangeBatch): Promise<void> {
    const root = await this.rootState();
    if (!root.ok) return this.setUnavailable(root); // an unplugged disk looks like every file deleted: delete nothing
    const realRoot = await realpath(this.options.root);
    const paths = new Set(batch.files);
    for (const folder of batch.removedFolders) {
      for (const file of Object.keys(this.manifest.files)) if (folder === '' || file.startsWith(`${folder}/`)) paths.add(file);
    }
    const changes = new Map<string, PathState>();
    for (const file of paths) changes.set(file, await inspectFile(this.options.root, realRoot, file));
    this.begin();
    await this.apply(changes, false, null);
  }

  private begin(): void {
    this.running = true;
    const buffer = new SharedArrayBuffer(4);
    this.cancelFlag = new Int32Array(buffer);
  }

  private async apply(changes: Map<string, PathState>, force: boolean, folderProblems: SourceProblem[] | null): Promise<RunOutcome> {
    const plan = planChanges(this.manifest, changes, force);
    const context: RunContext = {
      sourceId: this.options.sourceId,
      root: this.options.root,
      cacheDir: this.options.cacheDir,
      bundled: this.options.bundled,
      manifest: this.manifest,
      listings: this.listings,
      pool: this.pool,
      cancelBuffer: this.cancelFlag!.buffer as SharedArrayBuffer,
      progress: (phase, done, total, currentFile) => this.progress(phase, done, total, currentFile),
      save: () => writeManifest(this.fs, this.options.cacheDir, this.manifest),
      changed: () => {
        this.live = null;
        this.options.onChanged();
      },
    };
    const outcome = await runChanges(context, plan, force, folderProblems);
    this.live = null;
    this.progress(outcome === 'cancelled' ? 'cancelled' : 'done', 0, 0);
    if (outcome === 'changed') this.options.onChanged();
    return outcome;
  }

  private progress(phase: SourceProgress['phase'], done: number, total: number, currentFile?: string): void {
    const progress: SourceProgress = { source: this.options.sourceId, phase, done, total };
    if (currentFile) progress.currentFile = currentFile;
    this.reporter.update(progress);
  }

  // ---- the folder itself ----

  private async rootState(): Promise<RootState> {
    try {
      const info = await stat(this.options.root);
      return info.isDirectory() ? { ok: true } : { ok: false, missing: true };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { ok: false, missing: code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENODEV' || code === 'EIO', code };
    }
  }

  private async setUnavailable(root: { missing: boolean; code?: string }): Promise<void> {
    await this.stopWatching();
    this.rootUnavailable = true;
    const status: SourceStatus = root.missing ? 'missing' : 'error';
    if (this.status === status) return;
    this.status = status;
    this.error = root.missing ? problemMessages.folderMissing(this.options.root) : problemMessages.folderUnreadable(this.options.root, root.code);
    this.options.onChanged();
  }

  /** Polled: a folder that went away (watchers do not always notice) or came back. */
  private async checkRoot(): Promise<void> {
    if (this.checkingRoot || this.closing) return;
    this.checkingRoot = true;
    try {
      const root = await this.rootState();
      const queue = (run: () => Promise<void>) => {
        this.rootCheckQueued = true;
        void this.enqueue(async () => {
          this.rootCheckQueued = false;
          await run();
        });
      };
      if (this.rootCheckQueued) return;
      if (root.ok && this.rootUnavailable) queue(() => this.syncWithDisk(false));
      else if (!root.ok && !this.rootUnavailable) queue(() => this.setUnavailable(root));
    } finally {
      this.checkingRoot = false;
    }
  }

  private async startWatching(): Promise<void> {
    try {
      this.watcher = await FolderWatcher.start({
        root: this.options.root,
        quietMs: this.options.quietMs,
        onBatch: (batch) => this.queueBatch(batch),
        onError: () => void this.checkRoot(),
      });
      if (this.closing) await this.stopWatching();
    } catch {
      this.watcher = null; // the poll notices a folder that is gone; a later start tries again
    }
  }

  private async stopWatching(): Promise<void> {
    const watcher = this.watcher;
    this.watcher = null;
    await watcher?.close();
  }

  private liveDocuments(): Map<string, DocumentMeta> {
    if (this.live) return this.live;
    const live = new Map<string, DocumentMeta>();
    for (const segment of this.manifest.segments) {
      const hidden = new Set(segment.hidden);
      for (const meta of this.listings.get(segment.name) ?? []) if (!hidden.has(meta.id)) live.set(meta.id, meta);
    }
    this.live = live;
    return live;
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function clearCache(cacheDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(cacheDir);
  } catch {
    return;
  }
  for (const name of names) if (CACHE_ENTRY.test(name) || name.startsWith(`${MANIFEST_FILE}.`)) await rm(path.join(cacheDir, name), { recursive: true, force: true });
}
