/**
 * The app always starts: with a data folder that is read-only, full, or missing and uncreatable,
 * the host opens, the library works, note calls return a clear reason in the UI language, and
 * saving resumes by itself once the folder can be written again.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/services/host/createHost';
import { writeCompiledLibrary } from '../support/libraryFixture';
import { useTempDir } from '../support/tempDir';
import { faultyFs, type FaultyFs } from './faultyFs';

const tempDir = useTempDir('pustaka-unwritable');
let host: Host | null = null;
afterEach(async () => {
  await host?.settle();
  host = null;
});

async function start(userDataDir: string, fs?: FaultyFs): Promise<Host> {
  const contentDir = path.join(tempDir(), 'content');
  await writeCompiledLibrary(contentDir);
  host = await createHost({ userDataDir, contentDir, appInfo: { name: 'Pustaka Inovasi', version: '0.1.0', platform: 'linux' }, openExternal: async () => false, fs });
  return host;
}

const note = { target: { kind: 'free' }, body: 'Catatan rapat koordinasi' };

describe('a data folder that cannot be written', () => {
  for (const [problem, code, reason, words] of [
    ['read-only', 'EROFS', 'read-only', 'hanya dapat dibaca'],
    ['full', 'ENOSPC', 'full', 'disk penuh'],
  ] as const) {
    it(`(${problem}) still opens the library, refuses notes with the reason, and saves again once it can`, async () => {
      const fs = faultyFs();
      fs.problem = code;
      const h = await start(path.join(tempDir(), 'data'), fs);
      const listing = await h.invoke('library:list', undefined);
      expect(listing.ok).toBe(true);
      const status = await h.invoke('notes:status', undefined);
      expect(status).toMatchObject({ ok: true, value: { unavailable: { reason } } });

      const refused = await h.invoke('notes:createNote', note);
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.error.code).toBe('notes_unavailable');
      expect(refused.error.messages.id).toContain(words);
      expect(refused.error.messages.en).not.toMatch(/[A-Z]{4,}:/); // no raw "ENOSPC: …" text
      const settings = await h.invoke('app:setTheme', { theme: 'dark' });
      expect(settings).toMatchObject({ ok: false, error: { code: 'storage_failed' } });

      fs.problem = null;
      const saved = await h.invoke('notes:createNote', note);
      expect(saved.ok).toBe(true);
      expect(await h.invoke('notes:status', undefined)).toMatchObject({ ok: true, value: { unavailable: null } });
    });
  }

  it('(missing and uncreatable) opens, explains, and recovers by itself once the folder can be made', async () => {
    const blocker = path.join(tempDir(), 'bukan-folder');
    await writeFile(blocker, 'sebuah berkas, bukan folder');
    const h = await start(path.join(blocker, 'data'));
    expect((await h.invoke('library:list', undefined)).ok).toBe(true);
    expect(await h.invoke('notes:status', undefined)).toMatchObject({ ok: true, value: { unavailable: { reason: 'missing' } } });
    const english = await h.invoke('app:setLanguage', { language: 'en' });
    expect(english).toMatchObject({ ok: false, error: { code: 'storage_failed' } }); // settings cannot be saved either, and say so
    const refused = await h.invoke('notes:createNote', note);
    expect(refused).toMatchObject({ ok: false, error: { code: 'notes_unavailable' } });

    await rm(blocker);
    const saved = await h.invoke('notes:createNote', note);
    expect(saved.ok).toBe(true);
    const list = await h.invoke('notes:list', undefined);
    expect(list).toMatchObject({ ok: true, value: { notes: [{ body: note.body }] } });
  });
});
