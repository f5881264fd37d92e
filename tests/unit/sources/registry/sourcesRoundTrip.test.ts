import { access, readdir, readFile, stat } from 'node:fs/promises';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderSourceId } from '../../../../electron/services/sources/folderSourceId';
import { sourceCacheDir } from '../../../../electron/services/sources/sourcePaths';
import { readStoredJson } from '../../support/storedJson';
import { useTempDir } from '../../support/tempDir';
import { startSourcesHost, waitUntilIndexed, writeUserFolder } from './sourcesHost';

const tempDir = useTempDir('pustaka-sources');

describe('adding, renaming, hiding and removing a folder source through the contract', () => {
  it('starts with the bundled library alone, first and read-only', async () => {
    const t = await startSourcesHost(tempDir());
    const { sources } = await t.call('sources:list');
    expect(sources).toEqual([
      expect.objectContaining({ id: 'bawaan', kind: 'bundled', root: null, enabled: true, status: 'ready', documentCount: 1 }),
    ]);
    await t.host.settle();
  });

  it('adds a folder by path: named after the folder, listed at once, indexed in the background, written to sources.json', async () => {
    const t = await startSourcesHost(tempDir());
    const folder = await writeUserFolder(path.join(tempDir(), 'SOP Dinas'), { 'sop-ktp.md': '# SOP KTP', 'sop-kk.md': '# SOP KK' });
    const { source } = await t.call('sources:addFolder', { path: folder });
    expect(source).toMatchObject({ id: folderSourceId(folder), name: 'SOP Dinas', kind: 'folder', root: folder, enabled: true });
    expect(source.id).toMatch(/^folder-[0-9a-f]{8}$/);

    const indexed = await waitUntilIndexed(t, source.id);
    expect(indexed).toMatchObject({ status: 'ready', documentCount: 2, problemCount: 0 });
    expect(t.indexers.opened[0]?.options).toMatchObject({ sourceId: source.id, root: folder, cacheDir: sourceCacheDir(t.userDataDir, source.id) });
    expect(t.indexers.opened[0]?.options.bundled).toEqual([{ id: 'contoh-panduan', title: 'Contoh Panduan' }]);

    const stored = await readStoredJson(path.join(t.userDataDir, 'sources.json'));
    expect(stored.sources).toEqual([expect.objectContaining({ id: source.id, name: 'SOP Dinas', kind: 'folder', root: folder, enabled: true, addedAt: expect.any(String) })]);

    // The renderer hears about it: progress, then a change with a larger generation each time.
    expect(t.events.some((e) => e.event === 'sources:progress' && e.payload.source === source.id && e.payload.phase === 'done')).toBe(true);
    const generations = t.events.filter((e) => e.event === 'sources:changed').map((e) => e.payload.generation);
    expect(generations.length).toBeGreaterThan(1);
    expect(generations).toEqual([...generations].sort((a, b) => a - b));
    expect((await t.call('search:segments')).generation).toBe(generations.at(-1));
    await t.host.settle();
  });

  it('takes a name given with the folder', async () => {
    const t = await startSourcesHost(tempDir());
    const folder = await writeUserFolder(path.join(tempDir(), 'bahan'), { 'a.md': '# A' });
    const { source } = await t.call('sources:addFolder', { path: folder, name: '  Bahan Pelatihan  ' });
    expect(source.name).toBe('Bahan Pelatihan');
    await t.host.settle();
  });

  it('keeps a rename and a hidden source across a restart, and starts only enabled folders', async () => {
    const first = await startSourcesHost(tempDir());
    const a = await writeUserFolder(path.join(tempDir(), 'a'), { 'satu.md': '# Satu' });
    const b = await writeUserFolder(path.join(tempDir(), 'b'), { 'dua.md': '# Dua' });
    const { source: sa } = await first.call('sources:addFolder', { path: a });
    const { source: sb } = await first.call('sources:addFolder', { path: b });
    expect((await first.call('sources:rename', { id: sa.id, name: 'Panduan Daerah' })).source.name).toBe('Panduan Daerah');
    expect((await first.call('sources:setEnabled', { id: sb.id, enabled: false })).source.enabled).toBe(false);
    await first.host.settle();

    const second = await startSourcesHost(tempDir());
    const { sources } = await second.call('sources:list');
    expect(sources.map((s: any) => [s.id, s.name, s.enabled])).toEqual([
      ['bawaan', 'Pustaka bawaan', true],
      [sa.id, 'Panduan Daerah', true],
      [sb.id, 'b', false],
    ]);
    await waitUntilIndexed(second, sa.id);
    expect(second.indexers.opened.map((i) => i.options.sourceId)).toEqual([sa.id]);
    await second.host.settle();
    expect(second.indexers.opened[0]?.closed).toBe(true);
  });

  it('hides a disabled folder from the library, its documents and search, and shows it again when enabled', async () => {
    const t = await startSourcesHost(tempDir());
    const folder = await writeUserFolder(path.join(tempDir(), 'sop'), { 'sop-ktp.md': '# SOP KTP' });
    const { source } = await t.call('sources:addFolder', { path: folder });
    await waitUntilIndexed(t, source.id);
    const key = `${source.id}~sop-ktp`;
    expect((await t.call('library:list')).documents.map((d: any) => d.id)).toEqual(['contoh-panduan', key]);
    expect((await t.call('library:get', { id: key })).meta.title).toBe('SOP KTP');
    expect((await t.call('search:segments')).segments).toHaveLength(1);

    const hidden = await t.call('sources:setEnabled', { id: source.id, enabled: false });
    expect(hidden.source).toMatchObject({ enabled: false, documentCount: 1 });
    expect((await t.call('library:list')).documents.map((d: any) => d.id)).toEqual(['contoh-panduan']);
    expect(await t.host.invoke('library:get', { id: key })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await t.call('search:segments')).segments).toEqual([]);
    expect(t.indexers.opened[0]?.closed).toBe(true);

    await t.call('sources:setEnabled', { id: source.id, enabled: true });
    await waitUntilIndexed(t, source.id);
    expect((await t.call('library:get', { id: key })).meta.title).toBe('SOP KTP');
    await t.host.settle();
  });

  it('removes a folder source: its cache goes, the folder and its files stay untouched', async () => {
    const t = await startSourcesHost(tempDir());
    const folder = await writeUserFolder(path.join(tempDir(), 'sop'), { 'sop-ktp.md': '# SOP KTP' });
    const before = await readFile(path.join(folder, 'sop-ktp.md'), 'utf8');
    const { source } = await t.call('sources:addFolder', { path: folder });
    await waitUntilIndexed(t, source.id);
    const cache = sourceCacheDir(t.userDataDir, source.id);
    await mkdir(path.join(cache, 'seg-0'), { recursive: true });
    await writeFile(path.join(cache, 'seg-0', 'index.json'), '{}');

    expect(await t.call('sources:remove', { id: source.id })).toEqual({ removed: true, notesKept: 0 });
    expect((await t.call('sources:list')).sources.map((s: any) => s.id)).toEqual(['bawaan']);
    await expect(access(cache)).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['sop-ktp.md']);
    expect(await readFile(path.join(folder, 'sop-ktp.md'), 'utf8')).toBe(before);
    expect((await stat(folder)).isDirectory()).toBe(true);
    expect(await t.host.invoke('library:get', { id: `${source.id}~sop-ktp` })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.indexers.opened[0]?.closed).toBe(true);
    await t.host.settle();
  });

  it('lets the bundled library be hidden, never renamed or removed', async () => {
    const t = await startSourcesHost(tempDir());
    for (const [channel, input] of [
      ['sources:rename', { id: 'bawaan', name: 'Pustakaku' }],
      ['sources:remove', { id: 'bawaan' }],
      ['sources:reindex', { id: 'bawaan' }],
    ] as const) {
      const result = await t.host.invoke(channel, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'source_read_only', messages: { id: expect.stringContaining('Pustaka bawaan'), en: expect.stringContaining('cannot be renamed') } } });
    }
    await expect(access(path.join(t.userDataDir, 'sources.json'))).rejects.toThrow();

    expect((await t.call('sources:setEnabled', { id: 'bawaan', enabled: false })).source).toMatchObject({ id: 'bawaan', enabled: false });
    expect((await t.call('library:list')).documents).toEqual([]);
    expect(await t.host.invoke('library:get', { id: 'contoh-panduan' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await t.call('sources:setEnabled', { id: 'bawaan', enabled: true });
    expect((await t.call('library:list')).documents.map((d: any) => d.id)).toEqual(['contoh-panduan']);
    await t.host.settle();
  });
});
