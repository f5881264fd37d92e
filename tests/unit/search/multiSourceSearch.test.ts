import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../core/content/schema';
import { buildSearchIndex, InMemorySectionTexts, MultiSourceSearch, SearchEngine } from '../../../core/search/fulltext';
import type { SearchableDocument } from '../../../core/search/types';

const base = { lang: 'id' as const, updated: '2026-11-28', sources: [], illustrative: false, tags: [] as string[] };

function practice(id: string, title: string, sector: 'kesehatan' | 'lingkungan', province: string, text: string, extra: [string, string][] = []): SearchableDocument {
  const meta: DocumentMeta = {
    ...base, id, title, summary: `Ringkasan ${title}.`, type: 'practice', agency: 'Dinas Contoh', region: { province, regency: `Kabupaten ${province}` },
    year: 2020, sector, status: 'berlanjut', sdgs: [], pentahelix: [], replicated_in: [],
  };
  const sections: [string, string][] = [['Inovasi', text], ...extra];
  return { meta, sections: sections.map(([heading, body]) => ({ slug: heading.toLowerCase(), heading, depth: 2, text: body })) };
}

function guide(id: string, title: string, text: string): SearchableDocument {
  return { meta: { ...base, id, title, summary: `Ringkasan ${title}.`, type: 'guide' }, sections: [{ slug: 'isi', heading: 'Isi', depth: 2, text }] };
}

/** As a folder source's segment holds it: document ids are document keys. */
function inFolder(source: string, doc: SearchableDocument): SearchableDocument {
  return { ...doc, meta: { ...doc.meta, id: `${source}~${doc.meta.id}` } };
}

/** Loaded as the worker does: the index through JSON, the postings as bytes. */
function engineOf(docs: SearchableDocument[], source?: string): SearchEngine {
  const built = buildSearchIndex(docs);
  return SearchEngine.load(JSON.parse(JSON.stringify(built.index)), built.postings.slice(), new InMemorySectionTexts(built.texts), source);
}

const bundledDocs = [
  practice('antrean', 'Antrean Daring Puskesmas', 'kesehatan', 'Bali', 'Pasien mendaftar antrean puskesmas lewat pesan singkat.'),
  practice('sampah', 'Bank Sampah Sekolah', 'lingkungan', 'Sumatera Selatan', 'Siswa menabung sampah terpilah di bank sampah sekolah.'),
  guide('panduan', 'Panduan Replikasi', 'Bentuk tim replikasi dan tetapkan jadwal kerja.'),
];
const folderDocs = [
  practice('posyandu', 'Posyandu Keliling', 'kesehatan', 'Bali', 'Kader posyandu mendatangi warga; antrean di puskesmas berkurang.'),
  practice('kompos', 'Kompos Warga', 'lingkungan', 'Jawa Tengah', 'Warga mengolah sampah dapur menjadi kompos.'),
].map((d) => inFolder('folder-a', d));

function library(): MultiSourceSearch {
  return new MultiSourceSearch([
    { key: 'bawaan', engine: engineOf(bundledDocs) },
    { key: 'folder-a/seg-0', engine: engineOf(folderDocs, 'folder-a') },
  ]);
}

