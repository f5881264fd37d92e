/**
 * The user's notes, highlights, bookmarks, reading progress, checklists and saved searches: one
 * JSON snapshot in the user-data folder (lowdb, with a durable adapter: temp file, fsync, rename)
 * plus a small journal of the changes since (NotesJournal). A change is applied in memory and
 * acknowledged only once its journal line is fsynced. Changes that arrive while a write is
 * running share the next write (group commit), so rapid edits coalesce and none is lost. The
 * snapshot is rewritten (and backed up) every COMPACT_EVERY changes, on flush and after imports.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
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
import { DurableJsonFile } from './DurableJsonFile';
import { decodeNotesText, loadNotesFile } from './loadNotesFile';
import { NotesBackups, type BackupInfo } from './NotesBackups';
import { NotesJournal, type JournalOp } from './NotesJournal';

/** Journal lines before the snapshot is rewritten: bounds replay time and journal size. */
const COMPACT_EVERY = 500;

export interface NotesStoreOptions {
  /** The user-data folder: notes.json and notes-backups/ live here. */
  folder: string;
  /** The old progress.json, taken over once when there is no notes file yet. */
  progressFile?: string;
  now?: () => Date;
  /** Off in benchmarks of the bare write path. */
  backups?: boolean;
}

type Row = { id: string; createdAt: string; updatedAt: string };

/** What a change reports, so only the touched records are journalled. */
interface ChangeLog {
  put(collection: CollectionName, record: { id: string }): void;
  drop(collection: CollectionName, id: string): void;
}
export type RemovedRecords = Pick<NotesFile, 'highlights' | 'notes' | 'bookmarks'>;

export class NotesStore {
  private db!: Low<NotesFile>;
  private adapter!: DurableJsonFile<NotesFile>;
  private backups!: NotesBackups;
  private readOnly = false;
  private notice: NotesStartupNotice | null = null;
  private pendingWrite: Promise<void> | null = null;
  private lastWrite: Promise<void> = Promise.resolve();
  private backupRunning = false;
  private backupWaiting: string | null = null;
  private backupDone: Promise<void> = Promise.resolve();
  private journal!: NotesJournal;
  private seq = 0;
  private unjournalled: JournalOp[] = [];
  private journalled = 0;
  private snapshotWanted = false;
  private readonly now: () => Date;

  private constructor(private readonly options: NotesStoreOptions) {
    this.now = options.now ?? (() => new Date());
  }

  static async open(options: NotesStoreOptions): Promise<NotesStore> {
    const store = new NotesStore(options);
    await store.load();
    return store;
  }

  /**
   * What is on disk right now (snapshot + journal), read without writing anything: for tests and
   * diagnostics. Throws when the snapshot cannot be decoded.
   */
  static async peek(folder: string): Promise<NotesFile> {
    const filePath = path.join(folder, 'notes.json');
    const decoded = decodeNotesText(await readFile(filePath, 'utf8'), new Date().toISOString());
    if (!decoded.ok) throw new Error(decoded.reason);
    await NotesJournal.replay(`${filePath}.journal`, decoded.file, decoded.file.journalSeq);
    return decoded.file;
  }

  get filePath(): string {
    return path.join(this.options.folder, 'notes.json');
  }

  private async load(): Promise<void> {
    await mkdir(this.options.folder, { recursive: true });
    this.adapter = new DurableJsonFile<NotesFile>(this.filePath);
    this.backups = new NotesBackups(path.join(this.options.folder, 'notes-backups'));
    const loaded = await loadNotesFile({ filePath: this.filePath, progressFile: this.options.progressFile, backups: this.backups, now: this.now() });
    this.journal = new NotesJournal(`${this.filePath}.journal`);
    // Changes since the snapshot; after a recovery they go on top of the restored backup.
    const replayed = loaded.readOnly ? { applied: 0, lastSeq: 0 } : await NotesJournal.replay(this.journal.filePath, loaded.file, loaded.file.journalSeq);
    this.seq = replayed.lastSeq;
    this.db = new Low(this.adapter, loaded.file);
    this.readOnly = loaded.readOnly;
    this.notice = loaded.notice;
    if (loaded.needsWrite) await this.commitSnapshot();
    else if (replayed.applied > 0) void this.commitSnapshot().catch(() => undefined);
  }

  status(): NotesStatus {
    return { readOnly: this.readOnly, filePath: this.filePath, records: countRecords(this.db.data), notice: this.notice };
  }

  /** A deep copy of everything, for export and the notes list. */
  snapshot(): NotesFile {
    return structuredClone(this.db.data);
  }

  // ---- writing -------------------------------------------------------------------------------

