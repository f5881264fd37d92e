/**
 * The abbreviation dictionary (content/glosarium/singkatan.yml with the glossary's own
 * abbreviations): several hundred entries, defined once, and each form finds the other.
 */
import { describe, expect, it } from 'vitest';
import { checkDefinedOnce, parseAbbreviationDictionary } from '../../../build/content/generateAbbreviations';
import { ABBREVIATIONS, analyzeIndonesian, analyzeQueryWords, tokenizeIndonesian } from '../../../core/search/indonesian';

function holdsAllWords(text: string, query: string): boolean {
  const indexed = new Set(analyzeIndonesian(text));
  const groups = new Map<number, string[]>();
  for (const t of analyzeQueryWords(tokenizeIndonesian(query))) {
    if (t.kind !== 'synonym') groups.set(t.word, [...(groups.get(t.word) ?? []), t.term]);
  }
  return [...groups.values()].every((terms) => terms.some((t) => indexed.has(t)));
}

describe('the abbreviation dictionary', () => {
  it('holds several hundred abbreviations', () => {
    expect(ABBREVIATIONS.length).toBeGreaterThanOrEqual(300);
  });

  it('reads "SHORT | ALT = Full | Other full" lines and rejects anything else', () => {
    expect(parseAbbreviationDictionary('x:\n  - "Dinsos | Dinas Sos = Dinas Sosial"\n')).toEqual([
      { key: 'dinsos', shortForms: ['Dinsos', 'Dinas Sos'], longForms: ['Dinas Sosial'] },
    ]);
    expect(() => parseAbbreviationDictionary('x:\n  - "Dinsos Dinas Sosial"\n')).toThrow(/SINGKATAN = Kepanjangan/);
  });

  it('stops on an abbreviation defined twice', () => {
    const twice = [
      { key: 'bpd', shortForms: ['BPD'], longForms: ['Badan Permusyawaratan Desa'] },
      { key: 'bpd2', shortForms: ['BPD'], longForms: ['Bank Pembangunan Daerah'] },
    ];
    expect(() => checkDefinedOnce(twice)).toThrow(/dua kali/);
  });

  it.each([
    // short form in the text, full form in the query
    ['Rapat di Bappeda membahas RPJMD.', 'badan perencanaan pembangunan daerah'],
    ['Warga melapor ke Dinsos.', 'dinas sosial'],
    ['Pemprov Jabar meluncurkan layanan.', 'jawa barat'],
    ['Inovasi dari Sulsel.', 'sulawesi selatan'],
    ['Pembayaran PBB lewat desa.', 'pajak bumi dan bangunan'],
    ['BPHTB dibayar daring.', 'bea perolehan hak atas tanah dan bangunan'],
    ['Peserta PKH menerima bantuan.', 'program keluarga harapan'],
    ['Laporan masuk ke PPID.', 'pejabat pengelola informasi dan dokumentasi'],
    // full form in the text, short form in the query
    ['Badan Perencanaan Pembangunan Daerah menyusun rencana.', 'bappeda rencana'],
    ['Dinas Kesehatan membuka posko.', 'dinkes posko'],
    ['Layanan di Jawa Timur.', 'jatim layanan'],
    ['Provinsi Nusa Tenggara Timur.', 'ntt'],
    ['Pajak Kendaraan Bermotor dibayar di gerai.', 'pkb gerai'],
    ['Kartu Indonesia Pintar bagi siswa.', 'kip siswa'],
    ['Surat Keterangan Tidak Mampu dari kelurahan.', 'sktm'],
    ['Yogyakarta dan Surakarta.', 'jogja solo'],
    // a full form in another inflection still counts
    ['Layanan terpadu satu pintu di pasar.', 'ptsp pasar'],
    ['Pemerintahan kabupaten mendukung.', 'pemkab'],
  ])('“%s” holds every word of “%s”', (text, query) => {
    expect(holdsAllWords(text, query)).toBe(true);
  });

  it('does not read ordinary words as abbreviations', () => {
    expect(analyzeIndonesian('bos saya tidak ada')).toEqual(['bos']);
    expect(analyzeIndonesian('warga lapor ke kantor')).not.toContain('sp4n-lapor');
  });
});