describe('one search over every source', () => {
  it('merges hits from the bundled library and a folder, best first, each with its document key and source', async () => {
    const response = await library().search('antrean puskesmas');
    expect(response.hits.map((h) => [h.id, h.source]).sort()).toEqual([
      ['antrean', 'bawaan'],
      ['folder-a~posyandu', 'folder-a'],
    ]);
    const scores = response.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(response.total).toBe(2);
  });

  it('shows only documents with every word when any source has one, and says "any word" only when none has', async () => {
    // "sampah" and "kompos" are together only in the folder's document.
    const all = await library().search('sampah kompos');
    expect(all.mode).toBe('all');
    expect(all.hits.map((h) => h.id)).toEqual(['folder-a~kompos']);
    expect(all.total).toBe(1);
    // No document anywhere has both: any word will do, from every source.
    const any = await library().search('replikasi kompos');
    expect(any.mode).toBe('any');
    expect(any.hits.map((h) => h.id).sort()).toEqual(['folder-a~kompos', 'panduan']);
  });

  it('adds up totals and facet counts, and counts matches per source', async () => {
    const response = await library().search('sampah');
    expect(response.total).toBe(2);
    expect(response.facets.sector).toEqual([{ value: 'lingkungan', count: 2 }]);
    expect(response.facets.province).toEqual([
      { value: 'Jawa Tengah', count: 1 },
      { value: 'Sumatera Selatan', count: 1 },
    ]);
    expect(response.facets.source).toEqual([
      { value: 'bawaan', count: 1 },
      { value: 'folder-a', count: 1 },
    ]);
  });

  it('does not "correct" a word that only some sources hold', async () => {
    // "kadar" is only in the folder; the bundled library holds "kader", one letter away.
    const search = new MultiSourceSearch([
      { key: 'bawaan', engine: engineOf([guide('kader', 'Kader Desa', 'Kader desa mendata warga setiap bulan.')]) },
      { key: 'folder-a/seg-0', engine: engineOf([inFolder('folder-a', guide('gula', 'Cek Gula', 'Kadar gula darah diperiksa gratis.'))], 'folder-a') },
    ]);
    const response = await search.search('kadar');
    expect(response.didYouMean).toBeUndefined();
    expect(response.hits.map((h) => h.id)).toEqual(['folder-a~gula']);
    // A word no source holds is still offered a correction.
    expect((await search.search('kadee')).didYouMean).toBe('kader');
  });

  it('narrows to the chosen sources', async () => {
    const response = await library().search('sampah', { sources: ['folder-a'] });
    expect(response.hits.map((h) => h.id)).toEqual(['folder-a~kompos']);
    expect(response.total).toBe(1);
    expect(response.facets.source).toEqual([{ value: 'folder-a', count: 1 }]);
  });

  it('never counts or shows a document its segment lists as hidden, in search or quick open', async () => {
    const older = engineOf([inFolder('folder-a', practice('kompos', 'Kompos Warga Lama', 'lingkungan', 'Jawa Tengah', 'Sampah dapur lama.'))], 'folder-a');
    older.setHidden(['folder-a~kompos']);
    const search = new MultiSourceSearch([
      { key: 'bawaan', engine: engineOf(bundledDocs) },
      { key: 'folder-a/seg-0', engine: older },
      { key: 'folder-a/delta-1', engine: engineOf([folderDocs[1]!], 'folder-a') },
    ]);
    const response = await search.search('sampah');
    expect(response.hits.map((h) => h.title).sort()).toEqual(['Bank Sampah Sekolah', 'Kompos Warga']);
    expect(response.total).toBe(2);
    expect(response.facets.province.map((f) => f.value)).not.toContain('Jawa Tengah Lama');
    expect(response.facets.source).toEqual([
      { value: 'bawaan', count: 1 },
      { value: 'folder-a', count: 1 },
    ]);
    expect((await search.search('lama')).total).toBe(0);
    expect(search.quickOpen('kompos').map((i) => i.title)).toEqual(['Kompos Warga']);
  });

  it('answers with nothing when no index is loaded yet, without throwing', async () => {
    const response = await new MultiSourceSearch().search('sampah');
    expect(response).toMatchObject({ total: 0, hits: [], mode: 'all' });
  });
});

describe('paging', () => {
  const many = (source: string, from: number) =>
    Array.from({ length: 30 }, (_, i) => inFolder(source, practice(`warga-${from + i}`, `Layanan Warga ${from + i}`, 'kesehatan', 'Bali', `Warga dilayani ${'warga '.repeat(1 + (i % 7))}di desa.`)));
  const bundled = Array.from({ length: 40 }, (_, i) => practice(`desa-${i}`, `Desa Sehat ${i}`, 'kesehatan', 'Bali', `Warga desa ${'sehat '.repeat(1 + (i % 5))}bersama.`));
  const search = new MultiSourceSearch([
    { key: 'bawaan', engine: engineOf(bundled) },
    { key: 'folder-b/seg-0', engine: engineOf(many('folder-b', 0), 'folder-b') },
    { key: 'folder-b/seg-1', engine: engineOf(many('folder-b', 30), 'folder-b') },
  ]);

  it('reaches every matching document page by page, in the same order as one long page, with the same total', async () => {
    const whole = await search.search('warga', { limit: 100 });
    expect(whole.total).toBe(100);
    const pages = [];
    for (let offset = 0; offset < 100; offset += 30) {
      const page = await search.search('warga', { limit: 30, offset });
      expect(page.total).toBe(100);
      expect(page.facets).toEqual(whole.facets);
      pages.push(...page.hits.map((h) => h.id));
    }
    expect(pages).toEqual(whole.hits.map((h) => h.id));
    expect(new Set(pages).size).toBe(100);
  });

  it('places the user\'s notes by score among the pages, once', async () => {
    const withNotes = new MultiSourceSearch([
      { key: 'bawaan', engine: engineOf(bundled) },
      { key: 'folder-b/seg-0', engine: engineOf(many('folder-b', 0), 'folder-b') },
    ]);
    withNotes.addSource({ name: 'notes', search: () => [{ source: 'notes', id: 'desa-3', title: 'Catatan saya', type: 'practice', summary: '', illustrative: false, score: 0.001, sections: [] }] });
    const first = await withNotes.search('warga', { limit: 40 });
    expect(first.total).toBe(71);
    expect(first.hits.map((h) => h.source)).not.toContain('notes');
    const rest = await withNotes.search('warga', { limit: 40, offset: 40 });
    expect(rest.hits).toHaveLength(31);
    expect(rest.hits.at(-1)).toMatchObject({ source: 'notes', id: 'desa-3' });
    expect(new Set([...first.hits, ...rest.hits].map((h) => `${h.source} ${h.id}`)).size).toBe(71);
  });

  it('pages a single engine the same way', async () => {
    const engine = engineOf(bundled);
    const whole = (await engine.search('warga', { limit: 40 })).hits.map((h) => h.id);
    const second = (await engine.search('warga', { limit: 15, offset: 15 })).hits.map((h) => h.id);
    expect(second).toEqual(whole.slice(15, 30));
    expect((await engine.search('warga', { limit: 15, offset: 45 })).hits).toEqual([]);
  });
});

