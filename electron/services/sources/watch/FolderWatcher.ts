/**
 * Watches a folder source (chokidar) and hands over what changed in batches: a burst of events
 * (a `git checkout` of 500 files, a sync client) is gathered until the folder has been quiet for
 * `quietMs`, or at most `maxWaitMs`, and delivered as one set of relative paths. What each path
 * now is (changed, new, gone) is for the receiver to find out from the disk, so a lost or
 * reordered event cannot leave the index wrong. Hidden paths, `node_modules` and symlinks are
 * never followed.
 */
import { watch, type FSWatcher } from 'chokidar';
import path from 'node:path';
import { isIgnoredPath, toPosix } from '../indexing/scanFolder';

export interface FolderChangeBatch {
  /** Files that were added, changed or removed. */
  files: Set<string>;
  /** Folders that were removed: every file indexed under them is gone too. */
  removedFolders: Set<string>;
}

export interface FolderWatcherOptions {
  root: string;
  onBatch(batch: FolderChangeBatch): void;
  onError?(error: Error): void;
  quietMs?: number;
  maxWaitMs?: number;
}

export class FolderWatcher {
  private watcher: FSWatcher | null;
  private pending: FolderChangeBatch = { files: new Set(), removedFolders: new Set() };
  private quietTimer: ReturnType<typeof setTimeout> | null = null;
  private firstEventAt = 0;
  private readonly quietMs: number;
  private readonly maxWaitMs: number;

  private constructor(private readonly options: FolderWatcherOptions, watcher: FSWatcher) {
    this.watcher = watcher;
    this.quietMs = options.quietMs ?? 300;
    this.maxWaitMs = options.maxWaitMs ?? 3_000;
  }

  /** Resolves once the watcher is ready (its initial walk is done; nothing is reported for it). */
  static async start(options: FolderWatcherOptions): Promise<FolderWatcher> {
    const root = options.root;
    const relativeOf = (absolute: string) => toPosix(path.relative(root, absolute));
    const watcher = watch(root, {
      ignoreInitial: true,
      followSymlinks: false,
      ignored: (absolute: string) => {
        const relative = relativeOf(absolute);
        return relative !== '' && isIgnoredPath(relative);
      },
    });
    const self = new FolderWatcher(options, watcher);
    watcher.on('all', (event, absolute) => {
      const relative = relativeOf(absolute);
      if (event === 'unlinkDir') self.note(relative, true);
      else if (event === 'add' || event === 'change' || event === 'unlink') self.note(relative, false);
    });
    watcher.on('error', (error) => options.onError?.(error instanceof Error ? error : new Error(String(error))));
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    return self;
  }

  private note(relative: string, folder: boolean): void {
    if (folder) this.pending.removedFolders.add(relative);
    else this.pending.files.add(relative);
    const now = Date.now();
    if (!this.quietTimer) this.firstEventAt = now;
    else clearTimeout(this.quietTimer);
    const wait = Math.min(this.quietMs, Math.max(0, this.firstEventAt + this.maxWaitMs - now));
    this.quietTimer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.quietTimer = null;
    const batch = this.pending;
    this.pending = { files: new Set(), removedFolders: new Set() };
    if (batch.files.size || batch.removedFolders.size) this.options.onBatch(batch);
  }

  async close(): Promise<void> {
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = null;
    const watcher = this.watcher;
    this.watcher = null;
    await watcher?.close();
  }
}
