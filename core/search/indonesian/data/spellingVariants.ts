/**
 * Spelling variants people type, beside the spelling the library is written in: [typed, standard].
 * Applied both ways at index and at query time (spellingVariants.ts).
 *
 * Sources (facts only, no text copied):
 * - Kamus Besar Bahasa Indonesia daring, Badan Pengembangan dan Pembinaan Bahasa
 *   (kbbi.kemdikbud.go.id), which marks non-standard forms with a pointer to the standard one
 *   ("praktek → praktik", "aktifitas → aktivitas", "resiko → risiko");
 * - Pedoman Umum Ejaan Bahasa Indonesia / EYD edisi V (Badan Bahasa 2016, 2022) and Pedoman Umum
 *   Pembentukan Istilah (Badan Bahasa, 3rd ed. 2007): -ivitas, -isasi, k for c/q, ks for x, f/v
 *   in loanwords;
 * - Badan Bahasa's "Padanan Istilah" lists and Kantor Bahasa Maluku, "Unduh dan Unggah" (2018,
 *   kantorbahasamaluku.kemdikbud.go.id), for Indonesian equivalents of English terms used in
 *   government writing (unggah/upload, unduh/download, daring/online, luring/offline, surel/email);
 * - Perpres No. 63 Tahun 2019 tentang Penggunaan Bahasa Indonesia, which asks official documents to
 *   use those equivalents (why the library writes them and users still type the English).
 */
