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
  'kering', 'kukuh', 'kenang', 'kawal', 'kaji', 'kabar', 'kait', 'kira', 'kunci', 'karang',
  'keluh', 'kecuali', 'koordinasi', 'konfirmasi', 'komunikasi', 'konsolidasi', 'kontrol', 'koreksi',
  'kompilasi', 'kelompok',
  // grown from measurement against hunspell-id (tests/bench/stemmer.bench.ts): pengendara → kendara
  'kendara', 'konsumsi', 'kontrak', 'konsultasi', 'kompetisi', 'komitmen',
  // vowel roots that compete with a k-root: mengawali → awal, mengawal → kawal
  'awal',
] as const;

/** Roots whose initial m- hides behind mem-/pem- (memiliki → milik); the default is p- (memukul → pukul). */
const M_INITIAL_ROOTS = [
  'makan', 'minum', 'masak', 'milik', 'mula', 'masuk', 'maju', 'manfaat', 'maksimal', 'minimal',
  'motivasi', 'modifikasi', 'mediasi', 'monitor', 'mudah', 'muda', 'minta', 'menang', 'maaf',
  'malu', 'mati', 'makmur', 'mantap', 'marah', 'mohon', 'mudik', 'mutakhir', 'murni', 'mobilisasi',
  'mandiri', 'merdeka', 'mitra', 'mutu', 'muat', 'mekar', 'moderasi', 'migrasi',
  'manipulasi', 'modernisasi',
  // grown from measurement: memungkinkan → mungkin
  'mungkin', 'mulia',
] as const;

/** Roots whose initial n- hides behind men-/pen- (menilai → nilai); the default is t- (menulis → tulis). */
const N_INITIAL_ROOTS = [
  'nilai', 'nikah', 'nanti', 'normal', 'negosiasi', 'nomor', 'naik', 'nikmat', 'nasihat', 'netral',
  'navigasi', 'nyata', 'nyanyi', 'nyaman', 'nyala', 'nyawa',
] as const;

/** One-syllable roots behind menge-/penge- (pengeboman → bom, mengesahkan → sah). */
const MENGE_ROOTS = ['bom', 'cek', 'cat', 'tes', 'las', 'sah', 'tik', 'lap', 'pel', 'tahu', 'edit', 'kecil'] as const;

/**
 * One-syllable roots that di-, ber-, ter-, se- and ke- attach to directly (dicek, berhak, disahkan):
 * Tala's guard stops before such short words, so the stemmer looks them up (see stemmer.ts).
 */
export const ONE_SYLLABLE_ROOTS: ReadonlySet<string> = new Set([
  'bom', 'cek', 'cat', 'tes', 'las', 'sah', 'tik', 'lap', 'pel', 'hak', 'bank', 'pos', 'pak', 'bus', 'rem', 'sol',
  'kos', 'kop', 'set', 'sel', 'tank', 'pompa', 'sewa', 'rem', 'gol', 'gas', 'cap', 'stok', 'tim', 'klik', 'skor', 'blok',
]);

/** Roots beginning with r- after ber-/per- (perencanaan → rencana); the default drops "ber"/"per". */
const R_INITIAL_ROOTS = [
  'rencana', 'rumah', 'rawat', 'ragam', 'rupa', 'rasa', 'rekam', 'rekrut', 'runding', 'rusak',
  'rintis', 'rinci', 'ringan', 'ramal', 'rangkum', 'rantau', 'raya', 'renang', 'risiko', 'rendah',
  // grown from measurement: the per-/pe- noun meets its me- verb (perancangan ~ merancang)
  'rancang', 'remaja', 'ringkas', 'rangkai', 'rawan', 'resap', 'retas', 'rumus', 'rujuk', 'ramu', 'rekat',
  'rata', 'rasa', 'rekayasa', 'ruwat', 'rekomendasi', 'registrasi', 'realisasi', 'revisi', 'rehabilitasi',
] as const;

/** Roots ending in letters that look like a particle, possessive or suffix (-lah, -ku, -nya, -i, -an). */
const ROOTS_WITH_SUFFIX_LOOKALIKES = [
  // -lah, -kah, -pun
  'sekolah', 'masalah', 'istilah', 'olah', 'pilah', 'salah', 'kalah', 'belah', 'sebelah', 'nikah',
  'jumlah', 'wilayah', 'lelah', 'ulah', 'ibadah', 'musyawarah', 'sejarah', 'daerah', 'sampah', 'lumpuh',
  'langkah', 'sedekah', 'himpun', 'rumpun',
  // -ku, -mu, -nya (berlaku, bertemu, bertanya, mempunyai)
  'laku', 'perilaku', 'temu', 'tanya', 'punya', 'ilmu', 'tamu', 'jamu', 'ramu', 'rindu', 'buku',
  'suku', 'baku', 'paku', 'siku', 'kuku', 'saku', 'beku', 'pangku',
  // roots ending in -i: after a vowel (pantai, selesai), native (negeri), loanwords not in -si
  'pantai', 'sungai', 'pegawai', 'selesai', 'sampai', 'capai', 'pakai', 'ramai', 'damai', 'santai',
  'bantai', 'rantai', 'andai', 'lantai', 'badai', 'tirai', 'balai', 'pandai', 'landai', 'pindai',
  'baterai', 'lalai', 'cerai', 'cabai', 'kedai', 'gerai', 'urai', 'sesuai', 'survei', 'negeri',
  'pribadi', 'sembunyi', 'abai', 'bupati', 'abadi', 'teori', 'materi', 'domisili', 'kopi', 'tani',
  'pandemi', 'teknologi', 'strategi', 'ekonomi', 'energi', 'industri', 'kategori', 'metodologi',
  'psikologi', 'ideologi', 'sinergi', 'demografi', 'geografi', 'terapi', 'memori',
  // -s roots before -i, which usually marks a loanword in -si (batasi, mengawasi; inovasi)
  'batas', 'atas', 'awas', 'tugas', 'lepas', 'bekas', 'bahas', 'fasilitas', 'prioritas', 'kualitas',
  'identitas', 'aktivitas', 'kapasitas', 'kuantitas', 'komoditas', 'otoritas', 'integritas', 'kelas', 'jelas',
  // -an: personal nouns and roots that end in -an
  'nelayan', 'relawan', 'perempuan', 'peran', 'selatan',
  // over-stemming exceptions found by measurement: besaran (a quantity) is not "besar"
  'besaran', 'makalah', 'jembatan', 'sembilan', 'bulan', 'taman', 'teman', 'tuhan', 'jalan',
  // a final k + -an, not -kan (tindakan, rujukan, perbaikan, but perhatikan → hati; the default
  // reads -kan: lakukan → laku)
  'tindak', 'gerak', 'ajak', 'lonjak', 'pasok', 'patok', 'rujuk', 'cetak', 'tumpuk', 'teriak',
  'dampak', 'tolak', 'letak', 'injak', 'tembak', 'didik', 'balik', 'baik', 'hati',
  // grown from measurement: dadakan ~ mendadak
  'dadak', 'pindah', 'rusak', 'masak', 'cocok', 'pojok', 'tumpuk', 'bentuk', 'petik', 'tarik', 'pilih',
] as const;

