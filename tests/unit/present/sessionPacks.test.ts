import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/services/host/createHost';
import type { PackDraft } from '../../../core/present/sessionPack';
import { writeCompiledLibrary } from '../support/libraryFixture';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir('pustaka-packs');
let host: Host;
const packsFile = () => path.join(tempDir(), 'user', 'packs.json');

const draft: PackDraft = {
  title: 'Pelatihan Replikasi Inovasi',
  date: '2026-12-03',
  audience: 'Tim inovasi OPD',
  trainer: 'Widyaiswara Ahli Madya',
  durationMinutes: 90,
  items: [{ docId: 'contoh-panduan' }, { docId: 'contoh-panduan', sectionId: 'a' }],
};

/** A restart: the running host lets go of the data folder first, as a quitting app does. */
async function startHost() {
  await host?.settle();
  host = await createHost({
    userDataDir: path.join(tempDir(), 'user'),
    contentDir: path.join(tempDir(), 'content'),
    appInfo: { name: 'Pustaka Inovasi', version: '0.1.0', platform: 'linux' },
    openExternal: async () => false,
  });
}

afterEach(() => host.settle());

beforeEach(async () => {
  await writeCompiledLibrary(path.join(tempDir(), 'content'));
  await mkdir(path.join(tempDir(), 'user'), { recursive: true });
  await startHost();
});

async function ok<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('session packs behind the contract', () => {
  it('creates, edits, duplicates and deletes a pack, and keeps it across a restart', async () => {
    const created = await ok(host.invoke('packs:save', { pack: draft }) as never) as { id: string; title: string };
    const edited = (await ok(host.invoke('packs:save', { id: created.id, pack: { ...draft, title: 'Sesi 2' } }) as never)) as { id: string };
    expect(edited.id).toBe(created.id);
    const copy = (await ok(host.invoke('packs:duplicate', { id: created.id }) as never)) as { id: string; title: string };
    expect(copy.title).toBe('Sesi 2 (salinan)');
    await startHost();
    const { packs } = (await ok(host.invoke('packs:list', undefined) as never)) as { packs: { title: string }[] };
    expect(packs.map((p) => p.title).sort()).toEqual(['Sesi 2', 'Sesi 2 (salinan)']);
    await ok(host.invoke('packs:delete', { id: copy.id }) as never);
    expect(((await ok(host.invoke('packs:list', undefined) as never)) as { packs: unknown[] }).packs).toHaveLength(1);
  });

  it('exports a pack as JSON that imports back as an equal pack', async () => {
    const created = (await ok(host.invoke('packs:save', { pack: draft }) as never)) as { id: string };
    const file = (await ok(host.invoke('packs:export', { id: created.id }) as never)) as { fileName: string; json: string };
    expect(file.fileName).toBe('paket-sesi-pelatihan-replikasi-inovasi.json');
    const imported = (await ok(host.invoke('packs:import', { json: file.json }) as never)) as {
      pack: PackDraft & { id: string };
      missingDocuments: string[];
    };
    expect(imported.missingDocuments).toEqual([]);
    expect(imported.pack.id).not.toBe(created.id);
    expect(imported.pack).toMatchObject(draft);
  });

  it('imports a pack that names a missing document, keeps it, and says which document is missing', async () => {
    const json = JSON.stringify({ format: 'pustaka-inovasi/paket-sesi', version: 1, pack: { ...draft, items: [{ docId: 'tidak-ada' }, { docId: 'contoh-panduan' }] } });
    const imported = (await ok(host.invoke('packs:import', { json }) as never)) as { missingDocuments: string[] };
    expect(imported.missingDocuments).toEqual(['tidak-ada']);
  });

  const badFiles: [string, string, RegExp][] = [
    ['not JSON', '{"format": "pustaka', /bukan JSON yang sah/],
    ['another kind of file', JSON.stringify({ format: 'lain', version: 1, pack: draft }), /format/],
    ['a pack without a title', JSON.stringify({ format: 'pustaka-inovasi/paket-sesi', version: 1, pack: { ...draft, title: '' } }), /judul paket: tidak boleh kosong/],
    ['a document id with a path in it', JSON.stringify({ format: 'pustaka-inovasi/paket-sesi', version: 1, pack: { ...draft, items: [{ docId: '../x' }] } }), /butir ke-1, id dokumen: formatnya tidak sesuai/],
  ];
  for (const [what, json, detail] of badFiles) {
    it(`rejects ${what} with a clear message in both languages and writes nothing`, async () => {
      const before = await readFile(packsFile(), 'utf8').catch(() => null);
      const result = await host.invoke('packs:import', { json });
      expect(result).toMatchObject({ ok: false, error: { code: 'pack_import_invalid' } });
      if (result.ok) return;
      expect(result.error.messages.id).toMatch(/^Berkas paket sesi tidak dapat dibaca: .*Tidak ada data yang diubah\.$/);
      expect(result.error.messages.id).toMatch(detail);
      expect(result.error.messages.en).toMatch(/^The session pack file could not be read/);
      expect(await readFile(packsFile(), 'utf8').catch(() => null)).toBe(before);
    });
  }

  it('answers a pack that does not exist with pack_not_found', async () => {
    for (const channel of ['packs:get', 'packs:duplicate', 'packs:delete', 'packs:export'] as const) {
      expect(await host.invoke(channel, { id: 'paket-hilang' })).toMatchObject({ ok: false, error: { code: 'pack_not_found' } });
    }
  });

  it('refuses wrong arguments on every new channel and writes nothing', async () => {
    const bad: [string, unknown][] = [
      ['packs:save', { pack: { ...draft, durationMinutes: -5 } }],
      ['packs:save', { pack: { ...draft, date: '3 Desember' } }],
      ['packs:save', { pack: draft, extra: 1 }],
      ['packs:get', { id: '../../etc' }],
      ['packs:import', { json: 42 }],
      ['present:savePosition', { deck: 'dokumen:a', index: -1 }],
      ['present:savePosition', { deck: 'berkas:/etc/passwd', index: 1 }],
      ['present:openWindow', { view: 'audience', route: 'https://contoh.go.id/' }],
      ['handout:savePdf', { route: '/cetak/dokumen/a', fileName: '../x.pdf' }],
    ];
    for (const [channel, input] of bad) {
      expect(await host.invoke(channel, input), channel).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await readFile(packsFile(), 'utf8').catch(() => null)).toBeNull();
  });

  it('remembers where each deck was left', async () => {
    await ok(host.invoke('present:savePosition', { deck: 'dokumen:contoh-panduan', index: 7 }) as never);
    await startHost();
    expect(await host.invoke('present:position', { deck: 'dokumen:contoh-panduan' })).toEqual({ ok: true, value: { index: 7 } });
    expect(await host.invoke('present:position', { deck: 'paket:lain' })).toEqual({ ok: true, value: { index: null } });
  });

  it('says a window was not opened where no host window is available (the browser falls back)', async () => {
    expect(await host.invoke('present:openWindow', { view: 'presenter', route: '/penyaji/dokumen/contoh-panduan' })).toEqual({ ok: true, value: { opened: false } });
  });

  it('moves a damaged packs file aside and starts empty', async () => {
    await writeFile(packsFile(), '{"packs": [{"id": ');
    await startHost();
    expect(await host.invoke('packs:list', undefined)).toEqual({ ok: true, value: { packs: [] } });
  });
});
