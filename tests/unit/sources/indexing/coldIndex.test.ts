import { readdir, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/tempDir';
import { keyOf, markdown, openIndexer, searchFolder, writeFiles, type OpenedIndexer } from './folderFixture';

const tempDir = useTempDir('folder-index');
let opened: OpenedIndexer | null = null;
afterEach(async () => {
  await opened?.indexer.close();
  opened = null;
});

/** About 50 files as a user's folder has them: plain notes, front matter, subfolders, and a few broken ones. */
function fixtureFiles(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (let i = 0; i < 45; i++) files[`sop/prosedur-${i}.md`] = markdown(`Prosedur ${i}`, `Langkah pelayanan nomor ${i} untuk warga di kecamatan.`);
  files['catatan.markdown'] = markdown('Catatan Rapat', 'Rapat koordinasi tentang jembatan gantung, lihat [[prosedur-3]].\n\n![[peta.png]]');
  files['kembar/a.md'] = '---\nid: kembar\ntitle: Kembar pertama\n---\n\nIsi pertama.\n';
  files['kembar/b.md'] = '---\nid: kembar\ntitle: Kembar kedua\n---\n\nIsi kedua.\n';
  files['rusak/biner.md'] = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]);
  files['rusak/latin1.md'] = Uint8Array.from(Buffer.concat([Buffer.from('# Judul\n\nBaris dua\n'), Buffer.from([0xe9, 0x0a])]));
  files['rusak/yaml.md'] = '---\ntitle: Kacau\ntags: [satu, dua\n---\n\n# Kacau\n';
  files['gambar/peta.png'] = Uint8Array.from([0x89, 0x50, 0x4e, 0x47]);
  files['bukan-dokumen.txt'] = 'teks biasa yang tidak diindeks';
  return files;
}

describe('FolderIndexer, cold', { timeout: 60_000 }, () => {
  it('indexes a folder of about 50 files: documents listed and searchable, broken files reported with file and line', async () => {
    opened = await openIndexer(tempDir());
    await writeFiles(opened.root, fixtureFiles());
    await opened.indexer.start();

    const { indexer, cacheDir } = opened;
    const state = indexer.state();
    expect(state.status).toBe('ready');
    expect(state.documentCount).toBe(47);
    expect(state.indexedAt).not.toBeNull();
    expect(indexer.documents().map((d) => d.id)).toContain(keyOf('sop-prosedur-7'));
    expect(indexer.documents().every((d) => d.source === 'folder-uji')).toBe(true);

    const problems = indexer.problems();
    expect(problems.map((p) => p.file).sort()).toEqual(['kembar/b.md', 'rusak/biner.md', 'rusak/latin1.md', 'rusak/yaml.md']);
    expect(problems.find((p) => p.file === 'rusak/latin1.md')!.line).toBe(4);
    expect(problems.find((p) => p.file === 'kembar/b.md')!.message.id).toContain('kembar/a.md');
    expect(problems.find((p) => p.file === 'rusak/yaml.md')!.line).toBeGreaterThanOrEqual(2);
    for (const p of problems) expect(p.message.id.length && p.message.en.length).toBeGreaterThan(0);
    expect(state.problemCount).toBe(4);
    expect(indexer.documents().find((d) => d.id === keyOf('kembar'))!.title).toBe('Kembar pertama');

    expect(await searchFolder(indexer, cacheDir, 'jembatan gantung')).toEqual([keyOf('catatan')]);
    expect(await searchFolder(indexer, cacheDir, 'kecamatan')).toHaveLength(45);

    const doc = await indexer.getDocument(keyOf('sop-prosedur-7'));
    expect(doc.source).toBe('folder-uji');
    expect(doc.file).toBe('sop/prosedur-7.md');
    expect(doc.html).toContain('Langkah pelayanan nomor 7');
    // a wiki link resolves within the folder; an embedded image is copied into the cache, and only that one
    const note = await indexer.getDocument(keyOf('catatan'));
    expect(note.html).toContain(`#/dokumen/${keyOf('sop-prosedur-3')}`);
    expect(note.html).toContain('./__sources/folder-uji/assets/gambar/peta.png');
    expect(await readdir(path.join(cacheDir, 'assets', 'gambar'))).toEqual(['peta.png']);
    await expect(indexer.getDocument(keyOf('tidak-ada'))).rejects.toMatchObject({ code: 'not_found' });
  });

  it('makes the first documents searchable in a small first segment, then the rest, announcing each', async () => {
    opened = await openIndexer(tempDir());
    const files: Record<string, string> = {};
    for (let i = 0; i < 450; i++) files[`d/${String(i).padStart(3, '0')}.md`] = markdown(`Dokumen ${i}`, `isi umum ${i}`);
    await writeFiles(opened.root, files);
    await opened.indexer.start();
    const segments = opened.indexer.segments();
    expect(segments.map((s) => s.documentCount).sort((a, b) => a - b)).toEqual([200, 250]);
    expect(segments.every((s) => s.url === `./__sources/folder-uji/${s.name}/`)).toBe(true);
    expect(opened.changes()).toBeGreaterThanOrEqual(2);
    expect(opened.progress.some((p) => p.phase === 'compiling' && p.total === 450)).toBe(true);
    expect(opened.progress.at(-1)!.phase).toBe('done');
  });

  it('skips hidden files and folders, node_modules, other file types and symlinks that leave the folder', async () => {
    const base = tempDir();
    opened = await openIndexer(base);
    await writeFiles(opened.root, {
      'tampak.md': markdown('Tampak', 'kata tampak'),
      '.tersembunyi.md': markdown('Tersembunyi', 'kata rahasia'),
      '.obsidian/catatan.md': markdown('Obsidian', 'kata rahasia'),
      'node_modules/paket/README.md': markdown('Paket', 'kata rahasia'),
    });
    await writeFiles(base, { 'luar/rahasia.md': markdown('Di luar', 'kata rahasia') });
    await symlink(path.join(base, 'luar/rahasia.md'), path.join(opened.root, 'tautan-keluar.md'));
    await symlink(path.join(base, 'luar'), path.join(opened.root, 'folder-keluar'));
    await opened.indexer.start();
    expect(opened.indexer.documents().map((d) => d.id)).toEqual([keyOf('tampak')]);
    expect(await searchFolder(opened.indexer, opened.cacheDir, 'rahasia')).toEqual([]);
    expect(opened.indexer.problems()).toEqual([]);
    expect(opened.indexer.filePath('tampak.md')).toBe(path.join(opened.root, 'tampak.md'));
    expect(opened.indexer.filePath('../luar/rahasia.md')).toBeNull();
    expect(opened.indexer.filePath('tautan-keluar.md')).toBeNull();
  });

  it('reports a file over 5 MB instead of reading it, and builds the rest', async () => {
    opened = await openIndexer(tempDir());
    await writeFiles(opened.root, { 'kecil.md': markdown('Kecil', 'isi kecil') });
    await writeFile(path.join(opened.root, 'besar.md'), '# Besar\n');
    await truncate(path.join(opened.root, 'besar.md'), 6 * 1024 * 1024);
    await opened.indexer.start();
    expect(opened.indexer.documents().map((d) => d.id)).toEqual([keyOf('kecil')]);
    const [problem] = opened.indexer.problems();
    expect(problem!.file).toBe('besar.md');
    expect(problem!.message.id).toMatch(/terlalu besar/);
    expect(problem!.message.en).toMatch(/too large/);
  });
});
