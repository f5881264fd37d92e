import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/tempDir';
import { keyOf, markdown, openIndexer, searchFolder, waitFor, writeFiles, type OpenedIndexer } from './folderFixture';

const tempDir = useTempDir('folder-watch');
let opened: OpenedIndexer | null = null;
afterEach(async () => {
  await opened?.indexer.close();
  opened = null;
});

async function indexedFolder(count = 20): Promise<OpenedIndexer> {
  opened = await openIndexer(tempDir());
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`sop/langkah-${i}.md`] = markdown(`Langkah ${i}`, `Pelayanan administrasi berkas nomor ${i}.`);
  await writeFiles(opened.root, files);
  await opened.indexer.start();
  return opened;
}

const find = (o: OpenedIndexer, query: string) => searchFolder(o.indexer, o.cacheDir, query);

describe('FolderIndexer, watching', { timeout: 60_000 }, () => {
  it('re-indexes an edited file: its new words are found and its old ones are not', async () => {
    const o = await indexedFolder();
    expect(await find(o, 'administrasi')).toHaveLength(20);
    const before = o.changes();
    await writeFile(path.join(o.root, 'sop/langkah-3.md'), markdown('Langkah 3', 'Perahu motor menyeberangi sungai.'));
    await waitFor(async () => (await find(o, 'perahu')).length === 1, 'the new words to be found');
    expect(await find(o, 'perahu')).toEqual([keyOf('sop-langkah-3')]);
    expect(await find(o, 'administrasi')).not.toContain(keyOf('sop-langkah-3'));
    expect(await find(o, 'administrasi')).toHaveLength(19);
    expect(o.indexer.documents()).toHaveLength(20);
    expect(o.changes()).toBeGreaterThan(before);
    // only the changed document was compiled again: a small delta beside the untouched base segment
    const delta = o.indexer.segments().find((s) => s.name === 'delta');
    expect(delta?.documentCount).toBe(1);
    expect(o.indexer.segments().find((s) => s.name !== 'delta')!.hidden).toEqual([keyOf('sop-langkah-3')]);
    expect((await o.indexer.getDocument(keyOf('sop-langkah-3'))).html).toContain('Perahu motor');
  });

  it('drops a deleted file from search and from the listing', async () => {
    const o = await indexedFolder();
    await rm(path.join(o.root, 'sop/langkah-5.md'));
    await waitFor(() => o.indexer.documents().length === 19, 'the document to leave the listing');
    expect(o.indexer.documents().map((d) => d.id)).not.toContain(keyOf('sop-langkah-5'));
    expect(await find(o, 'administrasi')).not.toContain(keyOf('sop-langkah-5'));
    await expect(o.indexer.getDocument(keyOf('sop-langkah-5'))).rejects.toMatchObject({ code: 'not_found' });
  });

  it('follows a renamed file to its new name', async () => {
    const o = await indexedFolder();
    await rename(path.join(o.root, 'sop/langkah-7.md'), path.join(o.root, 'sop/langkah-tujuh.md'));
    await waitFor(() => o.indexer.documents().some((d) => d.id === keyOf('sop-langkah-tujuh')), 'the renamed document');
    const ids = o.indexer.documents().map((d) => d.id);
    expect(ids).not.toContain(keyOf('sop-langkah-7'));
    expect(ids).toHaveLength(20);
    expect(await find(o, 'administrasi nomor 7')).toContain(keyOf('sop-langkah-tujuh'));
    expect((await o.indexer.getDocument(keyOf('sop-langkah-tujuh'))).file).toBe('sop/langkah-tujuh.md');
  });

  it('lets the second of two files with the same id take its place when the first is deleted', async () => {
    const o = await indexedFolder(2);
    await writeFiles(o.root, {
      'a.md': '---\nid: kembar\ntitle: Kembar pertama\n---\n\nIsi pertama.\n',
      'b.md': '---\nid: kembar\ntitle: Kembar kedua\n---\n\nIsi kedua tentang irigasi.\n',
    });
    await waitFor(() => o.indexer.problems().length === 1, 'the duplicate to be reported');
    expect(o.indexer.documents().find((d) => d.id === keyOf('kembar'))!.title).toBe('Kembar pertama');
    await rm(path.join(o.root, 'a.md'));
    await waitFor(() => o.indexer.documents().find((d) => d.id === keyOf('kembar'))?.title === 'Kembar kedua', 'the second file to take over');
    expect(o.indexer.problems()).toEqual([]);
    expect(await find(o, 'irigasi')).toEqual([keyOf('kembar')]);
  });

  it('compiles a document again when the image it embeds appears', async () => {
    const o = await indexedFolder(2);
    await writeFiles(o.root, { 'laporan.md': markdown('Laporan', 'Lihat bagan.\n\n![[bagan.png]]') });
    await waitFor(() => o.indexer.problems().some((p) => p.file === 'laporan.md'), 'the missing image to be reported');
    await writeFiles(o.root, { 'lampiran/bagan.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47]) });
    await waitFor(() => o.indexer.problems().length === 0, 'the problem to go away');
    expect((await o.indexer.getDocument(keyOf('laporan'))).html).toContain('./__sources/folder-uji/assets/lampiran/bagan.png');
  });

  it('takes a burst of 200 changes (a git checkout) as one batch', async () => {
    const o = await indexedFolder(200);
    const before = o.changes();
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`sop/langkah-${i}.md`] = markdown(`Langkah ${i}`, `Revisi kedua formulir nomor ${i}.`);
    await writeFiles(o.root, files);
    await waitFor(async () => (await find(o, 'formulir')).length === 200, 'every changed document to be found', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 800)); // anything still queued would show now
    expect(o.changes() - before).toBe(1);
    expect(await find(o, 'administrasi')).toEqual([]);
    expect(o.indexer.documents()).toHaveLength(200);
  }, 60_000);

  it('compacts once the delta grows past a few hundred documents, keeping every document once', async () => {
    const o = await indexedFolder(400);
    const files: Record<string, string> = {};
    for (let i = 0; i < 350; i++) files[`sop/langkah-${i}.md`] = markdown(`Langkah ${i}`, `Jadwal piket nomor ${i}.`);
    await writeFiles(o.root, files);
    await waitFor(async () => (await find(o, 'piket')).length === 350, 'the changed documents to be found', 30_000);
    const segments = o.indexer.segments();
    expect(segments.some((s) => s.name === 'delta')).toBe(false);
    expect(segments.every((s) => s.hidden.length === 0)).toBe(true);
    expect(segments.reduce((n, s) => n + s.documentCount, 0)).toBe(400);
    expect(await find(o, 'administrasi')).toHaveLength(50);
  }, 90_000);
});