  /**
   * Resolves once every change made so far is durable: its journal lines appended and fsynced, or
   * a whole new snapshot written when one is due.
   */
  private commit(): Promise<void> {
    if (this.pendingWrite) return this.pendingWrite;
    const run = async () => {
      this.pendingWrite = null; // changes from now on go into the next write
      const ops = this.unjournalled;
      this.unjournalled = [];
      try {
        if (this.snapshotWanted || this.journalled + ops.length >= COMPACT_EVERY) await this.writeSnapshot();
        else {
          await this.journal.append(ops);
          this.journalled += ops.length;
        }
      } catch (error) {
        this.unjournalled = [...ops, ...this.unjournalled]; // retried with the next write
        throw new ApiFailure('notes_save_failed', error instanceof Error ? error.message : String(error));
      }
    };
    const write = this.lastWrite.then(run, run);
    this.pendingWrite = write;
    this.lastWrite = write.catch(() => undefined);
    return write;
  }

  /** The whole file anew (after an import, a restore, a migration, or every COMPACT_EVERY changes). */
  private commitSnapshot(): Promise<void> {
    this.snapshotWanted = true;
    return this.commit();
  }

  private async writeSnapshot(): Promise<void> {
    this.db.data.journalSeq = this.seq;
    await this.db.write();
    this.snapshotWanted = false;
    // The snapshot holds every line so far; a crash before the reset only leaves lines replay skips.
    await this.journal.reset();
    this.journalled = 0;
    if (this.options.backups !== false) this.queueBackup(this.adapter.lastWritten);
  }

  /** Backups trail the saves and never delay an acknowledgement; bursts share one backup. */
  private queueBackup(text: string): void {
    this.backupWaiting = text;
    if (this.backupRunning) return;
    this.backupRunning = true;
    this.backupDone = (async () => {
      while (this.backupWaiting !== null) {
        const next = this.backupWaiting;
        this.backupWaiting = null;
        await this.backups.save(next, this.now()).catch(() => undefined);
      }
      this.backupRunning = false;
    })();
  }

  /** Everything in one snapshot and backed up: call before quitting. */
  async flush(): Promise<void> {
    await this.lastWrite;
    if (!this.readOnly && this.journalled > 0) await this.commitSnapshot().catch(() => undefined);
    await this.backupDone;
  }

  /** Closes the journal file (tests and quitting). */
  async close(): Promise<void> {
    await this.flush();
    await this.journal.close();
  }

  private async change<T>(apply: (data: NotesFile, now: string, log: ChangeLog) => T): Promise<T> {
    if (this.readOnly) throw new ApiFailure('notes_read_only', String(NOTES_SCHEMA_VERSION));
    const touched: { c: CollectionName; id: string; gone: boolean }[] = [];
    const log: ChangeLog = {
      put: (c, record) => touched.push({ c, id: record.id, gone: false }),
      drop: (c, id) => touched.push({ c, id, gone: true }),
    };
    const result = apply(this.db.data, this.now().toISOString(), log);
    for (const t of touched) {
      const record = t.gone ? undefined : (this.db.data[t.c] as Row[]).find((r) => r.id === t.id);
      // Lines are written after the change is complete, so each holds the record's final state.
      this.unjournalled.push(record ? { s: ++this.seq, c: t.c, u: structuredClone(record) } : { s: ++this.seq, c: t.c, d: t.id });
    }
    await this.commit();
    return structuredClone(result);
  }

  private find<K extends CollectionName>(name: K, id: string): NotesFile[K][number] {
    const record = (this.db.data[name] as Row[]).find((r) => r.id === id);
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
    return structuredClone(this.db.data.bookmarks).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Recently read, newest first. */
  recent(): ReadingRecord[] {
    return [...this.db.data.reading].sort((a, b) => b.openedAt.localeCompare(a.openedAt)).slice(0, LIMITS.recent).map((r) => ({ ...r }));
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
    return [...(this.db.data.checklists.find((c) => c.docId === docId)?.checked ?? [])];
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
  importJson(text: string): Promise<ImportReport> {
    if (this.readOnly) return Promise.reject(new ApiFailure('notes_read_only', String(NOTES_SCHEMA_VERSION)));
    const parsed = parseNotesImport(text, this.now().toISOString());
    if (!parsed.ok) return Promise.reject(new ApiFailure('import_invalid', `${parsed.reason}: ${parsed.detail}`.slice(0, 300)));
    return this.change((data) => {
      const { file, report } = mergeNotesFiles(data, parsed.file);
      this.db.data = file;
      this.snapshotWanted = true; // many records at once: a new snapshot, not journal lines
      return report;
    });
  }

  listBackups(): Promise<BackupInfo[]> {
    return this.backups.list();
  }

  /** Replaces everything with a backup; the state before is backed up first, so this is undoable. */
  async restoreBackup(name: string): Promise<{ records: number }> {
    if (this.readOnly) throw new ApiFailure('notes_read_only', String(NOTES_SCHEMA_VERSION));
    const text = await this.backups.read(name).catch(() => null);
    if (text === null) throw new ApiFailure('backup_not_found', name);
    const decoded = decodeNotesText(text, this.now().toISOString());
    if (!decoded.ok) throw new ApiFailure('backup_not_found', `${name}: ${decoded.reason}`);
    await this.flush();
    await this.backups.save(JSON.stringify(this.db.data), this.now());
    this.db.data = decoded.file;
    await this.commitSnapshot();
    return { records: countRecords(decoded.file) };
  }
}
