/**
 * How the notes file stays whole: a checksummed lowdb snapshot (notes.json) plus a framed journal
 * of the changes since (notes.json.journal). A change is applied in memory and acknowledged only
 * once its journal lines are fsynced; changes that arrive while a write runs share the next write
 * (group commit). A write that fails is undone in memory (the durable state is read back from
 * disk), so "not saved" is true and a retry makes no duplicate. When the folder cannot be written
 * at all (read-only, full, missing, held by another window) the notes still open for reading,
 * every change is refused with the reason, and saving resumes by itself once the cause is gone.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { ApiFailure } from '../../../core/errors';
import { NOTES_SCHEMA_VERSION, countRecords, emptyNotesFile, type CollectionName, type NotesFile } from '../../../core/notes/schema';
import type { NotesStartupNotice, NotesStatus, NotesUnavailableReason } from '../../../core/notes/status';
import { describeStorageFailure, storageReason } from '../storage/describeStorageFailure';
import { DurableJsonFile } from '../storage/durable/DurableJsonFile';
import { classifyStorageError, nodeFs, type DurableFs } from '../storage/durable/durableFs';
import { lockDataFolder, type FolderLock } from '../storage/durable/DataFolderLock';
import { RollingBackups, type BackupInfo } from '../storage/durable/RollingBackups';
import { copyAside } from '../storage/durable/setAside';
import { readTextIfExists } from '../storage/durable/writeFileDurably';
import { decodeNotesText, loadNotesFile } from './loadNotesFile';
import { applyOp, NotesJournal, type PendingOp } from './NotesJournal';

/** Journal lines before the snapshot is rewritten: bounds replay time and journal size. */
const COMPACT_EVERY = 500;
const RETRY_MS = 5_000;

export interface NotesPersistenceOptions {
  /** The user-data folder: notes.json and notes-backups/ live here. */
  folder: string;
  /** The old progress.json, taken over once when there is no notes file yet. */
  progressFile?: string;
  now?: () => Date;
  /** Off in benchmarks of the bare write path. */
  backups?: boolean;
  fs?: DurableFs;
  /** The data-folder lock taken by the host; without one the store takes its own. */
  lock?: FolderLock;
}

/** What a change reports, so only the touched records are journalled. */
export interface ChangeLog {
  put(collection: CollectionName, record: { id: string }): void;
  drop(collection: CollectionName, id: string): void;
  /** Replaces everything (import, restore): written as a new snapshot, not journal lines. */
  replaceAll(file: NotesFile): void;
}

type Row = { id: string };

export class NotesPersistence {
  private db: Low<NotesFile>;
  private readonly fs: DurableFs;
  private readonly adapter: DurableJsonFile<NotesFile>;
  readonly backups: RollingBackups;
  private readonly journal: NotesJournal;
  private lock: FolderLock | null = null;
  private readonly ownsLock: boolean;
  private readonly now: () => Date;
  private readOnly = false;
  private loaded = false;
  private unavailable: NotesUnavailableReason | null = null;
  private notices: NotesStartupNotice[] = [];
  private seq = 0;
  private unjournalled: PendingOp[] = [];
  private journalled = 0;
  private snapshotWanted = false;
  private pendingWrite: Promise<void> | null = null;
  private lastWrite: Promise<void> = Promise.resolve();
  private backupChain: Promise<void> = Promise.resolve();
  private backupWaiting: string | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private recovering: Promise<void> | null = null;
  private abandoned = false;

  private constructor(private readonly options: NotesPersistenceOptions) {
    this.fs = options.fs ?? nodeFs;
    this.now = options.now ?? (() => new Date());
    this.adapter = new DurableJsonFile<NotesFile>(this.filePath, this.fs);
    this.backups = new RollingBackups(this.fs, path.join(options.folder, 'notes-backups'), 'notes');
    this.journal = new NotesJournal(this.fs, `${this.filePath}.journal`);
    this.db = new Low(this.adapter, emptyNotesFile());
    this.ownsLock = !options.lock;
    this.lock = options.lock ?? null;
  }

  /** Never throws for a data folder that cannot be written: it opens unavailable instead. */
  static async open(options: NotesPersistenceOptions): Promise<NotesPersistence> {
    const store = new NotesPersistence(options);
    await store.start().catch((error) => store.becomeUnavailable(error));
    return store;
  }

  get filePath(): string {
    return path.join(this.options.folder, 'notes.json');
  }

  get data(): NotesFile {
    return this.db.data;
  }

