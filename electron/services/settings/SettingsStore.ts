/** The user's app settings (language, theme, window placement) in settings.json. */
import { z } from 'zod';
import { LanguageSchema, ThemeSchema } from '../../../core/api';
import { JsonFileStore, type JsonFileStoreOptions, type StoreLoadNotice } from '../storage/JsonFileStore';

export const WindowPlacementSchema = z
  .object({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().min(400).max(20000),
    height: z.number().int().min(300).max(20000),
    maximized: z.boolean().default(false),
  })
  .strict();

export const SettingsSchema = z
  .object({
    schemaVersion: z.literal(1).default(1),
    language: LanguageSchema.default('id'),
    theme: ThemeSchema.default('system'),
    readerFontSize: z.number().int().min(14).max(26).default(18),
    welcomeDismissed: z.boolean().default(false),
    window: WindowPlacementSchema.optional(),
  })
  .strict();

export type Settings = z.output<typeof SettingsSchema>;
export type WindowPlacement = z.output<typeof WindowPlacementSchema>;
export type SettingsLoadNotice = StoreLoadNotice;

export class SettingsStore {
  private readonly store: JsonFileStore<typeof SettingsSchema>;

  constructor(filePath: string, storeOptions: JsonFileStoreOptions = {}) {
    this.store = new JsonFileStore(filePath, SettingsSchema, storeOptions);
  }

  init(): Promise<void> {
    return this.store.init();
  }

  /** Resolves once writes and their trailing backups are done (quitting, tests). */
  settled(): Promise<unknown> {
    return this.store.settled();
  }

  get(): Settings {
    return this.store.read();
  }

  loadNotice(): SettingsLoadNotice | null {
    return this.store.loadNotice();
  }

  /** Writes the change; on failure the settings stay as they were. */
  update(patch: Partial<Settings>): Promise<Settings> {
    return this.store.update((current) => ({ ...current, ...patch }));
  }
}
