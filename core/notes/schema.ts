/**
 * The notes file: what a reader writes and keeps. Shared by the store (validation on load and on
 * import), the contract (record types crossing the bridge) and the renderer. Every record has an
 * id, createdAt and updatedAt, so an import can merge by id (newer updatedAt wins).
 */
import { z } from 'zod';
import { DOCUMENT_KEY_PATTERN } from '../sources/documentKey';

/** The version this build writes. A file with a higher number is opened read-only. */
export const NOTES_SCHEMA_VERSION = 2;

export const HIGHLIGHT_COLOURS = ['kuning', 'hijau', 'biru', 'merah'] as const;
export const HighlightColourSchema = z.enum(HIGHLIGHT_COLOURS);
export type HighlightColour = z.infer<typeof HighlightColourSchema>;

export const LIMITS = {
  body: 20_000,
  quote: 2_000,
  context: 64,
  heading: 200,
  headingDepth: 6,
  tag: 40,
  tagsPerRecord: 20,
  query: 300,
  /** An import file larger than this is refused before it is parsed. */
  importChars: 20_000_000,
  recent: 50,
  checklistItems: 500,
} as const;

export const RecordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'id catatan tidak valid');
// A document key (core/sources/documentKey.ts): a bundled document's plain id, or `<source>~<id>`.
export const DocIdSchema = z.string().min(1).max(161).regex(new RegExp(`^${DOCUMENT_KEY_PATTERN}$`), 'id dokumen tidak valid');
const Timestamp = z.string().max(40).regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'waktu tidak valid');
export const TagSchema = z.string().trim().min(1).max(LIMITS.tag);
const Tags = z.array(TagSchema).max(LIMITS.tagsPerRecord);

const base = { id: RecordIdSchema, createdAt: Timestamp, updatedAt: Timestamp };

export const AnchorSchema = z
  .object({
    quote: z.string().min(1).max(LIMITS.quote),
    prefix: z.string().max(LIMITS.context),
    suffix: z.string().max(LIMITS.context),
    headingPath: z.array(z.string().max(LIMITS.heading)).max(LIMITS.headingDepth),
    /** Where the quote started when it was made: a hint only, never trusted. */
    offset: z.number().int().min(0).max(50_000_000),
  })
  .strict();
export type Anchor = z.infer<typeof AnchorSchema>;

export const HighlightSchema = z
  .object({
    ...base,
    docId: DocIdSchema,
    anchor: AnchorSchema,
    colour: HighlightColourSchema,
    tags: Tags,
    /** Its text was not found in the current version of the document ("Catatan terlepas"). */
    detached: z.boolean().default(false),
  })
  .strict();

export const NoteTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('highlight'), highlightId: RecordIdSchema, docId: DocIdSchema }).strict(),
  z.object({ kind: z.literal('document'), docId: DocIdSchema }).strict(),
  z.object({ kind: z.literal('free') }).strict(),
]);

export const NoteSchema = z
  .object({ ...base, target: NoteTargetSchema, body: z.string().max(LIMITS.body), tags: Tags })
  .strict();

export const TagRecordSchema = z.object({ ...base, name: TagSchema }).strict();

export const BookmarkSchema = z
  .object({ ...base, docId: DocIdSchema, slug: z.string().max(LIMITS.heading).default(''), label: z.string().max(LIMITS.heading).default('') })
  .strict();

/** Reading progress and "recently read": one record per document, keyed by its id. */
export const ReadingSchema = z
  .object({ ...base, docId: DocIdSchema, openedAt: Timestamp, position: z.number().min(0).max(1).default(0) })
  .strict();

export const ChecklistSchema = z
  .object({ ...base, docId: DocIdSchema, checked: z.array(z.string().regex(/^[a-z0-9-]{1,80}$/)).max(LIMITS.checklistItems) })
  .strict();

export const SavedSearchSchema = z
  .object({ ...base, name: z.string().trim().min(1).max(LIMITS.heading), query: z.string().max(LIMITS.query) })
  .strict();

export const NotesSettingsSchema = z
  .object({ ...base, defaultColour: HighlightColourSchema.default('kuning') })
  .strict();

const list = <T extends z.ZodType>(item: T, max = 200_000) => z.array(item).max(max).default([]);

export const NotesFileSchema = z
  .object({
    schemaVersion: z.literal(NOTES_SCHEMA_VERSION),
    /** The last journal line this snapshot contains (see electron/services/notes/NotesJournal.ts). */
    journalSeq: z.number().int().min(0).default(0),
    highlights: list(HighlightSchema),
    notes: list(NoteSchema),
    tags: list(TagRecordSchema),
    bookmarks: list(BookmarkSchema),
    reading: list(ReadingSchema),
    checklists: list(ChecklistSchema),
    savedSearches: list(SavedSearchSchema),
    settings: list(NotesSettingsSchema, 1),
  })
  .strict();

export type NotesFile = z.output<typeof NotesFileSchema>;
export type Highlight = z.output<typeof HighlightSchema>;
export type Note = z.output<typeof NoteSchema>;
export type NoteTarget = z.output<typeof NoteTargetSchema>;
export type TagRecord = z.output<typeof TagRecordSchema>;
export type Bookmark = z.output<typeof BookmarkSchema>;
export type ReadingRecord = z.output<typeof ReadingSchema>;
export type ChecklistRecord = z.output<typeof ChecklistSchema>;
export type SavedSearch = z.output<typeof SavedSearchSchema>;

/** The collections an import merges and an export writes, in file order. */
export const COLLECTIONS = ['highlights', 'notes', 'tags', 'bookmarks', 'reading', 'checklists', 'savedSearches', 'settings'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export function emptyNotesFile(): NotesFile {
  return { schemaVersion: NOTES_SCHEMA_VERSION, journalSeq: 0, highlights: [], notes: [], tags: [], bookmarks: [], reading: [], checklists: [], savedSearches: [], settings: [] };
}

export function countRecords(file: NotesFile): number {
  return COLLECTIONS.reduce((sum, name) => sum + file[name].length, 0);
}
