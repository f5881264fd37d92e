import { describe, expect, it } from 'vitest';
import { isReduplication, stemIndonesian } from '../../../core/search/indonesian/stemmer';

/**
 * [word, expected stem]. Sources: L = asserted by Lucene's IndonesianStemmer tests, S = by
 * Sastrawi's tests, B = the brief's traps, P = this project's public-service vocabulary.
 * Where the expected stem deliberately differs from a reference, the comment says so.
 */
const REFERENCE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['menyapu', 'sapu'], // L
  ['penanganan', 'tangan'], // L
  ['peledakan', 'ledak'], // L
  ['belajar', 'ajar'], // L, S
  ['bekerja', 'kerja'], // L, S
  ['mempertanggungjawabkan', 'tanggungjawab'], // L
  ['kepolisian', 'polisi'], // L
  ['gigi', 'gigi'], // L (syllable guard)
  ['bukunyakah', 'buku'], // L (particle, then possessive)
  ['kinerja', 'kerja'], // S (infix, via the root-exception list)
  ['mempengaruhi', 'pengaruh'], // S; Lucene gives "aruh"
  ['menyuarakan', 'suara'], // S
  ['mengebom', 'bom'], // S; Lucene gives "ebom"
  ['meniru-nirukan', 'tiru'], // S (reduplication)
  ['berbalas-balasan', 'balas'], // S (reduplication)
  ['bolak-balik', 'bolak-balik'], // S (compound, not reduplication)
];

const TRAPS: ReadonlyArray<readonly [string, string]> = [
  ['pelayanan', 'layan'],
  ['mempunyai', 'punya'],
  ['pengaduan', 'adu'],
  ['perizinan', 'izin'],
  ['kebersihan', 'bersih'],
  ['diberdayakan', 'daya'],
  ['kependudukan', 'duduk'], // departs from Lucene ("nduduk"): peN- allowed after ke-
  ['penduduk', 'duduk'],
  ['memukul', 'pukul'], // departs from Lucene ("ukul"); Snowball's mem+vowel → p
  ['menulis', 'tulis'], // departs from Lucene and Snowball ("ulis"); Sastrawi's men+vowel → t
  ['mengirim', 'kirim'], // Lucene gives "irim"; k-root from the project's known-root list
  ['pelajaran', 'ajar'], // departs from Lucene ("lajar"); Snowball's pel+ajar
  ['pantai', 'pantai'], // departs from Lucene ("panta"): known root ending in -ai
  ['inovasi', 'inovasi'],
  ['replikasi', 'replikasi'],
  ['pentahelix', 'pentahelix'], // protected: "pen-" is not a prefix here
  ['kipp', 'kipp'],
  ['sdgs', 'sdgs'],
  ['2023', '2023'],
  ['pemerintah', 'perintah'], // Lucene "erintah"; pem+vowel → p
  ['pemerintahan', 'perintah'], // stops at the known root instead of going on to "intah"
  ['perintah', 'perintah'], // Lucene "intah"
];

const PUBLIC_SERVICE_VOCABULARY: ReadonlyArray<readonly [string, string]> = [
  ['kesehatan', 'sehat'],
  ['pendidikan', 'didik'],
  ['penyelenggara', 'selenggara'],
  ['penyelenggaraan', 'selenggara'],
  ['keberlanjutan', 'lanjut'],
  ['berkelanjutan', 'lanjut'], // Lucene "kelanjut": the extra ke- after ber- is this project's
  ['pemberdayaan', 'daya'],
  ['kesejahteraan', 'sejahtera'],
  ['kebencanaan', 'bencana'],
  ['pertanian', 'tani'],
  ['masyarakat', 'masyarakat'],
  ['akademisi', 'akademisi'],
  ['pemangku', 'pangku'], // "-ku" here is part of the root
  ['kepentingan', 'penting'],
  ['anggaran', 'anggar'],
  ['regulasi', 'regulasi'],
  ['kebijakan', 'bijak'],
  ['pelembagaan', 'lembaga'],
  ['penciptaan', 'cipta'],
  ['pengembangan', 'kembang'],
  ['pembinaan', 'bina'],
  ['penilaian', 'nilai'], // pen+vowel → n for a listed n-root
  ['perencanaan', 'rencana'], // per+vowel keeps the r for a listed r-root
  ['pengelolaan', 'kelola'],
  ['pengetahuan', 'tahu'],
  ['diketahui', 'tahu'],
  ['keterbukaan', 'buka'],
  ['memperoleh', 'oleh'], // Lucene "peroleh"
  ['kementerian', 'menteri'],
  ['menyatakan', 'nyata'], // meny+vowel → ny for a listed root (Lucene "sata")
  ['memanfaatkan', 'manfaat'],
  ['memiliki', 'milik'],
  ['berlaku', 'laku'], // "-ku" is not a possessive here (Lucene "la")
  ['bertemu', 'temu'],
  ['bertanya', 'tanya'],
  ['sekolah', 'sekolah'], // "-lah" is not a particle here (Lucene "seko")
  ['permasalahan', 'masalah'],
  ['tindakan', 'tindak'], // -an after a root in k, not -kan
  ['masukan', 'masuk'],
  ['lakukan', 'laku'],
  ['pastikan', 'pasti'],
  ['perbaikan', 'baik'], // Lucene "bai"
  ['perhatikan', 'hati'],
  ['pertimbangkan', 'timbang'],
  ['menikah', 'nikah'],
  ['menerima', 'terima'],
  ['penerimaan', 'terima'],
  ['pemrosesan', 'proses'],
  ['pengecekan', 'cek'],
  ['membatasi', 'batas'], // Lucene keeps "batasi" (-si rule); a listed s-root wins here
  ['mengawasi', 'awas'],
  ['diskusikan', 'diskusi'], // "di" is not a prefix before a consonant cluster
  ['media', 'media'], // Lucene "dia": me- is only removed before l, r, w, y
  ['metode', 'metode'], // Lucene "tode"
  ['kendala', 'kendala'], // ke- never before a nasal cluster
  ['kembali', 'kembali'],
  ['sesuai', 'sesuai'],
  ['menyesuaikan', 'sesuai'],
  ['peraturan', 'atur'],
  ['perubahan', 'ubah'],
  ['peranan', 'peran'], // root exception
  ['kepemimpinan', 'pimpin'],
  ['kemandirian', 'mandiri'],
  ['perindustrian', 'industri'],
  ['industri', 'industri'], // Lucene "industr": listed loanword in -i
  ['kemenangan', 'menang'],
  ['rujukan', 'rujuk'],
  ['keluhan', 'keluh'],
  ['mengerjakan', 'kerja'],
  ['pekerjaan', 'kerja'],
  ['mempekerjakan', 'kerja'],
  ['kepegawaian', 'pegawai'],
  ['keterampilan', 'terampil'],
  ['digitalisasi', 'digitalisasi'],
  ['mendigitalisasi', 'digitalisasi'],
  ['direplikasi', 'replikasi'],
  ['berinovasi', 'inovasi'],
  ['inovatif', 'inovatif'],
  ['disdukcapil', 'disdukcapil'], // abbreviation: "di-" must not be removed
  ['adminduk', 'adminduk'],
  ['jippnas', 'jippnas'],
  ['kemenpanrb', 'kemenpanrb'],
  ['puskesmas', 'puskesmas'],
  ['opd', 'opd'],
  ['5.0', '5.0'],
];

