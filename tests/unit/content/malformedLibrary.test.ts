import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLibrary, formatProblem } from '../../../build/content/compile';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'malformed');

/** One expected report line per malformed file: where, and (part of) what is wrong. */
const EXPECTED: [string, string][] = [
  ['panduan/biner.md:1', 'berkas biner'],
  ['panduan/front-matter-daftar.md:1', 'front matter harus berupa pasangan kunci: nilai'],
  ['panduan/id-tidak-sah.md:2', '"id" tidak sesuai format'],
  ['panduan/jenis-asing.md:3', 'jenis dokumen tidak dikenal: "article"'],
  ['panduan/tanpa-front-matter.md:1', 'front matter YAML tidak ditemukan'],
  ['panduan/tanpa-jenis.md:1', 'kunci wajib "type" tidak ada'],
  ['panduan/tanpa-judul.md:1', 'kunci wajib "title" tidak ada'],
  ['panduan/tidak-ditutup.md:1', 'front matter tidak ditutup'],
  ['panduan/yaml-rusak.md:5', 'YAML tidak valid: Missing closing "quote'],
  ['panduan/z-id-ganda.md:2', 'id "panduan-baik" sudah dipakai oleh panduan/panduan-baik.md'],
  ['praktik/kunci-asing.md:5', 'kunci tidak dikenal: sumary'],
  ['praktik/kunci-asing.md:1', 'kunci wajib "summary" tidak ada'],
  ['praktik/sektor-asing.md:13', 'nilai "antariksa" tidak dikenal untuk "sector"'],
  ['praktik/status-asing.md:14', 'nilai "aktif" tidak dikenal untuk "status"; pilihan: berlanjut, vakum'],
  ['praktik/tahun-teks.md:12', '"year" harus berjenis number, bukan string'],
  ['praktik/tanggal-salah.md:7', 'tanggal harus berformat YYYY-MM-DD'],
  ['praktik/wilayah-kurang.md:8', 'kunci wajib "region.province" tidak ada'],
  ['panduan/gambar-daring.md:8', 'gambar harus berkas lokal'],
  ['panduan/gambar-hilang.md:10', 'gambar tidak ditemukan: ../assets/hilang.png'],
  ['panduan/tautan-bagian-rusak.md:8', 'tautan ke bagian yang tidak ada: [[panduan-baik#bagian-hilang]]'],
  ['panduan/tautan-javascript.md:8', 'skema tautan tidak diizinkan: javascript:alert(1)'],
  ['panduan/tautan-relatif-rusak.md:8', 'tautan ke berkas yang tidak ada: ../panduan/tidak-ada.md'],
  ['panduan/tautan-rusak.md:9', 'tautan ke dokumen yang tidak ada: [[dokumen-hilang]]'],
  ['praktik/bagian-kurang.md:16', 'bagian wajib profil praktik tidak ada: Dampak'],
  ['praktik/judul-h1.md:16', 'judul tingkat 1 (#) tidak dipakai'],
  ['praktik/nama-berkas-lain.md:2', 'nama berkas harus sama dengan id: nama-berbeda.md'],
  ['praktik/urutan-salah.md:16', 'urutan bagian harus: Ringkasan, Masalah'],
  ['panduan/html-mentah.md:10', 'HTML mentah tidak dipakai di isi; tulis dengan Markdown: <div class="kotak">Kotak buatan sendiri</div>'],
  ['panduan/html-mentah.md:12', 'HTML mentah tidak dipakai di isi; tulis dengan Markdown: <span style="color:red">'],
  ['panduan/html-mentah.md:14', 'HTML mentah tidak dipakai di isi; tulis dengan Markdown: <img src="https://contoh.invalid/x.png">'],
  ['panduan/html-mentah.md:18', 'HTML mentah tidak dipakai di isi; tulis dengan Markdown: <b>'],
  ['panduan/html-mentah.md:20', 'HTML mentah tidak dipakai di isi; tulis dengan Markdown: <!-- catatan penulis yang tersembunyi -->'],
  ['panduan/kutipan-bertingkat.md:11', 'Markdown bertingkat terlalu dalam untuk diolah'],
  ['praktik/keberlanjutan-tanpa-subjudul.md:28', 'bagian Keberlanjutan perlu subjudul ### Anggaran, ### SDM'],
];

describe('the content report on a folder of malformed documents', async () => {
  const library = await compileLibrary(fixtures);
  const lines = library.problems.map(formatProblem);

  it('covers at least 20 different malformed documents', () => {
    expect(new Set(EXPECTED.map(([where]) => where.split(':')[0])).size).toBeGreaterThanOrEqual(20);
  });

  it.each(EXPECTED)('reports %s: %s', (where, what) => {
    expect(lines.filter((line) => line.startsWith(`${where}: `) && line.includes(what))).toHaveLength(1);
  });

  it('reports nothing it was not asked to', () => {
    expect(lines).toHaveLength(EXPECTED.length);
  });

  it('still builds the good documents, and keeps documents whose only fault is a link or a layout rule', () => {
    const ids = library.documents.map((d) => d.meta.id).sort();
    expect(ids).toContain('praktik-baik');
    expect(ids).toContain('panduan-baik');
    expect(ids).toContain('tautan-rusak');
    expect(ids).not.toContain('jenis-asing');
    expect(ids).not.toContain('sektor-asing');
    expect(library.documents.filter((d) => d.meta.id === 'panduan-baik')).toHaveLength(1);
  });

  it('keeps a document marked cannot process, as its escaped text, and indexes its words', () => {
    const deep = library.documents.find((d) => d.meta.id === 'kutipan-bertingkat')!;
    expect(deep.html).toContain('<p class="plain-text">## Bagian<br>\nParagraf pembuka yang masih biasa.</p>');
    // (a boolean, so a failure does not print 80,000 characters)
    expect(deep.html.includes(`<p class="plain-text">${'&gt;'.repeat(20_000)}</p>`)).toBe(true);
    expect(deep.html).not.toContain('<blockquote');
    expect(deep.sections.map((s) => s.text).join(' ')).toContain('kutipanbertingkat');
  });

  it('resolves the good cross-link and image to app routes', () => {
    const good = library.documents.find((d) => d.meta.id === 'praktik-baik')!;
    expect(good.html).toContain('href="#/dokumen/panduan-baik?bagian=langkah-1-siapkan-tim"');
    expect(good.html).toContain('src="./__content/assets/bagan.svg"');
  });

  it('shows a broken link as struck-through text, never as a dead link', () => {
    const broken = library.documents.find((d) => d.meta.id === 'tautan-rusak')!;
    expect(broken.html).toContain('<span class="broken-link">dokumen-hilang</span>');
    const js = library.documents.find((d) => d.meta.id === 'tautan-javascript')!;
    expect(js.html).not.toContain('javascript:');
  });
});
