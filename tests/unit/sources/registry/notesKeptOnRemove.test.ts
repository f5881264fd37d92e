import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/tempDir';
import { startSourcesHost, waitUntilIndexed, writeUserFolder } from './sourcesHost';

const tempDir = useTempDir('pustaka-sources-notes');

const anchor = { quote: 'Isi dokumen', prefix: '', suffix: '.', headingPath: ['SOP KTP'], offset: 0 };

describe('removing a folder source keeps the notes on its documents', () => {
  it('counts the highlights, notes and bookmarks kept, and re-adding the folder re-attaches them', async () => {
    const t = await startSourcesHost(tempDir());
    const folder = await writeUserFolder(path.join(tempDir(), 'sop'), { 'sop-ktp.md': '# SOP KTP', 'sop-kk.md': '# SOP KK' });
    const other = await writeUserFolder(path.join(tempDir(), 'lain'), { 'x.md': '# X' });
    const { source } = await t.call('sources:addFolder', { path: folder });
    const { source: otherSource } = await t.call('sources:addFolder', { path: other });
    await waitUntilIndexed(t, source.id);
    const key = `${source.id}~sop-ktp`;

    const highlight = await t.call('notes:createHighlight', { docId: key, anchor, colour: 'kuning', note: 'Perlu dicek ke Disdukcapil' });
    await t.call('notes:createNote', { target: { kind: 'document', docId: `${source.id}~sop-kk` }, body: 'Bandingkan dengan SOP provinsi' });
    await t.call('bookmarks:add', { docId: key, label: 'Langkah 3' });
    // Not of this source: a bundled document, another folder, a free note.
    await t.call('bookmarks:add', { docId: 'contoh-panduan' });
    await t.call('bookmarks:add', { docId: `${otherSource.id}~x` });
    await t.call('notes:createNote', { target: { kind: 'free' }, body: 'Catatan bebas' });
    const before = t.host.notes.snapshot();

    // One highlight, the note written on it, one document note, one bookmark.
    expect(await t.call('sources:remove', { id: source.id })).toEqual({ removed: true, notesKept: 4 });
    const after = t.host.notes.snapshot();
    expect(after.highlights).toEqual(before.highlights);
    expect(after.notes).toEqual(before.notes);
    expect(after.bookmarks).toEqual(before.bookmarks);
    expect(await t.host.invoke('library:get', { id: key })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const { source: again } = await t.call('sources:addFolder', { path: folder });
    expect(again.id).toBe(source.id);
    await waitUntilIndexed(t, again.id);
    expect((await t.call('library:get', { id: key })).meta.title).toBe('SOP KTP');
    const forDocument = await t.call('notes:forDocument', { docId: key });
    expect(forDocument.highlights.map((h: any) => h.id)).toEqual([highlight.highlight.id]);
    await t.host.settle();
  });
});
