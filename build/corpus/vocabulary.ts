/**
 * General Indonesian word banks for the generated library: roots for the affix functions in
 * morphology.ts, actors, objects, connectors, regulations, funding, names. Sector-specific words
 * live in sectors.ts, places in places.ts.
 */
import type { PENTAHELIX } from '../../core/content/schema';

type VerbRoot = readonly [root: string, suffix: '' | 'kan' | 'i'];

/** Verbs whose object is a thing (data, berkas, SOP): susun → menyusun/disusun, siap+kan → menyiapkan. */
export const THING_VERBS: readonly VerbRoot[] = [
  ['siap', 'kan'], ['susun', ''], ['tetap', 'kan'], ['kelola', ''], ['catat', ''], ['periksa', ''], ['verifikasi', ''],
  ['perbaik', 'i'], ['sederhana', 'kan'], ['integrasi', 'kan'], ['evaluasi', ''], ['pantau', ''], ['kumpul', 'kan'],
  ['terbit', 'kan'], ['sedia', 'kan'], ['kirim', 'kan'], ['olah', ''], ['perbarui', ''], ['uji', ''], ['cetak', ''],
  ['cek', ''], ['bahas', ''], ['sebar', 'kan'], ['sosialisasi', 'kan'], ['guna', 'kan'], ['rancang', ''], ['ukur', ''],
  ['tindaklanjut', 'i'], ['validasi', ''], ['proses', ''], ['umum', 'kan'], ['tata', ''],
];

/** Verbs whose object is a person or group: layan+i → melayani, damping+i → mendampingi. */
export const PERSON_VERBS: readonly VerbRoot[] = [
  ['layan', 'i'], ['damping', 'i'], ['bantu', ''], ['jangkau', ''], ['jemput', ''], ['libat', 'kan'], ['bina', ''],
  ['data', ''], ['daftar', 'kan'], ['hubung', 'i'], ['dorong', ''], ['latih', ''], ['kunjung', 'i'], ['undang', ''],
];

/** Verbs about the service itself: tingkat+kan → meningkatkan, dekat+kan → mendekatkan. */
export const GENERAL_VERBS: readonly VerbRoot[] = [
  ['tingkat', 'kan'], ['kembang', 'kan'], ['percepat', ''], ['perluas', ''], ['perkuat', ''], ['mudah', 'kan'],
  ['sederhana', 'kan'], ['dekat', 'kan'], ['laksana', 'kan'], ['satu', 'kan'], ['padu', 'kan'], ['benah', 'i'],
];

/** Roots whose peN-…-an nominalisation is common in reports: pelayanan, pendataan, pemantauan… */
export const PEN_ROOTS: readonly string[] = [
  'layan', 'adu', 'kelola', 'data', 'catat', 'susun', 'kembang', 'tetap', 'tingkat', 'guna', 'pantau', 'bangun',
  'awas', 'damping', 'periksa', 'tangan', 'kurang', 'sederhana', 'sampai', 'laksana', 'siap', 'ukur', 'bina',
  'daftar', 'urus', 'olah', 'kirim', 'terbit', 'jemput', 'sedia', 'cetak', 'bayar', 'antar', 'aju', 'capai',
  'libat', 'atur', 'nilai', 'cek', 'kumpul', 'terima', 'rekam', 'sebar', 'tanggap', 'akses',
];

export const KE_ROOTS: readonly string[] = [
  'penduduk', 'sehat', 'sejahtera', 'bersih', 'berlanjut', 'mudah', 'tepat', 'puas', 'terbuka', 'butuh', 'miskin',
  'aman', 'percaya', 'tersedia', 'cepat', 'giat', 'tahan', 'mampu', 'sinambung', 'terlibat', 'hadir', 'lengkap',
];

export const PER_ROOTS: readonly string[] = ['izin', 'ubah', 'rencana', 'baik', 'kembang', 'tani', 'dagang', 'luas', 'temu', 'setuju', 'rekam', 'lindung', 'janji'];
/** ber- roots for working with others: bermitra, berkolaborasi, bekerja (sama). */
export const BER_ROOTS: readonly string[] = ['mitra', 'kolaborasi', 'koordinasi', 'sinergi', 'kerja', 'diskusi'];
/** ter- words for things done well (terdata, terjangkau) and for things going wrong (terlambat). */
export const TER_GOOD: readonly string[] = ['laksana', 'integrasi', 'sedia', 'data', 'catat', 'jangkau', 'buka', 'padu', 'ukur', 'pantau', 'layani', 'capai'];
export const TER_BAD: readonly string[] = ['lambat', 'tunda', 'hambat', 'kendala', 'putus', 'batas', 'abaikan', 'lewat'];
/** ber- words that describe a service in good shape. */
export const BER_GOOD: readonly string[] = ['berkelanjutan', 'berdampak', 'berjalan rutin', 'berbasis data', 'berjenjang', 'bertahan lama', 'berpihak pada warga', 'berkolaborasi'];

