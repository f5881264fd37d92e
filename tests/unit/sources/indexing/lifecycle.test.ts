import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { faultyFs } from '../../storage/faultyFs';
import { useTempDir } from '../../support/tempDir';
import { keyOf, markdown, openIndexer, searchFolder, waitFor, writeFiles, type OpenedIndexer } from './folderFixture';

const tempDir = useTempDir('folder-life');
const opened: OpenedIndexer[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.indexer.close();
});

async function open(base: string, options = {}): Promise<OpenedIndexer> {
  const o = await openIndexer(base, options);
  opened.push(o);
  return o;
}

const someFiles = (n: number, word: string) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`arsip/surat-${i}.md`, markdown(`Surat ${i}`, `${word} nomor ${i}.`)]));

describe('FolderIndexer, across restarts and trouble', { timeout: 60_000 }, () => {
  it('picks up at start what changed while the app was closed, from sizes and times', async () => {
    const base = tempDir();
    const first = await open(base);
    await writeFiles(first.root, someFiles(10, 'undangan'));
    await first.indexer.start();
    await first.indexer.close();

    await writeFile(path.join(first.root, 'arsip/surat-2.md'), markdown('Surat 2', 'Pengumuman lelang terbuka.'));
    await rm(path.join(first.root, 'arsip/surat-4.md'));
    await writeFiles(first.root, { 'baru.md': markdown('Baru', 'Pengumuman rekrutmen.') });

    const second = await open(base);
    expect(second.indexer.documents()).toHaveLength(10); // the last index, before start() looks at the folder
    await second.indexer.start();
    const ids = second.indexer.documents().map((d) => d.id);
    expect(ids).toHaveLength(10);
    expect(ids).toContain(keyOf('baru'));
    expect(ids).not.toContain(keyOf('arsip-surat-4'));
    expect(await searchFolder(second.indexer, second.cacheDir, 'pengumuman')).toEqual([keyOf('arsip-surat-2'), keyOf('baru')]);
    expect(await searchFolder(second.indexer, second.cacheDir, 'undangan')).toHaveLength(8);
  });

  it('opens with nothing to do when nothing changed', async () => {
    const base = tempDir();
    const first = await open(base);
    await writeFiles(first.root, someFiles(5, 'undangan'));
    await first.indexer.start();
    await first.indexer.close();
    const second = await open(base);
    await second.indexer.start();
    expect(second.changes()).toBe(0);
    expect(second.indexer.state()).toMatchObject({ status: 'ready', documentCount: 5 });
  });

  it('rebuilds from the folder when the cache manifest is damaged, and never trusts it', async () => {
    const base = tempDir();
    const first = await open(base);
    await writeFiles(first.root, someFiles(6, 'undangan'));
    await first.indexer.start();
    await first.indexer.close();
    const manifest = path.join(first.cacheDir, 'manifest.json');
    const text = await readFile(manifest, 'utf8');
    await writeFile(manifest, text.replace('arsip/surat-1.md', 'arsip/surat-X.md')); // still JSON; the checksum says otherwise

    const second = await open(base);
    expect(second.indexer.documents()).toEqual([]);
    await second.indexer.start();
    expect(second.indexer.documents()).toHaveLength(6);
    expect(await searchFolder(second.indexer, second.cacheDir, 'undangan')).toHaveLength(6);
  });

  it('rebuilds when the cache was deleted', async () => {
    const base = tempDir();
    const first = await open(base);
    await writeFiles(first.root, someFiles(4, 'undangan'));
    await first.indexer.start();
    await first.indexer.close();
    await rm(first.cacheDir, { recursive: true, force: true });
    const second = await open(base);
    await second.indexer.start();
    expect(await searchFolder(second.indexer, second.cacheDir, 'undangan')).toHaveLength(4);
  });

  it('marks a folder that disappears as missing, keeps its index, and resumes when it is back', async () => {
    const o = await open(tempDir());
    await writeFiles(o.root, someFiles(8, 'undangan'));
    await o.indexer.start();
    const away = `${o.root}-dilepas`;
    await rename(o.root, away);
    await waitFor(() => o.indexer.state().status === 'missing', 'the status missing');
    const state = o.indexer.state();
    expect(state.error!.id).toMatch(/tidak ditemukan/);
    expect(state.error!.en).toMatch(/not found/);
    expect(state.documentCount).toBe(8);
    expect(await searchFolder(o.indexer, o.cacheDir, 'undangan')).toHaveLength(8);

    await writeFiles(away, { 'selama-dilepas.md': markdown('Selama dilepas', 'Disposisi kepala dinas.') });
    await rename(away, o.root);
    await waitFor(() => o.indexer.state().status === 'ready' && o.indexer.state().documentCount === 9, 'ready again, with the new file');
    expect(o.indexer.state().error).toBeUndefined();
    expect(await searchFolder(o.indexer, o.cacheDir, 'disposisi')).toEqual([keyOf('selama-dilepas')]);
    // and it watches again
    await writeFiles(o.root, { 'sesudahnya.md': markdown('Sesudahnya', 'Nota dinas.') });
    await waitFor(() => o.indexer.documents().some((d) => d.id === keyOf('sesudahnya')), 'a file added after the folder came back');
  });

  it('says so when the cache cannot be written (a full disk), keeps searching, and recovers by itself', async () => {
    const fs = faultyFs();
    const o = await open(tempDir(), { fs });
    await writeFiles(o.root, someFiles(5, 'undangan'));
    await o.indexer.start();
    fs.problem = 'ENOSPC';
    await writeFile(path.join(o.root, 'arsip/surat-1.md'), markdown('Surat 1', 'Kuitansi perjalanan dinas.'));
    await waitFor(() => o.indexer.state().status === 'error', 'the status error');
    expect(o.indexer.state().error!.id).toMatch(/Pengindeksan gagal/);
    expect(o.indexer.state().error!.en).toMatch(/Indexing failed/);
    expect(o.indexer.documents()).toHaveLength(5);
    expect(await readFile(path.join(o.root, 'arsip/surat-1.md'), 'utf8')).toContain('Kuitansi'); // the user's file is untouched

    fs.problem = null;
    await writeFile(path.join(o.root, 'arsip/surat-2.md'), markdown('Surat 2', 'Kuitansi hotel.'));
    await waitFor(() => o.indexer.state().status === 'ready', 'ready again');
    expect(await searchFolder(o.indexer, o.cacheDir, 'kuitansi')).toEqual([keyOf('arsip-surat-1'), keyOf('arsip-surat-2')]);
  });

  it('stops a run when cancelled, keeps a consistent index, and completes on the next run', async () => {
    const o = await open(tempDir(), {
      onProgress: (p: { phase: string; done: number }) => {
        if (p.phase === 'compiling' && p.done >= 1) o.indexer.cancel();
      },
    });
    await writeFiles(o.root, someFiles(600, 'undangan'));
    await o.indexer.start();
    const state = o.indexer.state();
    expect(state.status).toBe('ready');
    expect(state.documentCount).toBeLessThan(600);
    expect(await searchFolder(o.indexer, o.cacheDir, 'undangan')).toHaveLength(state.documentCount);
    expect(o.indexer.cancel()).toBe(false); // nothing running any more

    const again = await open(path.dirname(o.root));
    expect(again.indexer.documents()).toHaveLength(state.documentCount); // what was committed is what is on disk
    await o.indexer.close();
    await again.indexer.start();
    expect(again.indexer.documents()).toHaveLength(600);
    expect(await searchFolder(again.indexer, again.cacheDir, 'undangan')).toHaveLength(600);
  }, 60_000);
});
