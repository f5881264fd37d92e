import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../core/content/schema';
import { buildSearchIndex, parseQuery, SearchEngine } from '../../../core/search/fulltext';
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
const engine = SearchEngine.load(JSON.parse(JSON.stringify(buildSearchIndex(docs))));
const ids = (text: string, options = {}) => engine.search(text, options).hits.map((h) => h.id);

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
  it('finds inflected forms through the stemmer', () => {
    expect(ids('pengaduan')).toEqual(['aduan']);
    expect(ids('layanan')).toEqual(['antrean']);
  });

  it('requires every word in the document, and falls back to any word when none has all', () => {
    const all = engine.search('antrean puskesmas');
    expect(all.mode).toBe('all');
    expect(all.hits.map((h) => h.id)).toEqual(['antrean']);
    const any = engine.search('puskesmas sekolah');
    expect(any.mode).toBe('any');
    expect(any.hits.map((h) => h.id).sort()).toEqual(['antrean', 'sampah']);
  });

  it('matches quoted phrases only as consecutive words', () => {
    expect(ids('"bank sampah"').sort()).toEqual(['aduan', 'sampah']);
    expect(ids('"sampah bank"')).toEqual([]);
  });

  it('narrows by filters and counts facets over the matches', () => {
    expect(ids('sektor:lingkungan')).toEqual(['sampah']);
    expect(ids('sampah status:berlanjut')).toEqual(['aduan']);
    expect(ids('wilayah:bali')).toEqual(['antrean']);
    expect(ids('tahun:2020-2022')).toEqual(['aduan']);
    expect(ids('replikasi jenis:panduan')).toEqual(['panduan-replikasi']);
    const facets = engine.search('sampah').facets;
    expect(facets.sector).toEqual([
      { value: 'lingkungan', count: 1 },
      { value: 'pengaduan', count: 1 },
    ]);
  });

  it('corrects a one-letter typo in a long word and says what it searched for', () => {
    const response = engine.search('pendaftarn');
    expect(response.hits.map((h) => h.id)).toEqual(['antrean']);
    expect(response.didYouMean).toBe('pendaftaran');
    expect(engine.search('antrn').hits).toEqual([]);
  });

  it('completes the word being typed', () => {
    expect(ids('puskes')).toEqual([]);
    expect(ids('puskes', { prefixLastWord: true })).toEqual(['antrean']);
  });

  it('groups hits by document with the best sections first and marks stem matches in snippets', () => {
    const hit = engine.search('bank sampah').hits.find((h) => h.id === 'sampah') as DocumentHit;
    expect(hit.sections[0]!.heading).toBe('Cara Kerja');
    const marked = engine.search('layanan').hits[0]!.sections[0]!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase());
    expect(marked).toContain('pelayanan');
  });

  it('expands abbreviations so either form finds the other', () => {
    expect(ids('disdukcapil')).toEqual(['aduan']);
  });

  it('answers an empty query with nothing, without throwing', () => {
    expect(engine.search('   ').hits).toEqual([]);
    expect(engine.search('').total).toBe(0);
  });

  it('merges hits from another source through the seam', () => {
    const withNotes = SearchEngine.load(JSON.parse(JSON.stringify(buildSearchIndex(docs))));
    withNotes.addSource({
      name: 'notes',
      search: (query) =>
        query.words.includes('sampah')
          ? [{ source: 'notes', id: 'catatan-1', title: 'Catatan saya', type: 'guide', summary: '', illustrative: false, score: 1000, sections: [] }]
          : [],
    });
    const hits = withNotes.search('sampah').hits;
    expect(hits[0]).toMatchObject({ source: 'notes', id: 'catatan-1' });
    expect(hits.map((h) => h.source)).toContain('library');
  });

  it('opens titles first, then section headings (quick open)', () => {
    const items = engine.quickOpen('ban');
    expect(items[0]).toMatchObject({ kind: 'document', id: 'sampah' });
    expect(engine.quickOpen('langkah')[0]).toMatchObject({ kind: 'section', id: 'panduan-replikasi', slug: 'langkah-1' });
  });

  it('refuses an index of another version', () => {
    expect(() => SearchEngine.load({ version: 99 } as never)).toThrow();
  });
});
