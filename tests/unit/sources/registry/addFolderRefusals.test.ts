import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/tempDir';
import { startSourcesHost, writeUserFolder } from './sourcesHost';

const tempDir = useTempDir('pustaka-sources-refusals');

async function sourcesFile(userDataDir: string): Promise<string | null> {
  return readFile(path.join(userDataDir, 'sources.json'), 'utf8').catch(() => null);
}

describe('a folder that cannot be added is refused with the reason, and nothing is written', () => {
  const cases: { name: string; folder: (base: string, userData: string) => Promise<string>; id: RegExp; en: RegExp }[] = [
    { name: 'a folder that does not exist', folder: async (base) => path.join(base, 'tidak-ada'), id: /folder tidak ditemukan/, en: /does not exist/ },
    {
      name: 'a file, not a folder',
      folder: async (base) => {
        await writeFile(path.join(base, 'catatan.md'), '# Catatan');
        return path.join(base, 'catatan.md');
      },
      id: /berkas, bukan folder/,
      en: /a file, not a folder/,
    },
    { name: 'a relative path', folder: async () => 'dokumen/sop', id: /jalur folder harus lengkap/, en: /must be absolute/ },
    { name: "the app's data folder", folder: async (_base, userData) => userData, id: /folder data aplikasi/, en: /app's own data folder/ },
    {
      name: "a folder inside the app's data folder",
      folder: async (_base, userData) => {
        await mkdir(path.join(userData, 'cache', 'sources'), { recursive: true });
        return path.join(userData, 'cache');
      },
      id: /folder data aplikasi/,
      en: /app's own data folder/,
    },
    { name: "a folder around the app's data folder", folder: async (base) => base, id: /folder data aplikasi/, en: /app's own data folder/ },
  ];

  for (const c of cases) {
    it(`refuses ${c.name}`, async () => {
      const t = await startSourcesHost(tempDir());
      const folder = await c.folder(tempDir(), t.userDataDir);
      const result = await t.host.invoke('sources:addFolder', { path: folder });
      expect(result).toMatchObject({ ok: false, error: { code: 'source_folder_invalid' } });
      if (!result.ok) {
        expect(result.error.messages.id).toMatch(c.id);
        expect(result.error.messages.id).toMatch(/Tidak ada yang diubah/);
        expect(result.error.messages.en).toMatch(c.en);
        expect(result.error.message).toBe(result.error.messages.id); // the UI language
      }
      expect(await sourcesFile(t.userDataDir)).toBeNull();
      expect((await t.call('sources:list')).sources).toHaveLength(1);
      expect(t.indexers.opened).toEqual([]);
      await t.host.settle();
    });
  }

  it('refuses the same folder twice, however it is spelled, naming the source it already is', async () => {
    const t = await startSourcesHost(tempDir());
    const folder = await writeUserFolder(path.join(tempDir(), 'sop'), { 'a.md': '# A' });
    await t.call('sources:addFolder', { path: folder, name: 'SOP Kecamatan' });
    const written = await sourcesFile(t.userDataDir);
    for (const spelling of [folder, `${folder}/`, path.join(folder, '..', 'sop')]) {
      const result = await t.host.invoke('sources:addFolder', { path: spelling });
      expect(result).toMatchObject({ ok: false, error: { code: 'source_folder_invalid', messages: { id: expect.stringContaining('sudah ditambahkan sebagai sumber "SOP Kecamatan"'), en: expect.stringContaining('already added') } } });
    }
    expect(await sourcesFile(t.userDataDir)).toBe(written);
    expect((await t.call('sources:list')).sources).toHaveLength(2);
    await t.host.settle();
  });

  it('answers an unknown source id with source_not_found and writes nothing', async () => {
    const t = await startSourcesHost(tempDir());
    for (const [channel, input] of [
      ['sources:rename', { id: 'folder-00000000', name: 'Baru' }],
      ['sources:setEnabled', { id: 'folder-00000000', enabled: false }],
      ['sources:remove', { id: 'folder-00000000' }],
      ['sources:reindex', { id: 'folder-00000000' }],
      ['sources:problems', { id: 'folder-00000000' }],
    ] as const) {
      const result = await t.host.invoke(channel, input);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'source_not_found', messages: { id: expect.stringContaining('folder-00000000'), en: expect.stringContaining('was not found') } } });
    }
    expect(await sourcesFile(t.userDataDir)).toBeNull();
    await t.host.settle();
  });

  it('refuses a bad name or id at the contract, before anything runs', async () => {
    const t = await startSourcesHost(tempDir());
    const folder = await writeUserFolder(path.join(tempDir(), 'sop'), { 'a.md': '# A' });
    for (const input of [{ path: folder, name: '   ' }, { path: folder, name: '!!!' }, { path: folder, name: 'x'.repeat(81) }, { path: '' }]) {
      expect(await t.host.invoke('sources:addFolder', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await t.host.invoke('sources:rename', { id: '../etc', name: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await sourcesFile(t.userDataDir)).toBeNull();
    await t.host.settle();
  });

  it('asks the host for a folder when no path is given, and a cancelled picker adds nothing', async () => {
    const base = tempDir();
    const folder = await writeUserFolder(path.join(base, 'dipilih'), { 'a.md': '# A' });
    const answers: (string | null)[] = [null, folder];
    const t = await startSourcesHost(base, { pickFolder: async () => answers.shift() ?? null });
    expect(await t.call('sources:addFolder', {})).toEqual({ cancelled: true });
    expect(await sourcesFile(t.userDataDir)).toBeNull();
    expect((await t.call('sources:addFolder', {})).source).toMatchObject({ name: 'dipilih', root: folder });
    await t.host.settle();
  });

  it('without a folder picker (the harness), a call with no path says a folder must be chosen', async () => {
    const t = await startSourcesHost(tempDir());
    const result = await t.host.invoke('sources:addFolder', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'source_folder_invalid', messages: { id: expect.stringContaining('tidak ada folder yang dipilih'), en: expect.stringContaining('no folder was chosen') } } });
    await expect(access(path.join(t.userDataDir, 'sources.json'))).rejects.toThrow();
    await t.host.settle();
  });
});
