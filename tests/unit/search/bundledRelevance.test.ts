/**
 * Relevance over the real bundled library plus regulation summaries the project did not write as
 * practices (tests/fixtures/search-relevance): for each query, the document a civil servant would
 * expect first (or among the first three). Expectations come from reading the documents, not from
 * the engine's output; a case the engine gets wrong is a bug in the engine. The round-two kinds
 * (variants, compounds, abbreviations, questions, synonyms) are in relevanceCases.ts.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileLibrary } from '../../../build/content/compile';
import { buildSearchIndex, SearchEngine } from '../../../core/search/fulltext';
import { ABBREVIATION_CASES, COMPOUND_CASES, QUESTION_CASES, SYNONYM_CASES, VARIANT_CASES, type RelevanceCase } from './relevanceCases';

let engine: SearchEngine;
beforeAll(async () => {
  const library = await compileLibrary(path.resolve(import.meta.dirname, '../../../content'));
  const fixtures = await compileLibrary(path.resolve(import.meta.dirname, '../../fixtures/search-relevance'));
  expect(fixtures.problems).toEqual([]);
  engine = SearchEngine.fromBuilt(buildSearchIndex([...library.documents, ...fixtures.documents]));
}, 60_000);

const CASES: RelevanceCase[] = [
  // Plain topics and titles
  ['antrean puskesmas', 'praktik-antrean-puskesmas-daring', 'first'],
  ['bank sampah sekolah', 'praktik-bank-sampah-sekolah', 'first'],
  ['ambulans desa ibu bersalin', 'praktik-ambulans-desa-rujukan-maternal', 'first'],
  ['akta kelahiran bayi', 'praktik-akta-lahir-pulang-bersama-bayi', 'first'],
  ['anak tidak sekolah', 'praktik-gerakan-kembali-bersekolah', 'top3'],
  ['iklim petani padi', 'praktik-info-iklim-petani', 'first'],
  ['traktor mesin panen', 'praktik-jadwal-alsintan-daring', 'first'],
  ['hama tanaman sayuran', 'praktik-klinik-tanaman-keliling', 'first'],
  ['lansia terlantar', 'praktik-layanan-jemput-lansia-terlantar', 'first'],
  ['rumah singgah pasien', 'praktik-rumah-singgah-pasien-rujukan', 'first'],
  ['peringatan banjir', 'praktik-pos-pantau-banjir-berjenjang', 'top3'],
  ['rumah ibadah evakuasi', 'praktik-peringatan-dini-rumah-ibadah', 'first'],
  ['sungai bersih warga bantaran', 'praktik-sungai-bersih-berbasis-rt', 'first'],
  ['sampah plastik desa wisata', 'praktik-sampah-desa-wisata-pesisir', 'first'],
  ['pojok baca literasi', 'praktik-relawan-literasi-kampung', 'first'],
  ['verifikasi bantuan sosial', 'praktik-musyawarah-verifikasi-bansos', 'first'],
  ['stok darurat lumbung', 'praktik-lumbung-logistik-desa', 'first'],
  // Inflected forms
  ['aduan warga disposisi batas waktu', 'praktik-pengaduan-satu-nomor', 'first'],
  ['pengaduan lewat radio', 'praktik-pengaduan-radio-komunitas', 'first'],
  ['perizinan usaha pedagang pasar', 'praktik-ptsp-keliling-pasar', 'first'],
  ['pelayanan kesehatan ibu dan anak di pulau', 'praktik-perahu-sehat-ibu-anak', 'first'],
  ['merekam ktp lansia disabilitas', 'praktik-perekaman-ktp-el-di-rumah', 'first'],
  ['menonton televisi belajar', 'praktik-jam-belajar-masyarakat', 'first'],
  // Abbreviations, both ways
  ['disdukcapil desa', 'praktik-jemput-bola-adminduk-desa', 'top3'],
  ['administrasi kependudukan operator desa', 'praktik-jemput-bola-adminduk-desa', 'first'],
  ['MPP kecamatan', 'praktik-mpp-mini-kecamatan', 'first'],
  ['mal pelayanan publik kecamatan', 'praktik-mpp-mini-kecamatan', 'first'],
  ['PTSP keliling', 'praktik-ptsp-keliling-pasar', 'first'],
  ['KIPP kelompok replikasi', 'panduan-kipp-kelompok-replikasi', 'first'],
  ['JIPPNas dokumentasi', 'panduan-dokumentasi-jipp', 'first'],
  ['persetujuan bangunan gedung PBG', 'praktik-klinik-konsultasi-pbg', 'first'],
  // Guides
  ['rencana dan jadwal replikasi', 'panduan-rencana-replikasi', 'first'],
  ['monitoring evaluasi', 'panduan-monitoring-evaluasi', 'first'],
  ['kesesuaian konteks', 'panduan-analisis-kesesuaian-konteks', 'first'],
  ['memilih inovasi yang akan direplikasi', 'panduan-memilih-inovasi', 'first'],
  ['keberlanjutan regulasi anggaran SDM', 'panduan-keberlanjutan-inovasi', 'first'],
  ['kolaborasi pentahelix', 'panduan-kolaborasi-pentahelix', 'top3'],
  // Seminar and glossary
  ['hub JIPP Bali', 'seminar-sesi-hub-jipp-bali', 'first'],
  ['sinergi pentahelix', 'seminar-sesi-sinergi-pentahelix', 'top3'],
  ['sambutan deputi pelayanan publik', 'seminar-sesi-pembukaan', 'first'],
  ['glosarium istilah', 'glosarium', 'first'],
  // Phrases and filters
  ['"bank sampah"', 'praktik-bank-sampah-sekolah', 'first'],
  ['pengaduan wilayah:lembayung', 'praktik-duek-pakat-pelayanan', 'first'], // the composite's (fictional) province,
  ['sektor:pertanian lahan rawa', 'praktik-jadwal-alsintan-daring', 'first'],
  ['replikasi jenis:panduan kipp', 'panduan-kipp-kelompok-replikasi', 'first'],
];

const TYPOS: [string, string, string][] = [
  ['antrean puskesmsa', 'praktik-antrean-puskesmas-daring', 'puskesmas'],
  ['lumbung logsitik', 'praktik-lumbung-logistik-desa', 'logistik'],
  ['ambulans rujkan', 'praktik-ambulans-desa-rujukan-maternal', 'rujukan'],
];

const KINDS: [string, RelevanceCase[]][] = [
  ['spelling variants', VARIANT_CASES],
  ['compounds', COMPOUND_CASES],
  ['abbreviations, both ways', ABBREVIATION_CASES],
  ['questions', QUESTION_CASES],
  ['synonyms', SYNONYM_CASES],
];

async function expectRanked(query: string, id: string, expectation: RelevanceCase[2]): Promise<void> {
  const ranked = (await engine.search(query, { limit: 10 })).hits.map((h) => h.id);
  if (expectation === 'first') expect(ranked[0]).toBe(id);
  else expect(ranked.slice(0, 3)).toContain(id);
}

describe('relevance on the bundled library', () => {
  it('has at least 120 queries, at least 15 of each round-two kind', () => {
    const kinds = KINDS.reduce((n, [, cases]) => n + cases.length, 0);
    expect(CASES.length + TYPOS.length + kinds).toBeGreaterThanOrEqual(120);
    for (const [, cases] of KINDS) expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES)('“%s” → %s (%s)', expectRanked);

  it.each(TYPOS)('typo “%s” still finds %s and suggests “%s”', async (query, id, fixed) => {
    const response = await engine.search(query, { limit: 5 });
    expect(response.hits.slice(0, 3).map((h) => h.id)).toContain(id);
    expect(response.didYouMean).toContain(fixed);
  });

  describe.each(KINDS)('%s', (_kind, cases) => {
    it.each(cases)('“%s” → %s (%s)', expectRanked);
  });

  it('a status filter keeps only dormant practices', async () => {
    const hits = (await engine.search('status:vakum', { limit: 50 })).hits;
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(hits.every((h) => h.status === 'vakum')).toBe(true);
  });
});
