import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../core/content/schema';
import { buildSearchIndex, InMemorySectionTexts, parseQuery, SearchEngine } from '../../../core/search/fulltext';
import type { DocumentHit, SearchableDocument } from '../../../core/search/types';

const base = { lang: 'id' as const, updated: '2026-11-28', sources: [], illustrative: true, tags: [] as string[] };
function practice(id: string, title: string, sector: 'kesehatan' | 'pengaduan' | 'lingkungan', province: string, year: number, status: 'berlanjut' | 'vakum', sections: [string, string][]): SearchableDocument {
  const meta: DocumentMeta = {
    ...base, id, title, summary: `Ringkasan ${title}.`, type: 'practice', agency: 'Dinas Contoh', region: { province, regency: `Kabupaten ${province}` },
    year, sector, status, sdgs: [], pentahelix: [], replicated_in: [],
  };
  return { meta, sections: sections.map(([heading, text]) => ({ slug: heading.toLowerCase().replace(/\s+/g, '-'), heading, depth: 2, text })) };
}
const guide: SearchableDocument = {
  meta: { ...base, illustrative: false, id: 'panduan-replikasi', title: 'Panduan Rencana Replikasi', summary: 'Cara menyusun rencana replikasi inovasi.', type: 'guide' },
  sections: [{ slug: 'langkah-1', heading: 'Langkah 1', depth: 2, text: 'Bentuk tim replikasi dan tetapkan jadwal kerja bersama pemangku kepentingan.' }],
};
const docs: SearchableDocument[] = [
  practice('antrean', 'Antrean Daring Puskesmas', 'kesehatan', 'Bali', 2019, 'berlanjut', [
    ['Masalah', 'Pasien menunggu lama di Puskesmas karena antrean manual.'],
    ['Inovasi', 'Pelayanan pendaftaran daring melalui pesan singkat dan layanan telepon.'],
  ]),
  practice('aduan', 'Satu Nomor Pengaduan Warga', 'pengaduan', 'Jawa Timur', 2021, 'berlanjut', [
    ['Inovasi', 'Warga mengadukan masalah jalan rusak lewat satu nomor; Dinas Kependudukan dan Pencatatan Sipil ikut menanggapi.'],
    ['Dampak', 'Aduan selesai lebih cepat dan bank sampah desa ikut terpantau.'],
  ]),
  practice('sampah', 'Bank Sampah Sekolah', 'lingkungan', 'Sumatera Selatan', 2017, 'vakum', [
    ['Cara Kerja', 'Siswa menabung sampah terpilah di bank sampah sekolah setiap Jumat.'],
    ['Pelajaran', 'Tanpa anggaran sampah menumpuk; sekolah bank kecil tidak cukup.'],
  ]),
  guide,
];
/** As the app loads it: the index through JSON, the postings as bytes, the texts on the side. */
function loadEngine(): SearchEngine {
  const built = buildSearchIndex(docs);
  return SearchEngine.load(JSON.parse(JSON.stringify(built.index)), built.postings.slice(), new InMemorySectionTexts(built.texts));
}
const engine = loadEngine();
const ids = async (text: string, options = {}) => (await engine.search(text, options)).hits.map((h) => h.id);

describe('parseQuery', () => {
  it('separates words, quoted phrases and field filters', () => {
    const q = parseQuery('antrean "bank sampah" sektor:kesehatan wilayah:"jawa timur" tahun:2019-2021 jenis:panduan status:vakum catatan:x');
    expect(q.words).toEqual(['antrean', 'catatan:x']);
    expect(q.phrases).toEqual(['bank sampah']);
    expect(q.filters).toEqual({ sector: ['kesehatan'], region: ['jawa timur'], year: [2019, 2020, 2021], type: ['guide'], status: ['vakum'] });
  });

  it('keeps a filter with a value it does not understand as a plain word', () => {
    expect(parseQuery('jenis:majalah status:aktif').words).toEqual(['jenis:majalah', 'status:aktif']);
  });
});

