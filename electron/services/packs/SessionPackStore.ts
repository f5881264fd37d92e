/**
 * The trainer's session packs, kept in packs.json in the user-data folder (JsonFileStore: atomic
 * writes, a damaged file moved aside). Every change is validated before it is written.
 * Packs that ship with the app (bundled) are listed after the trainer's own and are read-only:
 * they can be presented, printed and duplicated, never changed or deleted.
 */
import { z } from 'zod';
import { ApiFailure } from '../../../core/errors';
import { SessionPackSchema, type PackDraft, type SessionPack } from '../../../core/present/sessionPack';
import { JsonFileStore, type JsonFileStoreOptions, type StoreLoadNotice } from '../storage/JsonFileStore';

const PACK_LIMIT = 500;

const PacksFileSchema = z
  .object({
    schemaVersion: z.literal(1).default(1),
    packs: z.array(SessionPackSchema).max(PACK_LIMIT).default([]),
  })
  .strict();

export class SessionPackStore {
  private readonly store: JsonFileStore<typeof PacksFileSchema>;
  private bundled: SessionPack[] = [];

  constructor(
    filePath: string,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => `paket-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    storeOptions: JsonFileStoreOptions = {},
  ) {
    this.store = new JsonFileStore(filePath, PacksFileSchema, storeOptions);
  }

  init(bundled: SessionPack[] = []): Promise<void> {
    this.bundled = bundled.map((p) => ({ ...p, bundled: true as const }));
    return this.store.init();
  }

  loadNotice(): StoreLoadNotice | null {
    return this.store.loadNotice();
  }

  /** Resolves once writes and their trailing backups are done (quitting, tests). */
  settled(): Promise<unknown> {
    return this.store.settled();
  }

  /** The trainer's own packs, newest change first, then the bundled ones. */
  list(): SessionPack[] {
    return [...this.store.read().packs.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), ...this.bundled];
  }

  get(id: string): SessionPack {
    const pack = this.store.read().packs.find((p) => p.id === id) ?? this.bundled.find((p) => p.id === id);
    if (!pack) throw new ApiFailure('pack_not_found', id);
    return pack;
  }

  private ownPack(id: string): SessionPack {
    const pack = this.get(id);
    if (pack.bundled) throw new ApiFailure('pack_read_only', pack.title);
    return pack;
  }

  /** Creates a pack (no id) or replaces the one with this id. */
  async save(draft: PackDraft, id?: string): Promise<SessionPack> {
    const stamp = this.now().toISOString();
    const existing = id ? this.ownPack(id) : null;
    const pack: SessionPack = { ...draft, id: existing?.id ?? this.newId(), createdAt: existing?.createdAt ?? stamp, updatedAt: stamp };
    await this.store.update((data) => ({
      ...data,
      packs: existing ? data.packs.map((p) => (p.id === pack.id ? pack : p)) : [...data.packs, pack],
    }));
    return pack;
  }

  async duplicate(id: string, copySuffix: string): Promise<SessionPack> {
    const { id: _id, createdAt: _c, updatedAt: _u, bundled: _b, ...draft } = this.get(id);
    return this.save({ ...draft, title: `${draft.title} ${copySuffix}`.slice(0, 200) });
  }

  async delete(id: string): Promise<boolean> {
    this.ownPack(id);
    await this.store.update((data) => ({ ...data, packs: data.packs.filter((p) => p.id !== id) }));
    return true;
  }
}
