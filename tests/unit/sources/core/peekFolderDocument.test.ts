import { describe, expect, it } from 'vitest';
import { peekFolderDocument } from '../../../../core/sources/peekFolderDocument';
import { compileOne, SOURCE } from './folderFixture';

describe('peekFolderDocument: id and title of a file before anything is rendered', () => {
  it('takes the id from a slug of the path and the title from the first # heading', () => {
    expect(peekFolderDocument('SOP/Pelayanan KTP.md', 'Pengantar singkat.\n\n# Pelayanan **KTP** Keliling\n\nIsi.')).toEqual({
      id: 'sop-pelayanan-ktp',
      title: 'Pelayanan KTP Keliling',
    });
  });

  it('makes the file name readable when there is no heading', () => {
    expect(peekFolderDocument('catatan_rapat-2024.md', 'Hanya isi.')).toEqual({ id: 'catatan-rapat-2024', title: 'Catatan rapat 2024' });
  });

  it('does not take a heading inside a code block as the title', () => {
    expect(peekFolderDocument('kode.md', '```\n# bukan judul\n```\n\n# Judul Sebenarnya\n').title).toBe('Judul Sebenarnya');
  });

  it('uses the front matter id and title when given, quoted or plain', () => {
    const text = '---\nid: sop-ktp\ntitle: "Standar: Pelayanan KTP" # resmi\n---\n# Judul Lain\n';
    expect(peekFolderDocument('SOP/apa saja.md', text)).toEqual({ id: 'sop-ktp', title: 'Standar: Pelayanan KTP' });
    expect(peekFolderDocument('x.md', "---\ntitle: 'Rapat ''penting'''\n---\n").title).toBe("Rapat 'penting'");
  });

  it('reads a folded multi-line title through the YAML parser', () => {
    expect(peekFolderDocument('x.md', '---\ntitle: >-\n  Panduan Panjang\n  Dua Baris\n---\nIsi').title).toBe('Panduan Panjang Dua Baris');
  });

  it('ignores an id that is not a valid slug and falls back to the path', () => {
    expect(peekFolderDocument('Laporan/Triwulan I.md', '---\nid: Laporan Triwulan!\n---\n').id).toBe('laporan-triwulan-i');
  });

  it('gives Windows-style, accented and non-Latin file names a usable id and title', () => {
    expect(peekFolderDocument('Arsip\\Évaluasi Ünit.md', 'x')).toEqual({ id: 'arsip-evaluasi-unit', title: 'Évaluasi Ünit' });
    const japanese = peekFolderDocument('資料/会議.md', '本文');
    expect(japanese.title).toBe('会議');
    expect(japanese.id).toMatch(/^dokumen-[0-9a-f]{8}$/);
    expect(peekFolderDocument('資料/別.md', '本文').id).not.toBe(japanese.id);
  });

  it('keeps ids within 120 characters and keeps two long names that share a beginning apart', () => {
    const long = 'Sangat panjang '.repeat(20);
    const a = peekFolderDocument(`${long}A.md`, 'x').id;
    const b = peekFolderDocument(`${long}B.md`, 'x').id;
    expect(a.length).toBeLessThanOrEqual(120);
    expect(a).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(a).not.toBe(b);
  });

  it('treats a file that starts with a horizontal rule (--- never closed) as having no front matter', () => {
    expect(peekFolderDocument('garis.md', '---\n# Judul Setelah Garis\n')).toEqual({ id: 'garis', title: 'Judul Setelah Garis' });
  });

  it('still answers for YAML the parser rejects (the compile step reports it)', () => {
    expect(peekFolderDocument('rusak.md', '---\ntitle: [belum ditutup\n---\n# Judul\n')).toEqual({ id: 'rusak', title: 'Judul' });
  });
});

describe('peekFolderDocument agrees with compileFolderDocument', () => {
  it.each([
    ['id: 2024\ntitle: 2024', 'laporan-2024'],
    ['id: null\ntitle: ~', 'laporan-2024'],
    ['id: "sop-ktp"\ntitle: "Judul"', 'sop-ktp'],
    ['id: sop-ktp # komentar\ntitle: Judul # komentar', 'sop-ktp'],
  ])('on the id and title of front matter %j', (front, id) => {
    const text = `---\n${front}\n---\n# Dari Judul\n`;
    const peeked = peekFolderDocument('Laporan 2024.md', text);
    const meta = compileOne('Laporan 2024.md', text).document?.meta;
    expect(peeked.id).toBe(id);
    expect(meta?.id).toBe(`${SOURCE}~${peeked.id}`);
    expect(meta?.title).toBe(peeked.title);
  });
});
