/**
 * Reading the notes file at start-up, whatever state it is in: missing (start empty, or take over
 * progress.json once), current, older (migrate), newer (read-only), or unreadable (move it aside,
 * restore the newest good backup). Nothing here ever deletes a file the user's data may be in.
 */
import { readFile, rename } from 'node:fs/promises';
import { migrateNotesData } from '../../../core/notes/migrations';
import { NOTES_SCHEMA_VERSION, NotesFileSchema, countRecords, emptyNotesFile, type NotesFile } from '../../../core/notes/schema';
import type { NotesStartupNotice } from '../../../core/notes/status';
import type { NotesBackups } from './NotesBackups';

export type Decoded = { ok: true; file: NotesFile; from: number } | { ok: false; newer?: number; reason: string };

/** Text → a valid current-version file, migrating older versions; never throws. */
export function decodeNotesText(text: string, now: string): Decoded {
  if (text.trim() === '') return { ok: false, reason: 'berkas kosong' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `JSON rusak (${error instanceof Error ? error.message.slice(0, 80) : ''})` };
  }
  const migrated = migrateNotesData(raw, now);
  if (migrated.kind === 'newer') return { ok: false, newer: migrated.version, reason: `versi ${migrated.version}` };
  if (migrated.kind === 'unreadable') return { ok: false, reason: `bukan berkas catatan (${migrated.reason})` };
  const parsed = NotesFileSchema.safeParse(migrated.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `isi tidak sah (${issue?.path.map(String).join('.') ?? ''}: ${issue?.code ?? ''})` };
  }
  return { ok: true, file: parsed.data, from: migrated.from };
}

export interface LoadedNotes {
  file: NotesFile;
  readOnly: boolean;
  notice: NotesStartupNotice | null;
  /** The file must be written now (migrated, restored, imported). */
  needsWrite: boolean;
}

async function readIfExists(filePath: string): Promise<string | null> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function loadNotesFile(options: {
  filePath: string;
  progressFile?: string;
  backups: NotesBackups;
  now: Date;
}): Promise<LoadedNotes> {
  const now = options.now.toISOString();
  let text: string | null;
  let readError = '';
  try {
    text = await readIfExists(options.filePath);
  } catch (error) {
    text = '';
    readError = error instanceof Error ? error.message : String(error);
  }

  if (text === null) {
    const progress = options.progressFile ? await readIfExists(options.progressFile).catch(() => null) : null;
    const decoded = progress === null ? null : decodeNotesText(progress, now);
    if (decoded?.ok && decoded.from === 1) {
      return { file: decoded.file, readOnly: false, needsWrite: true, notice: { kind: 'imported-progress', records: countRecords(decoded.file) } };
    }
    // Written at once, so there is always a snapshot for the journal to follow.
    return { file: emptyNotesFile(), readOnly: false, needsWrite: true, notice: null };
  }

  const decoded = decodeNotesText(text, now);
  if (decoded.ok) return { file: decoded.file, readOnly: false, needsWrite: decoded.from !== NOTES_SCHEMA_VERSION, notice: null };
  if (decoded.newer !== undefined) {
    // Written by a newer app: show what this version understands, and never write over it.
    const loose = NotesFileSchema.safeParse({ ...(JSON.parse(text) as object), schemaVersion: NOTES_SCHEMA_VERSION });
    return {
      file: loose.success ? loose.data : emptyNotesFile(),
      readOnly: true,
      needsWrite: false,
      notice: { kind: 'newer-version', fileVersion: decoded.newer, appVersion: NOTES_SCHEMA_VERSION },
    };
  }

  const movedTo = `${options.filePath}.rusak-${options.now.toISOString().replace(/[:.]/g, '-')}`;
  await rename(options.filePath, movedTo);
  for (const backup of await options.backups.list()) {
    const restored = decodeNotesText(await options.backups.read(backup.name).catch(() => ''), now);
    if (restored.ok) {
      return {
        file: restored.file,
        readOnly: false,
        needsWrite: true,
        notice: { kind: 'recovered', movedTo, restoredFrom: backup.name, restoredRecords: countRecords(restored.file), reason: readError || decoded.reason },
      };
    }
  }
  return {
    file: emptyNotesFile(),
    readOnly: false,
    needsWrite: true,
    notice: { kind: 'recovered', movedTo, restoredFrom: null, restoredRecords: 0, reason: readError || decoded.reason },
  };
}