export const SPELLING_VARIANT_PAIRS: readonly (readonly [typed: string, standard: string])[] = [
  // -ifitas / -ivitas and other -if/-iv families (KBBI: -ivitas is standard, -if adjectives stay -if)
  ['aktifitas', 'aktivitas'], ['kreatifitas', 'kreativitas'], ['produktifitas', 'produktivitas'],
  ['efektifitas', 'efektivitas'], ['sensitifitas', 'sensitivitas'], ['objektifitas', 'objektivitas'],
  ['subjektifitas', 'subjektivitas'], ['konektifitas', 'konektivitas'], ['inklusifitas', 'inklusivitas'],
  ['kolektifitas', 'kolektivitas'], ['selektifitas', 'selektivitas'], ['interaktifitas', 'interaktivitas'],
  ['responsifitas', 'responsivitas'], ['partisipatifitas', 'partisipativitas'], ['negatifitas', 'negativitas'],
  ['positifitas', 'positivitas'], ['relatifitas', 'relativitas'], ['sportifitas', 'sportivitas'],
  ['aktip', 'aktif'], ['kreatip', 'kreatif'], ['efektip', 'efektif'], ['inovatip', 'inovatif'],
  // -isasi / -sasi families (KBBI standard spellings)
  ['standarisasi', 'standardisasi'], ['legalisir', 'legalisasi'], 
  ['organisir', 'organisasi'], ['lokalisir', 'lokalisasi'],
  ['netralisir', 'netralisasi'], ['minimalisir', 'minimalkan'], ['maksimalisasi', 'maksimalkan'],
  ['sterilisir', 'sterilisasi'], ['koordinir', 'koordinasi'], ['realisir', 'realisasi'],
  ['spesialisir', 'spesialisasi'], ['digitalisir', 'digitalisasi'], ['mobilisir', 'mobilisasi'],
  // f / p / v (KBBI)
  ['fikir', 'pikir'], ['difikirkan', 'dipikirkan'], ['faham', 'paham'], ['fasal', 'pasal'],
  ['propinsi', 'provinsi'], ['nopember', 'november'], ['pebruari', 'februari'], ['fariasi', 'variasi'],
  ['fidio', 'video'], ['vidio', 'video'], 
  ['telfon', 'telepon'], ['telpon', 'telepon'], ['tilpon', 'telepon'], ['positip', 'positif'],
  ['negatip', 'negatif'], ['arsif', 'arsip'], ['serfis', 'servis'],
  ['aktifis', 'aktivis'], ['motifasi', 'motivasi'], ['inofasi', 'inovasi'], 
  ['nafas', 'napas'], ['jadual', 'jadwal'], ['kwalitas', 'kualitas'], ['kwantitas', 'kuantitas'],
  // k / kw / q / c / x (KBBI)
  ['kwitansi', 'kuitansi'], ['kwartal', 'kuartal'], ['kwota', 'kuota'], ['kwesioner', 'kuesioner'],
  ['quesioner', 'kuesioner'], ['kuisioner', 'kuesioner'], ['kwalifikasi', 'kualifikasi'],
  ['frekwensi', 'frekuensi'], ['konsekwensi', 'konsekuensi'], ['ekwivalen', 'ekuivalen'],
  ['akte', 'akta'], ['aktte', 'akta'], ['ekstrim', 'ekstrem'], ['komplek', 'kompleks'],
  ['tehnik', 'teknik'], ['tehnis', 'teknis'],
  ['tehnologi', 'teknologi'], ['sistim', 'sistem'],
  ['sistimatis', 'sistematis'], ['karir', 'karier'], ['kharisma', 'karisma'], 
  ['kuatir', 'khawatir'], ['hawatir', 'khawatir'], ['ijin', 'izin'], ['perijinan', 'perizinan'],
  ['ijasah', 'ijazah'], ['jaman', 'zaman'], ['azas', 'asas'],
  // e / a and other vowel variants (KBBI)
  ['praktek', 'praktik'], ['praktekkan', 'praktikkan'], ['apotik', 'apotek'], ['resiko', 'risiko'],
  ['obyek', 'objek'], ['subyek', 'subjek'], ['projek', 'proyek'],
  ['antri', 'antre'], ['antrian', 'antrean'], ['mengantri', 'mengantre'], ['sekedar', 'sekadar'],
  ['merubah', 'mengubah'], ['rubah', 'ubah'], ['menyolok', 'mencolok'],
  ['hakekat', 'hakikat'], ['nasehat', 'nasihat'], ['ramadhan', 'ramadan'], ['sholat', 'salat'],
  ['shalat', 'salat'], ['senen', 'senin'],
  ['silahkan', 'silakan'], ['ustadz', 'ustaz'], ['detil', 'detail'],
  ['tradisionil', 'tradisional'], ['operasionil', 'operasional'], ['formil', 'formal'],
  ['materiil', 'material'], ['propesional', 'profesional'], ['profesionil', 'profesional'],
  ['analisa', 'analisis'], ['menganalisa', 'menganalisis'], ['diagnosa', 'diagnosis'], ['hipotesa', 'hipotesis'],
  ['sintesa', 'sintesis'], ['metoda', 'metode'], ['methode', 'metode'], ['kategory', 'kategori'],
  ['standart', 'standar'], ['standard', 'standar'], ['managemen', 'manajemen'], 
  ['menejemen', 'manajemen'], ['manejemen', 'manajemen'], ['menejer', 'manajer'], ['manager', 'manajer'],
  ['survey', 'survei'], ['surve', 'survei'], ['kontroversil', 'kontroversial'], ['ambulance', 'ambulans'],
  ['ambulan', 'ambulans'], ['trotoir', 'trotoar'],
  ['hutang', 'utang'], ['himbauan', 'imbauan'], ['himbau', 'imbau'], ['hembus', 'embus'],
  ['isteri', 'istri'], ['mesjid', 'masjid'], ['moderen', 'modern'], 
  ['nomer', 'nomor'], ['kadaluarsa', 'kedaluwarsa'], ['kadaluwarsa', 'kedaluwarsa'], ['lembab', 'lembap'],
  ['cidera', 'cedera'], ['cideranya', 'cederanya'], ['lobang', 'lubang'], ['ranking', 'peringkat'],
  ['rangking', 'peringkat'], ['walikota', 'wali kota'], ['tehnisi', 'teknisi'],
  ['pasport', 'paspor'], ['passport', 'paspor'], 
  ['sekertaris', 'sekretaris'], ['sekertariat', 'sekretariat'],
  ['indentitas', 'identitas'], ['fotocopy', 'fotokopi'], ['photocopy', 'fotokopi'],
  ['foto copy', 'fotokopi'], ['photo', 'foto'], ['kongkrit', 'konkret'],
  ['konkrit', 'konkret'], ['atlit', 'atlet'], ['bis', 'bus'], 
  ['supir', 'sopir'], ['gubug', 'gubuk'], ['manula', 'lansia'],
  // Indonesian / English pairs of government writing (Badan Bahasa's equivalents)
  ['tengkes', 'stunting'], ['upload', 'unggah'], ['download', 'unduh'], ['online', 'daring'], ['offline', 'luring'],
  ['email', 'surel'], ['e-mail', 'surel'], ['website', 'laman'], ['web', 'laman'], ['link', 'tautan'],
  ['update', 'pemutakhiran'], ['updating', 'pemutakhiran'], ['feedback', 'umpan balik'], ['deadline', 'tenggat'],
  ['workshop', 'lokakarya'], ['stakeholder', 'pemangku kepentingan'], ['roadmap', 'peta jalan'],
  ['benchmark', 'tolok ukur'], ['benchmarking', 'tolok ukur'], ['prototype', 'purwarupa'], ['prototipe', 'purwarupa'],
  ['dashboard', 'dasbor'], ['checklist', 'daftar periksa'], ['scan', 'pindai'], ['scanner', 'pemindai'],
  ['barcode', 'kode batang'], ['password', 'kata sandi'], ['username', 'nama pengguna'], 
  ['gadget', 'gawai'], ['smartphone', 'ponsel pintar'], ['handphone', 'ponsel'], ['hp', 'ponsel'],
  ['selfie', 'swafoto'], ['hashtag', 'tagar'], ['server', 'peladen'], ['netizen', 'warganet'],
  ['contact person', 'narahubung'], ['call center', 'pusat panggilan'], ['helpdesk', 'meja bantuan'],
  ['help desk', 'meja bantuan'], ['punishment', 'sanksi'], ['coaching', 'pembimbingan'],
  ['mentoring', 'pendampingan'], ['monitoring', 'pemantauan'], ['tracking', 'pelacakan'], ['database', 'basis data'],
  ['big data', 'mahadata'], ['software', 'perangkat lunak'], ['hardware', 'perangkat keras'],
  ['startup', 'perusahaan rintisan'], ['outsourcing', 'alih daya'], ['timeline', 'linimasa'],
  ['meeting', 'rapat'], ['briefing', 'taklimat'], ['launching', 'peluncuran'], 
  ['event', 'acara'], ['outbound', 'mancakrida'], ['voucher', 'voucer'], ['cashless', 'nontunai'],
  ['non tunai', 'nontunai'], ['e-money', 'uang elektronik'], ['e-wallet', 'dompet elektronik'],
  ['mobile banking', 'perbankan seluler'], 
  
  ['webinar', 'seminar daring'], ['e-learning', 'pembelajaran elektronik'], ['elearning', 'pembelajaran elektronik'],
  ['chatbot', 'bot obrolan'], ['chat', 'obrolan'], 
  ['follow up', 'tindak lanjut'], ['problem solving', 'pemecahan masalah'], ['best practice', 'praktik baik'],
  ['best practices', 'praktik baik'], ['good practice', 'praktik baik'], 
  ['baseline', 'data dasar'], ['pilot project', 'proyek percontohan'], ['pilot', 'percontohan'],
  ['piloting', 'uji coba'], ['trial', 'uji coba'], 
  ['replication', 'replikasi'], ['innovation', 'inovasi'], ['public service', 'pelayanan publik'],
  ['queue', 'antrean'], ['complaint', 'pengaduan'], 
];
