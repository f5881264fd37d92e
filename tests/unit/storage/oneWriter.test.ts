/**
 * One process writes a data folder. A second store on the same folder opens read-only, says so,
 * and loses nothing of the first one's notes; when the first lets go, the second takes over and
 * sees what the first wrote. A lock left by a process that died is taken over at once.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesStore } from '../../../electron/services/notes/NotesStore';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir('pustaka-one-writer');
const open: NotesStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
async function openNotes(folder: string) {
  const store = await NotesStore.open({ folder });
  open.push(store);
  return store;
}
const free = (body: string) => ({ target: { kind: 'free' as const }, body });

describe('two stores on one data folder', () => {
  it('makes the second read-only, says so, and loses nothing', async () => {
    const first = await openNotes(tempDir());
    for (let i = 0; i < 20; i++) await first.createNote(free(`pertama ${i}`));
    const second = await openNotes(tempDir());
    expect(second.status()).toMatchObject({ readOnly: true, unavailable: { reason: 'locked' } });
    expect(second.snapshot().notes).toHaveLength(20); // it can read
    await expect(second.createNote(free('kedua'))).rejects.toMatchObject({ code: 'notes_unavailable' });
    for (let i = 20; i < 40; i++) await first.createNote(free(`pertama ${i}`));
    expect((await NotesStore.peek(tempDir())).notes).toHaveLength(40);

    await first.close();
    // Once the folder is free, the second takes it over, with everything the first wrote.
    const saved = await second.createNote(free('kedua'));
    expect(saved.body).toBe('kedua');
    expect(second.status().unavailable).toBeNull();
    expect((await NotesStore.peek(tempDir())).notes).toHaveLength(41);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    await mkdir(path.join(tempDir(), 'pustaka.lock'));
    await writeFile(path.join(tempDir(), 'pustaka.lock.owner'), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname() }));
    const store = await openNotes(tempDir());
    expect(store.status().unavailable).toBeNull();
    await store.createNote(free('setelah aplikasi mogok'));
  });

  it('does not take over a lock held by a process that still runs', async () => {
    await mkdir(path.join(tempDir(), 'pustaka.lock'));
    await writeFile(path.join(tempDir(), 'pustaka.lock.owner'), JSON.stringify({ pid: process.ppid, host: os.hostname() }));
    const store = await openNotes(tempDir());
    expect(store.status()).toMatchObject({ readOnly: true, unavailable: { reason: 'locked' } });
  });
});