describe('SearchEngine', () => {
  it('finds inflected forms through the stemmer', async () => {
    expect(await ids('pengaduan')).toEqual(['aduan']);
    expect(await ids('layanan')).toEqual(['antrean']);
  });

  it('requires every word in the document, and falls back to any word when none has all', async () => {
    const all = await engine.search('antrean puskesmas');
    expect(all.mode).toBe('all');
    expect(all.hits.map((h) => h.id)).toEqual(['antrean']);
    const any = await engine.search('puskesmas sekolah');
    expect(any.mode).toBe('any');
    expect(any.hits.map((h) => h.id).sort()).toEqual(['antrean', 'sampah']);
  });

  it('matches quoted phrases only as consecutive words', async () => {
    expect((await ids('"bank sampah"')).sort()).toEqual(['aduan', 'sampah']);
    expect(await ids('"sampah bank"')).toEqual([]);
  });

  it('reads texts for a phrase only until a page is full, and then says the count is a lower bound', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      practice(`bank-${i}`, `Tabungan Warga ${i}`, 'lingkungan', 'Bali', 2020, 'berlanjut', [['Cara Kerja', `Warga menabung di bank sampah desa nomor ${i}.`]]),
    );
    const built = buildSearchIndex(many);
    const large = SearchEngine.load(built.index, built.postings, new InMemorySectionTexts(built.texts));
    const page = await large.search('"bank sampah"', { limit: 3 });
    expect(page.hits).toHaveLength(3);
    expect(page.totalIsLowerBound).toBe(true);
    expect(page.total).toBeGreaterThanOrEqual(4);
    const all = await large.search('"bank sampah"', { limit: 30 });
    expect(all.total).toBe(25);
    expect(all.totalIsLowerBound).toBeUndefined();
  });

  it('narrows by filters and counts facets over the matches', async () => {
    expect(await ids('sektor:lingkungan')).toEqual(['sampah']);
    expect(await ids('sampah status:berlanjut')).toEqual(['aduan']);
    expect(await ids('wilayah:bali')).toEqual(['antrean']);
    expect(await ids('tahun:2020-2022')).toEqual(['aduan']);
    expect(await ids('replikasi jenis:panduan')).toEqual(['panduan-replikasi']);
    const facets = (await engine.search('sampah')).facets;
    expect(facets.sector).toEqual([
      { value: 'lingkungan', count: 1 },
      { value: 'pengaduan', count: 1 },
    ]);
  });

  it('offers a correction for a one-letter typo in a long word, and never searches it in the word’s place', async () => {
    const response = await engine.search('pendaftarn');
    expect(response.hits).toEqual([]);
    expect(response.didYouMean).toBe('pendaftaran');
    expect((await engine.search(response.didYouMean!)).hits.map((h) => h.id)).toEqual(['antrean']);
    expect((await engine.search('antrn')).hits).toEqual([]);
  });

  it('completes the word being typed', async () => {
    expect(await ids('puskes')).toEqual([]);
    expect(await ids('puskes', { prefixLastWord: true })).toEqual(['antrean']);
  });

  it('groups hits by document with the best sections first and marks stem matches in snippets', async () => {
    const hit = (await engine.search('bank sampah')).hits.find((h) => h.id === 'sampah') as DocumentHit;
    expect(hit.sections[0]!.heading).toBe('Cara Kerja');
    const marked = (await engine.search('layanan')).hits[0]!.sections[0]!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase());
    expect(marked).toContain('pelayanan');
  });

  it('indexes each section on its own: words spread over a document still find it, and the hit shows the sections that hold them', async () => {
    const response = await engine.search('antrean telepon');
    expect(response.mode).toBe('all');
    const hit = response.hits[0]!;
    expect(hit.id).toBe('antrean');
    expect(hit.summary).toBe('Ringkasan Antrean Daring Puskesmas.');
    expect(hit.sections.map((s) => s.heading).sort()).toEqual(['Inovasi', 'Masalah']);
    const inovasi = hit.sections.find((s) => s.heading === 'Inovasi')!;
    expect(inovasi.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['telepon']);
  });

  it('expands abbreviations so either form finds the other', async () => {
    expect(await ids('disdukcapil')).toEqual(['aduan']);
  });

  it('answers an empty query with nothing, without throwing', async () => {
    expect((await engine.search('   ')).hits).toEqual([]);
    expect((await engine.search('')).total).toBe(0);
  });

  it('merges hits from another source through the seam', async () => {
    const withNotes = loadEngine();
    withNotes.addSource({
      name: 'notes',
      search: (query) =>
        query.words.includes('sampah')
          ? [{ source: 'notes', id: 'catatan-1', title: 'Catatan saya', type: 'guide', summary: '', illustrative: false, score: 1000, sections: [] }]
          : [],
    });
    const hits = (await withNotes.search('sampah')).hits;
    expect(hits[0]).toMatchObject({ source: 'notes', id: 'catatan-1' });
    expect(hits.map((h) => h.source)).toContain('bawaan');
  });

  it('opens titles first, then section headings (quick open)', async () => {
    const items = engine.quickOpen('ban');
    expect(items[0]).toMatchObject({ kind: 'document', id: 'sampah' });
    expect(engine.quickOpen('langkah')[0]).toMatchObject({ kind: 'section', id: 'panduan-replikasi', slug: 'langkah-1' });
  });

  it('refuses an index of another version', async () => {
    expect(() => SearchEngine.load({ version: 99 } as never, new Uint8Array(), new InMemorySectionTexts([]))).toThrow();
  });
});
