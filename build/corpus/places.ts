/** The 38 provinces of Indonesia with a selection of their regencies and cities (kabupaten/kota). */
export const REGENCIES_BY_PROVINCE: Readonly<Record<string, readonly string[]>> = {
  Aceh: ['Kota Banda Aceh', 'Kabupaten Aceh Besar', 'Kabupaten Pidie', 'Kota Lhokseumawe', 'Kabupaten Aceh Tengah', 'Kabupaten Aceh Barat'],
  'Sumatera Utara': ['Kota Medan', 'Kabupaten Deli Serdang', 'Kabupaten Karo', 'Kota Pematangsiantar', 'Kabupaten Tapanuli Utara', 'Kabupaten Nias Selatan', 'Kota Sibolga'],
  'Sumatera Barat': ['Kota Padang', 'Kabupaten Agam', 'Kota Bukittinggi', 'Kabupaten Tanah Datar', 'Kabupaten Pesisir Selatan', 'Kota Payakumbuh'],
  Riau: ['Kota Pekanbaru', 'Kabupaten Siak', 'Kabupaten Kampar', 'Kota Dumai', 'Kabupaten Bengkalis', 'Kabupaten Indragiri Hilir'],
  'Kepulauan Riau': ['Kota Batam', 'Kota Tanjungpinang', 'Kabupaten Bintan', 'Kabupaten Karimun', 'Kabupaten Natuna', 'Kabupaten Lingga'],
  Jambi: ['Kota Jambi', 'Kabupaten Muaro Jambi', 'Kabupaten Kerinci', 'Kabupaten Bungo', 'Kabupaten Tanjung Jabung Timur'],
  'Sumatera Selatan': ['Kota Palembang', 'Kabupaten Ogan Komering Ilir', 'Kabupaten Musi Banyuasin', 'Kota Lubuklinggau', 'Kabupaten Muara Enim', 'Kota Prabumulih'],
  'Kepulauan Bangka Belitung': ['Kota Pangkalpinang', 'Kabupaten Bangka', 'Kabupaten Belitung', 'Kabupaten Bangka Barat', 'Kabupaten Belitung Timur'],
  Bengkulu: ['Kota Bengkulu', 'Kabupaten Rejang Lebong', 'Kabupaten Bengkulu Utara', 'Kabupaten Kepahiang', 'Kabupaten Mukomuko'],
  Lampung: ['Kota Bandar Lampung', 'Kota Metro', 'Kabupaten Lampung Selatan', 'Kabupaten Pringsewu', 'Kabupaten Tulang Bawang', 'Kabupaten Lampung Timur'],
  'DKI Jakarta': ['Kota Jakarta Pusat', 'Kota Jakarta Selatan', 'Kota Jakarta Timur', 'Kota Jakarta Utara', 'Kota Jakarta Barat', 'Kabupaten Kepulauan Seribu'],
  'Jawa Barat': [
    'Kota Bandung', 'Kabupaten Bandung', 'Kota Bogor', 'Kabupaten Bogor', 'Kota Bekasi', 'Kabupaten Sumedang', 'Kabupaten Garut',
    'Kabupaten Tasikmalaya', 'Kota Cimahi', 'Kabupaten Kuningan', 'Kabupaten Purwakarta', 'Kota Sukabumi',
  ],
  Banten: ['Kota Tangerang', 'Kabupaten Tangerang', 'Kota Tangerang Selatan', 'Kota Serang', 'Kabupaten Lebak', 'Kabupaten Pandeglang', 'Kota Cilegon'],
  'Jawa Tengah': [
    'Kota Semarang', 'Kabupaten Banyumas', 'Kabupaten Kudus', 'Kota Surakarta', 'Kabupaten Purbalingga', 'Kabupaten Cilacap',
    'Kabupaten Klaten', 'Kabupaten Wonosobo', 'Kabupaten Batang', 'Kota Magelang', 'Kabupaten Kebumen', 'Kabupaten Pemalang',
  ],
  'DI Yogyakarta': ['Kota Yogyakarta', 'Kabupaten Sleman', 'Kabupaten Bantul', 'Kabupaten Kulon Progo', 'Kabupaten Gunungkidul'],
  'Jawa Timur': [
    'Kota Surabaya', 'Kabupaten Banyuwangi', 'Kota Malang', 'Kabupaten Sidoarjo', 'Kabupaten Lamongan', 'Kabupaten Bojonegoro',
    'Kabupaten Jember', 'Kota Madiun', 'Kabupaten Trenggalek', 'Kabupaten Sumenep', 'Kota Batu', 'Kabupaten Gresik',
  ],
  Bali: [
    'Kota Denpasar', 'Kabupaten Badung', 'Kabupaten Gianyar', 'Kabupaten Buleleng', 'Kabupaten Tabanan', 'Kabupaten Jembrana',
    'Kabupaten Klungkung', 'Kabupaten Karangasem', 'Kabupaten Bangli',
  ],
  'Nusa Tenggara Barat': ['Kota Mataram', 'Kabupaten Lombok Timur', 'Kabupaten Lombok Barat', 'Kabupaten Sumbawa', 'Kabupaten Bima', 'Kota Bima', 'Kabupaten Dompu'],
  'Nusa Tenggara Timur': [
    'Kota Kupang', 'Kabupaten Kupang', 'Kabupaten Manggarai', 'Kabupaten Sikka', 'Kabupaten Sumba Timur', 'Kabupaten Flores Timur',
    'Kabupaten Timor Tengah Selatan', 'Kabupaten Alor',
  ],
  'Kalimantan Barat': ['Kota Pontianak', 'Kabupaten Kubu Raya', 'Kota Singkawang', 'Kabupaten Sambas', 'Kabupaten Ketapang', 'Kabupaten Sanggau'],
  'Kalimantan Tengah': ['Kota Palangka Raya', 'Kabupaten Kotawaringin Barat', 'Kabupaten Kotawaringin Timur', 'Kabupaten Kapuas', 'Kabupaten Barito Selatan'],
  'Kalimantan Selatan': ['Kota Banjarmasin', 'Kota Banjarbaru', 'Kabupaten Banjar', 'Kabupaten Tabalong', 'Kabupaten Hulu Sungai Selatan', 'Kabupaten Tanah Laut'],
  'Kalimantan Timur': [
    'Kota Samarinda', 'Kota Balikpapan', 'Kota Bontang', 'Kabupaten Kutai Kartanegara', 'Kabupaten Berau', 'Kabupaten Paser',
    'Kabupaten Penajam Paser Utara',
  ],
  'Kalimantan Utara': ['Kota Tarakan', 'Kabupaten Bulungan', 'Kabupaten Nunukan', 'Kabupaten Malinau', 'Kabupaten Tana Tidung'],
  'Sulawesi Utara': ['Kota Manado', 'Kota Bitung', 'Kota Tomohon', 'Kabupaten Minahasa', 'Kabupaten Kepulauan Sangihe', 'Kabupaten Bolaang Mongondow'],
  Gorontalo: ['Kota Gorontalo', 'Kabupaten Gorontalo', 'Kabupaten Bone Bolango', 'Kabupaten Pohuwato', 'Kabupaten Boalemo'],
  'Sulawesi Tengah': ['Kota Palu', 'Kabupaten Sigi', 'Kabupaten Donggala', 'Kabupaten Poso', 'Kabupaten Banggai', 'Kabupaten Morowali'],
  'Sulawesi Barat': ['Kabupaten Mamuju', 'Kabupaten Majene', 'Kabupaten Polewali Mandar', 'Kabupaten Mamasa', 'Kabupaten Pasangkayu'],
  'Sulawesi Selatan': [
    'Kota Makassar', 'Kabupaten Bantaeng', 'Kabupaten Gowa', 'Kabupaten Bone', 'Kota Parepare', 'Kabupaten Maros', 'Kabupaten Bulukumba',
    'Kabupaten Luwu Utara', 'Kabupaten Sinjai',
  ],
  'Sulawesi Tenggara': ['Kota Kendari', 'Kota Baubau', 'Kabupaten Konawe', 'Kabupaten Kolaka', 'Kabupaten Muna', 'Kabupaten Wakatobi'],
  Maluku: ['Kota Ambon', 'Kota Tual', 'Kabupaten Maluku Tengah', 'Kabupaten Seram Bagian Barat', 'Kabupaten Kepulauan Aru', 'Kabupaten Buru'],
  'Maluku Utara': ['Kota Ternate', 'Kota Tidore Kepulauan', 'Kabupaten Halmahera Utara', 'Kabupaten Halmahera Barat', 'Kabupaten Kepulauan Sula'],
  Papua: ['Kota Jayapura', 'Kabupaten Jayapura', 'Kabupaten Biak Numfor', 'Kabupaten Keerom', 'Kabupaten Sarmi', 'Kabupaten Kepulauan Yapen'],
  'Papua Barat': ['Kabupaten Manokwari', 'Kabupaten Fakfak', 'Kabupaten Kaimana', 'Kabupaten Teluk Bintuni', 'Kabupaten Teluk Wondama'],
  'Papua Barat Daya': ['Kota Sorong', 'Kabupaten Sorong', 'Kabupaten Raja Ampat', 'Kabupaten Sorong Selatan', 'Kabupaten Maybrat'],
  'Papua Tengah': ['Kabupaten Nabire', 'Kabupaten Mimika', 'Kabupaten Paniai', 'Kabupaten Dogiyai', 'Kabupaten Puncak Jaya'],
  'Papua Pegunungan': ['Kabupaten Jayawijaya', 'Kabupaten Lanny Jaya', 'Kabupaten Tolikara', 'Kabupaten Yahukimo', 'Kabupaten Pegunungan Bintang'],
  'Papua Selatan': ['Kabupaten Merauke', 'Kabupaten Boven Digoel', 'Kabupaten Mappi', 'Kabupaten Asmat'],
};

export const PROVINCES: readonly string[] = Object.keys(REGENCIES_BY_PROVINCE);

/** Every regency/city with its province, flattened once for uniform picks. */
export const REGENCIES: readonly { province: string; regency: string }[] = PROVINCES.flatMap((province) =>
  (REGENCIES_BY_PROVINCE[province] ?? []).map((regency) => ({ province, regency })),
);

/** Generic place words for sentences: below the regency level. */
export const LOCAL_UNITS = ['desa', 'kelurahan', 'kecamatan', 'dusun', 'nagari', 'gampong', 'kampung', 'RT/RW', 'pulau kecil', 'wilayah pesisir'] as const;
