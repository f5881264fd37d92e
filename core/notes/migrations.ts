/**
 * Ordered migrations of the notes file, one step per version. Version 1 is the old progress.json
 * (checklists and recently read), which the notes store takes over; version 2 is the notes file.
 * Pure functions over plain data: the store and the importer share them.
 */
import { NOTES_SCHEMA_VERSION } from './schema';

type Migration = (data: Record<string, unknown>, now: string) => Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Stable ids for per-document records, so two installations merge them by id. A document key
 * may hold `~` (`folder-3f9a~sop`) and run past the 64 characters a record id may have: `~`
 * becomes `_` (which no key contains), and a long id keeps its start plus a hash of the whole,
 * so two long keys that share a beginning never share a record. Ids of bundled documents short
 * enough to fit are unchanged, so records made before sources existed still match.
 */
function perDocumentId(prefix: string, docId: string): string {
  const id = `${prefix}-${docId.replace(/~/g, '_')}`;
  if (id.length <= 64) return id;
  let hash = 0x811c9dc5; // FNV-1a, 32 bits: enough to tell keys apart, no Node needed
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return `${id.slice(0, 55)}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
export const readingId = (docId: string) => perDocumentId('baca', docId);
export const checklistId = (docId: string) => perDocumentId('periksa', docId);

const v1ToV2: Migration = (data, now) => {
  const checklists = isRecord(data.checklists) ? data.checklists : {};
  const recent = Array.isArray(data.recent) ? data.recent : [];
  return {
    schemaVersion: 2,
    highlights: [],
    notes: [],
    tags: [],
    bookmarks: [],
    reading: recent.filter(isRecord).map((r) => ({
      id: readingId(String(r.id)),
      docId: r.id,
      openedAt: r.openedAt,
      position: 0,
      createdAt: r.openedAt,
      updatedAt: r.openedAt,
    })),
    checklists: Object.keys(checklists).map((docId) => ({
      id: checklistId(docId),
      docId,
      checked: checklists[docId],
      createdAt: now,
      updatedAt: now,
    })),
    savedSearches: [],
    settings: [],
  };
};

/** MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2 };

export type MigrationOutcome =
  | { kind: 'current'; data: Record<string, unknown>; from: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unreadable'; reason: string };

export function schemaVersionOf(raw: unknown): number | null {
  if (!isRecord(raw)) return null;
  const version = raw.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/** Brings any earlier version up to the current one; never touches a newer one. */
export function migrateNotesData(raw: unknown, now: string): MigrationOutcome {
  const version = schemaVersionOf(raw);
  if (version === null) return { kind: 'unreadable', reason: isRecord(raw) ? 'schemaVersion' : 'not-an-object' };
  if (version > NOTES_SCHEMA_VERSION) return { kind: 'newer', version };
  let data = raw as Record<string, unknown>;
  for (let v = version; v < NOTES_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { kind: 'unreadable', reason: `no migration from ${v}` };
    data = step(data, now);
  }
  return { kind: 'current', data, from: version };
}