  private async start(): Promise<void> {
    await this.fs.mkdir(this.options.folder, { recursive: true });
    if (!this.lock) {
      // The lock needs Node's own fs; tests that fake the disk pass a lock of their own.
      await mkdir(this.options.folder, { recursive: true });
      this.lock = await lockDataFolder(this.options.folder);
      this.lock.onLost(() => this.becomeUnavailable({ code: 'ELOCKED' }));
    }
    await this.load(this.lock.held);
    if (!this.lock.held) throw this.lock.error ?? Object.assign(new Error('locked'), { code: 'ELOCKED' });
  }

  private async load(mayWrite: boolean): Promise<void> {
    const loaded = await loadNotesFile({ fs: this.fs, filePath: this.filePath, progressFile: this.options.progressFile, backups: this.backups, now: this.now(), mayWrite });
    const notices: NotesStartupNotice[] = loaded.notice ? [loaded.notice] : [];
    let needsWrite = loaded.needsWrite;
    let lastSeq = loaded.file.journalSeq;
    if (!loaded.readOnly) {
      // Changes since the snapshot; after a recovery they go on top of the restored backup.
      const replayed = await NotesJournal.replay(this.fs, this.journal.filePath, loaded.file, loaded.file.journalSeq);
      lastSeq = replayed.lastSeq;
      if (replayed.damaged > 0) {
        // Kept before anything rewrites it; if it cannot be kept, nothing is rewritten.
        const copiedTo = mayWrite ? await copyAside(this.fs, this.journal.filePath, this.now()) : this.journal.filePath;
        notices.push({ kind: 'journal-damaged', damaged: replayed.damaged, copiedTo });
        needsWrite = true;
      } else if (replayed.applied > 0) needsWrite = true;
    }
    await this.journal.close();
    this.db.data = loaded.file;
    this.seq = lastSeq;
    this.readOnly = loaded.readOnly;
    this.notices = notices;
    this.unjournalled = [];
    this.journalled = 0;
    this.loaded = true;
    if (mayWrite && needsWrite && !this.readOnly) {
      this.snapshotWanted = true;
      await this.commit();
    }
  }

  status(): NotesStatus {
    const reason = this.unavailable;
    return {
      readOnly: this.readOnly || reason === 'locked',
      filePath: this.filePath,
      records: countRecords(this.db.data),
      notice: this.notices[0] ?? null,
      notices: this.notices,
      unavailable: reason ? { reason, message: storageReason(reason) } : null,
    };
  }

  addNotice(notice: NotesStartupNotice): void {
    this.notices = [...this.notices, notice];
  }

  // ---- availability ---------------------------------------------------------------------------

  private becomeUnavailable(error: unknown): void {
    this.unavailable = classifyStorageError(error);
    if (this.retryTimer) return;
    this.retryTimer = setInterval(() => void this.recover().catch(() => undefined), RETRY_MS);
    this.retryTimer.unref();
  }

  /** Tries again to take the folder, read what is there and write a snapshot. */
  recover(): Promise<void> {
    this.recovering ??= (async () => {
      try {
        await this.fs.mkdir(this.options.folder, { recursive: true });
        if (!this.lock?.held && this.ownsLock) {
          await mkdir(this.options.folder, { recursive: true });
          this.lock = await lockDataFolder(this.options.folder);
          this.lock.onLost(() => this.becomeUnavailable({ code: 'ELOCKED' }));
          if (!this.lock.held) throw this.lock.error ?? { code: 'ELOCKED' };
          this.loaded = false; // another window may have written in the meantime
        }
        if (!this.loaded) await this.load(true);
        else if (!this.readOnly) {
          this.snapshotWanted = true;
          await this.writeNow();
        }
        this.unavailable = null;
        if (this.retryTimer) clearInterval(this.retryTimer);
        this.retryTimer = null;
      } finally {
        this.recovering = null;
      }
    })();
    return this.recovering;
  }

  // ---- writing --------------------------------------------------------------------------------

  async change<T>(apply: (data: NotesFile, now: string, log: ChangeLog) => T): Promise<T> {
    if (this.readOnly) throw new ApiFailure('notes_read_only', String(NOTES_SCHEMA_VERSION));
    if (this.unavailable) await this.recover().catch(() => undefined);
    if (this.unavailable) throw new ApiFailure('notes_unavailable', storageReason(this.unavailable));
    const touched: { c: CollectionName; id: string; gone: boolean }[] = [];
    const log: ChangeLog = {
      put: (c, record) => touched.push({ c, id: record.id, gone: false }),
      drop: (c, id) => touched.push({ c, id, gone: true }),
      replaceAll: (file) => {
        this.db.data = file;
        this.snapshotWanted = true; // many records at once: a new snapshot, not journal lines
      },
    };
    const result = apply(this.db.data, this.now().toISOString(), log);
    for (const t of touched) {
      const record = t.gone ? undefined : (this.db.data[t.c] as Row[]).find((r) => r.id === t.id);
      // Lines are made after the change is complete, so each holds the record's final state.
      this.unjournalled.push(record ? { c: t.c, u: structuredClone(record) } : { c: t.c, d: t.id });
    }
    await this.commit();
    return structuredClone(result);
  }

