/**
 * Compounds written open and closed (tanda tangan / ditandatangani): [closed stem, first word's
 * stem, second word]. Found by tests/support/findCompounds.ts in the word list of the bundled
 * library and the relevance fixtures, not written by hand; tests/unit/search/indonesianCompounds.test.ts
 * fails, listing the missing lines, when the word list shows a compound this list lacks.
 */
export const COMPOUND_LIST: readonly (readonly [closed: string, first: string, second: string])[] = [
  ['ambilalih', 'ambil', 'alih'],
  ['atasnama', 'atas', 'nama'],
  ['beritahu', 'beri', 'tahu'],
  ['dayaguna', 'daya', 'guna'],
  ['gawatdarurat', 'gawat', 'darurat'],
  ['ikutserta', 'ikut', 'serta'],
  ['kerjasama', 'kerja', 'sama'],
  ['pindahtugas', 'pindah', 'tugas'],
  ['salahguna', 'salah', 'guna'],
  ['salahpaham', 'salah', 'paham'],
  ['serahterima', 'serah', 'terima'],
  ['siapsiaga', 'siap', 'siaga'],
  ['tandatangan', 'tanda', 'tangan'],
  ['tanggungjawab', 'tanggung', 'jawab'],
  ['tenagakerja', 'tenaga', 'kerja'],
  ['tindaklanjut', 'tindak', 'lanjut'],
];

/** The closed stems: protected from further stemming (protectedWords.ts). */
export const CLOSED_COMPOUND_WORDS: readonly string[] = COMPOUND_LIST.map(([closed]) => closed);
