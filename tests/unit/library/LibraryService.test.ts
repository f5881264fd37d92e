import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/tempDir';
import { LibraryService } from '../../../electron/services/library/LibraryService';
import { writeCompiledLibrary } from '../support/libraryFixture';

const tempDir = useTempDir('pustaka-library');

describe('LibraryService', () => {
  it('shows an empty library and says why when nothing has been compiled', async () => {
    const listing = await new LibraryService(tempDir()).list();
    expect(listing.documents).toEqual([]);
    expect(listing.problems[0]).toContain('library.json tidak ditemukan');
  });

  it('reports an unreadable bundle as a typed error instead of crashing', async () => {
    await writeFile(path.join(tempDir(), 'library.json'), '{"formatVersion":1,"documents":[');
    await expect(new LibraryService(tempDir()).list()).rejects.toMatchObject({ code: 'library_unreadable' });
  });

  it('rejects a bundle of an unknown format', async () => {
    await writeFile(path.join(tempDir(), 'library.json'), JSON.stringify({ formatVersion: 99, documents: [] }));
    await expect(new LibraryService(tempDir()).list()).rejects.toMatchObject({ code: 'library_unreadable' });
  });

  it('lists metadata and loads a body only when the document is opened', async () => {
    await writeCompiledLibrary(tempDir());
    const library = new LibraryService(tempDir());
    expect((await library.list()).documents.map((d) => d.id)).toEqual(['contoh-panduan']);
    expect((await library.get('contoh-panduan')).headings[0]?.slug).toBe('a');
    await expect(library.get('tidak-ada')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('reports a listed document whose body file is missing as unreadable, not as missing', async () => {
    await writeCompiledLibrary(tempDir());
    await rm(path.join(tempDir(), 'documents', 'contoh-panduan.json'));
    await expect(new LibraryService(tempDir()).get('contoh-panduan')).rejects.toMatchObject({ code: 'library_unreadable' });
  });

  it('tries again after a failed load, so a rebuilt library is picked up', async () => {
    await writeFile(path.join(tempDir(), 'library.json'), '{broken');
    const library = new LibraryService(tempDir());
    await expect(library.list()).rejects.toMatchObject({ code: 'library_unreadable' });
    await writeCompiledLibrary(tempDir());
    expect((await library.list()).documents).toHaveLength(1);
  });
});
