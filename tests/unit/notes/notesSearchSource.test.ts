import { describe, expect, it } from 'vitest';
import { buildSearchIndex, SearchEngine } from '../../../core/search/fulltext';
import { NotesSearchSource } from '../../../core/notes/notesSearchSource';

describe('notes in the main search', () => {
  const source = new NotesSearchSource([
    { slug: 'sorotan-h1', docId: 'dok-a', title: 'Dokumen A', type: 'practice', text: 'pengaduan masyarakat — perlu dibahas di rapat anggaran' },
    { slug: 'catatan-n1', docId: null, title: 'Catatan lepas', type: 'guide', text: 'ide tentang pelayanan keliling' },
  ]);

  it('finds note bodies and quotes by stem, one hit per document, labelled as notes', async () => {
    const engine = SearchEngine.fromBuilt(buildSearchIndex([]));
    engine.addSource(source);
    const hits = (await engine.search('penganggaran')).hits;
    expect(hits).toMatchObject([{ source: 'notes', id: 'dok-a', sections: [{ slug: 'sorotan-h1' }] }]);
    expect((await engine.search('layanan keliling')).hits).toMatchObject([{ source: 'notes', id: '' }]);
    expect((await engine.search('tidakadakatainidimanapun')).hits).toEqual([]);
  });
});
