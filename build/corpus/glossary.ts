/** The single glossary document (`glosarium`): a `terms:` list in front matter plus a browsable body. */
import { Body, commonFront, inline, q, type PlannedDoc } from './document';
import { capitalise as cap, peNan, keAn, perAn } from './morphology';
import { paragraph } from './sentences';
import { KE_ROOTS, PEN_ROOTS, PER_ROOTS } from './vocabulary';
import type { Writer } from './writer';

/** Domain terms with plain-language definitions, as a civil servant would look them up. */
const TERMS: readonly (readonly [term: string, aliases: readonly string[], definition: string])[] = [
  ['Adminduk', ['administrasi kependudukan'], 'Rangkaian penataan dokumen dan data kependudukan, seperti kartu keluarga, KTP elektronik, dan akta pencatatan sipil.'],
  ['APBD', ['Anggaran Pendapatan dan Belanja Daerah'], 'Rencana keuangan tahunan pemerintah daerah yang menjadi sumber utama biaya rutin inovasi.'],
  ['ASN', ['Aparatur Sipil Negara'], 'Pegawai yang bekerja pada instansi pemerintah, baik pegawai negeri sipil maupun pegawai pemerintah dengan perjanjian kerja.'],
  ['Bappeda', ['Badan Perencanaan Pembangunan Daerah'], 'Perangkat daerah yang mengoordinasikan perencanaan pembangunan dan sering menjadi pembina inovasi daerah.'],
  ['Berlanjut', ['berkembang'], 'Status inovasi yang masih berjalan atau terus berkembang setelah diluncurkan.'],
  ['Data dasar', ['baseline'], 'Kondisi layanan sebelum inovasi dijalankan, yang dipakai sebagai pembanding untuk menunjukkan perubahan.'],
  ['Disdukcapil', ['Dinas Kependudukan dan Pencatatan Sipil'], 'Perangkat daerah yang menyelenggarakan urusan administrasi kependudukan dan pencatatan sipil di kabupaten/kota.'],
  ['DPMPTSP', ['Dinas Penanaman Modal dan PTSP'], 'Perangkat daerah yang mengelola perizinan dan nonperizinan melalui pelayanan terpadu satu pintu.'],
  ['Jemput bola', ['layanan keliling'], 'Cara pelayanan ketika petugas mendatangi warga di desa, sekolah, atau rumah, bukan warga yang datang ke kantor.'],
  ['JIPP', ['Jaringan Inovasi Pelayanan Publik'], 'Jaringan yang menghubungkan pemilik inovasi dengan instansi yang ingin belajar atau mereplikasi.'],
  ['KIPP', ['Kompetisi Inovasi Pelayanan Publik'], 'Kompetisi tahunan Kementerian PANRB untuk menjaring dan mengapresiasi inovasi pelayanan publik.'],
  ['KTP-el', ['KTP elektronik'], 'Kartu tanda penduduk berbasis chip yang diterbitkan Disdukcapil setelah perekaman data biometrik.'],
  ['MPP', ['Mal Pelayanan Publik'], 'Tempat berlangsungnya berbagai layanan dari pemerintah pusat, daerah, BUMN, BUMD, dan swasta dalam satu gedung.'],
  ['NIK', ['Nomor Induk Kependudukan'], 'Nomor identitas tunggal setiap penduduk yang menjadi kunci data kependudukan.'],
  ['OPD', ['Organisasi Perangkat Daerah', 'perangkat daerah'], 'Unit kerja pemerintah daerah, seperti dinas dan badan, yang menyelenggarakan urusan pemerintahan.'],
  ['Pentahelix', ['kolaborasi lima unsur'], 'Kerja sama lima unsur: pemerintah, akademisi, dunia usaha, masyarakat, dan media.'],
  ['Posyandu', ['pos pelayanan terpadu'], 'Kegiatan kesehatan dasar berbasis masyarakat yang dijalankan kader dengan dukungan puskesmas.'],
  ['PTSP', ['pelayanan terpadu satu pintu'], 'Penyelenggaraan perizinan dan nonperizinan yang prosesnya dimulai dan diselesaikan di satu tempat.'],
  ['Puskesmas', ['pusat kesehatan masyarakat'], 'Fasilitas kesehatan tingkat pertama milik pemerintah daerah di tingkat kecamatan.'],
  ['Replikasi', ['peniruan inovasi'], 'Penerapan inovasi yang sudah berhasil di satu instansi oleh instansi lain, dengan penyesuaian seperlunya.'],
  ['SDGs', ['Tujuan Pembangunan Berkelanjutan'], 'Tujuh belas tujuan pembangunan global yang sering dipakai untuk memetakan manfaat sebuah inovasi.'],
  ['SKM', ['survei kepuasan masyarakat'], 'Pengukuran pendapat pengguna layanan tentang unsur-unsur pelayanan, dilakukan secara berkala.'],
  ['SOP', ['standar operasional prosedur'], 'Uraian langkah kerja baku yang membuat layanan berjalan sama walaupun petugasnya berganti.'],
  ['SP4N-LAPOR', ['LAPOR'], 'Sistem pengelolaan pengaduan pelayanan publik nasional yang menghubungkan kanal pengaduan instansi.'],
  ['Uji coba', ['pilot', 'percontohan'], 'Penerapan inovasi pada cakupan terbatas untuk menguji rancangan sebelum diperluas.'],
  ['Vakum', ['berhenti'], 'Status inovasi yang tidak lagi berjalan, misalnya karena anggaran, regulasi, atau SDM tidak tersedia.'],
];

