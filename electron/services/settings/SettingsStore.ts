/**
 * The user's app settings (language, theme, window placement) in one small JSON file in the
 * user-data folder. lowdb's writer replaces the file atomically (temp file + rename). A file that
 * cannot be read is moved aside, never deleted, and the app starts with defaults.
 */
import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import { LanguageSchema, ThemeSchema } from '../../../core/api';
import { ApiFailure } from '../../../core/errors';

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
    window: WindowPlacementSchema.optional(),
  })
  .strict();

export type Settings = z.output<typeof SettingsSchema>;
export type WindowPlacement = z.output<typeof WindowPlacementSchema>;

export interface SettingsLoadNotice {
  /** Where the unreadable file was moved to. */
  movedTo: string;
  reason: string;
}

export class SettingsStore {
  private db: Low<Settings>;
  private notice: SettingsLoadNotice | null = null;

  constructor(private readonly filePath: string) {
    this.db = new Low<Settings>(new JSONFile<Settings>(filePath), SettingsSchema.parse({}));
  }

  async init(): Promise<void> {
    let reason: string | null = null;
    try {
      await this.db.read();
      const parsed = SettingsSchema.safeParse(this.db.data);
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
    this.db.data = SettingsSchema.parse({});
  }

  get(): Settings {
    return structuredClone(this.db.data);
  }

  loadNotice(): SettingsLoadNotice | null {
    return this.notice;
  }

  /** Writes the change; on failure the in-memory settings stay as they were. */
  async update(patch: Partial<Settings>): Promise<Settings> {
    const before = this.db.data;
    const next = SettingsSchema.parse({ ...before, ...patch });
    this.db.data = next;
    try {
      await this.db.write();
    } catch (error) {
      this.db.data = before;
      throw new ApiFailure('storage_failed', error instanceof Error ? error.message : String(error));
    }
    return this.get();
  }
}
