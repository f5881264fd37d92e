/**
 * Import of an exported notes file: merges by id, the newer updatedAt wins, and importing the same
 * file twice changes nothing the second time. Validation happens before anything is merged, so a
 * malformed file changes nothing at all.
 */
import { cutEcho, describeIssues, describePath, type DescribeWhere, type LocalizedText } from '../inputIssues';
import { migrateNotesData } from './migrations';
import { COLLECTIONS, LIMITS, NotesFileSchema, type CollectionName, type NotesFile } from './schema';

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
  perCollection: Partial<Record<CollectionName, { added: number; updated: number; skipped: number }>>;
}

export type ParsedImport =
  | { ok: true; file: NotesFile }
  | { ok: false; reason: ImportRefusal; detail: string; /** What to tell the user, in both languages. */ messages: LocalizedText };
export type ImportRefusal = 'too_large' | 'not_json' | 'not_notes' | 'newer_version' | 'invalid_records' | 'future_date';

/** A record may be stamped a little ahead (clocks differ); more than this and it would win every later merge. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** The file is refused before it is read when it has more bytes than this (the same figure as the character limit). */
export const IMPORT_FILE_BYTES = LIMITS.importChars;

const COLLECTION_NAMES: Record<CollectionName, LocalizedText> = {
  highlights: { id: 'sorotan', en: 'highlight' },
  notes: { id: 'catatan', en: 'note' },
  tags: { id: 'tag', en: 'tag' },
  bookmarks: { id: 'penanda', en: 'bookmark' },
  reading: { id: 'riwayat baca', en: 'reading record' },
  checklists: { id: 'daftar periksa', en: 'checklist' },
  savedSearches: { id: 'pencarian tersimpan', en: 'saved search' },
  settings: { id: 'pengaturan', en: 'settings record' },
};

/** "notes.2.updatedAt" said as "catatan ke-3 (updatedAt)" / "note 3 (updatedAt)". */
const recordPlace: DescribeWhere = (path) => {
  const [collection, index, ...rest] = path;
  const name = COLLECTION_NAMES[String(collection) as CollectionName];
  if (!name || typeof index !== 'number') return { id: describePath(path), en: describePath(path) };
  const field = rest.length ? ` (${describePath(rest)})` : '';
  return { id: `${name.id} ke-${index + 1}${field}`, en: `${name.en} ${index + 1}${field}` };
};

const megabytes = (n: number) => `${Math.ceil(n / 1_000_000)} MB`;

/** The refusal for a file that is too large, by its byte size (before reading) or its length. */
export function tooLargeImport(size: number): Extract<ParsedImport, { ok: false }> {
  return {
    ok: false,
    reason: 'too_large',
    detail: `${size}`,
    messages: {
      id: `berkasnya terlalu besar (${megabytes(size)}; batasnya ${megabytes(IMPORT_FILE_BYTES)})`,
      en: `the file is too large (${megabytes(size)}; the limit is ${megabytes(IMPORT_FILE_BYTES)})`,
    },
  };
}

/** The first record whose updatedAt is not a real time, or is more than a day ahead of `now`. */
function badUpdatedAt(file: NotesFile, now: string): { name: CollectionName; index: number; unreal: boolean } | null {
  const limit = Date.parse(now) + FUTURE_TOLERANCE_MS;
  for (const name of COLLECTIONS) {
    const records = file[name] as { updatedAt: string }[];
    for (let index = 0; index < records.length; index++) {
      const at = Date.parse(records[index]!.updatedAt);
      if (Number.isNaN(at) || at > limit) return { name, index, unreal: Number.isNaN(at) };
    }
  }
  return null;
}

/** Checks an import file completely; returns the validated file or why it was refused. */
export function parseNotesImport(text: string, now: string): ParsedImport {
  if (text.length > LIMITS.importChars) return tooLargeImport(text.length);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason: 'not_json',
      detail: 'bukan JSON',
      messages: {
        id: 'isinya bukan JSON yang sah; mungkin berkasnya rusak atau bukan hasil ekspor catatan',
        en: 'its content is not valid JSON; the file may be damaged or not a notes export',
      },
    };
  }
  const migrated = migrateNotesData(raw, now);
  if (migrated.kind === 'newer') {
    return {
      ok: false,
      reason: 'newer_version',
      detail: String(migrated.version),
      messages: {
        id: 'berkas ini dibuat oleh versi aplikasi yang lebih baru; perbarui aplikasi, lalu impor lagi',
        en: 'this file was made by a newer version of the app; update the app, then import it again',
      },
    };
  }
  if (migrated.kind === 'unreadable') {
    return {
      ok: false,
      reason: 'not_notes',
      detail: migrated.reason,
      messages: { id: 'berkas ini bukan hasil ekspor catatan Pustaka Inovasi', en: 'this is not a Pustaka Inovasi notes export' },
    };
  }
  const parsed = NotesFileSchema.safeParse(migrated.data);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join('.') || '(akar)'}: ${issue.code}`)
      .join('; ');
    const described = describeIssues(parsed.error.issues, migrated.data, 2, recordPlace);
    return {
      ok: false,
      reason: 'invalid_records',
      detail: cutEcho(detail, 300),
      messages: { id: `ada isi yang tidak sesuai: ${described.id}`, en: `some of its content is not valid: ${described.en}` },
    };
  }
  const bad = badUpdatedAt(parsed.data, now);
  if (bad) {
    const place = recordPlace([bad.name, bad.index]);
    return {
      ok: false,
      reason: 'future_date',
      detail: `${bad.name}.${bad.index}.updatedAt`,
      messages: bad.unreal
        ? { id: `${place.id} memuat waktu pembaruan yang tidak ada di kalender`, en: `${place.en} has an update time that does not exist in the calendar` }
        : {
            id: `${place.id} bertanggal lebih dari sehari setelah hari ini; mungkin jam komputer asal berkas ini salah`,
            en: `${place.en} is dated more than a day after today; the clock of the computer it came from may be wrong`,
          },
    };
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
