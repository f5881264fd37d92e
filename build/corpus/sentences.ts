/**
 * Sentence templates by topic. Each template fills its slots from the Writer, so the same template
 * yields different, inflected sentences (pelayanan, dikelola, keberlanjutan, inovasi-inovasi…).
 */
import { capitalise as cap } from './morphology';
import type { Writer } from './writer';

export type Topic =
  | 'ringkasan' | 'masalah' | 'inovasi' | 'cara' | 'dampak' | 'pentahelix' | 'regulasi' | 'anggaran' | 'sdm'
  | 'replikasi' | 'pelajaran' | 'umum' | 'panduan' | 'seminar';

type Template = (w: Writer) => string;

const QUALITIES = ['cepat', 'mudah', 'murah', 'dekat', 'terbuka', 'tepat sasaran', 'pasti', 'ramah'] as const;
const CHANNELS = ['aplikasi pesan', 'formulir daring', 'buku register', 'dasbor bersama', 'telepon', 'papan informasi desa', 'radio komunitas'] as const;
const SKM_ELEMENTS = ['kemudahan prosedur', 'waktu pelayanan', 'kompetensi petugas', 'biaya', 'sarana dan prasarana', 'penanganan pengaduan'] as const;

const BANK: Record<Topic, readonly Template[]> = {
  ringkasan: [
    (w) => `${w.subject.short} adalah inovasi ${w.profile.label.toLowerCase()} yang ${w.verb('general')} ${w.service()} bagi ${w.beneficiary()} di ${w.region()}.`,
    (w) => `Inovasi ini ${w.pick(['dikembangkan', 'dirintis', 'diluncurkan', 'dijalankan'])} oleh ${w.subject.agency} sejak ${w.year()} dan menyasar ${w.beneficiary()} yang selama ini sulit ${w.pick(['dijangkau', 'terlayani', 'terdata'])}.`,
    (w) => `Tujuannya sederhana: ${w.peNan()} ${w.service()} menjadi lebih ${w.pick(QUALITIES)} bagi ${w.beneficiary()}.`,
    (w) => `Dalam ${w.num(2, 5)} tahun pertama, sekitar ${w.count(300, 9000)} ${w.beneficiary()} telah ${w.passive('person')} melalui ${w.subject.short}.`,
    (w) => `Kasus ini disusun sebagai contoh ilustratif tentang ${w.abstractNoun()} dan ${w.abstractNoun()} di tingkat ${w.local()}.`,
    (w) => `Intinya adalah memindahkan ${w.service()} dari kantor dinas ke ${w.local()}, dekat dengan ${w.beneficiary()}.`,
  ],
  masalah: [
    (w) => `Sebelum inovasi ini, ${w.problem()} menjadi keluhan utama ${w.beneficiary()} di ${w.local()}.`,
    (w) => `Data ${w.agencyShort()} tahun ${w.year(-1)} menunjukkan bahwa hanya ${w.percent(15, 60)} persen ${w.beneficiary()} yang ${w.pick(['terjangkau', 'terlayani', 'tercakup'])} oleh layanan ${w.service()}.`,
    (w) => `Warga harus menempuh jarak ${w.num(5, 90)} kilometer ke ibu kota kabupaten hanya untuk ${w.peNan()} ${w.object()}.`,
    (w) => `${w.connector()} ${w.keAn()} ${w.beneficiary()} masih rendah karena ${w.problem()}.`,
    (w) => `Petugas ${w.verb()} ${w.object()} secara manual, sehingga ${w.peNan()} sering ${w.ter(false)} dan ${w.problem()} luput dari perhatian.`,
    (w) => `Keluhan yang masuk ke kanal pengaduan ${w.agencyShort()} naik dari ${w.num(10, 40)} menjadi ${w.num(45, 160)} laporan per bulan.`,
    (w) => `Masalahnya bukan semata kekurangan anggaran, melainkan ${w.problem()} dan lemahnya ${w.peNan()} antar-OPD.`,
    (w) => `Di banyak ${w.local()}, ${w.redup()} yang jauh dari pusat layanan menghadapi ${w.problem()}.`,
  ],
  inovasi: [
    (w) => `${w.subject.short} ${w.pick(['menyatukan', 'memadukan', 'mengintegrasikan'])} ${w.object()} dan ${w.service()} ke dalam satu alur yang ${w.ter()}.`,
    (w) => `Gagasan utamanya adalah ${w.peNan()} yang ${w.berGood()}: ${w.actor()} datang ke ${w.local()} ${w.freq()}, bukan warga yang datang ke kantor.`,
    (w) => `Inovasi ini bertumpu pada ${w.object()} yang sudah ada, sehingga biaya awalnya kecil.`,
    (w) => `Berbeda dengan layanan sebelumnya, ${w.service()} kini ${w.pick(['dijalankan', 'diselenggarakan', 'dibuka', 'dilayani'])} ${w.freq()} oleh ${w.actor()}.`,
    (w) => `${cap(w.agencyShort())} tidak membangun sistem baru; yang diubah adalah ${w.peNan()} dan ${w.peNan()} di garis depan.`,
    (w) => `Setiap ${w.beneficiary().split(' ')[0]} yang datang ${w.passive('person')} dalam satu kali kunjungan, tanpa harus kembali ke kantor lain.`,
    (w) => `${w.subject.short} ${w.verb('general')} ${w.service()} dengan ${w.verb('person')} ${w.beneficiary()} langsung di ${w.local()}.`,
  ],
  cara: [
    (w) => `${cap(w.actor())} ${w.verb()} ${w.object()} lalu ${w.pick(['melaporkan', 'menyampaikan', 'mengirimkan'])} hasilnya kepada ${w.actor()}.`,
    (w) => `${cap(w.object())} ${w.passive()} ${w.freq()} melalui ${w.pick(CHANNELS)}.`,
    (w) => `Bila ${w.object()} belum lengkap, ${w.actor()} ${w.verb('person')} ${w.beneficiary()} dalam ${w.num(1, 3)} hari kerja.`,
    (w) => `Setiap permohonan ${w.pick(['diproses', 'diverifikasi', 'diselesaikan', 'ditindaklanjuti'])} paling lambat ${w.num(1, 7)} hari kerja setelah berkas diterima.`,
    (w) => `${cap(w.actor())} mencatat setiap ${w.peNan()} dalam ${w.object()} agar mudah ${w.passive()} saat rapat bulanan.`,
    (w) => `Hasilnya ${w.pick(['dikirimkan', 'disampaikan', 'diantar'])} ke ${w.local()} ${w.freq()}, dan warga mendapat kabar melalui ${w.pick(CHANNELS)}.`,
  ],
  dampak: [
    (w) => `${cap(w.indicator())} naik dari ${w.percent(20, 55)} persen pada ${w.year()} menjadi ${w.percent(60, 97)} persen pada ${w.year(2)} (angka ilustratif).`,
    (w) => `Waktu ${w.peNan()} ${w.object()} turun dari ${w.num(7, 30)} hari menjadi ${w.num(1, 6)} hari.`,
    (w) => `Survei kepuasan masyarakat menunjukkan nilai ${w.num(76, 92)},${w.num(0, 9)} pada unsur ${w.pick(SKM_ELEMENTS)}.`,
    (w) => `${w.connector()} ${w.keAn()} ${w.beneficiary()} ${w.pick(['membaik', 'meningkat', 'lebih terjaga'])} karena ${w.peNan()} kini ${w.berGood()}.`,
    (w) => `Sebanyak ${w.count(120, 15000)} ${w.beneficiary()} di ${w.num(3, 40)} ${w.local()} kini ${w.pick(['terlayani', 'terdata', 'terjangkau'])} oleh layanan ini.`,
    (w) => `Biaya yang dikeluarkan warga untuk transportasi berkurang rata-rata Rp ${w.count(20, 250)} ribu per urusan.`,
    (w) => `Bagi ${w.agencyShort()}, dampaknya terasa pada ${w.peNan()} yang lebih tertib dan ${w.object()} yang lebih mutakhir.`,
  ],
  pentahelix: [
    (w) => `Peran setiap pihak ${w.pick(['dituangkan', 'diatur', 'ditetapkan'])} dalam ${w.pick(['nota kesepakatan', 'perjanjian kerja sama', 'surat keputusan bersama'])} yang ditandatangani pada ${w.year()}.`,
    (w) => `Forum pentahelix bertemu ${w.freq()} untuk ${w.verb()} ${w.object()} dan ${w.pick(['membahas', 'menyelesaikan', 'memetakan'])} kendala di lapangan.`,
    (w) => `Keterlibatan mitra nonpemerintah membuat ${w.peNan()} tidak bergantung pada satu OPD saja.`,
  ],
  regulasi: [
    (w) => `${w.regulation()} Nomor ${w.num(2, 90)} Tahun ${w.year(w.num(0, 2))} ${w.pick(['menetapkan', 'mengatur'])} ${w.peNan()} ${w.subject.short} sebagai layanan rutin.`,
    (w) => `Standar pelayanan dan SOP ${w.pick(['disusun', 'dirumuskan'])} bersama ${w.actor()} dan ${w.pick(['diumumkan', 'ditempel', 'disosialisasikan'])} di setiap ${w.local()}.`,
    (w) => `Tanpa dasar hukum, ${w.peNan()} mudah berhenti ketika pimpinan berganti.`,
  ],
  anggaran: [
    (w) => `Biaya awal sekitar Rp ${w.count(25, 450)} juta, sedangkan biaya rutin sekitar Rp ${w.count(10, 200)} juta per tahun ditanggung ${w.funding()}.`,
    (w) => `Sebagian kebutuhan ${w.pick(['dibiayai', 'dipenuhi', 'ditopang'])} melalui ${w.funding()} dan dukungan ${w.funding()}.`,
    (w) => `Pos anggaran ${w.peNan()} kini tercantum dalam ${w.pick(['DPA', 'RKA', 'Renja', 'RKPDes'])} ${w.agencyShort()}.`,
  ],
  sdm: [
    (w) => `${cap(w.actor())} ${w.pick(['mendapat pelatihan', 'dilatih ulang', 'didampingi mentor'])} ${w.freq()} agar ${w.peNan()} tidak terhenti saat terjadi mutasi.`,
    (w) => `Setiap ${w.local()} menunjuk ${w.num(1, 4)} ${w.agent()} cadangan yang memahami ${w.object()}.`,
    (w) => `Pengetahuan petugas ${w.pick(['dicatat', 'dituangkan', 'didokumentasikan'])} dalam ${w.object()} sehingga petugas baru cepat menyesuaikan diri.`,
  ],
  replikasi: [
    (w) => `Inovasi ini telah direplikasi di ${w.otherRegency()} dan ${w.otherRegency()} dengan penyesuaian pada ${w.peNan()}.`,
    (w) => `Daerah yang ingin meniru perlu ${w.verb()} ${w.object()} lebih dulu dan memastikan ${w.keAn()} ${w.beneficiary()}.`,
    (w) => `Replikasi paling berhasil di daerah yang jaringan internetnya stabil dan memiliki ${w.actor()} yang aktif.`,
  ],
  pelajaran: [
    (w) => `${w.connector()} ${w.peNan()} yang ${w.berGood()} lebih penting daripada aplikasi yang canggih.`,
    (w) => `Tim belajar bahwa ${w.object()} harus ${w.passive()} sejak awal, bukan setelah masalah muncul.`,
    (w) => `${cap(w.redup())} yang berhasil biasanya dimulai dari satu ${w.local()} dan ${w.pick(['diperluas', 'direplikasi', 'dikembangkan'])} bertahap.`,
    (w) => `Tanpa ${w.keAn()} ${w.beneficiary()}, ${w.peNan()} hanya akan menjadi kegiatan seremonial.`,
  ],
  umum: [
    (w) => `${w.connector()} ${w.actor()} ${w.verb()} ${w.object()} ${w.freq()}.`,
    (w) => `Hal ini sejalan dengan arah pembinaan inovasi pelayanan publik: inovasi harus ${w.berGood()}, ${w.ter()}, dan dapat direplikasi.`,
    (w) => `Pada ${w.year(1)}, ${w.agencyShort()} ${w.verb()} ${w.object()} bersama ${w.num(3, 12)} OPD lain.`,
    (w) => `${cap(w.abstractNoun())} menjadi perhatian utama dalam rapat evaluasi ${w.freq()}.`,
    (w) => `Dalam forum JIPP, ${w.subject.short} sering ${w.pick(['disebut', 'dibahas', 'dipaparkan'])} sebagai contoh ${w.abstractNoun()}.`,
    (w) => `${w.connector()} ${w.agencyShort()} ${w.ber()} dengan ${w.actor()} untuk ${w.verb('person')} ${w.beneficiary()}.`,
  ],
  panduan: [
    (w) => `Langkah ini memastikan ${w.object()} ${w.passive()} sebelum ${w.peNan()} dimulai.`,
    (w) => `Libatkan ${w.actor()} dan ${w.actor()} sejak awal agar ${w.peNan()} tidak ${w.ter(false)}.`,
    (w) => `Catat hasilnya dalam ${w.object()}; catatan ini dipakai lagi pada tahap ${w.peNan()}.`,
    (w) => `Perkirakan waktu ${w.num(1, 4)} minggu untuk tahap ini, lebih lama bila melibatkan ${w.num(3, 8)} OPD.`,
    (w) => `Jangan ${w.verb()} ${w.object()} tanpa data dasar; perubahan tidak akan dapat ${w.pick(['diukur', 'dibuktikan', 'dibandingkan'])}.`,
  ],
  seminar: [
    (w) => `Pembicara menekankan bahwa ${w.peNan()} harus ${w.berGood()} agar manfaatnya dirasakan ${w.beneficiary()}.`,
    (w) => `Peserta dari ${w.num(4, 30)} kabupaten/kota berbagi pengalaman tentang ${w.abstractNoun()} dan ${w.abstractNoun()}.`,
    (w) => `Sesi diskusi menyoroti ${w.problem()} serta cara ${w.verb()} ${w.object()} secara bersama.`,
    (w) => `Menurut narasumber, ${w.redup()} di daerah perlu ${w.pick(['dihubungkan', 'didokumentasikan', 'dicatat'])} dalam jaringan inovasi agar mudah ditiru.`,
  ],
};

export function sentence(w: Writer, topic: Topic): string {
  return cap(w.pick(BANK[topic])(w));
}

/** Several sentences on one topic, mixed with general ones and the occasional cross-link. */
export function paragraph(w: Writer, topic: Topic, min = 3, max = 6, linkChance = 0.15): string {
  const count = w.num(min, max);
  // Draw templates without replacement so a paragraph does not repeat itself.
  const own = w.rng.sample(BANK[topic], count);
  const general = w.rng.sample(BANK.umum, count);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const template = (w.chance(0.2) ? general[i] : own[i % own.length]) ?? own[0];
    if (template) parts.push(cap(template(w)));
  }
  if (w.chance(linkChance)) {
    const link = w.linkSentence();
    if (link) parts.push(link);
  }
  return parts.join(' ');
}