describe('a document in a folder ranks as it would in the bundled library', () => {
  const subject = practice('jemput-bola', 'Jemput Bola Adminduk', 'kesehatan', 'Bali', 'Petugas jemput bola merekam KTP warga lansia di rumah; antrean kantor berkurang.', [
    ['Dampak', 'Warga lansia tidak lagi antre; rekam data kependudukan selesai di desa.'],
  ]);
  const competitors = [
    practice('ktp-kantor', 'Perekaman KTP di Kantor', 'kesehatan', 'Bali', 'Warga datang ke kantor untuk rekam KTP; antrean panjang setiap pagi.'),
    practice('lansia', 'Layanan Lansia', 'kesehatan', 'Bali', 'Lansia dilayani di rumah oleh kader desa; data warga diperbarui.'),
    practice('antrean-desa', 'Antrean Desa', 'kesehatan', 'Bali', 'Antrean layanan desa diatur dengan nomor; petugas merekam data.'),
    practice('bola-desa', 'Bola Voli Desa', 'lingkungan', 'Bali', 'Warga bermain bola voli di lapangan desa setiap sore.'),
    guide('rekam', 'Panduan Rekam Data', 'Rekam data kependudukan warga dengan teliti; simpan salinan KTP.'),
  ];
  const queries = ['rekam ktp lansia', 'jemput bola', 'antrean warga', 'data kependudukan desa', 'ktp', 'warga lansia rumah', 'petugas antrean', 'rekam data'];
  const plain = (id: string) => id.replace(/^[^~]*~/, '');

  it('gives the same order when the whole set is indexed as a folder segment instead of the bundled library', async () => {
    const asBundled = engineOf([subject, ...competitors]);
    const asFolder = new MultiSourceSearch([{ key: 'folder-c/seg-0', engine: engineOf([subject, ...competitors].map((d) => inFolder('folder-c', d)), 'folder-c') }]);
    for (const q of queries) {
      const expected = (await asBundled.search(q)).hits.map((h) => [h.id, h.score]);
      const got = (await asFolder.search(q)).hits.map((h) => [plain(h.id), h.score]);
      expect(got, q).toEqual(expected);
    }
  });

  it('gives the same order when the document sits in a folder and its competitors in the bundled library', async () => {
    const together = engineOf([subject, ...competitors]);
    // The folder holds the subject and documents that match none of the queries (a segment is rarely one file).
    const folder = [subject, guide('resep', 'Resep Kue', 'Tepung, gula dan telur diaduk rata lalu dipanggang.'), guide('jadwal', 'Jadwal Piket', 'Piket kebersihan kantor bergantian setiap minggu.')];
    const split = new MultiSourceSearch([
      { key: 'bawaan', engine: engineOf(competitors) },
      { key: 'folder-c/seg-0', engine: engineOf(folder.map((d) => inFolder('folder-c', d)), 'folder-c') },
    ]);
    const alone = new MultiSourceSearch([{ key: 'bawaan', engine: engineOf([...competitors, ...folder]) }]);
    let contested = 0;
    for (const q of queries) {
      const expected = (await alone.search(q)).hits.map((h) => h.id);
      const got = (await split.search(q)).hits.map((h) => plain(h.id));
      expect(got, q).toEqual(expected);
      if (expected.length > 1 && expected.includes('jemput-bola')) contested++;
    }
    expect(contested).toBeGreaterThanOrEqual(3);
    // Without the shared statistics the small segment's rare words would be worth far less.
    expect((await together.search('jemput bola')).hits[0]!.id).toBe('jemput-bola');
  });
});
