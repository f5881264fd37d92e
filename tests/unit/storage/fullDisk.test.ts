/**
 * A full disk at the moment of writing: the half line it leaves never swallows a later save, the
 * failed save is reported and not kept, a retry saves it once, and a crash afterwards loses nothing
 * that was acknowledged.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesStore } from '../../../electron/services/notes/NotesStore';
import { FramedJournal } from '../../../electron/services/storage/durable/FramedJournal';
import { closeStores, openStore } from '../notes/notesFixtures';
import { useTempDir } from '../support/tempDir';
import { faultyFs } from './faultyFs';

const tempDir = useTempDir('pustaka-full-disk');
afterEach(closeStores);

describe('a disk that fills up while notes are saved', () => {
  it('reports the failed save, keeps nothing of it, and loses nothing acknowledged after space returns', async () => {
    const fs = faultyFs();
    const folder = path.join(tempDir(), 'data');
    const store = await openStore(folder, { fs, backups: false });
    const acknowledged: string[] = [];
    for (let i = 0; i < 10; i++) acknowledged.push((await store.createNote({ target: { kind: 'free' }, body: `sebelum ${i}` })).id);

    fs.problem = 'ENOSPC';
    const failed = store.createNote({ target: { kind: 'free' }, body: 'saat disk penuh' });
    await expect(failed).rejects.toMatchObject({ code: 'notes_save_failed', detail: { id: expect.stringContaining('disk penuh'), en: expect.stringContaining('disk is full') } });
    expect(store.snapshot().notes.map((n) => n.body)).not.toContain('saat disk penuh');
    expect(store.status().unavailable).toMatchObject({ reason: 'full' });
    // While the disk stays full, further saves say so instead of pretending.
    await expect(store.createNote({ target: { kind: 'free' }, body: 'masih penuh' })).rejects.toMatchObject({ code: 'notes_unavailable' });

    fs.problem = null;
    // The retry the message asks for: saved once, with no duplicate.
    acknowledged.push((await store.createNote({ target: { kind: 'free' }, body: 'saat disk penuh' })).id);
    expect(store.status().unavailable).toBeNull();
    for (let i = 0; i < 10; i++) acknowledged.push((await store.createNote({ target: { kind: 'free' }, body: `sesudah ${i}` })).id);

    // A crash now (no flush): everything acknowledged is on disk.
    await store.abandon();
    const onDisk = await NotesStore.peek(folder);
    expect(onDisk.notes.map((n) => n.id).sort()).toEqual([...acknowledged].sort());
    expect(onDisk.notes.filter((n) => n.body === 'saat disk penuh')).toHaveLength(1);
    expect(onDisk.notes.map((n) => n.body)).not.toContain('masih penuh');
  });

  it('keeps a failed import out of memory and out of the file', async () => {
    const fs = faultyFs();
    const folder = path.join(tempDir(), 'impor');
    const store = await openStore(folder, { fs, backups: false });
    await store.createNote({ target: { kind: 'free' }, body: 'milik pengguna' });
    fs.problem = 'ENOSPC';
    const file = JSON.stringify({
      schemaVersion: 2,
      notes: [{ id: 'impor-1', target: { kind: 'free' }, body: 'dari berkas', tags: [], createdAt: '2026-11-29T07:00:00.000Z', updatedAt: '2026-11-29T07:00:00.000Z' }],
    });
    await expect(store.importJson(file)).rejects.toMatchObject({ code: 'notes_save_failed' });
    expect(store.snapshot().notes.map((n) => n.body)).toEqual(['milik pengguna']);
    fs.problem = null;
    await store.importJson(file);
    await store.abandon();
    expect((await NotesStore.peek(folder)).notes.map((n) => n.body).sort()).toEqual(['dari berkas', 'milik pengguna']);
  });
});

describe('the journal after a failed append', () => {
  it('cuts the half line away, so the next good line is read back', async () => {
    const fs = faultyFs();
    const file = path.join(tempDir(), 'jurnal');
    const journal = new FramedJournal(fs, file);
    await journal.append([{ s: 1, c: 'notes', d: 'a' }]);
    fs.problem = 'ENOSPC';
    await expect(journal.append([{ s: 2, c: 'notes', d: 'gagal' }])).rejects.toMatchObject({ code: 'ENOSPC' });
    fs.problem = null;
    await journal.append([{ s: 2, c: 'notes', d: 'b' }]);
    await journal.close();
    expect(await FramedJournal.read(fs, file)).toEqual({ records: [{ s: 1, c: 'notes', d: 'a' }, { s: 2, c: 'notes', d: 'b' }], damaged: 0 });
  });

  it('appends nothing more until the half line can be cut away', async () => {
    const fs = faultyFs();
    const file = path.join(tempDir(), 'jurnal-ro');
    const journal = new FramedJournal(fs, file);
    await journal.append([{ s: 1, c: 'notes', d: 'a' }]);
    fs.problem = 'EROFS';
    await expect(journal.append([{ s: 2, c: 'notes', d: 'gagal' }])).rejects.toMatchObject({ code: 'EROFS' });
    await expect(journal.append([{ s: 2, c: 'notes', d: 'juga gagal' }])).rejects.toMatchObject({ code: 'EROFS' });
    fs.problem = null;
    await journal.append([{ s: 2, c: 'notes', d: 'b' }]);
    await journal.close();
    expect((await FramedJournal.read(fs, file)).records).toEqual([{ s: 1, c: 'notes', d: 'a' }, { s: 2, c: 'notes', d: 'b' }]);
  });
});
