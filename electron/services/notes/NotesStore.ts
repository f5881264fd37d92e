/**
 * The user's notes, highlights, bookmarks, reading progress, checklists and saved searches: the
 * domain operations. How they are kept durable (checksummed snapshot, framed journal, backups,
 * the folder lock, recovery) is NotesPersistence's job; every operation here is one `change`.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiFailure } from '../../../core/errors';
import { mergeNotesFiles, parseNotesImport, type ImportReport } from '../../../core/notes/mergeImport';
import { checklistId, readingId } from '../../../core/notes/migrations';
import {
  LIMITS,
  NOTES_SCHEMA_VERSION,
  countRecords,
  type Anchor,
  type Bookmark,
  type CollectionName,
  type Highlight,
  type HighlightColour,
  type Note,
  type NoteTarget,
  type NotesFile,
  type ReadingRecord,
  type SavedSearch,
} from '../../../core/notes/schema';
import type { NotesStartupNotice, NotesStatus } from '../../../core/notes/status';
import { nodeFs } from '../storage/durable/durableFs';
import type { BackupInfo } from '../storage/durable/RollingBackups';
import { decodeNotesText } from './loadNotesFile';
import { NotesJournal } from './NotesJournal';
import { NotesPersistence, type ChangeLog, type NotesPersistenceOptions } from './NotesPersistence';

export type NotesStoreOptions = NotesPersistenceOptions;
type Row = { id: string; createdAt: string; updatedAt: string };
export type RemovedRecords = Pick<NotesFile, 'highlights' | 'notes' | 'bookmarks'>;

export class NotesStore {
  private readonly now: () => Date;

  private constructor(
    private readonly persistence: NotesPersistence,
    options: NotesStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  static async open(options: NotesStoreOptions): Promise<NotesStore> {
    return new NotesStore(await NotesPersistence.open(options), options);
  }

  /**
   * What is on disk right now (snapshot + journal), read without writing anything: for tests and
   * diagnostics. Throws when the snapshot cannot be decoded.
   */
  static async peek(folder: string): Promise<NotesFile> {
    const filePath = path.join(folder, 'notes.json');
    const decoded = decodeNotesText(await readFile(filePath, 'utf8'), new Date().toISOString());
    if (!decoded.ok) throw new Error(decoded.reason.en);
    await NotesJournal.replay(nodeFs, `${filePath}.journal`, decoded.file, decoded.file.journalSeq);
    return decoded.file;
  }

  get filePath(): string {
    return this.persistence.filePath;
  }

  private get data(): NotesFile {
    return this.persistence.data;
  }

  status(): NotesStatus {
    return this.persistence.status();
  }

  /** A deep copy of everything, for export and the notes list. */
  snapshot(): NotesFile {
    return structuredClone(this.data);
  }

  /** Everything in one snapshot and backed up: call before quitting. */
  flush(): Promise<void> {
    return this.persistence.flush();
  }

  /** Closes the journal and releases the data folder (tests and quitting). */
  close(): Promise<void> {
    return this.persistence.close();
  }

  /** Another data file was damaged at start and restored: told together with the notes notices. */
  reportRecoveredFile(notice: Extract<NotesStartupNotice, { kind: 'file-recovered' }>): void {
    this.persistence.addNotice(notice);
  }

  /** As if the process died: no flush, the folder let go (tests of crash recovery). */
  abandon(): Promise<void> {
    return this.persistence.abandon();
  }

  private change<T>(apply: (data: NotesFile, now: string, log: ChangeLog) => T): Promise<T> {
    return this.persistence.change(apply);
  }

  private find<K extends CollectionName>(name: K, id: string): NotesFile[K][number] {
    const record = (this.data[name] as Row[]).find((r) => r.id === id);
    if (!record) throw new ApiFailure('notes_not_found', id);
    return record as NotesFile[K][number];
  }

  private newId(): string {
    return randomUUID();
  }

  private touchTags(data: NotesFile, tags: string[], now: string, log: ChangeLog): void {
    for (const name of tags) {
      if (data.tags.some((t) => t.name === name)) continue;
      const tag = { id: this.newId(), name, createdAt: now, updatedAt: now };
      data.tags.push(tag);
      log.put('tags', tag);
    }
  }

  // ---- highlights and notes ----------------------------------------------------------------

  createHighlight(input: { docId: string; anchor: Anchor; colour: HighlightColour; tags?: string[]; note?: string }) {
    return this.change((data, now, log) => {
      const highlight: Highlight = { id: this.newId(), docId: input.docId, anchor: input.anchor, colour: input.colour, tags: input.tags ?? [], detached: false, createdAt: now, updatedAt: now };
      data.highlights.push(highlight);
      log.put('highlights', highlight);
      this.touchTags(data, highlight.tags, now, log);
      let note: Note | null = null;
      if (input.note !== undefined) {
        note = { id: this.newId(), target: { kind: 'highlight', highlightId: highlight.id, docId: input.docId }, body: input.note, tags: [], createdAt: now, updatedAt: now };
        data.notes.push(note);
        log.put('notes', note);
      }
      return { highlight, note };
    });
  }

  updateHighlight(id: string, patch: { colour?: HighlightColour; tags?: string[]; anchor?: Anchor; detached?: boolean }) {
    return this.change((data, now, log) => {
      const highlight = this.find('highlights', id);
      Object.assign(highlight, patch, { updatedAt: now });
      log.put('highlights', highlight);
      if (patch.tags) this.touchTags(data, patch.tags, now, log);
      return highlight;
    });
  }

  /** Removes a highlight and its notes; returns them so the UI can offer undo. */
  deleteHighlight(id: string): Promise<RemovedRecords> {
    return this.change((data, _now, log) => {
      const highlight = this.find('highlights', id);
      const notes = data.notes.filter((n) => n.target.kind === 'highlight' && n.target.highlightId === id);
      log.drop('highlights', id);
      notes.forEach((n) => log.drop('notes', n.id));
      data.highlights = data.highlights.filter((h) => h.id !== id);
      data.notes = data.notes.filter((n) => !notes.includes(n));
      return { highlights: [highlight], notes, bookmarks: [] };
    });
  }

  createNote(input: { target: NoteTarget; body: string; tags?: string[] }) {
    return this.change((data, now, log) => {
      const note: Note = { id: this.newId(), target: input.target, body: input.body, tags: input.tags ?? [], createdAt: now, updatedAt: now };
      data.notes.push(note);
      log.put('notes', note);
      this.touchTags(data, note.tags, now, log);
      return note;
    });
  }

  updateNote(id: string, patch: { body?: string; tags?: string[] }) {
    return this.change((data, now, log) => {
      const note = this.find('notes', id);
      Object.assign(note, patch, { updatedAt: now });
      log.put('notes', note);
      if (patch.tags) this.touchTags(data, patch.tags, now, log);
      return note;
    });
  }

  deleteNote(id: string): Promise<RemovedRecords> {
    return this.change((data, _now, log) => {
      const note = this.find('notes', id);
      data.notes = data.notes.filter((n) => n.id !== id);
      log.drop('notes', id);
      return { highlights: [], notes: [note], bookmarks: [] };
    });
  }

  /** Undo of a delete: puts the records back exactly as they were (ids kept). */
  restoreRecords(records: RemovedRecords) {
    return this.change((data, _now, log) => {
      let restored = 0;
      for (const name of ['highlights', 'notes', 'bookmarks'] as const) {
        for (const record of records[name]) {
          if ((data[name] as Row[]).some((r) => r.id === record.id)) continue;
          (data[name] as Row[]).push(record);
          log.put(name, record);
          restored++;
        }
      }
      return { restored };
    });
  }

  // ---- bookmarks, reading, checklists, saved searches, settings ----------------------------

  addBookmark(input: { docId: string; slug?: string; label?: string }): Promise<Bookmark> {
    return this.change((data, now, log) => {
      const existing = data.bookmarks.find((b) => b.docId === input.docId && b.slug === (input.slug ?? ''));
      if (existing) return existing;
      const bookmark: Bookmark = { id: this.newId(), docId: input.docId, slug: input.slug ?? '', label: input.label ?? '', createdAt: now, updatedAt: now };
      data.bookmarks.push(bookmark);
      log.put('bookmarks', bookmark);
      return bookmark;
    });
  }

  removeBookmark(id: string): Promise<RemovedRecords> {
    return this.change((data, _now, log) => {
      const bookmark = this.find('bookmarks', id);
      data.bookmarks = data.bookmarks.filter((b) => b.id !== id);
      log.drop('bookmarks', id);
      return { highlights: [], notes: [], bookmarks: [bookmark] };
    });
  }

  bookmarks(): Bookmark[] {
    return structuredClone(this.data.bookmarks).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Recently read, newest first. */
  recent(): ReadingRecord[] {
    return [...this.data.reading].sort((a, b) => b.openedAt.localeCompare(a.openedAt)).slice(0, LIMITS.recent).map((r) => ({ ...r }));
  }

  markOpened(docId: string, position?: number): Promise<ReadingRecord[]> {
    return this.change((data, now, log) => {
      const id = readingId(docId);
      const record = data.reading.find((r) => r.id === id);
      if (record) Object.assign(record, { openedAt: now, updatedAt: now }, position === undefined ? {} : { position });
      else data.reading.push({ id, docId, openedAt: now, position: position ?? 0, createdAt: now, updatedAt: now });
      log.put('reading', { id });
      if (data.reading.length > LIMITS.recent) {
        data.reading.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
        data.reading.splice(LIMITS.recent).forEach((old) => log.drop('reading', old.id));
      }
      return null;
    }).then(() => this.recent());
  }

  checklist(docId: string): string[] {
    return [...(this.data.checklists.find((c) => c.docId === docId)?.checked ?? [])];
  }

  setChecklistItem(docId: string, item: string, checked: boolean): Promise<string[]> {
    return this.change((data, now, log) => {
      const id = checklistId(docId);
      let record = data.checklists.find((c) => c.id === id);
      if (!record) {
        record = { id, docId, checked: [], createdAt: now, updatedAt: now };
        data.checklists.push(record);
      }
      const items = new Set(record.checked);
      if (checked) items.add(item);
      else items.delete(item);
      if (items.size > LIMITS.checklistItems) throw new ApiFailure('invalid_input', `> ${LIMITS.checklistItems}`);
      record.checked = [...items].sort();
      record.updatedAt = now;
      log.put('checklists', record);
      return record.checked;
    });
  }

  saveSearch(name: string, query: string): Promise<SavedSearch> {
    return this.change((data, now, log) => {
      const search: SavedSearch = { id: this.newId(), name, query, createdAt: now, updatedAt: now };
      data.savedSearches.push(search);
      log.put('savedSearches', search);
      return search;
    });
  }

  deleteSavedSearch(id: string) {
    return this.change((data, _now, log) => {
      this.find('savedSearches', id);
      data.savedSearches = data.savedSearches.filter((s) => s.id !== id);
      log.drop('savedSearches', id);
      return null;
    });
  }

  setDefaultColour(colour: HighlightColour) {
    return this.change((data, now, log) => {
      const current = data.settings[0];
      if (current) Object.assign(current, { defaultColour: colour, updatedAt: now });
      else data.settings.push({ id: 'pengaturan', defaultColour: colour, createdAt: now, updatedAt: now });
      log.put('settings', data.settings[0]!);
      return data.settings[0]!;
    });
  }

  // ---- import, backups ---------------------------------------------------------------------

  /** Merges an exported file by id; a file that fails any check changes nothing. */
  async importJson(text: string): Promise<ImportReport> {
    if (this.status().readOnly) throw new ApiFailure('notes_read_only', String(NOTES_SCHEMA_VERSION));
    const parsed = parseNotesImport(text, this.now().toISOString());
    if (!parsed.ok) throw new ApiFailure('import_invalid', parsed.messages);
    return this.change((data, _now, log) => {
      const { file, report } = mergeNotesFiles(data, parsed.file);
      log.replaceAll(file);
      return report;
    });
  }

  listBackups(): Promise<BackupInfo[]> {
    return this.persistence.listBackups();
  }

  /** Replaces everything with a backup; the state before is backed up first, so this is undoable. */
  async restoreBackup(name: string): Promise<{ records: number }> {
    const shown = name.slice(0, 80);
    const text = await this.persistence.backups.read(name).catch(() => null);
    if (text === null) throw new ApiFailure('backup_not_found', shown);
    const decoded = decodeNotesText(text, this.now().toISOString());
    if (!decoded.ok) throw new ApiFailure('backup_not_found', { id: `${shown}: ${decoded.reason.id}`, en: `${shown}: ${decoded.reason.en}` });
    if (this.status().readOnly) throw new ApiFailure('notes_read_only', String(NOTES_SCHEMA_VERSION));
    await this.persistence.backupNow();
    await this.change((_data, _now, log) => log.replaceAll(decoded.file));
    return { records: countRecords(decoded.file) };
  }
}
