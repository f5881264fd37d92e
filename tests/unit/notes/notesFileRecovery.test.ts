import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NOTES_SCHEMA_VERSION, emptyNotesFile } from '../../../core/notes/schema';
import { readStoredJson } from '../support/storedJson';
import { useTempDir } from '../support/tempDir';
import { anchorFor, openStore, closeStores } from './notesFixtures';

const tempDir = useTempDir('pustaka-notes-recovery');
afterEach(closeStores);
const file = () => path.join(tempDir(), 'notes.json');

/** A store with three saves behind it, so there are backups to come back to. */
async function storeWithHistory() {
  const store = await openStore(tempDir());
  await store.createNote({ target: { kind: 'free' }, body: 'satu' });
  await store.flush();
  await store.createNote({ target: { kind: 'free' }, body: 'dua' });
  await store.flush();
  await store.createHighlight({ docId: 'dok-a', anchor: anchorFor('Warga'), colour: 'kuning' });
  await store.flush();
  return store;
}

describe('a damaged notes file', () => {
  const damages: [string, string | ((text: string) => string)][] = [
    ['corrupt', '{"schemaVersion": 2, "notes": [ {"id": '],
    ['truncated', (text) => text.slice(0, Math.floor(text.length / 2))],
    ['empty', ''],
    ['wrong-type (an array)', '[1, 2, 3]'],
    ['wrong-type (a string)', '"catatan"'],
    ['wrong-type (records of the wrong shape)', JSON.stringify({ schemaVersion: 2, notes: [{ id: 5 }] })],
  ];

  for (const [name, damage] of damages) {
    it(`(${name}) is moved aside, never deleted, and the newest good backup comes back`, async () => {
      await storeWithHistory();
      const good = await readFile(file(), 'utf8');
      const bad = typeof damage === 'string' ? damage : damage(good);
      await writeFile(file(), bad);
      const store = await openStore(tempDir());
      const status = store.status();
      expect(status.notice).toMatchObject({ kind: 'recovered', restoredRecords: 3 });
      if (status.notice?.kind !== 'recovered') throw new Error('unreachable');
      expect(status.notice.restoredFrom).toMatch(/^notes-.*\.json$/);
      expect(await readFile(status.notice.movedTo, 'utf8')).toBe(bad);
      expect(store.snapshot().notes.map((n) => n.body)).toEqual(['satu', 'dua']);
      expect((await readStoredJson(file())).highlights).toHaveLength(1);
      // The app goes on working.
      await store.createNote({ target: { kind: 'free' }, body: 'tiga' });
    });
  }

  it('with no good backup starts empty, says so, and still keeps the bad file', async () => {
    await writeFile(file(), '{ rusak');
    const store = await openStore(tempDir());
    expect(store.status().notice).toMatchObject({ kind: 'recovered', restoredFrom: null, restoredRecords: 0 });
    expect((await readdir(tempDir())).some((n) => n.startsWith('notes.json.rusak-'))).toBe(true);
  });
});

describe('a file from a newer version of the app', () => {
  it('opens read-only with a clear notice and is never written', async () => {
    const newer = JSON.stringify({ ...emptyNotesFile(), schemaVersion: NOTES_SCHEMA_VERSION + 1, notes: [] });
    await writeFile(file(), newer);
    const store = await openStore(tempDir());
    expect(store.status()).toMatchObject({ readOnly: true, notice: { kind: 'newer-version', fileVersion: NOTES_SCHEMA_VERSION + 1 } });
    await expect(store.createNote({ target: { kind: 'free' }, body: 'x' })).rejects.toMatchObject({ code: 'notes_read_only' });
    await expect(store.importJson(JSON.stringify(emptyNotesFile()))).rejects.toMatchObject({ code: 'notes_read_only' });
    expect(await readFile(file(), 'utf8')).toBe(newer);
  });

  it('shows what this version understands of it', async () => {
    const store = await openStore(tempDir());
    await store.createNote({ target: { kind: 'free' }, body: 'dari versi baru' });
    await store.flush();
    const data = (await readStoredJson(file()));
    await writeFile(file(), JSON.stringify({ ...data, schemaVersion: 9 }));
    const reopened = await openStore(tempDir());
    expect(reopened.snapshot().notes[0]?.body).toBe('dari versi baru');
  });
});

describe('backups', () => {
  it('keep the last 10 saves of today and one per day for 14 days', async () => {
    let t = Date.parse('2026-11-01T08:00:00.000Z');
    const clock = () => new Date(t);
    const store = await openStore(tempDir(), { now: clock });
    for (let day = 0; day < 20; day++) {
      for (let save = 0; save < 12; save++) {
        t += 60_000;
        await store.createNote({ target: { kind: 'free' }, body: `hari ${day} simpan ${save}` });
        await store.flush();
      }
      t += 86_400_000;
    }
    const backups = await store.listBackups();
    const days = new Set(backups.map((b) => b.savedAt.slice(0, 10)));
    const today = backups[0]!.savedAt.slice(0, 10);
    expect(backups.filter((b) => b.savedAt.startsWith(today))).toHaveLength(10);
    expect(days.size).toBe(15);
    expect(backups.length).toBe(10 + 14);
  });

  it('restore from Settings: the chosen backup comes back, and the state before is backed up first', async () => {
    const store = await storeWithHistory();
    const backups = await store.listBackups();
    const holding = async (name: string) => (await readStoredJson(path.join(tempDir(), 'notes-backups', name))).notes.length;
    const afterFirstNote = (await Promise.all(backups.map(async (b) => ({ b, notes: await holding(b.name) })))).find((x) => x.notes === 1)!.b;
    const result = await store.restoreBackup(afterFirstNote.name);
    expect(result.records).toBe(1);
    expect(store.snapshot().notes.map((n) => n.body)).toEqual(['satu']);
    const after = await store.listBackups();
    const undo = await readStoredJson(path.join(tempDir(), 'notes-backups', after[0]!.name));
    expect(undo.notes).toHaveLength(2);
    await expect(store.restoreBackup('notes-2000-01-01T00-00-00-000Z-000.json')).rejects.toMatchObject({ code: 'backup_not_found' });
  });
});
