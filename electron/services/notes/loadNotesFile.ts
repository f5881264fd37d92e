/**
 * Reading the notes file at start-up, whatever state it is in: missing (start empty, or take over
 * progress.json once), current, older (migrate), newer (read-only), or damaged: a bad checksum,
 * bad JSON or a wrong shape (move it aside, restore the newest good backup). Nothing here ever
 * deletes a file the user's data may be in, and with `mayWrite` false (another window holds the
 * folder) nothing is moved either.
 */
import { migrateNotesData } from '../../../core/notes/migrations';
import { NOTES_SCHEMA_VERSION, NotesFileSchema, countRecords, emptyNotesFile, type NotesFile } from '../../../core/notes/schema';
import type { NotesStartupNotice } from '../../../core/notes/status';
import { parseStoredJson } from '../storage/durable/DurableJsonFile';
import type { LocalizedDetail } from '../../../core/errors';
import { DAMAGE, withDetail } from '../storage/durable/damageReason';
import type { DurableFs } from '../storage/durable/durableFs';
import type { RollingBackups } from '../storage/durable/RollingBackups';
import { moveAside } from '../storage/durable/setAside';
import { readTextIfExists } from '../storage/durable/writeFileDurably';

export type Decoded = { ok: true; file: NotesFile; from: number; legacy: boolean } | { ok: false; newer?: number; reason: LocalizedDetail };

/** Text → a valid current-version file, migrating older versions; never throws. */
export function decodeNotesText(text: string, now: string): Decoded {
  const stored = parseStoredJson(text);
  if (!stored.ok) return stored;
  const migrated = migrateNotesData(stored.value, now);
  if (migrated.kind === 'newer') return { ok: false, newer: migrated.version, reason: withDetail(DAMAGE.notNotes, `v${migrated.version}`) };
  if (migrated.kind === 'unreadable') return { ok: false, reason: withDetail(DAMAGE.notNotes, migrated.reason) };
  const parsed = NotesFileSchema.safeParse(migrated.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: withDetail(DAMAGE.shape, `${issue?.path.map(String).join('.') ?? ''}: ${issue?.code ?? ''}`.slice(0, 80)) };
  }
  return { ok: true, file: parsed.data, from: migrated.from, legacy: stored.legacy };
}

export interface LoadedNotes {
  file: NotesFile;
  readOnly: boolean;
  notice: NotesStartupNotice | null;
  /** The file must be written now (migrated, restored, imported, no checksum yet). */
  needsWrite: boolean;
}

export async function loadNotesFile(options: {
  fs: DurableFs;
  filePath: string;
  progressFile?: string;
  backups: RollingBackups;
  now: Date;
  mayWrite: boolean;
}): Promise<LoadedNotes> {
  const { fs } = options;
  const now = options.now.toISOString();
  // A read error (permissions, I/O) propagates: the caller opens without notes rather than
  // mistaking an unreadable file for a damaged one and moving it.
  const text = await readTextIfExists(fs, options.filePath);

  if (text === null) {
    const progress = options.progressFile ? await readTextIfExists(fs, options.progressFile).catch(() => null) : null;
    const decoded = progress === null ? null : decodeNotesText(progress, now);
    if (decoded?.ok && decoded.from === 1) {
      return { file: decoded.file, readOnly: false, needsWrite: true, notice: { kind: 'imported-progress', records: countRecords(decoded.file) } };
    }
    // Written at once, so there is always a snapshot for the journal to follow.
    return { file: emptyNotesFile(), readOnly: false, needsWrite: true, notice: null };
  }

  const decoded = decodeNotesText(text, now);
  if (decoded.ok) return { file: decoded.file, readOnly: false, needsWrite: decoded.legacy || decoded.from !== NOTES_SCHEMA_VERSION, notice: null };
  if (decoded.newer !== undefined) {
    // Written by a newer app: show what this version understands, and never write over it.
    const stored = parseStoredJson(text);
    const loose = NotesFileSchema.safeParse({ ...((stored.ok ? stored.value : {}) as object), schemaVersion: NOTES_SCHEMA_VERSION });
    return {
      file: loose.success ? loose.data : emptyNotesFile(),
      readOnly: true,
      needsWrite: false,
      notice: { kind: 'newer-version', fileVersion: decoded.newer, appVersion: NOTES_SCHEMA_VERSION },
    };
  }

  const movedTo = options.mayWrite ? ((await moveAside(fs, options.filePath, options.now)) ?? options.filePath) : options.filePath;
  for (const backup of await options.backups.list()) {
    const restored = decodeNotesText(await options.backups.read(backup.name).catch(() => ''), now);
    if (restored.ok) {
      return {
        file: restored.file,
        readOnly: false,
        needsWrite: true,
        notice: { kind: 'recovered', movedTo, restoredFrom: backup.name, restoredRecords: countRecords(restored.file), reason: decoded.reason },
      };
    }
  }
  return {
    file: emptyNotesFile(),
    readOnly: false,
    needsWrite: true,
    notice: { kind: 'recovered', movedTo, restoredFrom: null, restoredRecords: 0, reason: decoded.reason },
  };
}
