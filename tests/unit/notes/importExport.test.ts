import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseNotesImport } from '../../../core/notes/mergeImport';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXPORT_LABELS, exportDocumentMarkdown, exportNotesMarkdown, tagName } from '../../../core/notes/exportMarkdown';
import { api } from '../../../core/api';
import { dispatch } from '../../../core/dispatch';
import { useTempDir } from '../support/tempDir';
import { anchorFor, openStore, closeStores } from './notesFixtures';

const tempDir = useTempDir('pustaka-notes-import');
afterEach(closeStores);

async function sourceStore() {
  const store = await openStore(path.join(tempDir()), { backups: false });
  const { highlight } = await store.createHighlight({ docId: 'dok-a', anchor: anchorFor('pengaduan masyarakat'), colour: 'hijau', note: 'Catatan **tebal**' });
  await store.createNote({ target: { kind: 'free' }, body: 'Catatan lepas' });
  await store.addBookmark({ docId: 'dok-b' });
  return { store, highlight };
}

describe('import of an exported JSON file', () => {
  it('adds everything into an empty store, then is idempotent', async () => {
    const { store } = await sourceStore();
    const exported = JSON.stringify(store.snapshot());
    await mkdir(path.join(tempDir(), 'b'));
    const target = await openStore(path.join(tempDir(), 'b'));
    expect(await target.importJson(exported)).toMatchObject({ added: 4, updated: 0, skipped: 0 });
    expect(await target.importJson(exported)).toMatchObject({ added: 0, updated: 0, skipped: 4 });
    expect(target.snapshot().notes).toEqual(store.snapshot().notes);
  });

  it('merges by id: the newer updatedAt wins, the older is skipped', async () => {
    const { store } = await sourceStore();
    const older = JSON.stringify(store.snapshot());
    const note = store.snapshot().notes[1]!;
    await store.updateNote(note.id, { body: 'diubah di sini' });
    expect(await store.importJson(older)).toMatchObject({ updated: 0, added: 0 });
    expect(store.snapshot().notes[1]!.body).toBe('diubah di sini');
    const newer = store.snapshot();
    newer.notes[1] = { ...newer.notes[1]!, body: 'lebih baru', updatedAt: '2026-11-29T20:00:00.000Z' };
    expect(await store.importJson(JSON.stringify(newer))).toMatchObject({ updated: 1 });
    expect(store.snapshot().notes[1]!.body).toBe('lebih baru');
  });

  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  const hostile: [string, string, string][] = [
    ['not JSON', '{ ini bukan json', 'not_json'],
    ['a JSON array', '[]', 'not_notes'],
    ['no schema version', '{"notes": []}', 'not_notes'],
    ['a newer version', '{"schemaVersion": 99}', 'newer_version'],
    ['records of the wrong type', '{"schemaVersion": 2, "notes": "banyak"}', 'invalid_records'],
    ['a huge string', JSON.stringify({ schemaVersion: 2, notes: [{ id: 'a', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', target: { kind: 'free' }, body: 'x'.repeat(5_000_000), tags: [] }] }), 'invalid_records'],
    ['deep nesting', `{"schemaVersion": 2, "notes": ${deep}}`, 'invalid_records'],
    ['a __proto__ key', '{"schemaVersion": 2, "__proto__": {"polluted": true}, "notes": []}', 'invalid_records'],
    ['a constructor.prototype key inside a record', '{"schemaVersion": 2, "notes": [{"id": "a", "constructor": {"prototype": {"polluted": true}}}]}', 'invalid_records'],
    ['an oversized file', ' '.repeat(20_000_001), 'too_large'],
    ['a record dated far ahead', JSON.stringify({ schemaVersion: 2, notes: [{ id: 'masa-depan', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2099-01-01T00:00:00Z', target: { kind: 'free' }, body: 'menang terus', tags: [] }] }), 'future_date'],
  ];

  for (const [name, text, reason] of hostile) {
    it(`refuses ${name}, changes nothing and says why`, async () => {
      const { store } = await sourceStore();
      const before = await readFile(path.join(tempDir(), 'notes.json'), 'utf8');
      const error = await store.importJson(text).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'import_invalid' });
      // The reason in plain words, in both languages, never the internal code or parser English.
      expect(parseNotesImport(text, new Date().toISOString())).toMatchObject({ ok: false, reason });
      const detail = (error as { detail: { id: string; en: string } }).detail;
      expect(detail.id.length).toBeGreaterThan(10);
      expect(detail.en.length).toBeGreaterThan(10);
      expect(`${detail.id} ${detail.en}`).not.toContain(reason);
      expect(`${detail.id} ${detail.en}`).not.toMatch(/Unexpected token|JSON at position/);
      expect(await readFile(path.join(tempDir(), 'notes.json'), 'utf8')).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('explains a refused import in Indonesian and English through the contract', async () => {
    const { store } = await sourceStore();
    const handlers = { 'notes:import': ({ text }: { text: string }) => store.importJson(text) } as never;
    const result = await dispatch(handlers, 'notes:import', { text: '{"schemaVersion": 99}' }, () => 'id');
    expect(result).toMatchObject({ ok: false, error: { code: 'import_invalid' } });
    if (result.ok) return;
    expect(result.error.messages.id).toMatch(/Tidak ada catatan yang diubah/);
    expect(result.error.messages.en).toMatch(/No notes were changed/);
  });

  it('answers wrong IPC arguments with a clear message in the UI language, and writes nothing', async () => {
    const handlers = { 'notes:createNote': () => Promise.reject(new Error('must not run')) } as never;
    const id = await dispatch(handlers, 'notes:createNote', { target: { kind: 'free' }, body: 5 }, () => 'id');
    const en = await dispatch(handlers, 'notes:createNote', { target: { kind: 'dokumen' }, body: '' }, () => 'en');
    expect(id).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^Permintaan tidak valid: body/) } });
    expect(en).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^Invalid request: target/) } });
  });

  it('refuses wrong IPC arguments with a clear message before any handler runs', () => {
    expect(api['notes:createNote'].input.safeParse({ target: { kind: 'free' }, body: 'x'.repeat(20_001) }).success).toBe(false);
    expect(api['notes:createHighlight'].input.safeParse({ docId: '../etc', anchor: {}, colour: 'ungu' }).success).toBe(false);
    expect(api['notes:updateNote'].input.safeParse({ id: 'a', body: 'x', extra: 1 }).success).toBe(false);
    expect(api['backup:restore'].input.safeParse({ name: '../../notes.json' }).success).toBe(false);
  });
});

describe('Markdown export', () => {
  const day = { exportedOn: '2026-12-03' };
  it('groups by document, each quote a blockquote with the colour named and a plain reference, then the note', async () => {
    const { store } = await sourceStore();
    const md = exportNotesMarkdown(store.snapshot(), (id) => (id === 'dok-a' ? { title: 'Dokumen A', sources: ['Laporan 2024'] } : undefined), { ...EXPORT_LABELS.id, exportedAt: 'Diekspor hari ini' }, day);
    expect(md).toContain('## Dokumen A');
    expect(md).toContain('> pengaduan masyarakat');
    expect(md).toContain('— Sorotan hijau · Dokumen A');
    expect(md).toContain('Rujukan: Pustaka Inovasi, dok-a');
    expect(md).not.toContain('app://');
    expect(md.indexOf('> pengaduan masyarakat')).toBeLessThan(md.indexOf('Catatan **tebal**'));
    expect(md).toContain('## Catatan lepas');
  });

  it('opens with YAML front matter that a note app can read: title, source, tags, exported date, documents', async () => {
    const store = await openStore(path.join(tempDir()), { backups: false });
    await store.createHighlight({ docId: 'dok-a', anchor: anchorFor('pengaduan masyarakat'), colour: 'biru', note: 'Perlu dicoba', tags: ['replikasi', 'tahun 2024'] });
    const md = exportNotesMarkdown(store.snapshot(), () => ({ title: 'Dokumen: A "kutip"', sources: ['Laporan 2024'] }), { ...EXPORT_LABELS.en, exportedAt: '' }, day);
    const match = /^---\n([\s\S]*?)\n---\n/.exec(md);
    expect(match).not.toBeNull();
    const meta = parse(match![1]!) as Record<string, unknown>;
    expect(meta).toMatchObject({ title: 'Notes and Highlights — Pustaka Inovasi', source: 'Pustaka Inovasi', exported: '2026-12-03', tags: ['replikasi', 'tahun-2024'] });
    expect(meta.documents).toEqual([{ title: 'Dokumen: A "kutip"', reference: 'Pustaka Inovasi, dok-a', sources: ['Laporan 2024'] }]);
    expect(md).toContain('Tags: #replikasi #tahun-2024');
    expect(md).toContain('Highlight blue');
  });

  it('writes one document as a file of its own, with its own front matter', async () => {
    const { store } = await sourceStore();
    const md = exportDocumentMarkdown('dok-a', store.snapshot(), { title: 'Dokumen A' }, { ...EXPORT_LABELS.id, exportedAt: '' }, day);
    const meta = parse(/^---\n([\s\S]*?)\n---\n/.exec(md)![1]!) as Record<string, unknown>;
    expect(meta).toMatchObject({ title: 'Dokumen A', reference: 'Pustaka Inovasi, dok-a', exported: '2026-12-03' });
    expect(md).toContain('# Dokumen A');
    expect(md).not.toContain('Catatan lepas');
  });

  it('makes tags Obsidian can read', () => {
    expect(tagName('tahun 2024')).toBe('tahun-2024');
    expect(tagName('#sudah')).toBe('sudah');
    expect(tagName('2024')).toBe('tag-2024');
  });

  it('keeps a hostile quote inside its blockquote', () => {
    const md = exportNotesMarkdown(
      { highlights: [{ id: 'h', docId: 'd', anchor: { quote: 'baris satu\n# bukan judul\n<script>', prefix: '', suffix: '', headingPath: [], offset: 0 }, colour: 'kuning', tags: [], detached: true, createdAt: 'x', updatedAt: 'x' }], notes: [] },
      () => undefined,
      { ...EXPORT_LABELS.en, exportedAt: '' },
      day,
    );
    expect(md).toContain('> # bukan judul\n> &lt;script>');
    expect(md).toContain('(detached note');
  });
});
