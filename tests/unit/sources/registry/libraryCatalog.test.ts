import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_FILE_FORMAT } from '../../../../core/present/sessionPack';
import { LibraryService } from '../../../../electron/services/library/LibraryService';
import { LibraryCatalog } from '../../../../electron/services/sources/LibraryCatalog';
import type { SourceRecord } from '../../../../electron/services/sources/SourcesRegistry';
import { writeCompiledLibrary } from '../../support/libraryFixture';
import { useTempDir } from '../../support/tempDir';
import { FakeFolderIndexer } from './fakeFolderIndexer';
import { startSourcesHost, waitUntilIndexed, writeUserFolder } from './sourcesHost';

const tempDir = useTempDir('pustaka-sources-catalog');

const record = (id: string, enabled: boolean, kind: SourceRecord['kind'] = 'folder'): SourceRecord => ({ id, name: id, kind, root: kind === 'bundled' ? null : `/x/${id}`, enabled, addedAt: '' });

describe('LibraryCatalog: the bundled library and every enabled source as one library', () => {
  it('lists folder documents by key with their source, gets them by key, and leaves disabled sources out', async () => {
    const content = path.join(tempDir(), 'content');
    await writeCompiledLibrary(content);
    const folderA = await writeUserFolder(path.join(tempDir(), 'a'), { 'sop-ktp.md': '# SOP KTP' });
    const folderB = await writeUserFolder(path.join(tempDir(), 'b'), { 'rahasia.md': '# Disembunyikan' });
    const indexer = (id: string, root: string) =>
      new FakeFolderIndexer({ sourceId: id, root, cacheDir: '', bundled: [], onProgress: () => undefined, onChanged: () => undefined });
    const a = indexer('folder-aaaaaaaa', folderA);
    const b = indexer('folder-bbbbbbbb', folderB);
    await a.start();
    await b.start();
    const records = [record('bawaan', true, 'bundled'), record('folder-aaaaaaaa', true), record('folder-bbbbbbbb', false)];
    const catalog = new LibraryCatalog(new LibraryService(content), {
      records: () => records,
      indexerOf: (id) => (records.find((r) => r.id === id)?.enabled ? ({ 'folder-aaaaaaaa': a, 'folder-bbbbbbbb': b } as Record<string, FakeFolderIndexer>)[id] ?? null : null),
    });

    const { documents } = await catalog.list();
    expect(documents.map((d) => [d.id, d.source])).toEqual([
      ['contoh-panduan', undefined],
      ['folder-aaaaaaaa~sop-ktp', 'folder-aaaaaaaa'],
    ]);
    expect((await catalog.get('folder-aaaaaaaa~sop-ktp')).meta.title).toBe('SOP KTP');
    expect((await catalog.get('contoh-panduan')).meta.title).toBe('Contoh Panduan');
    await expect(catalog.get('folder-bbbbbbbb~rahasia')).rejects.toMatchObject({ code: 'not_found' });
    await expect(catalog.get('folder-cccccccc~apa-saja')).rejects.toMatchObject({ code: 'not_found' });
    await expect(catalog.get('folder-aaaaaaaa~tidak-ada')).rejects.toMatchObject({ code: 'not_found' });

    records[0] = record('bawaan', false, 'bundled');
    expect((await catalog.list()).documents.map((d) => d.id)).toEqual(['folder-aaaaaaaa~sop-ktp']);
    await expect(catalog.get('contoh-panduan')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('notes export and session packs see folder documents', () => {
  it('exports a note on a folder document under its title, and imports a pack naming it without calling it missing', async () => {
    const t = await startSourcesHost(tempDir());
    const folder = await writeUserFolder(path.join(tempDir(), 'sop'), { 'sop-ktp.md': '# SOP Pelayanan KTP' });
    const { source } = await t.call('sources:addFolder', { path: folder });
    await waitUntilIndexed(t, source.id);
    const key = `${source.id}~sop-ktp`;
    await t.call('notes:createNote', { target: { kind: 'document', docId: key }, body: 'Waktu layanan 1 hari' });
    const exported = await t.call('notes:export', { format: 'markdown' });
    expect(exported.content).toContain('SOP Pelayanan KTP');
    expect(exported.content).toContain('Waktu layanan 1 hari');

    const pack = { format: PACK_FILE_FORMAT, version: 1, pack: { title: 'Pelatihan SOP', date: '', audience: '', trainer: '', durationMinutes: 60, items: [{ docId: key }, { docId: `${source.id}~tidak-ada` }] } };
    const imported = await t.call('packs:import', { json: JSON.stringify(pack) });
    expect(imported.missingDocuments).toEqual([`${source.id}~tidak-ada`]);
    await t.host.settle();
  });
});
