/**
 * The notes part of the contract (spread into `api` in core/api.ts): channels for highlights,
 * notes, bookmarks, import/export and backups. Inputs are strict and size-limited.
 */
import { z } from 'zod';
import { call, NoInput } from '../contractCall';
import type { ImportReport } from './mergeImport';
import {
  AnchorSchema,
  BookmarkSchema,
  DocIdSchema,
  HighlightColourSchema,
  HighlightSchema,
  LIMITS,
  NoteSchema,
  NoteTargetSchema,
  RecordIdSchema,
  TagSchema,
  type Bookmark,
  type Highlight,
  type Note,
  type NotesFile,
  type TagRecord,
} from './schema';
import type { NotesStatus } from './status';

const Tags = z.array(TagSchema).max(LIMITS.tagsPerRecord);
const Body = z.string().max(LIMITS.body, `catatan paling panjang ${LIMITS.body} karakter`);

export const RemovedRecordsSchema = z
  .object({
    highlights: z.array(HighlightSchema).max(1000),
    notes: z.array(NoteSchema).max(1000),
    bookmarks: z.array(BookmarkSchema).max(1000),
  })
  .strict();
export type RemovedRecords = z.output<typeof RemovedRecordsSchema>;

export interface NotesListing {
  highlights: Highlight[];
  notes: Note[];
  tags: TagRecord[];
  bookmarks: Bookmark[];
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** A binary file (the per-document zip), carried as base64 so every transport can pass it as text. */
export interface ExportedBinaryFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export interface BackupEntry {
  name: string;
  savedAt: string;
  size: number;
}

export const BackupNameSchema = z.string().max(80).regex(/^notes-[0-9TZ-]+\.json$/, 'nama cadangan tidak valid');

export const notesApi = {
  'notes:status': call(NoInput).returns<NotesStatus>(),
  'notes:list': call(NoInput).returns<NotesListing>(),
  'notes:forDocument': call(z.object({ docId: DocIdSchema }).strict()).returns<Pick<NotesFile, 'highlights' | 'notes'>>(),
  'notes:createHighlight': call(
    z.object({ docId: DocIdSchema, anchor: AnchorSchema, colour: HighlightColourSchema, tags: Tags.optional(), note: Body.optional() }).strict(),
  ).returns<{ highlight: Highlight; note: Note | null }>(),
  'notes:updateHighlight': call(
    z
      .object({ id: RecordIdSchema, colour: HighlightColourSchema.optional(), tags: Tags.optional(), anchor: AnchorSchema.optional(), detached: z.boolean().optional() })
      .strict(),
  ).returns<Highlight>(),
  'notes:deleteHighlight': call(z.object({ id: RecordIdSchema }).strict()).returns<RemovedRecords>(),
  'notes:createNote': call(z.object({ target: NoteTargetSchema, body: Body, tags: Tags.optional() }).strict()).returns<Note>(),
  'notes:updateNote': call(z.object({ id: RecordIdSchema, body: Body.optional(), tags: Tags.optional() }).strict()).returns<Note>(),
  'notes:deleteNote': call(z.object({ id: RecordIdSchema }).strict()).returns<RemovedRecords>(),
  'notes:restore': call(RemovedRecordsSchema).returns<{ restored: number }>(),
  'notes:export': call(z.object({ format: z.enum(['markdown', 'json']) }).strict()).returns<ExportedFile>(),
  /** "Satu berkas per dokumen": a zip of one Obsidian-ready Markdown file per document. */
  'notes:exportPerDocument': call(NoInput).returns<ExportedBinaryFile>(),
  'notes:import': call(z.object({ text: z.string().max(LIMITS.importChars, 'berkas impor terlalu besar') }).strict()).returns<ImportReport>(),
  'bookmarks:list': call(NoInput).returns<{ bookmarks: Bookmark[] }>(),
  'bookmarks:add': call(
    z.object({ docId: DocIdSchema, slug: z.string().max(LIMITS.heading).optional(), label: z.string().max(LIMITS.heading).optional() }).strict(),
  ).returns<Bookmark>(),
  'bookmarks:remove': call(z.object({ id: RecordIdSchema }).strict()).returns<RemovedRecords>(),
  'backup:list': call(NoInput).returns<{ backups: BackupEntry[] }>(),
  'backup:restore': call(z.object({ name: BackupNameSchema }).strict()).returns<{ records: number }>(),
} as const;

/** The channel names, for core/channels.ts (which must not import zod). */
export type NotesChannel = keyof typeof notesApi;
