import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { emptyNotesFile } from '../../../core/notes/schema';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../support/tempDir';
import { anchorFor, openStore, closeStores } from './notesFixtures';

const tempDir = useTempDir('pustaka-notes');
afterEach(closeStores);
import { NotesStore } from '../../../electron/services/notes/NotesStore';

/** Snapshot + journal as they are on disk: what a crash right now would leave. */
const onDisk = (dir: string) => NotesStore.peek(dir);

describe('NotesStore operations', () => {
  it('creates a highlight with a note, and both are on disk when the call resolves', async () => {
    const store = await openStore(tempDir());
    const { highlight, note } = await store.createHighlight({ docId: 'dok-a', anchor: anchorFor('pengaduan masyarakat'), colour: 'hijau', note: 'Penting' });
    const file = await onDisk(tempDir());
    expect(file.highlights).toEqual([highlight]);
    expect(file.notes).toEqual([note]);
    expect(note).toMatchObject({ target: { kind: 'highlight', highlightId: highlight.id, docId: 'dok-a' }, body: 'Penting' });
    for (const record of [highlight, note!]) expect(record).toMatchObject({ id: expect.any(String), createdAt: expect.any(String), updatedAt: expect.any(String) });
  });

  it('updates a highlight (colour, tags, detached) and its updatedAt', async () => {
    const store = await openStore(tempDir());
    const { highlight } = await store.createHighlight({ docId: 'dok-a', anchor: anchorFor('Warga'), colour: 'kuning' });
    const updated = await store.updateHighlight(highlight.id, { colour: 'merah', tags: ['anggaran'], detached: true });
    expect(updated).toMatchObject({ colour: 'merah', tags: ['anggaran'], detached: true });
    expect(updated.updatedAt > highlight.updatedAt).toBe(true);
    expect(store.snapshot().tags.map((t) => t.name)).toEqual(['anggaran']);
  });

  it('deletes a highlight with its notes, and undo puts back exactly what was removed', async () => {
    const store = await openStore(tempDir());
    const { highlight } = await store.createHighlight({ docId: 'dok-a', anchor: anchorFor('Warga'), colour: 'biru', note: 'x' });
    const before = store.snapshot();
    const removed = await store.deleteHighlight(highlight.id);
    expect(removed.highlights).toHaveLength(1);
    expect(removed.notes).toHaveLength(1);
    expect((await onDisk(tempDir())).highlights).toEqual([]);
    await store.restoreRecords(removed);
    expect(store.snapshot().highlights).toEqual(before.highlights);
    expect((await onDisk(tempDir())).notes).toEqual(before.notes);
  });

  it('writes document, free-standing notes; edits and deletes them', async () => {
    const store = await openStore(tempDir());
    const docNote = await store.createNote({ target: { kind: 'document', docId: 'dok-a' }, body: '# Judul\n\nisi', tags: ['rapat'] });
    const free = await store.createNote({ target: { kind: 'free' }, body: 'lepas' });
    const edited = await store.updateNote(free.id, { body: 'lepas, diubah' });
    expect(edited.body).toBe('lepas, diubah');
    await store.deleteNote(docNote.id);
    expect((await onDisk(tempDir())).notes.map((n: { body: string }) => n.body)).toEqual(['lepas, diubah']);
  });

  it('answers an unknown id with notes_not_found and writes nothing', async () => {
    const store = await openStore(tempDir());
    await expect(store.updateNote('tidak-ada', { body: 'x' })).rejects.toMatchObject({ code: 'notes_not_found' });
    await expect(store.deleteHighlight('tidak-ada')).rejects.toMatchObject({ code: 'notes_not_found' });
  });

  it('keeps bookmarks once per place, newest first, and removes them', async () => {
    const store = await openStore(tempDir());
    const a = await store.addBookmark({ docId: 'dok-a' });
    expect(await store.addBookmark({ docId: 'dok-a' })).toEqual(a);
    const b = await store.addBookmark({ docId: 'dok-b', slug: 'masalah', label: 'Masalah' });
    expect(store.bookmarks().map((x) => x.id)).toEqual([b.id, a.id]);
    await store.removeBookmark(a.id);
    expect(store.bookmarks()).toHaveLength(1);
  });

  it('keeps reading progress and recently read, newest first, each once', async () => {
    const store = await openStore(tempDir());
    await store.markOpened('a');
    await store.markOpened('b', 0.5);
    await store.markOpened('a');
    expect(store.recent().map((r) => [r.docId, r.position])).toEqual([['a', 0], ['b', 0.5]]);
  });

  it('keeps ticked checklist items across a restart and loses none when saved at once', async () => {
    const store = await openStore(tempDir());
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.setChecklistItem('panduan-a', `butir-${i}`, true)));
    await store.setChecklistItem('panduan-a', 'butir-3', false);
    const again = await openStore(tempDir());
    expect(again.checklist('panduan-a')).toHaveLength(24);
    expect(again.checklist('panduan-c')).toEqual([]);
  });

  it('keeps reading places and checklists of folder documents apart, even for long keys that share a beginning', async () => {
    const store = await openStore(tempDir());
    const long = `folder-3f9a0c1d~${'sop-pelayanan-administrasi-kependudukan-'.repeat(2)}`;
    const [first, second] = [`${long}satu`, `${long}dua`];
    await store.markOpened('folder-3f9a0c1d~sop-ktp', 0.25);
    await store.markOpened(first, 0.5);
    await store.markOpened(second, 0.75);
    await store.setChecklistItem(first, 'butir-1', true);
    await store.setChecklistItem(second, 'butir-2', true);
    const again = await openStore(tempDir());
    expect(again.recent().map((r) => [r.docId, r.position])).toEqual([[second, 0.75], [first, 0.5], ['folder-3f9a0c1d~sop-ktp', 0.25]]);
    expect(again.checklist(first)).toEqual(['butir-1']);
    expect(again.checklist(second)).toEqual(['butir-2']);
  });

  it('keeps saved searches and the default colour', async () => {
    const store = await openStore(tempDir());
    const search = await store.saveSearch('Aduan', 'pengaduan sektor:kesehatan');
    await store.setDefaultColour('biru');
    await store.setDefaultColour('hijau');
    const again = await openStore(tempDir());
    expect(again.snapshot().savedSearches).toEqual([search]);
    expect(again.snapshot().settings).toMatchObject([{ defaultColour: 'hijau' }]);
    await again.deleteSavedSearch(search.id);
    expect(again.snapshot().savedSearches).toEqual([]);
  });

  it('coalesces rapid edits and keeps the last one', async () => {
    const store = await openStore(tempDir());
    const note = await store.createNote({ target: { kind: 'free' }, body: '' });
    const typing = 'Catatan yang diketik cepat'.split('').map((_, i, all) => store.updateNote(note.id, { body: all.slice(0, i + 1).join('') }));
    await Promise.all(typing);
    expect((await onDisk(tempDir())).notes[0]!.body).toBe('Catatan yang diketik cepat');
  });

  it('takes over progress.json once, leaving the old file in place', async () => {
    const progress = path.join(tempDir(), 'progress.json');
    await writeFile(progress, JSON.stringify({ schemaVersion: 1, checklists: { 'panduan-a': ['langkah-1'] }, recent: [{ id: 'dok-a', openedAt: '2026-11-28T08:00:00.000Z' }] }));
    const store = await openStore(tempDir(), { progressFile: progress });
    expect(store.status().notice).toEqual({ kind: 'imported-progress', records: 2 });
    expect(store.checklist('panduan-a')).toEqual(['langkah-1']);
    expect(store.recent()[0]).toMatchObject({ docId: 'dok-a' });
    await store.setChecklistItem('panduan-a', 'langkah-2', true);
    const again = await openStore(tempDir(), { progressFile: progress });
    expect(again.status().notice).toBeNull();
    expect(again.checklist('panduan-a')).toEqual(['langkah-1', 'langkah-2']);
    expect(JSON.parse(await readFile(progress, 'utf8')).checklists['panduan-a']).toEqual(['langkah-1']);
  });

  it('reports a failed write as notes_save_failed, keeps nothing of it, and a retry saves it once', async () => {
    const folder = path.join(tempDir(), 'data');
    await mkdir(folder);
    const store = await openStore(folder, { backups: false }); // no trailing backup racing the folder's removal
    const exported = JSON.stringify({ ...emptyNotesFile(), notes: [{ id: 'impor-1', target: { kind: 'free' }, body: 'diimpor', tags: [], createdAt: '2026-11-29T07:00:00.000Z', updatedAt: '2026-11-29T07:00:00.000Z' }] });
    await rm(folder, { recursive: true });
    await expect(store.importJson(exported)).rejects.toMatchObject({ code: 'notes_save_failed' });
    // "Not saved" is true: the import is not kept in memory to be written later.
    expect(store.snapshot().notes).toEqual([]);
    await mkdir(folder);
    await store.createNote({ target: { kind: 'free' }, body: 'berikutnya' });
    expect((await onDisk(folder)).notes.map((n) => n.body)).toEqual(['berikutnya']);
    await store.importJson(exported);
    await store.importJson(exported);
    expect((await onDisk(folder)).notes.map((n) => n.body).sort()).toEqual(['berikutnya', 'diimpor']);
  });

});