  /** Resolves once every change made so far is durable (journal lines fsynced, or a snapshot). */
  private commit(): Promise<void> {
    if (this.pendingWrite) return this.pendingWrite;
    const write = this.lastWrite.then(
      () => this.writeNow(),
      () => this.writeNow(),
    );
    this.pendingWrite = write;
    this.lastWrite = write.catch(() => undefined);
    return write;
  }

  private async writeNow(): Promise<void> {
    this.pendingWrite = null; // changes from now on go into the next write
    const ops = this.unjournalled;
    this.unjournalled = [];
    const seqBefore = this.seq;
    try {
      if (this.snapshotWanted || this.journalled + ops.length >= COMPACT_EVERY) {
        this.seq += ops.length;
        await this.writeSnapshot();
      } else {
        // Numbers are given at write time, so the journal has no gaps except where damage is.
        await this.journal.append(ops.map((op) => ({ ...op, s: ++this.seq })));
        this.journalled += ops.length;
      }
    } catch (error) {
      this.seq = seqBefore;
      await this.revert().catch(() => {
        this.loaded = false; // memory may hold what failed; nothing more is written until re-read
        this.becomeUnavailable(error);
      });
      if (classifyStorageError(error) !== 'other') this.becomeUnavailable(error);
      throw new ApiFailure('notes_save_failed', describeStorageFailure(error));
    }
  }

  /** Back to what is durable on disk, plus the changes still waiting for the next write. */
  private async revert(): Promise<void> {
    const text = await readTextIfExists(this.fs, this.filePath);
    const decoded = text === null ? null : decodeNotesText(text, this.now().toISOString());
    if (decoded && !decoded.ok) throw new Error(decoded.reason.en);
    const file = decoded?.file ?? emptyNotesFile();
    const limit = this.journal.acknowledgedLength ?? undefined;
    const replayed = await NotesJournal.replay(this.fs, this.journal.filePath, file, file.journalSeq, limit);
    this.seq = Math.max(this.seq, replayed.lastSeq);
    for (const op of this.unjournalled) applyOp(file, op);
    if (this.unjournalled.length > 0) this.snapshotWanted = true;
    this.db.data = file;
  }

  private async writeSnapshot(): Promise<void> {
    this.db.data.journalSeq = this.seq;
    await this.db.write();
    this.snapshotWanted = false;
    this.journalled = 0;
    // The snapshot holds every line so far; if the reset fails, replay skips those lines anyway.
    await this.journal.reset().catch(() => undefined);
    if (this.options.backups !== false) this.queueBackup(this.adapter.lastWritten);
  }

  /** Backups trail the saves and never delay an acknowledgement; bursts share one backup. */
  private queueBackup(text: string): void {
    const idle = this.backupWaiting === null;
    this.backupWaiting = text;
    if (!idle) return;
    this.backupChain = this.backupChain.then(async () => {
      const next = this.backupWaiting!;
      this.backupWaiting = null;
      await this.backups.save(next, this.now()).catch(() => undefined);
    });
  }

  /** Everything in one snapshot and backed up: call before quitting. */
  async flush(): Promise<void> {
    if (this.abandoned) return;
    await this.lastWrite;
    if (!this.readOnly && !this.unavailable && this.journalled > 0) {
      this.snapshotWanted = true;
      await this.commit().catch(() => undefined);
    }
    await this.backupChain;
  }

  /** Closes the journal and gives up the folder (tests and quitting). */
  async close(): Promise<void> {
    if (this.abandoned) return;
    await this.flush();
    if (this.retryTimer) clearInterval(this.retryTimer);
    this.retryTimer = null;
    await this.journal.close();
    if (this.ownsLock) await this.lock?.release();
  }

  /**
   * Lets go of the folder without writing anything more, as a process that died would: tests use
   * it to open the same folder again as if after a crash.
   */
  async abandon(): Promise<void> {
    this.abandoned = true;
    this.readOnly = true;
    if (this.retryTimer) clearInterval(this.retryTimer);
    this.retryTimer = null;
    await this.journal.close();
    if (this.ownsLock) await this.lock?.release();
  }

  listBackups(): Promise<BackupInfo[]> {
    return this.backups.list();
  }

  /** A copy of the current state as a backup, before something replaces it. */
  async backupNow(): Promise<void> {
    await this.flush();
    await this.backups.save(this.adapter.lastWritten || JSON.stringify(this.db.data), this.now());
  }
}
