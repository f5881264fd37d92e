/**
 * The list of library sources the user has, kept in `sources.json` through the durable-write path
 * (checksummed, fsynced, backed up; a damaged file is set aside and the newest good backup
 * restored). The bundled library is always the first source: it cannot be renamed or removed,
 * only hidden. This holds records only; the live indexers belong to SourcesService.
 */
import { z } from 'zod';
import { ApiFailure } from '../../../core/errors';
import { BUNDLED_SOURCE_ID, SourceIdSchema } from '../../../core/sources/documentKey';
import { JsonFileStore, type JsonFileStoreOptions, type StoreLoadNotice } from '../storage/JsonFileStore';

export const SourceRecordSchema = z
  .object({
    id: SourceIdSchema,
    name: z.string().min(1).max(80),
    kind: z.enum(['bundled', 'folder', 'pack']),
    /** The folder's real path; null for the bundled library. */
    root: z.string().min(1).nullable(),
    enabled: z.boolean(),
    addedAt: z.string(),
  })
  .strict();

export type SourceRecord = z.output<typeof SourceRecordSchema>;

const SourcesFileSchema = z
  .object({
    schemaVersion: z.literal(1).default(1),
    sources: z.array(SourceRecordSchema).default([]),
  })
  .strict();

/** The name the renderer shows for the bundled library is its own translation; this is the stored one. */
export const BUNDLED_SOURCE_NAME = 'Pustaka bawaan';

function bundledRecord(stored: SourceRecord | undefined): SourceRecord {
  return { id: BUNDLED_SOURCE_ID, name: BUNDLED_SOURCE_NAME, kind: 'bundled', root: null, enabled: stored?.enabled ?? true, addedAt: stored?.addedAt ?? '' };
}

export class SourcesRegistry {
  private readonly store: JsonFileStore<typeof SourcesFileSchema>;

  constructor(filePath: string, options: JsonFileStoreOptions = {}) {
    this.store = new JsonFileStore(filePath, SourcesFileSchema, options);
  }

  /** Never throws: a missing or damaged file leaves the bundled library alone in the list. */
  init(): Promise<void> {
    return this.store.init();
  }

  loadNotice(): StoreLoadNotice | null {
    return this.store.loadNotice();
  }

  settled(): Promise<unknown> {
    return this.store.settled();
  }

  /** Every source, the bundled library first. */
  records(): SourceRecord[] {
    const stored = this.store.read().sources;
    return [bundledRecord(stored.find((s) => s.id === BUNDLED_SOURCE_ID)), ...stored.filter((s) => s.id !== BUNDLED_SOURCE_ID)];
  }

  find(id: string): SourceRecord | undefined {
    return this.records().find((s) => s.id === id);
  }

  get(id: string): SourceRecord {
    const record = this.find(id);
    if (!record) throw new ApiFailure('source_not_found', id);
    return record;
  }

  async add(record: SourceRecord): Promise<SourceRecord> {
    await this.store.update((file) => ({ ...file, sources: [...file.sources.filter((s) => s.id !== record.id), record] }));
    return this.get(record.id);
  }

  async rename(id: string, name: string): Promise<SourceRecord> {
    this.refuseBundled(id);
    this.get(id);
    return this.patch(id, { name });
  }

  async setEnabled(id: string, enabled: boolean): Promise<SourceRecord> {
    return this.patch(id, { enabled });
  }

  async remove(id: string): Promise<SourceRecord> {
    this.refuseBundled(id);
    const record = this.get(id);
    await this.store.update((file) => ({ ...file, sources: file.sources.filter((s) => s.id !== id) }));
    return record;
  }

  private refuseBundled(id: string): void {
    if (id === BUNDLED_SOURCE_ID) throw new ApiFailure('source_read_only', id);
  }

  private async patch(id: string, change: Partial<Pick<SourceRecord, 'name' | 'enabled'>>): Promise<SourceRecord> {
    const current = this.get(id);
    const next = { ...current, ...change };
    await this.store.update((file) => {
      const others = file.sources.filter((s) => s.id !== id);
      // The bundled library is stored only once it is first hidden or shown again.
      return { ...file, sources: id === BUNDLED_SOURCE_ID ? [next, ...others] : file.sources.map((s) => (s.id === id ? next : s)) };
    });
    return this.get(id);
  }
}
