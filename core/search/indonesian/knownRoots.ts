/**
 * A small, project-owned list of Indonesian root words that the rule-based stemmer uses where its
 * rules are ambiguous. It is NOT a dictionary of the language and is not derived from Sastrawi's
 * dictionary (CC BY-NC-SA, which we must not bundle); every word here is an ordinary root written
 * down by the project, grouped by the ambiguity it settles, so that the reason for each entry is
 * visible. Words were chosen from the vocabulary of public-service innovation writing (the bundled
 * content, government regulations, award write-ups).
 *
 * How the stemmer uses it (see stemmer.ts): where a rule has several readings (meng+vowel can hide a
 * dropped k; a final -lah can be a particle or part of the root), the stemmer follows every reading
 * and prefers the first one that reaches a word in this list; otherwise it takes the rule's default
 * reading, as Lucene would. Reaching a listed root also stops further stripping, so "pengaruh",
 * "perintah" or "pantai" are never cut down.
 *
 * Adding a word: add it to the group whose ambiguity it resolves, and add a test case.
 */

/** Roots whose initial k- is dropped after meng-/peng- (mengirim → kirim); the default keeps the vowel. */
const K_INITIAL_ROOTS = [
  'kirim', 'kelola', 'kenal', 'kembang', 'kumpul', 'kurang', 'kuat', 'kerja', 'keluar', 'kembali',
  'kendali', 'kena', 'kuasa', 'kutip', 'kunjung', 'kupas', 'kejar', 'kemas', 'kemuka', 'keras',
  'kering', 'kukuh', 'kenang', 'kawal', 'koordinasi', 'kelompok', 'kaji', 'kabar', 'kait', 'kira',
] as const;

/** Roots whose initial m- hides behind mem-/pem- (memiliki → milik); the default is p- (memukul → pukul). */
const M_INITIAL_ROOTS = [
  'makan', 'minum', 'masak', 'milik', 'mulai', 'masuk', 'maju', 'manfaat', 'maksimal', 'minimal',
  'motivasi', 'modifikasi', 'mediasi', 'monitor', 'mudah', 'muda', 'minta', 'menang', 'maaf',
  'malu', 'mati', 'makmur', 'mantap', 'marah', 'mohon', 'mudik', 'mutakhir', 'murni', 'mobilisasi',
  'mandiri', 'merdeka', 'masyarakat', 'mitra', 'mutu', 'muat', 'mekar',
] as const;

/** Roots whose initial n- hides behind men-/pen- (menilai → nilai); the default is t- (menulis → tulis). */
const N_INITIAL_ROOTS = [
  'nilai', 'nikah', 'nanti', 'normal', 'negosiasi', 'nomor', 'naik', 'nikmat', 'nasihat', 'netral',
  'navigasi', 'nyata', 'nyanyi', 'nyaman', 'nyala', 'nyawa',
] as const;

/** Roots beginning with r- after ber-/per- (perencanaan → rencana); the default drops "ber"/"per". */
const R_INITIAL_ROOTS = [
  'rencana', 'rumah', 'rawat', 'ragam', 'rupa', 'rasa', 'rekam', 'rekrut', 'runding', 'rusak',
  'rintis', 'rinci', 'ringan', 'ramal', 'rangkum', 'rantau',
] as const;

/** Roots ending in letters that look like a particle, possessive or suffix (-lah, -ku, -nya, -i, -an). */
const ROOTS_WITH_SUFFIX_LOOKALIKES = [
  // -lah, -kah, -pun
  'sekolah', 'masalah', 'istilah', 'nikah', 'langkah',
  // -ku, -mu, -nya (berlaku, bertemu, bertanya, mempunyai)
  'laku', 'perilaku', 'temu', 'tanya', 'punya', 'ilmu', 'tamu', 'jamu', 'ramu', 'rindu', 'buku',
  'suku', 'baku', 'paku', 'siku', 'kuku', 'saku', 'beku', 'tahu',
  // -i after a vowel (pantai, selesai) and loanwords ending in -i but not -si (teknologi)
  'pantai', 'sungai', 'pegawai', 'selesai', 'sampai', 'capai', 'pakai', 'ramai', 'damai', 'santai',
  'bantai', 'rantai', 'andai', 'lantai', 'badai', 'tirai', 'bupati', 'abadi', 'teori', 'materi',
  'pandemi', 'teknologi', 'strategi', 'ekonomi', 'energi', 'industri', 'kategori', 'metodologi',
  'psikologi', 'ideologi', 'sinergi', 'demografi', 'geografi', 'terapi', 'memori', 'awal',
  // -an: personal nouns and roots that end in -an
  'nelayan', 'relawan', 'perempuan', 'peran',
] as const;

/** Roots that begin like a prefix (di-, ter-, ke-, per-, pe-, me-) and must not lose it. */
const ROOTS_WITH_PREFIX_LOOKALIKES = [
  // di-
  'digital', 'diskusi', 'disiplin', 'dimensi', 'dinamika', 'dinamis', 'direktur', 'direktorat',
  'distribusi', 'disabilitas', 'diagnosis', 'dialog', 'difabel',
  // ter-
  'terampil', 'terminal', 'teritori',
  // ke-
  'kepala', 'keluarga', 'kelapa', 'ketua', 'kereta', 'keliling', 'kelamin',
  // per-, pe-, peN-
  'perahu', 'perangkat', 'peringkat', 'perintah', 'peristiwa', 'pertama', 'pengaruh', 'pedoman',
  'peluang', 'pesawat', 'pesantren', 'pensiun', 'peraga', 'peranti',
  // me-, men-
  'menteri',
  // ber-, be-
  'berita', 'beranda',
] as const;

export const KNOWN_ROOTS: ReadonlySet<string> = new Set<string>([
  ...K_INITIAL_ROOTS,
  ...M_INITIAL_ROOTS,
  ...N_INITIAL_ROOTS,
  ...R_INITIAL_ROOTS,
  ...ROOTS_WITH_SUFFIX_LOOKALIKES,
  ...ROOTS_WITH_PREFIX_LOOKALIKES,
]);
