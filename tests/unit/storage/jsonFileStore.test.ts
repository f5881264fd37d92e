/**
 * Settings, session packs and slide positions share the durable path: a flipped bit inside a
 * string value (which still parses) is caught by the checksum, the file is moved aside, and the
 * newest good backup comes back.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionPackStore } from '../../../electron/services/packs/SessionPackStore';
import { createHost } from '../../../electron/services/host/createHost';
import { writeCompiledLibrary } from '../support/libraryFixture';
import { readStoredJson } from '../support/storedJson';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir('pustaka-json-store');

const draft = { title: 'Sesi replikasi', date: '2026-12-03', audience: 'OPD', trainer: 'Widyaiswara', durationMinutes: 90, items: [{ docId: 'contoh-panduan' }] };

describe('a small data file with a flipped bit', () => {
  it('is caught by its checksum, kept aside, and the newest good backup comes back', async () => {
    const file = path.join(tempDir(), 'packs.json');
    const store = new SessionPackStore(file);
    await store.init();
    await store.save(draft);
    await store.save({ ...draft, title: 'Sesi kedua' });
    await store.settled();
    const text = await readFile(file, 'utf8');
    const at = text.indexOf('Sesi kedua');
    const damaged = text.slice(0, at) + 'Sesi kedu`' + text.slice(at + 10); // still valid JSON
    expect(() => JSON.parse(damaged)).not.toThrow();
    await writeFile(file, damaged);

    const reopened = new SessionPackStore(file);
    await reopened.init();
    expect(reopened.list().map((p) => p.title).sort()).toEqual(['Sesi kedua', 'Sesi replikasi']);
    const notice = (reopened as unknown as { store: { loadNotice(): unknown } }).store.loadNotice();
    expect(notice).toMatchObject({ reason: { id: 'checksum tidak cocok', en: 'checksum mismatch' }, restoredFrom: expect.stringMatching(/^packs-/) });
    expect((await readdir(tempDir())).some((n) => n.startsWith('packs.json.rusak-'))).toBe(true);
    expect((await readStoredJson(file)).packs).toHaveLength(2);
  });

  it('reads files written before checksums and adds one on the next write', async () => {
    const file = path.join(tempDir(), 'packs.json');
    await writeFile(file, JSON.stringify({ schemaVersion: 1, packs: [] }));
    const store = new SessionPackStore(file);
    await store.init();
    await store.save(draft);
    expect((await readFile(file, 'utf8')).startsWith('{"sha256":"')).toBe(true);
  });
});

describe('restoring a backup that does not exist', () => {
  it('says which backup, in both languages, instead of an internal error', async () => {
    await writeCompiledLibrary(path.join(tempDir(), 'content'));
    const host = await createHost({ userDataDir: path.join(tempDir(), 'user'), contentDir: path.join(tempDir(), 'content'), appInfo: { name: 'P', version: '0', platform: 'linux' }, openExternal: async () => false });
    const missing = await host.invoke('backup:restore', { name: 'notes-2000-01-01T00-00-00-000Z-000.json' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'backup_not_found', messages: { id: expect.stringContaining('notes-2000-01-01'), en: expect.stringContaining('notes-2000-01-01') } } });
    for (const name of ['../../etc/passwd', 'x'.repeat(300)]) {
      const result = await host.invoke('backup:restore', { name });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok) expect(result.error.message.length).toBeLessThan(250);
    }
    await host.settle();
  });
});
