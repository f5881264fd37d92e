/**
 * A small JSON document in the user-data folder, validated by a zod schema. lowdb's writer
 * replaces the file atomically (temp file + rename). A file that cannot be read is moved aside,
 * never deleted, and the store starts from its defaults; the notice says where the file went.
 */
import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';
import { ApiFailure } from '../../../core/errors';

export interface StoreLoadNotice {
  /** Where the unreadable file was moved to. */
  movedTo: string;
  reason: string;
}

export class JsonFileStore<S extends z.ZodType<object>> {
  private db: Low<z.output<S>>;
  private notice: StoreLoadNotice | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly filePath: string,
    private readonly schema: S,
  ) {
    this.db = new Low<z.output<S>>(new JSONFile<z.output<S>>(filePath), schema.parse({}));
  }

  async init(): Promise<void> {
    let reason: string;
    try {
      await this.db.read();
      const parsed = this.schema.safeParse(this.db.data);
      if (parsed.success) {
        this.db.data = parsed.data;
        return;
      }
      reason = parsed.error.issues[0]?.message ?? 'schema';
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
    const movedTo = `${this.filePath}.rusak-${Date.now()}`;
    await rename(this.filePath, movedTo).catch(() => undefined);
    this.notice = { movedTo, reason };
    this.db.data = this.schema.parse({});
  }

  read(): z.output<S> {
    return structuredClone(this.db.data);
  }

  loadNotice(): StoreLoadNotice | null {
    return this.notice;
  }

  /**
   * Applies a change and writes it; resolves only once the file is written. Changes run one at a
   * time, and on a failed write the in-memory state stays as it was.
   */
  update(change: (draft: z.output<S>) => z.output<S>): Promise<z.output<S>> {
    const run = async () => {
      const before = this.db.data;
      const next = this.schema.parse(change(structuredClone(before)));
      this.db.data = next;
      try {
        await this.db.write();
      } catch (error) {
        this.db.data = before;
        throw new ApiFailure('storage_failed', error instanceof Error ? error.message : String(error));
      }
      return this.read();
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