/** Nouns that read naturally reduplicated: inovasi-inovasi, desa-desa. */
export const REDUPLICABLE: readonly string[] = ['inovasi', 'desa', 'kecamatan', 'program', 'kegiatan', 'daerah', 'sekolah', 'kelompok', 'pertanyaan', 'masalah', 'dokumen', 'warga'];

export const ACTORS: readonly string[] = [
  'petugas loket', 'kader desa', 'camat', 'kepala desa', 'tim inovasi', 'OPD pengampu', 'relawan', 'operator data',
  'pendamping lapangan', 'lurah', 'sekretaris daerah', 'kepala dinas', 'bidan desa', 'penyuluh', 'pengelola program',
  'ketua RT', 'tim teknis', 'pejabat fungsional', 'admin media sosial', 'agen perubahan',
];

export const OBJECTS: readonly string[] = [
  'data warga', 'berkas permohonan', 'jadwal layanan', 'SOP', 'formulir isian', 'laporan bulanan', 'alur layanan',
  'daftar periksa', 'peta sasaran', 'standar pelayanan', 'rekap pengaduan', 'materi sosialisasi', 'nota kesepakatan',
  'dasbor capaian', 'basis data', 'kartu kendali', 'buku saku petugas', 'aplikasi pesan', 'papan informasi',
];

export const CONNECTORS: readonly string[] = [
  'Selain itu,', 'Di sisi lain,', 'Karena itu,', 'Namun,', 'Sejak itu,', 'Pada tahap awal,', 'Dalam praktiknya,',
  'Menurut tim pengelola,', 'Sebagai gambaran,', 'Pada tahun berikutnya,', 'Lebih jauh,', 'Meski demikian,',
  'Dengan cara ini,', 'Untuk itu,', 'Akibatnya,', 'Pada saat yang sama,',
];

export const FREQUENCIES: readonly string[] = [
  'setiap hari kerja', 'setiap Senin dan Kamis', 'dua kali sebulan', 'pada akhir triwulan', 'setiap pekan', 'sebulan sekali',
  'pada hari pasar', 'setiap awal bulan', 'setahun dua kali', 'menurut jadwal bergilir',
];

export const REGULATIONS: readonly string[] = [
  'Peraturan Bupati', 'Peraturan Wali Kota', 'Keputusan Kepala Dinas', 'Surat Edaran Sekretaris Daerah', 'Peraturan Gubernur',
  'Peraturan Desa', 'Keputusan Bupati', 'nota kesepahaman antar-OPD', 'perjanjian kerja sama',
];

export const FUNDING: readonly string[] = [
  'APBD', 'DPA OPD', 'dana desa', 'CSR perusahaan daerah', 'DAK nonfisik', 'dana BOK puskesmas', 'APBD provinsi',
  'swadaya masyarakat', 'hibah mitra pembangunan', 'anggaran kecamatan',
];

export const AWARDS: readonly string[] = [
  'Top 45 KIPP', 'Top 99 KIPP', 'Innovative Government Award', 'penghargaan inovasi tingkat provinsi',
  'finalis lomba inovasi daerah', 'Pelayanan Prima kategori A', 'penghargaan Ombudsman kategori kepatuhan tinggi',
];

export const INNOVATION_MODES: readonly string[] = [
  'Layanan Jemput Bola', 'Gerai', 'Klinik', 'Pojok', 'Gerakan', 'Aplikasi', 'Sistem Informasi', 'Posko', 'Mobil Keliling',
  'Forum', 'Kanal', 'Kartu', 'Sekolah Lapang', 'Rumah', 'Layanan Satu Pintu', 'Kios', 'Dasbor', 'Tim Reaksi Cepat', 'Pos',
];

export const INNOVATION_QUALIFIERS: readonly string[] = [
  'di Desa', 'Berbasis Kader', 'Terpadu', 'Daring', 'Keliling', 'untuk Lansia', 'Tanpa Antre', 'Satu Hari Jadi',
  'Berbasis RT', 'di Kecamatan', 'Lintas OPD', 'Ramah Disabilitas', 'di Pasar', 'Berbasis Sekolah', 'Malam Hari',
  'di Pulau Kecil', 'Bersama Relawan', 'Berjenjang',
];

export const PENTAHELIX_ACTORS: Readonly<Record<(typeof PENTAHELIX)[number], readonly string[]>> = {
  pemerintah: ['OPD pengampu', 'kecamatan', 'pemerintah desa', 'Bappeda', 'Bagian Organisasi Setda', 'Inspektorat'],
  akademisi: ['universitas negeri setempat', 'politeknik', 'mahasiswa KKN', 'pusat studi kebijakan publik', 'sekolah tinggi kesehatan'],
  'dunia-usaha': ['bank daerah', 'BUMD air minum', 'perusahaan telekomunikasi', 'koperasi', 'asosiasi pengusaha', 'BUMDes'],
  masyarakat: ['karang taruna', 'PKK', 'tokoh adat', 'kelompok disabilitas', 'LSM lokal', 'majelis taklim', 'forum anak'],
  media: ['radio komunitas', 'televisi lokal', 'media daring', 'akun media sosial desa', 'surat kabar daerah'],
};

