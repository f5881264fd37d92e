import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesStore } from '../../../electron/services/notes/NotesStore';
import { readStoredJson } from '../support/storedJson';
import { useTempDir } from '../support/tempDir';
import { closeStores, openStore } from './notesFixtures';

const tempDir = useTempDir('pustaka-notes-journal');
afterEach(closeStores);
const journal = () => path.join(tempDir(), 'notes.json.journal');

describe('the notes journal', () => {
  it('holds each save as one line until the snapshot takes it over', async () => {
    const store = await openStore(tempDir());
    await store.createNote({ target: { kind: 'free' }, body: 'satu' });
    await store.createNote({ target: { kind: 'free' }, body: 'dua' });
    expect((await readFile(journal(), 'utf8')).trim().split('\n')).toHaveLength(2);
    await store.flush();
    expect(await readFile(journal(), 'utf8')).toBe('');
    expect((await readStoredJson(path.join(tempDir(), 'notes.json'))).notes).toHaveLength(2);
  });

  it('replays every whole line after a crash and stops at a torn one', async () => {
    const store = await openStore(tempDir());
    const a = await store.createNote({ target: { kind: 'free' }, body: 'utuh' });
    await store.updateNote(a.id, { body: 'utuh, diubah' });
    const b = await store.createNote({ target: { kind: 'free' }, body: 'dihapus' });
    await store.deleteNote(b.id);
    await appendFile(journal(), '{"s":99,"c":"notes","u":{"id":"setengah","bo');
    const reopened = await openStore(tempDir());
    expect(reopened.snapshot().notes.map((n) => n.body)).toEqual(['utuh, diubah']);
  });

  it('skips lines the snapshot already holds (a crash between snapshot and journal reset)', async () => {
    const store = await openStore(tempDir());
    await store.createNote({ target: { kind: 'free' }, body: 'sekali' });
    const lines = await readFile(journal(), 'utf8');
    await store.flush();
    await appendFile(journal(), lines); // as if the reset never happened
    expect((await NotesStore.peek(tempDir())).notes).toHaveLength(1);
  });

  it('rewrites the snapshot every 500 changes, so the journal stays short', async () => {
    const store = await openStore(tempDir(), { backups: false });
    const note = await store.createNote({ target: { kind: 'free' }, body: '' });
    for (let i = 0; i < 520; i++) await store.updateNote(note.id, { body: `ketikan ${i}` });
    const lines = (await readFile(journal(), 'utf8')).trim().split('\n').length;
    expect(lines).toBeLessThan(500);
    expect((await NotesStore.peek(tempDir())).notes[0]!.body).toBe('ketikan 519');
  });
});
