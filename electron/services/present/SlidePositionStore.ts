/**
 * Where each deck (a document or a session pack) was left, so presenting it again resumes there.
 * Kept in present.json in the user-data folder; the oldest entries give way past the limit.
 */
import { z } from 'zod';
import { JsonFileStore, type JsonFileStoreOptions, type StoreLoadNotice } from '../storage/JsonFileStore';

const POSITION_LIMIT = 300;

const PositionsSchema = z
  .object({
    schemaVersion: z.literal(1).default(1),
    positions: z.record(z.string(), z.object({ index: z.number().int().min(0), savedAt: z.string() }).strict()).default({}),
  })
  .strict();

export class SlidePositionStore {
  private readonly store: JsonFileStore<typeof PositionsSchema>;

  constructor(
    filePath: string,
    private readonly now: () => Date = () => new Date(),
    storeOptions: JsonFileStoreOptions = {},
  ) {
    this.store = new JsonFileStore(filePath, PositionsSchema, storeOptions);
  }

  init(): Promise<void> {
    return this.store.init();
  }

  loadNotice(): StoreLoadNotice | null {
    return this.store.loadNotice();
  }

  /** Resolves once writes and their trailing backups are done (quitting, tests). */
  settled(): Promise<unknown> {
    return this.store.settled();
  }

  position(deck: string): number | null {
    return this.store.read().positions[deck]?.index ?? null;
  }

  async save(deck: string, index: number): Promise<number> {
    const savedAt = this.now().toISOString();
    await this.store.update((data) => {
      const entries = Object.entries({ ...data.positions, [deck]: { index, savedAt } })
        .sort(([, a], [, b]) => b.savedAt.localeCompare(a.savedAt))
        .slice(0, POSITION_LIMIT);
      return { ...data, positions: Object.fromEntries(entries) };
    });
    return index;
  }
}