/** Roots that begin like a prefix (di-, ter-, ke-, per-, pe-, me-) and must not lose it. */
const ROOTS_WITH_PREFIX_LOOKALIKES = [
  // di-
  'diskusi', 'disiplin', 'dimensi', 'dinamika', 'dinamis', 'direktur', 'direktorat', 'distribusi',
  'diagnosis', 'dialog', 'diagram', 'disposisi',
  // ter-
  'terampil', 'terminal', 'teritori', 'terima', 'terap', 'terbit', 'terobos',
  // ke-
  'kepala', 'keluarga', 'kelapa', 'ketua', 'kereta', 'keliling', 'kelamin', 'kecewa', 'keliru',
  'kerabat',
  // per-, pe-, peN-
  'perahu', 'perangkat', 'peringkat', 'perintah', 'peristiwa', 'pertama', 'pengaruh', 'pedoman',
  'peluang', 'pesawat', 'pesantren', 'pensiun', 'peraga', 'peranti', 'periksa', 'pelihara',
  'percaya', 'periode', 'permanen', 'persentase', 'pestisida', 'pesan', 'pesisir', 'peta', 'pegang',
  'peduli', 'pemuda', // "pemuda" (youth) kept apart from "muda" (young)
  // me-, men-
  'menteri', 'meja', 'medis', 'media', 'metode', 'mekanisme', 'menu',
  // per-: perlu (perlukan), and the over-stemming exceptions found by measurement, kept whole:
  // perdata is not "data", perlahan is not "lahan", perabot is not "abot", permai is not "mai"
  'perlu', 'perdata', 'perlahan', 'perabot', 'permai', 'perkara', 'perdana', 'persis', 'persen',
  'permata', 'pertiwi',
  // ber-: berangkat (keberangkatan) is not "angkat"
  'berangkat', 'beruang', 'beringin',
  // ber-, be-
  'berita', 'beranda', 'berani', 'beri', 'beritahu',
] as const;

/**
 * Roots that begin with "se" and must not lose it to the se- prefix (sebulan → bulan but sekolah
 * stays). Grown from the library's words that begin with "se", checked against hunspell-id.
 */
const SE_INITIAL_ROOTS = [
  'sebar', 'sebut', 'sederhana', 'sehat', 'sekolah', 'sekretariat', 'sekretaris', 'selasa', 'selatan',
  'selebaran', 'seleksi', 'selesai', 'selimut', 'selisih', 'seluler', 'semangat', 'semarak', 'semen',
  'semester', 'seminar', 'senang', 'sengaja', 'senin', 'senior', 'sepakat', 'sepeda', 'sepi', 'serah',
  'serang', 'serius', 'seruni', 'seremoni', 'seremonial', 'sesuai', 'setor', 'setuju', 'sewa', 'sejarah',
  'selamat', 'sejahtera', 'sedia', 'sedekah', 'segar', 'segi', 'sekat', 'selam', 'selenggara', 'selidik',
  'semai', 'sepatu', 'serikat', 'sering', 'sesak', 'setia', 'sebab', 'seni', 'sela', 'selang', 'selera',
  'sekunder', 'semesta', 'senapan', 'senyum', 'serat', 'serba', 'sesat', 'setel', 'seteru', 'sedot',
  'segan', 'sekam', 'sekop', 'selancar', 'selendang', 'selokan', 'seluk', 'semak', 'semangka', 'semayam',
  'semir', 'semu', 'senam', 'sepak', 'sepuh', 'serabut', 'seragam', 'serai', 'serap', 'serbu', 'serempak',
  'serentak', 'seret', 'seri', 'sesal', 'setir', 'setop', 'setrika', 'sekuritas', 'selebriti', 'seleksi',
  'semarang', 'seberang', 'sejuk', 'sepele', 'setara', 'segera',
] as const;

export const KNOWN_ROOTS: ReadonlySet<string> = new Set<string>([
  ...SE_INITIAL_ROOTS,
  ...K_INITIAL_ROOTS,
  ...M_INITIAL_ROOTS,
  ...N_INITIAL_ROOTS,
  ...MENGE_ROOTS,
  ...R_INITIAL_ROOTS,
  ...ROOTS_WITH_SUFFIX_LOOKALIKES,
  ...ROOTS_WITH_PREFIX_LOOKALIKES,
]);