export const PENTAHELIX_LABELS: Readonly<Record<(typeof PENTAHELIX)[number], string>> = {
  pemerintah: 'Pemerintah',
  akademisi: 'Akademisi',
  'dunia-usaha': 'Dunia usaha',
  masyarakat: 'Masyarakat',
  media: 'Media',
};

export const FIRST_NAMES: readonly string[] = [
  'Agus', 'Siti', 'Made', 'Nyoman', 'Rina', 'Budi', 'Dewi', 'Yohanes', 'Fransiska', 'Ahmad', 'Nurhayati', 'Ketut',
  'Maria', 'Hendra', 'Wahyu', 'Ratna', 'Andi', 'Teuku', 'Cut', 'Lukas', 'Intan', 'Fajar', 'Sri', 'Yusuf', 'Marlina', 'Putu',
];
export const LAST_NAMES: readonly string[] = [
  'Santoso', 'Rahmawati', 'Wibisono', 'Siregar', 'Lubis', 'Hutapea', 'Pattiasina', 'Mahendra', 'Suryani', 'Nainggolan',
  'Saragih', 'Manurung', 'Tanjung', 'Wenda', 'Rumbiak', 'Daeng', 'Pratama', 'Kusuma', 'Hidayat', 'Setiawan', 'Lestari',
];
export const DEGREES: readonly string[] = ['S.Sos.', 'M.Si.', 'S.Kep.', 'M.AP.', 'S.T.', 'M.Kes.', 'S.E.', 'M.PA.', 'S.IP.'];

export const SPEAKER_ROLES: readonly string[] = [
  'Asisten Deputi Pelayanan Publik, Kementerian PANRB', 'Kepala Bagian Organisasi Setda', 'Kepala Bappeda', 'Camat',
  'Dosen Administrasi Publik', 'Kepala Disdukcapil', 'Kepala Dinas Kesehatan', 'Anggota Tim Panel Independen KIPP',
  'Kepala Ombudsman RI Perwakilan', 'Peneliti kebijakan publik', 'Ketua forum inovasi daerah', 'Kepala DPMPTSP',
];

export const EVENT_KINDS: readonly string[] = ['Seminar', 'Lokakarya', 'Bimbingan Teknis', 'Forum Berbagi Praktik', 'Temu Jejaring', 'Rapat Koordinasi', 'Klinik Inovasi'];
export const EVENT_THEMES: readonly string[] = [
  'Replikasi Inovasi Pelayanan Publik', 'Penguatan Jaringan Inovasi Daerah', 'Kolaborasi Pentahelix',
  'Keberlanjutan Inovasi', 'Pelayanan Publik Inklusif', 'Transformasi Digital Pelayanan', 'Percepatan Penurunan Stunting',
  'Satu Instansi Satu Inovasi', 'Dokumentasi Inovasi untuk JIPP', 'Survei Kepuasan Masyarakat',
];
export const MONTHS: readonly string[] = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export const WEEKDAYS: readonly string[] = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'];

/** Words that stay lower-case inside a title. */
export const TITLE_SMALL_WORDS = new Set(['di', 'dan', 'untuk', 'ke', 'bagi', 'yang', 'dari', 'dengan', 'dalam', 'pada', 'tanpa']);

export const GUIDE_TOPICS: readonly string[] = [
  'Memetakan Masalah Layanan', 'Menyusun Rencana Replikasi', 'Melibatkan Mitra Pentahelix', 'Menghitung Biaya Inovasi',
  'Menyusun SOP Layanan Baru', 'Mengukur Dampak Inovasi', 'Mendokumentasikan Inovasi untuk JIPP', 'Menyiapkan Proposal KIPP',
  'Mengelola Pengaduan Warga', 'Melembagakan Inovasi', 'Menjalankan Uji Coba Layanan', 'Menyusun Survei Kepuasan',
  'Memilih Inovasi untuk Ditiru', 'Memfasilitasi Kunjungan Belajar', 'Menyiapkan Regulasi Inovasi', 'Melatih Petugas Garis Depan',
];
export const AUDIENCES: readonly string[] = [
  'Tim inovasi OPD', 'Perencana di Bappeda', 'Camat dan staf kecamatan', 'Pejabat fungsional analis kebijakan',
  'Petugas pelayanan garis depan', 'Kepala desa dan perangkat desa', 'Widyaiswara dan fasilitator',
];

/** Positive words that Indonesian innovations are typically named after (as acronyms). */
export const ACRONYMS: readonly string[] = [
  'SIGAP', 'CERIA', 'PRIMA', 'TANGGAP', 'SEHATI', 'MANTAP', 'JEMPOL', 'GESIT', 'PINTAR', 'SAHABAT', 'CEPAT', 'RAMAH',
  'SERASI', 'LANCAR', 'TUNTAS', 'AMANAH', 'PASTI', 'SIAGA', 'BERSINAR', 'HANDAL', 'TEPAT', 'SEJUK', 'MELATI', 'PELITA',
  'GEMILANG', 'KENARI', 'LENTERA', 'SAPA', 'DEKAT', 'GERCEP', 'PANDU', 'JAGA', 'BENING', 'SINERGI', 'TERANG',
];
