/**
 * A small JSON document in the user-data folder (settings, session packs, slide positions),
 * validated by a zod schema and written through the durable-write path: checksummed, fsynced,
 * backed up to `backups/`. A file that cannot be read (bad checksum, bad JSON, wrong shape) is
 * moved aside, never deleted, the newest good backup is restored, and the notice says so.
 * When the folder cannot be written (read-only, full, held by another window) reads still work
 * and each change is refused with a clear error instead of being half-kept.
 */
import path from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { ApiFailure, type LocalizedDetail } from '../../../core/errors';
import { DAMAGE, withDetail } from './durable/damageReason';
import { DurableJsonFile, parseStoredJson } from './durable/DurableJsonFile';
import { nodeFs, type DurableFs } from './durable/durableFs';
import { RollingBackups } from './durable/RollingBackups';
import { moveAside } from './durable/setAside';
import { describeStorageFailure } from './describeStorageFailure';

export interface StoreLoadNotice {
  /** Where the unreadable file was moved to. */
  movedTo: string;
  reason: LocalizedDetail;
  /** The backup restored in its place, or null when there was none. */
  restoredFrom: string | null;
}

export interface JsonFileStoreOptions {
  fs?: DurableFs;
  /** False when another process holds the data folder: reads only. */
  writable?: () => boolean;
  now?: () => Date;
}

export class JsonFileStore<S extends z.ZodType<object>> {
  private db: Low<z.output<S>>;
  private notice: StoreLoadNotice | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly adapter: DurableJsonFile<z.output<S>>;
  private readonly backups: RollingBackups;
  private readonly fs: DurableFs;
  private readonly now: () => Date;
  private backupChain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly filePath: string,
    private readonly schema: S,
    private readonly options: JsonFileStoreOptions = {},
  ) {
    this.fs = options.fs ?? nodeFs;
    this.now = options.now ?? (() => new Date());
    this.adapter = new DurableJsonFile<z.output<S>>(filePath, this.fs);
    this.backups = new RollingBackups(this.fs, path.join(path.dirname(filePath), 'backups'), path.basename(filePath, '.json'));
    this.db = new Low<z.output<S>>(this.adapter, schema.parse({}));
  }

  /** Never throws: whatever is on disk, the store starts with something valid. */
  async init(): Promise<void> {
    let text: string | null;
    try {
      text = await this.adapter.readText();
    } catch {
      return; // an unreadable folder: defaults, and each write will say why it failed
    }
    if (text === null) return;
    const decoded = this.decode(text);
    if (decoded.ok) {
      this.db.data = decoded.data;
      return;
    }
    const movedTo = (await moveAside(this.fs, this.filePath, this.now()).catch(() => null)) ?? this.filePath;
    let restoredFrom: string | null = null;
    for (const backup of await this.backups.list()) {
      const restored = this.decode(await this.backups.read(backup.name).catch(() => ''));
      if (restored.ok) {
        this.db.data = restored.data;
        restoredFrom = backup.name;
        break;
      }
    }
    if (!restoredFrom) this.db.data = this.schema.parse({});
    this.notice = { movedTo, reason: decoded.reason, restoredFrom };
    // The file is whole again at once; if the folder cannot be written, the next change says so.
    if (!this.options.writable || this.options.writable()) await this.db.write().catch(() => undefined);
  }

  private decode(text: string): { ok: true; data: z.output<S> } | { ok: false; reason: LocalizedDetail } {
    const stored = parseStoredJson(text);
    if (!stored.ok) return stored;
    const parsed = this.schema.safeParse(stored.value);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: withDetail(DAMAGE.shape, parsed.error.issues[0]?.path.map(String).join('.') ?? '') };
  }

  read(): z.output<S> {
    return structuredClone(this.db.data);
  }

  /** The data itself, not a copy: for reading only (a large plan is not cloned on every look). */
  current(): Readonly<z.output<S>> {
    return this.db.data;
  }

  loadNotice(): StoreLoadNotice | null {
    return this.notice;
  }

  /**
   * Applies a change and writes it; resolves only once the file is durable. Changes run one at a
   * time, and on a failed write the in-memory state stays as it was.
   */
  update(change: (draft: z.output<S>) => z.output<S>): Promise<z.output<S>>;
  update(change: (draft: z.output<S>) => z.output<S>, options: { validated: true }): Promise<null>;
  update(change: (draft: z.output<S>) => z.output<S>, options: { validated?: boolean } = {}): Promise<z.output<S> | null> {
    const run = async () => {
      if (this.options.writable && !this.options.writable()) {
        throw new ApiFailure('storage_failed', describeStorageFailure({ code: 'ELOCKED' }));
      }
      const before = this.db.data;
      const next = options.validated ? change(before) : this.schema.parse(change(structuredClone(before)));
      this.db.data = next;
      try {
        await this.fs.mkdir(path.dirname(this.filePath), { recursive: true });
        await this.db.write();
      } catch (error) {
        this.db.data = before;
        throw new ApiFailure('storage_failed', describeStorageFailure(error));
      }
      const text = this.adapter.lastWritten;
      // Backups trail the acknowledgement; a failed backup never fails a save.
      this.backupChain = this.backupChain.then(() => this.backups.save(text, this.now()).catch(() => undefined));
      return options.validated ? null : this.read();
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Writes `next` as it is, for a caller that has just validated it (a large plan): no clone and
   * no second parse. The same durability and the same refusal when the folder cannot be written.
   */
  replace(next: z.output<S>): Promise<void> {
    return this.update(() => next, { validated: true }).then(() => undefined);
  }

  /** Waits for trailing backups (tests, quitting). */
  settled(): Promise<unknown> {
    return Promise.all([this.queue, this.backupChain]);
  }
}
