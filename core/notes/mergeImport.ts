/**
 * Import of an exported notes file: merges by id, the newer updatedAt wins, and importing the same
 * file twice changes nothing the second time. Validation happens before anything is merged, so a
 * malformed file changes nothing at all.
 */
import { migrateNotesData } from './migrations';
import { COLLECTIONS, LIMITS, NotesFileSchema, type CollectionName, type NotesFile } from './schema';

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
  perCollection: Partial<Record<CollectionName, { added: number; updated: number; skipped: number }>>;
}

export type ParsedImport = { ok: true; file: NotesFile } | { ok: false; reason: ImportRefusal; detail: string };
export type ImportRefusal = 'too_large' | 'not_json' | 'not_notes' | 'newer_version' | 'invalid_records';

/** Checks an import file completely; returns the validated file or why it was refused. */
export function parseNotesImport(text: string, now: string): ParsedImport {
  if (text.length > LIMITS.importChars) return { ok: false, reason: 'too_large', detail: `${text.length}` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'not_json', detail: error instanceof Error ? error.message.slice(0, 120) : '' };
  }
  const migrated = migrateNotesData(raw, now);
  if (migrated.kind === 'newer') return { ok: false, reason: 'newer_version', detail: String(migrated.version) };
  if (migrated.kind === 'unreadable') return { ok: false, reason: 'not_notes', detail: migrated.reason };
  const parsed = NotesFileSchema.safeParse(migrated.data);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join('.') || '(akar)'}: ${issue.code}`)
      .join('; ');
    return { ok: false, reason: 'invalid_records', detail };
  }
  return { ok: true, file: parsed.data };
}

/** Merges `incoming` into a copy of `current`; never mutates either. */
export function mergeNotesFiles(current: NotesFile, incoming: NotesFile): { file: NotesFile; report: ImportReport } {
  const file = structuredClone(current);
  const report: ImportReport = { added: 0, updated: 0, skipped: 0, perCollection: {} };
  for (const name of COLLECTIONS) {
    const target = file[name] as { id: string; updatedAt: string }[];
    const index = new Map(target.map((record, i) => [record.id, i]));
    const counts = { added: 0, updated: 0, skipped: 0 };
    for (const record of incoming[name] as { id: string; updatedAt: string }[]) {
      const at = index.get(record.id);
      if (at === undefined) {
        if (name === 'settings' && target.length > 0) {
          counts.skipped++;
          continue;
        }
        index.set(record.id, target.length);
        target.push(record);
        counts.added++;
      } else if (record.updatedAt > target[at]!.updatedAt) {
        target[at] = record;
        counts.updated++;
      } else counts.skipped++;
    }
    if (counts.added + counts.updated + counts.skipped > 0) report.perCollection[name] = counts;
    report.added += counts.added;
    report.updated += counts.updated;
    report.skipped += counts.skipped;
  }
  return { file, report };
}
