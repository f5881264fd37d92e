/**
 * Session packs that ship with the app: checked at build time, listed beside the trainer's own
 * packs, and read-only (present, print and duplicate; never changed or deleted).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { compileLibrary } from '../../../build/content/compile';
import { BUNDLED_PACKS_FILE, compileBundledPack } from '../../../core/present/bundledPacks';
import type { PackDraft, SessionPack } from '../../../core/present/sessionPack';
import { createHost, type Host } from '../../../electron/services/host/createHost';
import { writeCompiledLibrary } from '../support/libraryFixture';
import { useTempDir } from '../support/tempDir';

const headings = new Map([['contoh-panduan', [{ depth: 2, text: 'A', slug: 'a' }]]]);
const headingsOf = (id: string) => headings.get(id);

const PACK_YAML = `id: bawaan-contoh
title: "Pelatihan Contoh"
date: ""
audience: "ASN"
trainer: ""
durationMinutes: 240
updated: 2026-12-03
items:
  - docId: contoh-panduan
  - docId: contoh-panduan
    sectionId: a
`;

describe('compiling a bundled pack', () => {
  it('accepts a pack whose documents and sections exist, marked bundled and dated from "updated"', () => {
    const { pack, problems } = compileBundledPack('paket/contoh.yml', PACK_YAML, headingsOf);
    expect(problems).toEqual([]);
    expect(pack).toMatchObject({ id: 'bawaan-contoh', title: 'Pelatihan Contoh', bundled: true, durationMinutes: 240, updatedAt: '2026-12-03T00:00:00.000Z' });
    expect(pack?.items).toEqual([{ docId: 'contoh-panduan' }, { docId: 'contoh-panduan', sectionId: 'a' }]);
  });

  const broken: [string, string, RegExp][] = [
    ['a document the library does not have', PACK_YAML.replace('  - docId: contoh-panduan\n  - docId', '  - docId: tidak-ada\n  - docId'), /items\.0: dokumen "tidak-ada" tidak ada di pustaka/],
    ['a section the document does not have', PACK_YAML.replace('sectionId: a', 'sectionId: b'), /items\.1: bagian "b" tidak ada di dokumen "contoh-panduan"/],
    ['an id that could meet a trainer\'s own pack', PACK_YAML.replace('bawaan-contoh', 'paket-contoh'), /id: id paket bawaan harus diawali "bawaan-"/],
    ['a key that is not known', `${PACK_YAML}warna: merah\n`, /warna/],
    ['YAML that does not parse', 'id: [bawaan', /YAML tidak sah/],
  ];
  it.each(broken)('reports %s and leaves the pack out', (_what, yaml, message) => {
    const { pack, problems } = compileBundledPack('paket/contoh.yml', yaml, headingsOf);
    expect(pack).toBeNull();
    expect(problems.map((p) => `${p.file}: ${p.message}`).join('\n')).toMatch(message);
    expect(problems.every((p) => p.file === 'paket/contoh.yml')).toBe(true);
  });

  it('the bundled library ships the half-day training pack, every item resolving', async () => {
    const library = await compileLibrary(path.resolve(import.meta.dirname, '../../../content'));
    expect(library.problems).toEqual([]);
    const pack = library.packs.find((p) => p.id === 'bawaan-pelatihan-setengah-hari');
    expect(pack?.durationMinutes).toBe(240);
    expect(pack?.items.map((i) => i.docId)[0]).toBe('seminar-dek-pelatihan-setengah-hari');
    const ids = new Set(library.documents.map((d) => d.meta.id));
    expect(pack?.items.every((i) => ids.has(i.docId))).toBe(true);
  }, 60_000);
});

const tempDir = useTempDir('pustaka-bundled-packs');
let host: Host;
const packsFile = () => path.join(tempDir(), 'user', 'packs.json');
const bundled: SessionPack = {
  id: 'bawaan-contoh',
  title: 'Pelatihan Contoh',
  date: '',
  audience: 'ASN',
  trainer: '',
  durationMinutes: 240,
  items: [{ docId: 'contoh-panduan' }],
  createdAt: '2026-12-03T00:00:00.000Z',
  updatedAt: '2026-12-03T00:00:00.000Z',
  bundled: true,
};
const own: PackDraft = { title: 'Paket Saya', date: '', audience: '', trainer: '', durationMinutes: 90, items: [{ docId: 'contoh-panduan' }] };

async function startHost() {
  host = await createHost({
    userDataDir: path.join(tempDir(), 'user'),
    contentDir: path.join(tempDir(), 'content'),
    appInfo: { name: 'Pustaka Inovasi', version: '0.1.0', platform: 'linux' },
    openExternal: async () => false,
  });
}

async function ok<T>(promise: Promise<unknown>): Promise<T> {
  const result = (await promise) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('bundled packs behind the contract', () => {
  beforeEach(async () => {
    await writeCompiledLibrary(path.join(tempDir(), 'content'));
    await writeFile(path.join(tempDir(), 'content', BUNDLED_PACKS_FILE), JSON.stringify({ formatVersion: 1, packs: [bundled] }));
    await mkdir(path.join(tempDir(), 'user'), { recursive: true });
    await startHost();
  });

  it('lists the trainer\'s own packs first, then the bundled pack, marked bundled', async () => {
    await ok(host.invoke('packs:save', { pack: own }));
    const { packs } = await ok<{ packs: SessionPack[] }>(host.invoke('packs:list', undefined));
    expect(packs.map((p) => [p.title, p.bundled ?? false])).toEqual([
      ['Paket Saya', false],
      ['Pelatihan Contoh', true],
    ]);
    expect(await ok(host.invoke('packs:get', { id: 'bawaan-contoh' }))).toMatchObject({ title: 'Pelatihan Contoh', bundled: true });
  });

  it('refuses to change or delete a bundled pack, in both languages, and writes nothing', async () => {
    for (const [channel, input] of [
      ['packs:save', { id: 'bawaan-contoh', pack: { ...own, title: 'Diubah' } }],
      ['packs:delete', { id: 'bawaan-contoh' }],
    ] as const) {
      const result = await host.invoke(channel, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'pack_read_only' } });
      if (result.ok) continue;
      expect(result.error.messages.id).toMatch(/^Paket sesi "Pelatihan Contoh" adalah paket bawaan aplikasi .*Gandakan paket itu/);
      expect(result.error.messages.en).toMatch(/ships with the app, so it cannot be changed or deleted/);
    }
    expect(await readFile(packsFile(), 'utf8').catch(() => null)).toBeNull();
    expect(await ok(host.invoke('packs:get', { id: 'bawaan-contoh' }))).toMatchObject({ title: 'Pelatihan Contoh' });
  });

  it('duplicates a bundled pack into the trainer\'s own, editable pack, and exports it without the mark', async () => {
    const copy = await ok<SessionPack>(host.invoke('packs:duplicate', { id: 'bawaan-contoh' }));
    expect(copy).toMatchObject({ title: 'Pelatihan Contoh (salinan)', durationMinutes: 240, items: bundled.items });
    expect(copy.bundled).toBeUndefined();
    expect(copy.id).toMatch(/^paket-/);
    await ok(host.invoke('packs:save', { id: copy.id, pack: { ...own, title: 'Versi Saya' } }));
    const file = await ok<{ json: string }>(host.invoke('packs:export', { id: 'bawaan-contoh' }));
    expect(JSON.parse(file.json).pack).not.toHaveProperty('bundled');
    await startHost();
    const { packs } = await ok<{ packs: SessionPack[] }>(host.invoke('packs:list', undefined));
    expect(packs.map((p) => p.title)).toEqual(['Versi Saya', 'Pelatihan Contoh']);
  });

  it('starts with no bundled packs when the compiled file is missing or damaged', async () => {
    await writeFile(path.join(tempDir(), 'content', BUNDLED_PACKS_FILE), '{"formatVersion": 1, "packs": [');
    await startHost();
    expect(await host.invoke('packs:list', undefined)).toEqual({ ok: true, value: { packs: [] } });
  });
});
