/**
 * The stemmer rules of search round two (issue #12): se-, per-/pe- nouns meeting their me- verbs,
 * mengon-/menge- loanwords, di-…-kan and ber- on short roots, and the over-stemming exceptions
 * found by measuring against hunspell-id (tests/bench/stemmer.bench.ts).
 */
import { describe, expect, it } from 'vitest';
import { stemIndonesian } from '../../../core/search/indonesian/stemmer';

const SAME_STEM: ReadonlyArray<readonly [string, string[]]> = [
  // se-
  ['bulan', ['sebulan', 'bulanan']],
  ['jalan', ['sejalan', 'perjalanan', 'menjalankan']],
  ['bagi', ['sebagian', 'pembagian', 'membagikan']],
  ['lanjut', ['selanjutnya', 'berkelanjutan', 'melanjutkan']],
  ['baik', ['sebaiknya', 'perbaikan', 'memperbaiki']],
  ['penuh', ['sepenuhnya', 'memenuhi', 'terpenuhi']],
  ['lengkap', ['selengkapnya', 'kelengkapan', 'melengkapi']],
  ['tempat', ['setempat', 'menempatkan', 'penempatan']],
  ['empat', ['seperempat', 'keempat']],
  ['tiga', ['sepertiga', 'ketiga']],
  ['cara', ['secara', 'caranya']],
  ['hari', ['sehari', 'harian']],
  ['jumlah', ['sejumlah', 'berjumlah', 'jumlahnya']],
  // per-…-an / pe-…-an beside me-/-kan
  ['rancang', ['perancangan', 'merancang', 'dirancang', 'rancangan']],
  ['remaja', ['peremajaan']],
  ['perlu', ['perlukan', 'memerlukan', 'diperlukan', 'keperluan']],
  ['mula', ['permulaan', 'memulai', 'dimulai', 'mulai']],
  ['kendara', ['pengendara', 'kendaraan']],
  ['mungkin', ['memungkinkan', 'kemungkinan']],
  ['fasilitas', ['memfasilitasi', 'difasilitasi']],
  ['dadak', ['mendadak', 'dadakan']],
  ['bank', ['perbankan']],
  // loanword mengon-/menge-
  ['konsumsi', ['mengonsumsi', 'dikonsumsi', 'pengonsumsi']],
  ['kontrak', ['mengontrak', 'dikontrak']],
  ['konfirmasi', ['mengonfirmasi']],
  ['edit', ['mengedit', 'diedit']],
  ['ekspor', ['mengekspor', 'diekspor']],
  // di-…-kan and ber- on short roots
  ['sah', ['disahkan', 'mengesahkan', 'pengesahan']],
  ['cek', ['dicek', 'mengecek', 'pengecekan']],
  ['hak', ['berhak']],
];

const KEPT_APART: ReadonlyArray<readonly [string, string]> = [
  // Over-stemming the rules alone would do; each was found by measurement.
  ['perdata', 'data'],
  ['perlahan', 'lahan'],
  ['makalah', 'maka'],
  ['besaran', 'terbesar'],
  ['perabot', 'abot'],
  ['berangkat', 'diangkat'],
  ['perbankan', 'perban'],
  ['kelas', 'las'],
  // se- roots keep their "se"
  ['sekolah', 'kolah'],
  ['sehat', 'hat'],
  ['selatan', 'latan'],
  ['sejarah', 'jarah'],
  ['senin', 'nin'],
  ['sepeda', 'peda'],
  ['seminar', 'minar'],
  ['seleksi', 'leksi'],
  ['semester', 'mester'],
  ['selesai', 'lesai'],
  ['sesuai', 'suai'],
  ['seragam', 'ragam'],
  ['setara', 'tara'],
  ['berikan', 'ikan'],
];

describe('stemIndonesian, round two', () => {
  it.each(SAME_STEM)('gives every form of “%s” that stem', (root, forms) => {
    expect(forms.map(stemIndonesian)).toEqual(forms.map(() => root));
  });

  it.each(KEPT_APART)('keeps “%s” apart from “%s”', (a, b) => {
    expect(stemIndonesian(a)).not.toBe(stemIndonesian(b));
  });

  it('keeps the se- roots whole in their own derivations', () => {
    expect(stemIndonesian('bersekolah')).toBe('sekolah');
    expect(stemIndonesian('kesehatan')).toBe('sehat');
    expect(stemIndonesian('menyelesaikan')).toBe('selesai');
    expect(stemIndonesian('penyesuaian')).toBe('sesuai');
    expect(stemIndonesian('kesejahteraan')).toBe('sejahtera');
  });
});
