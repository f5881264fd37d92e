import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryService } from '../../../electron/services/library/LibraryService';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pustaka-library-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('LibraryService', () => {
  it('shows an empty library and says why when nothing has been compiled', async () => {
    const listing = await new LibraryService(dir).list();
    expect(listing.documents).toEqual([]);
    expect(listing.problems[0]).toContain('library.json tidak ditemukan');
  });

  it('reports an unreadable bundle as a typed error instead of crashing', async () => {
    await writeFile(path.join(dir, 'library.json'), '{"formatVersion":1,"documents":[');
    await expect(new LibraryService(dir).list()).rejects.toMatchObject({ code: 'library_unreadable' });
  });

  it('rejects a bundle of an unknown format', async () => {
    await writeFile(path.join(dir, 'library.json'), JSON.stringify({ formatVersion: 99, documents: [] }));
    await expect(new LibraryService(dir).list()).rejects.toMatchObject({ code: 'library_unreadable' });
  });
});