export function buildGlossary(w: Writer, doc: PlannedDoc, seed: number): string {
  const related = (): string[] => {
    const ids = new Set<string>();
    for (let i = w.num(0, 3); i > 0; i--) {
      const target = w.linkTarget();
      if (target) ids.add(target.id);
    }
    return [...ids];
  };
  const entries: { term: string; aliases: readonly string[]; definition: string }[] = TERMS.map(([term, aliases, definition]) => ({ term, aliases, definition }));
  const derived = new Set<string>();
  for (const root of PEN_ROOTS) derived.add(cap(peNan(root)));
  for (const root of KE_ROOTS) derived.add(cap(keAn(root)));
  for (const root of PER_ROOTS) derived.add(cap(perAn(root)));
  for (const term of w.rng.sample([...derived], 40)) {
    entries.push({ term, aliases: [], definition: `Istilah dalam profil praktik untuk ${w.peNan()} ${w.object()}; sering muncul bersama ${w.abstractNoun()} dan ${w.abstractNoun()}.` });
  }
  const key = (term: string) => term.toLowerCase();
  entries.sort((a, b) => (key(a.term) < key(b.term) ? -1 : key(a.term) > key(b.term) ? 1 : 0));

  const front = commonFront(w, doc, 'glossary', 'Daftar istilah inovasi pelayanan publik beserta definisinya: lembaga, singkatan, tahap pembinaan, dan kata turunan yang sering dijumpai ASN dalam profil praktik.', ['glosarium', 'istilah', 'kipp', 'jipp'], seed);
  front.push('terms:');
  const withRelated = entries.map((e) => ({ ...e, related: related() }));
  for (const e of withRelated) {
    front.push(`  - term: ${q(e.term)}`);
    if (e.aliases.length) front.push(`    aliases: ${inline(e.aliases.map(q))}`);
    front.push(`    definition: ${q(e.definition)}`);
    if (e.related.length) front.push(`    related: ${inline(e.related)}`);
  }
  front.push('---');
  const frontText = front.join('\n');

  const body = new Body(frontText.length + 2);
  body.heading(2, 'Tentang Glosarium').add(paragraph(w, 'umum', 2, 3, 0));
  body.heading(2, 'Cara Memakai').add('Cari istilah lewat kolom pencarian atau telusuri menurut abjad di bawah. Setiap istilah menautkan profil praktik dan panduan yang memakainya.');
  let letter = '';
  for (const e of withRelated) {
    const initial = e.term.charAt(0).toUpperCase();
    if (initial !== letter) {
      letter = initial;
      body.heading(3, letter);
    }
    const links = e.related.length ? ` Lihat: ${e.related.map((id) => `[[${id}]]`).join(', ')}.` : '';
    body.add(`**${e.term}**${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}: ${e.definition}${links}`);
  }
  return `${frontText}\n\n${body.toString()}`;
}
