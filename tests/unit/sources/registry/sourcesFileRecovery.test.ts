import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/tempDir';
import { startSourcesHost, waitForSource, waitUntilIndexed, writeUserFolder } from './sourcesHost';

const tempDir = useTempDir('pustaka-sources-file');

describe('sources.json on disk', () => {
  it('sets a damaged file aside, restores the newest good backup and says so with the notes notices', async () => {
    const first = await startSourcesHost(tempDir());
    const folder = await writeUserFolder(path.join(tempDir(), 'sop'), { 'a.md': '# A' });
    const { source } = await first.call('sources:addFolder', { path: folder, name: 'SOP Dinas' });
    await first.host.settle();

    const file = path.join(first.userDataDir, 'sources.json');
    const damaged = (await readFile(file, 'utf8')).replace('SOP Dinas', 'SOP Dinaz'); // checksum no longer matches
    await writeFile(file, damaged);

    const second = await startSourcesHost(tempDir());
    const { sources } = await second.call('sources:list');
    expect(sources.map((s: any) => [s.id, s.name])).toEqual([
      ['bawaan', 'Pustaka bawaan'],
      [source.id, 'SOP Dinas'],
    ]);
    const notice = second.host.notes.status().notices.find((n) => n.kind === 'file-recovered');
    expect(notice).toMatchObject({ kind: 'file-recovered', file: 'sources.json', restoredFrom: expect.stringMatching(/^sources-/) });
    const aside = (await readdir(second.userDataDir)).filter((name) => name.startsWith('sources.json.') || (name.startsWith('sources') && name !== 'sources.json'));
    expect(aside.length).toBeGreaterThan(0);
    if (notice?.kind === 'file-recovered') expect(await readFile(notice.movedTo, 'utf8')).toBe(damaged);
    await second.host.settle();
  });

  it('starts with the bundled library alone when the file is damaged and no backup exists, and tells the user', async () => {
    const t0 = await startSourcesHost(tempDir());
    await t0.host.settle();
    await writeFile(path.join(t0.userDataDir, 'sources.json'), '{"sources": [ {"id": "folder-1', 'utf8');
    await rm(path.join(t0.userDataDir, 'backups'), { recursive: true, force: true });
    const t = await startSourcesHost(tempDir());
    expect((await t.call('sources:list')).sources.map((s: any) => s.id)).toEqual(['bawaan']);
    expect(t.host.notes.status().notices).toContainEqual(expect.objectContaining({ kind: 'file-recovered', file: 'sources.json', restoredFrom: null }));
    await t.host.settle();
  });

  it('lists a folder that is gone at start-up as missing, not as an error, and keeps it', async () => {
    const first = await startSourcesHost(tempDir());
    const folder = await writeUserFolder(path.join(tempDir(), 'usb', 'sop'), { 'a.md': '# A' });
    const { source } = await first.call('sources:addFolder', { path: folder });
    await waitUntilIndexed(first, source.id);
    await first.host.settle();
    await rm(path.join(tempDir(), 'usb'), { recursive: true }); // the disk is unplugged

    const second = await startSourcesHost(tempDir());
    const listed = await waitForSource(second, source.id, (s) => s.status !== 'indexing');
    expect(listed).toMatchObject({ id: source.id, status: 'missing', root: folder, enabled: true, error: expect.objectContaining({ id: expect.any(String), en: expect.any(String) }) });
    expect((await second.call('sources:list')).sources.map((s: any) => s.id)).toEqual(['bawaan', source.id]);

    // Plugged in again: "index again" picks it up.
    await writeUserFolder(folder, { 'a.md': '# A', 'b.md': '# B' });
    await second.call('sources:reindex', { id: source.id });
    expect(await waitUntilIndexed(second, source.id)).toMatchObject({ status: 'ready', documentCount: 2 });
    await second.host.settle();
  });
});

describe('showing and opening a folder document', () => {
  it('asks the host seams with the absolute path, and answers false where the host cannot', async () => {
    const calls: string[] = [];
    const t = await startSourcesHost(tempDir(), {
      showItemInFolder: (file) => {
        calls.push(`show ${file}`);
        return true;
      },
      openPath: async (file) => {
        calls.push(`open ${file}`);
        return true;
      },
    });
    const folder = await writeUserFolder(path.join(tempDir(), 'sop'), { 'a.md': '# A' });
    const { source } = await t.call('sources:addFolder', { path: folder });
    await waitUntilIndexed(t, source.id);
    expect(await t.call('sources:revealFile', { id: source.id, file: 'a.md' })).toEqual({ shown: true });
    expect(await t.call('sources:openFile', { id: source.id, file: 'a.md' })).toEqual({ opened: true });
    expect(await t.call('sources:revealFile', { id: source.id })).toEqual({ shown: true });
    expect(await t.call('sources:revealFile', { id: 'bawaan' })).toEqual({ shown: false });
    expect(await t.host.invoke('sources:openFile', { id: source.id, file: '../rahasia.txt' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(calls).toEqual([`show ${path.join(folder, 'a.md')}`, `open ${path.join(folder, 'a.md')}`, `show ${folder}`]);
    await t.host.settle();

    const bare = await startSourcesHost(path.join(tempDir(), 'tanpa-shell'));
    const { source: s2 } = await bare.call('sources:addFolder', { path: folder });
    await waitUntilIndexed(bare, s2.id);
    expect(await bare.call('sources:revealFile', { id: s2.id, file: 'a.md' })).toEqual({ shown: false });
    expect(await bare.call('sources:openFile', { id: s2.id, file: 'a.md' })).toEqual({ opened: false });
    await bare.host.settle();
  });
});
