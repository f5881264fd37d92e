/** The registry with the real FolderIndexer behind it: real folders, worker threads, cache files. */
import { access, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceCacheDir } from '../../../../electron/services/sources/sourcePaths';
import { useTempDir } from '../../support/tempDir';
import { startSourcesHost, waitUntilIndexed, writeUserFolder } from './sourcesHost';

const tempDir = useTempDir('pustaka-sources-real');

describe('a folder source indexed by the real FolderIndexer', () => {
  it('is listed, read, searched through segments in the cache, hidden, and removed without touching the folder', async () => {
    const t = await startSourcesHost(tempDir(), {}, true);
    const folder = await writeUserFolder(path.join(tempDir(), 'SOP Kecamatan'), {
      'sop-ktp.md': '# SOP Pelayanan KTP',
      'sop-akta.md': '# SOP Akta Kelahiran',
    });
    const { source } = await t.call('sources:addFolder', { path: folder });
    const indexed = await waitUntilIndexed(t, source.id);
    expect(indexed).toMatchObject({ status: 'ready', documentCount: 2, name: 'SOP Kecamatan' });

    const listing = await t.call('library:list');
    const folderDocs = listing.documents.filter((d: any) => d.source === source.id);
    expect(folderDocs.map((d: any) => d.id).sort()).toEqual([`${source.id}~sop-akta`, `${source.id}~sop-ktp`]);
    const doc = await t.call('library:get', { id: `${source.id}~sop-ktp` });
    expect(doc).toMatchObject({ source: source.id, meta: { title: 'SOP Pelayanan KTP' } });
    expect(doc.html).toContain('Isi dokumen');

    const { segments, generation } = await t.call('search:segments');
    expect(generation).toBeGreaterThan(0);
    expect(segments.length).toBeGreaterThan(0);
    for (const segment of segments) {
      expect(segment.url).toBe(`./__sources/${source.id}/${segment.name}/`);
      expect((await stat(path.join(sourceCacheDir(t.userDataDir, source.id), segment.name))).isDirectory()).toBe(true);
    }

    await t.call('sources:setEnabled', { id: source.id, enabled: false });
    expect((await t.call('library:list')).documents.some((d: any) => d.source === source.id)).toBe(false);
    expect((await t.call('search:segments')).segments).toEqual([]);
    await t.call('sources:setEnabled', { id: source.id, enabled: true });
    await waitUntilIndexed(t, source.id);
    expect((await t.call('library:get', { id: `${source.id}~sop-akta` })).meta.title).toBe('SOP Akta Kelahiran');

    expect(await t.call('sources:remove', { id: source.id })).toEqual({ removed: true, notesKept: 0 });
    await expect(access(sourceCacheDir(t.userDataDir, source.id))).rejects.toThrow();
    expect((await readdir(folder)).sort()).toEqual(['sop-akta.md', 'sop-ktp.md']);
    expect(await readFile(path.join(folder, 'sop-ktp.md'), 'utf8')).toBe('# SOP Pelayanan KTP\n\nIsi dokumen.\n');
    await t.host.settle();
  });

  it('reopens a folder from its cache after a restart', async () => {
    const first = await startSourcesHost(tempDir(), {}, true);
    const folder = await writeUserFolder(path.join(tempDir(), 'bahan'), { 'modul-1.md': '# Modul Satu' });
    const { source } = await first.call('sources:addFolder', { path: folder });
    await waitUntilIndexed(first, source.id);
    await first.host.settle();

    const second = await startSourcesHost(tempDir(), {}, true);
    await waitUntilIndexed(second, source.id);
    expect((await second.call('library:get', { id: `${source.id}~modul-1` })).meta.title).toBe('Modul Satu');
    await second.host.settle();
  });
});