const REDUPLICATION: ReadonlyArray<readonly [string, string]> = [
  ['inovasi-inovasi', 'inovasi'],
  ['kupu-kupu', 'kupu'],
  ['buku-bukunya', 'buku'],
  ['buku-buku-nya', 'buku'],
  ['menari-nari', 'tari'],
  ['surat-menyurat', 'surat'],
  ['sayur-mayur', 'sayur-mayur'],
  ['ktp-el', 'ktp-el'],
  ['e-ktp', 'e-ktp'],
  ['covid-19', 'covid-19'],
];

const ALL_CASES = [...REFERENCE_WORDS, ...TRAPS, ...PUBLIC_SERVICE_VOCABULARY, ...REDUPLICATION];

describe('stemIndonesian', () => {
  it('has a table of at least 100 words', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(ALL_CASES.map(([word]) => word)).size).toBe(ALL_CASES.length);
  });

  it.each(ALL_CASES)('%s → %s', (word, stem) => {
    expect(stemIndonesian(word)).toBe(stem);
  });

  it('gives every form of a root the same stem', () => {
    const families: ReadonlyArray<readonly string[]> = [
      ['pelayanan', 'layanan', 'melayani', 'dilayani', 'pelayan', 'terlayani'],
      ['kependudukan', 'penduduk', 'kedudukan', 'duduk'],
      ['pemerintah', 'pemerintahan', 'perintah', 'memerintahkan'],
      ['pelajaran', 'pembelajaran', 'belajar', 'mengajar', 'pelajar', 'mempelajari'],
      ['keberlanjutan', 'berkelanjutan', 'melanjutkan', 'lanjutan', 'dilanjutkan'],
      ['pengelolaan', 'mengelola', 'dikelola', 'pengelola'],
      ['perencanaan', 'merencanakan', 'direncanakan', 'rencana', 'perencana'],
      ['pengaduan', 'mengadu', 'aduan'],
      ['pemeriksaan', 'memeriksa', 'diperiksa', 'periksa'],
      ['penerapan', 'menerapkan', 'diterapkan', 'terapkan'],
    ];
    for (const family of families) {
      const stems = new Set(family.map(stemIndonesian));
      expect(stems.size, `${family.join(', ')} → ${[...stems].join(', ')}`).toBe(1);
    }
  });

  it('never returns a longer term (a restored nasalised letter always replaces a longer prefix)', () => {
    for (const [word] of ALL_CASES) {
      expect(stemIndonesian(word).length).toBeLessThanOrEqual(word.length);
    }
  });

  it('returns terms with digits, other scripts or symbols unchanged', () => {
    for (const term of ['2023', '07.30', 'rp1.500.000', 'covid19', 'ελλάδα', '']) {
      expect(stemIndonesian(term)).toBe(term);
    }
  });

  it('is stable: stemming a stem changes nothing for plain roots', () => {
    for (const root of ['layan', 'duduk', 'perintah', 'ajar', 'kerja', 'pantai', 'lanjut', 'kelola']) {
      expect(stemIndonesian(root)).toBe(root);
    }
  });
});

describe('isReduplication', () => {
  it('recognises reduplication, with or without affixes, and rejects compounds', () => {
    expect(isReduplication('buku-bukunya')).toBe(true);
    expect(isReduplication('berbalas-balasan')).toBe(true);
    expect(isReduplication('bolak-balik')).toBe(false);
    expect(isReduplication('ktp-el')).toBe(false);
    expect(isReduplication('inovasi')).toBe(false);
  });
});
