/**
 * What a reader has done with the library: ticked checklist items per guide and recently opened
 * documents. Kept in progress.json until the notes store takes it over.
 */
import { z } from 'zod';
import { JsonFileStore } from '../storage/JsonFileStore';

const RECENT_LIMIT = 50;

const ProgressSchema = z
  .object({
    schemaVersion: z.literal(1).default(1),
    checklists: z.record(z.string(), z.array(z.string()).max(500)).default({}),
    recent: z.array(z.object({ id: z.string(), openedAt: z.string() }).strict()).max(RECENT_LIMIT).default([]),
  })
  .strict();

export interface RecentDocument {
  id: string;
  openedAt: string;
}

export class ProgressStore {
  private readonly store: JsonFileStore<typeof ProgressSchema>;

  constructor(filePath: string, private readonly now: () => Date = () => new Date()) {
    this.store = new JsonFileStore(filePath, ProgressSchema);
  }

  init(): Promise<void> {
    return this.store.init();
  }

  checklist(docId: string): string[] {
    return this.store.read().checklists[docId] ?? [];
  }

  async setChecklistItem(docId: string, itemId: string, checked: boolean): Promise<string[]> {
    const saved = await this.store.update((data) => {
      const items = new Set(data.checklists[docId] ?? []);
      if (checked) items.add(itemId);
      else items.delete(itemId);
      return { ...data, checklists: { ...data.checklists, [docId]: [...items].sort() } };
    });
    return saved.checklists[docId] ?? [];
  }

  recent(): RecentDocument[] {
    return this.store.read().recent;
  }

  async markOpened(id: string): Promise<RecentDocument[]> {
    const openedAt = this.now().toISOString();
    const saved = await this.store.update((data) => ({
      ...data,
      recent: [{ id, openedAt }, ...data.recent.filter((r) => r.id !== id)].slice(0, RECENT_LIMIT),
    }));
    return saved.recent;
  }
}
