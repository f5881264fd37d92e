/**
 * The harness carries library sources as Electron does: a folder added by path, host events
 * relayed into the page, `./__sources/…` served from the user-data cache and confined to it, and
 * "Tampilkan di folder" / "Buka berkas" recorded instead of opening anything.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sourceCacheDir } from '../../../electron/services/sources/sourcePaths';
import { AppPage } from '../pages/AppPage';
import { addFolderSource, expect, test } from '../fixtures';

let folder = '';

test.beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'pustaka-e2e-folder-'));
  await writeFile(path.join(folder, 'sop-ktp.md'), '# SOP Pelayanan KTP\n\nWaktu layanan satu hari kerja.\n');
});

test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

test.describe('library sources through the harness', () => {
  test('a folder added by path is listed in the page, and the page hears that sources changed', async ({ page, harness }) => {
    await new AppPage(page, harness.url).open('/');
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { __changes: number[] }).__changes = seen;
      window.pustaka!.on('sources:changed', ({ generation }) => seen.push(generation));
    });
    const source = await addFolderSource(harness, folder, 'SOP Kecamatan');
    expect(source).toMatchObject({ name: 'SOP Kecamatan', kind: 'folder', enabled: true });

    await expect.poll(() => page.evaluate(() => (window as unknown as { __changes: number[] }).__changes.length)).toBeGreaterThan(0);
    const listed = await page.evaluate(() => window.pustaka!.invoke('sources:list'));
    expect(listed.ok && listed.value.sources.map((s) => [s.id, s.name])).toEqual([
      ['bawaan', 'Pustaka bawaan'],
      [source.id, 'SOP Kecamatan'],
    ]);

    // Indexed in the background: the document is then served by key, and its search segment by app URL.
    const statusOf = () => page.evaluate((id) => window.pustaka!.invoke('sources:list').then((r) => (r.ok ? r.value.sources.find((s) => s.id === id)?.status : null)), source.id);
    await expect.poll(statusOf, { timeout: 20_000 }).toBe('ready');
    const doc = await page.evaluate((key) => window.pustaka!.invoke('library:get', { id: key }), `${source.id}~sop-ktp`);
    expect(doc).toMatchObject({ ok: true, value: { source: source.id, meta: { title: 'SOP Pelayanan KTP' } } });
    const served = await page.evaluate(async () => {
      const result = await window.pustaka!.invoke('search:segments');
      if (!result.ok || result.value.segments.length === 0) return null;
      const response = await fetch(`${result.value.segments[0]!.url}search-index.json`);
      return response.status;
    });
    expect(served).toBe(200);
  });

  test('serves ./__sources/<source>/… from the cache in the data folder and nothing outside it', async ({ page, request, harness }) => {
    const source = await addFolderSource(harness, folder);
    // A file of the source's cache, as its indexer would write it.
    const probeDir = path.join(sourceCacheDir(harness.userDataDir, source.id), 'probe');
    await mkdir(probeDir, { recursive: true });
    await writeFile(path.join(probeDir, 'hello.json'), '{"halo":"dunia"}');

    await new AppPage(page, harness.url).open('/');
    const fetched = await page.evaluate((id) => fetch(`./__sources/${id}/probe/hello.json`).then((r) => r.json()), source.id);
    expect(fetched).toEqual({ halo: 'dunia' });

    for (const probe of ['__sources/..%2fsources.json', '__sources/%2e%2e/notes.json', `__sources/${source.id}/..%2f..%2f..%2fsources.json`, '__sources/..%252f..%252fsettings.json']) {
      const response = await request.get(`${harness.url}${probe}`);
      expect(response.status(), probe).toBeGreaterThanOrEqual(400);
    }
  });

  test('asks the host to show or open a folder file; the harness records it and answers that it cannot', async ({ page, harness }) => {
    const source = await addFolderSource(harness, folder);
    await new AppPage(page, harness.url).open('/');
    const statusOf = () => page.evaluate((id) => window.pustaka!.invoke('sources:list').then((r) => (r.ok ? r.value.sources.find((s) => s.id === id)?.status : null)), source.id);
    await expect.poll(statusOf, { timeout: 20_000 }).toBe('ready');
    const [shown, opened] = await page.evaluate(
      (id) => Promise.all([window.pustaka!.invoke('sources:revealFile', { id }), window.pustaka!.invoke('sources:openFile', { id, file: 'sop-ktp.md' })]),
      source.id,
    );
    expect(shown).toEqual({ ok: true, value: { shown: false } });
    expect(opened).toEqual({ ok: true, value: { opened: false } });
    expect(harness.revealedFiles).toEqual([source.root]);
    expect(harness.openedFiles).toEqual([path.join(source.root!, 'sop-ktp.md')]);
  });
});
