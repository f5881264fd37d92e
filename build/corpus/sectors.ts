/** Per-sector word banks: who serves, what service, for whom, what goes wrong, what is measured. */
import type { SECTORS } from '../../core/content/schema';

export type Sector = (typeof SECTORS)[number];

export interface SectorProfile {
  label: string;
  agencies: readonly string[];
  services: readonly string[];
  beneficiaries: readonly string[];
  problems: readonly string[];
  indicators: readonly string[];
  sdgs: readonly number[];
  tags: readonly string[];
}

export const SECTOR_PROFILES: Readonly<Record<Sector, SectorProfile>> = {
  kesehatan: {
    label: 'Kesehatan',
    agencies: ['Dinas Kesehatan', 'Puskesmas', 'RSUD', 'Dinas Pengendalian Penduduk dan KB'],
    services: ['pemeriksaan ibu hamil', 'imunisasi dasar', 'rujukan pasien', 'antrean puskesmas', 'layanan posyandu', 'pemantauan gizi balita', 'skrining penyakit tidak menular'],
    beneficiaries: ['ibu hamil', 'balita', 'lansia', 'pasien rujukan', 'kader posyandu', 'remaja putri', 'penyandang disabilitas'],
    problems: ['antrean panjang di loket pendaftaran', 'angka kematian ibu yang masih tinggi', 'jarak fasilitas kesehatan yang jauh', 'kasus stunting yang tidak terpantau', 'data kunjungan yang tercatat manual'],
    indicators: ['cakupan imunisasi dasar lengkap', 'waktu tunggu pasien', 'kunjungan ibu hamil', 'prevalensi stunting', 'rujukan tepat waktu'],
    sdgs: [3, 2, 5],
    tags: ['puskesmas', 'posyandu', 'gizi', 'imunisasi', 'kesehatan-ibu-anak'],
  },
  pendidikan: {
    label: 'Pendidikan',
    agencies: ['Dinas Pendidikan', 'Dinas Pendidikan dan Kebudayaan', 'Dinas Perpustakaan dan Kearsipan'],
    services: ['penerimaan peserta didik baru', 'bantuan beasiswa', 'perpustakaan keliling', 'pendampingan belajar', 'pendataan anak tidak sekolah'],
    beneficiaries: ['anak putus sekolah', 'siswa dari keluarga miskin', 'guru honorer', 'orang tua murid', 'anak berkebutuhan khusus'],
    problems: ['angka putus sekolah yang tinggi', 'minat baca yang rendah', 'sekolah yang sulit dijangkau', 'data siswa yang tidak sinkron', 'kekurangan guru di daerah terpencil'],
    indicators: ['angka partisipasi sekolah', 'jumlah anak kembali bersekolah', 'kunjungan perpustakaan', 'nilai literasi dasar'],
    sdgs: [4, 10, 5],
    tags: ['sekolah', 'literasi', 'beasiswa', 'anak-tidak-sekolah'],
  },
  'administrasi-kependudukan': {
    label: 'Administrasi Kependudukan',
    agencies: ['Disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 'kantor kecamatan'],
    services: ['penerbitan akta kelahiran', 'perekaman KTP-el', 'pembaruan kartu keluarga', 'pencatatan kematian', 'layanan adminduk desa', 'pindah datang penduduk'],
    beneficiaries: ['bayi baru lahir', 'warga lansia', 'penduduk desa terpencil', 'penyandang disabilitas', 'pemilih pemula'],
    problems: ['dokumen kependudukan yang terlambat terbit', 'warga yang belum memiliki NIK', 'perjalanan jauh ke kantor Disdukcapil', 'calo yang memungut biaya tambahan', 'data kematian yang tidak tercatat'],
    indicators: ['kepemilikan akta kelahiran', 'cakupan perekaman KTP-el', 'waktu penerbitan dokumen', 'jumlah layanan jemput bola'],
    sdgs: [16, 10, 17],
    tags: ['adminduk', 'disdukcapil', 'akta-kelahiran', 'ktp-el', 'jemput-bola'],
  },
  perizinan: {
    label: 'Perizinan',
    agencies: ['DPMPTSP', 'Dinas Penanaman Modal dan PTSP', 'Mal Pelayanan Publik'],
    services: ['izin usaha mikro', 'persetujuan bangunan gedung', 'izin reklame', 'konsultasi perizinan', 'pendaftaran NIB', 'layanan MPP'],
    beneficiaries: ['pelaku usaha mikro', 'investor daerah', 'pemohon izin', 'pedagang pasar', 'pengembang perumahan'],
    problems: ['prosedur izin yang berbelit', 'berkas yang harus dibawa ke banyak kantor', 'waktu proses yang tidak pasti', 'persyaratan yang tidak diumumkan', 'antrean di loket PTSP'],
    indicators: ['waktu penyelesaian izin', 'jumlah izin terbit', 'indeks kepuasan pemohon', 'jumlah berkas yang dikembalikan'],
    sdgs: [8, 9, 16],
    tags: ['ptsp', 'mpp', 'izin-usaha', 'pbg', 'oss'],
  },
  sosial: {
    label: 'Sosial',
    agencies: ['Dinas Sosial', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'Baznas daerah'],
    services: ['verifikasi penerima bantuan sosial', 'layanan rehabilitasi sosial', 'pendampingan lansia terlantar', 'rumah singgah', 'pengaduan kekerasan anak'],
    beneficiaries: ['keluarga miskin', 'lansia terlantar', 'anak jalanan', 'penyandang disabilitas', 'perempuan korban kekerasan'],
    problems: ['bantuan sosial yang salah sasaran', 'data kemiskinan yang tidak mutakhir', 'lansia yang hidup sendiri tanpa pendamping', 'korban kekerasan yang enggan melapor'],
    indicators: ['ketepatan sasaran bantuan', 'jumlah warga terdampingi', 'waktu penanganan kasus', 'pemutakhiran DTKS'],
    sdgs: [1, 10, 5],
    tags: ['bansos', 'dtks', 'lansia', 'perlindungan-anak'],
  },
  pertanian: {
    label: 'Pertanian',
    agencies: ['Dinas Pertanian', 'Dinas Ketahanan Pangan', 'Balai Penyuluhan Pertanian', 'Dinas Perikanan'],
    services: ['penyuluhan pertanian', 'klinik tanaman', 'jadwal alat mesin pertanian', 'informasi iklim', 'distribusi pupuk bersubsidi'],
    beneficiaries: ['petani padi', 'kelompok tani', 'nelayan kecil', 'peternak', 'penyuluh lapangan'],
    problems: ['serangan hama yang terlambat ditangani', 'pupuk yang datang tidak tepat waktu', 'gagal panen karena cuaca', 'penyuluh yang terlalu sedikit', 'harga jual yang rendah'],
    indicators: ['produktivitas padi per hektare', 'jumlah petani terlayani', 'luas serangan hama', 'ketepatan distribusi pupuk'],
    sdgs: [2, 13, 1],
    tags: ['petani', 'penyuluhan', 'pangan', 'alsintan'],
  },
  lingkungan: {
    label: 'Lingkungan Hidup',
    agencies: ['Dinas Lingkungan Hidup', 'Dinas Perumahan dan Kawasan Permukiman', 'UPTD Persampahan'],
    services: ['bank sampah', 'pengelolaan sampah desa', 'pemantauan kualitas sungai', 'TPS3R', 'penghijauan kawasan'],
    beneficiaries: ['rumah tangga', 'sekolah', 'pengelola pasar', 'kelompok pemuda', 'desa wisata'],
    problems: ['sampah yang dibuang ke sungai', 'tempat pembuangan akhir yang penuh', 'pencemaran air sumur', 'rendahnya pemilahan sampah'],
    indicators: ['volume sampah terkelola', 'jumlah nasabah bank sampah', 'kualitas air sungai', 'luas lahan hijau'],
    sdgs: [11, 12, 6, 13],
    tags: ['sampah', 'bank-sampah', 'sungai', 'lingkungan-hidup'],
  },
  transportasi: {
    label: 'Transportasi',
    agencies: ['Dinas Perhubungan', 'UPT Pengujian Kendaraan', 'Dinas Pekerjaan Umum'],
    services: ['uji kir kendaraan', 'angkutan perintis', 'informasi jadwal bus', 'layanan penyeberangan', 'parkir elektronik'],
    beneficiaries: ['pengemudi angkutan umum', 'pelajar', 'warga pulau kecil', 'pengguna jalan', 'pedagang antarpulau'],
    problems: ['jadwal angkutan yang tidak pasti', 'antrean uji kendaraan', 'jalan desa yang rusak', 'pungutan parkir yang tidak tercatat'],
    indicators: ['ketepatan jadwal angkutan', 'waktu uji kendaraan', 'jumlah penumpang', 'pendapatan retribusi parkir'],
    sdgs: [9, 11, 3],
    tags: ['angkutan', 'dishub', 'uji-kir', 'perhubungan'],
  },
  'keuangan-daerah': {
    label: 'Keuangan Daerah',
    agencies: ['Bapenda', 'BPKAD', 'Badan Keuangan Daerah', 'Inspektorat'],
    services: ['pembayaran pajak bumi dan bangunan', 'retribusi daerah', 'pelaporan keuangan desa', 'pembayaran nontunai', 'penagihan pajak'],
    beneficiaries: ['wajib pajak', 'perangkat desa', 'bendahara OPD', 'pelaku usaha', 'pedagang pasar'],
    problems: ['penerimaan pajak yang tidak mencapai target', 'pembayaran tunai yang rawan penyimpangan', 'laporan keuangan desa yang terlambat', 'data wajib pajak yang tidak mutakhir'],
    indicators: ['realisasi pendapatan asli daerah', 'kepatuhan wajib pajak', 'ketepatan laporan keuangan', 'transaksi nontunai'],
    sdgs: [16, 17, 8],
    tags: ['pajak-daerah', 'pad', 'retribusi', 'nontunai'],
  },
  pengaduan: {
    label: 'Pengaduan',
    agencies: ['Dinas Komunikasi dan Informatika', 'Bagian Organisasi Setda', 'Inspektorat', 'kantor wali kota'],
    services: ['kanal pengaduan terpadu', 'layanan SP4N-LAPOR', 'survei kepuasan masyarakat', 'pusat panggilan darurat', 'forum konsultasi publik'],
    beneficiaries: ['warga pelapor', 'pengguna layanan', 'tokoh masyarakat', 'kelompok rentan', 'pengelola pengaduan OPD'],
    problems: ['pengaduan yang tidak ditindaklanjuti', 'kanal pengaduan yang tersebar di banyak OPD', 'warga yang tidak tahu ke mana melapor', 'jawaban pengaduan yang terlambat'],
    indicators: ['waktu tindak lanjut pengaduan', 'persentase pengaduan selesai', 'indeks kepuasan masyarakat', 'jumlah kanal terintegrasi'],
    sdgs: [16, 10, 17],
    tags: ['pengaduan', 'sp4n-lapor', 'skm', 'partisipasi-publik'],
  },
  ketenagakerjaan: {
    label: 'Ketenagakerjaan',
    agencies: ['Dinas Tenaga Kerja', 'Balai Latihan Kerja', 'Dinas Tenaga Kerja dan Transmigrasi'],
    services: ['bursa kerja daring', 'pelatihan kerja berbasis kompetensi', 'pelindungan pekerja migran', 'kartu pencari kerja', 'mediasi hubungan industrial'],
    beneficiaries: ['pencari kerja muda', 'pekerja migran', 'lulusan SMK', 'pekerja informal', 'perusahaan lokal'],
    problems: ['pengangguran lulusan baru', 'pelatihan yang tidak sesuai kebutuhan industri', 'pekerja migran tanpa dokumen', 'informasi lowongan yang sulit diakses'],
    indicators: ['tingkat penempatan kerja', 'jumlah peserta pelatihan', 'waktu penerbitan kartu kuning', 'kasus perselisihan selesai'],
    sdgs: [8, 4, 10],
    tags: ['tenaga-kerja', 'blk', 'pekerja-migran', 'bursa-kerja'],
  },
  pariwisata: {
    label: 'Pariwisata',
    agencies: ['Dinas Pariwisata', 'Dinas Pariwisata dan Kebudayaan', 'Dinas Kepemudaan dan Olahraga'],
    services: ['pengelolaan desa wisata', 'pusat informasi wisata', 'pelatihan pemandu lokal', 'promosi festival budaya', 'sertifikasi homestay'],
    beneficiaries: ['pengelola desa wisata', 'pemandu lokal', 'pemilik homestay', 'perajin', 'kelompok sadar wisata'],
    problems: ['kunjungan wisata yang tidak merata', 'sampah di objek wisata', 'promosi yang tidak terkoordinasi', 'kualitas homestay yang beragam'],
    indicators: ['jumlah kunjungan wisatawan', 'lama tinggal wisatawan', 'pendapatan desa wisata', 'jumlah homestay tersertifikasi'],
    sdgs: [8, 12, 11],
    tags: ['desa-wisata', 'pokdarwis', 'pariwisata', 'ekonomi-kreatif'],
  },
  umkm: {
    label: 'UMKM',
    agencies: ['Dinas Koperasi dan UKM', 'Dinas Perindustrian dan Perdagangan', 'PLUT-KUMKM'],
    services: ['pendampingan usaha mikro', 'sertifikasi halal', 'akses permodalan', 'pemasaran digital', 'inkubasi bisnis', 'pendaftaran merek'],
    beneficiaries: ['pelaku usaha mikro', 'perempuan pengusaha', 'koperasi desa', 'pedagang pasar tradisional', 'perajin lokal'],
    problems: ['akses modal yang terbatas', 'produk yang belum memiliki izin edar', 'pemasaran yang hanya mengandalkan pasar lokal', 'pencatatan keuangan usaha yang lemah'],
    indicators: ['jumlah UMKM naik kelas', 'omzet rata-rata usaha', 'jumlah sertifikat halal terbit', 'penyaluran kredit usaha'],
    sdgs: [8, 1, 5],
    tags: ['umkm', 'koperasi', 'sertifikasi-halal', 'pemasaran-digital'],
  },
  kebencanaan: {
    label: 'Kebencanaan',
    agencies: ['BPBD', 'Badan Penanggulangan Bencana Daerah', 'Dinas Pemadam Kebakaran', 'Satpol PP'],
    services: ['peringatan dini banjir', 'desa tangguh bencana', 'lumbung logistik desa', 'simulasi evakuasi', 'posko pengungsian'],
    beneficiaries: ['warga bantaran sungai', 'relawan desa', 'sekolah di daerah rawan', 'nelayan pesisir', 'kelompok rentan'],
    problems: ['informasi banjir yang terlambat', 'jalur evakuasi yang tidak dikenal warga', 'logistik yang menumpuk di kabupaten', 'koordinasi relawan yang lemah'],
    indicators: ['waktu peringatan dini', 'jumlah desa tangguh bencana', 'cakupan simulasi evakuasi', 'waktu distribusi logistik'],
    sdgs: [11, 13, 1],
    tags: ['bencana', 'bpbd', 'peringatan-dini', 'destana'],
  },
  'tata-kelola': {
    label: 'Tata Kelola Pemerintahan',
    agencies: ['Bagian Organisasi Setda', 'Bappeda', 'BKPSDM', 'Dinas Komunikasi dan Informatika'],
    services: ['perencanaan partisipatif', 'manajemen kinerja ASN', 'satu data daerah', 'pengadaan barang dan jasa', 'pengelolaan arsip digital'],
    beneficiaries: ['ASN', 'perangkat desa', 'pimpinan OPD', 'anggota DPRD', 'masyarakat sipil'],
    problems: ['data sektoral yang berbeda antar-OPD', 'perencanaan yang tidak mendengar warga', 'kinerja ASN yang tidak terukur', 'dokumen yang hilang saat mutasi pejabat'],
    indicators: ['indeks reformasi birokrasi', 'jumlah dataset terbit', 'capaian kinerja OPD', 'nilai SAKIP'],
    sdgs: [16, 17],
    tags: ['reformasi-birokrasi', 'satu-data', 'sakip', 'e-government'],
  },
};
