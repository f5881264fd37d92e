import { describe, expect, it } from 'vitest';
import { compileFolder, compileOne, SOURCE } from './folderFixture';

const BUNDLED = [{ id: 'pelayanan-ktp', title: 'Pelayanan KTP Keliling' }];
const htmlOf = (result: { document?: { html: string } }) => result.document?.html ?? '';

describe('links in a user folder: Obsidian [[wiki links]] and relative Markdown links', () => {
  const folder = {
    'SOP/Pelayanan KTP.md': '# Pelayanan KTP\n\n## Persyaratan\n\nFotokopi KK.',
    'Rapat/Catatan Rapat.md': '---\ntitle: Rapat Mingguan Januari\n---\nIsi rapat.',
    'Beranda.md': [
      'Lihat [[Pelayanan KTP]], [[pelayanan ktp.md|SOP KTP]] dan [[Pelayanan KTP#Persyaratan]].',
      'Judul juga bisa: [[Rapat Mingguan Januari]].',
      'Relatif: [catatan](Rapat/Catatan%20Rapat.md) dan [syarat](<SOP/Pelayanan KTP.md#Persyaratan>).',
      'Bawaan: [[pelayanan-ktp]] dan [[Pelayanan KTP Keliling|praktik bawaan]].',
      'Belum ditulis: [[Rencana Tahun Depan]] dan [hilang](tidak-ada.md).',
    ].join('\n\n'),
  };
  const html = htmlOf(compileFolder(folder, { bundled: BUNDLED })['Beranda.md'] ?? {});

  it('resolves [[Nama file]] by file name, case-insensitive, with or without .md, to the document key route', () => {
    expect(html).toContain(`<a href="#/dokumen/${SOURCE}~sop-pelayanan-ktp" class="doc-link">Pelayanan KTP</a>`);
    expect(html).toContain(`<a href="#/dokumen/${SOURCE}~sop-pelayanan-ktp" class="doc-link">SOP KTP</a>`);
  });

  it('opens [[Nama file#Judul]] at that section', () => {
    expect(html).toContain(`<a href="#/dokumen/${SOURCE}~sop-pelayanan-ktp?bagian=persyaratan" class="doc-link">Pelayanan KTP › Persyaratan</a>`);
  });

  it('resolves a link by the title written in front matter', () => {
    expect(html).toContain(`<a href="#/dokumen/${SOURCE}~rapat-catatan-rapat" class="doc-link">Rapat Mingguan Januari</a>`);
  });

  it('resolves relative Markdown links, URL-encoded or in angle brackets, with a section', () => {
    expect(html).toContain(`<a href="#/dokumen/${SOURCE}~rapat-catatan-rapat" class="doc-link">catatan</a>`);
    expect(html).toContain(`<a href="#/dokumen/${SOURCE}~sop-pelayanan-ktp?bagian=persyaratan" class="doc-link">syarat</a>`);
  });

  it('falls back to the bundled library by id or title (bundled documents keep their plain id)', () => {
    expect(html).toContain('<a href="#/dokumen/pelayanan-ktp" class="doc-link">Pelayanan KTP Keliling</a>');
    expect(html).toContain('<a href="#/dokumen/pelayanan-ktp" class="doc-link">praktik bawaan</a>');
  });

  it('shows a link to a page not written yet as plain text marked unresolved, not as a link, and reports nothing', () => {
    expect(html).toContain('<span class="unresolved-link" title="Rencana Tahun Depan">Rencana Tahun Depan</span>');
    expect(html).toContain('<span class="unresolved-link" title="tidak-ada.md">hilang</span>');
    expect(html).not.toContain('href="tidak-ada.md"');
    expect(compileFolder(folder, { bundled: BUNDLED })['Beranda.md']?.problems).toEqual([]);
  });

  it('prefers a document of the same folder over the bundled library and over a same-named file elsewhere', () => {
    const results = compileFolder(
      {
        'A/Pelayanan KTP.md': 'di A',
        'B/Pelayanan KTP.md': 'di B',
        'B/Indeks.md': '[[Pelayanan KTP]]',
        'A/Indeks.md': '[[Pelayanan KTP]]',
      },
      { bundled: [{ id: 'x', title: 'Pelayanan KTP' }] },
    );
    expect(htmlOf(results['B/Indeks.md'] ?? {})).toContain(`#/dokumen/${SOURCE}~b-pelayanan-ktp"`);
    expect(htmlOf(results['A/Indeks.md'] ?? {})).toContain(`#/dokumen/${SOURCE}~a-pelayanan-ktp"`);
  });

  it('links within the same document with [[#Judul]]', () => {
    expect(htmlOf(compileOne('x.md', '## Langkah Dua\n\nLihat [[#Langkah Dua|di atas]].'))).toContain('<a href="#langkah-dua">di atas</a>');
  });

  it('shows a link to a site or a mail address as it is, and another scheme as unresolved text', () => {
    const out = htmlOf(compileOne('x.md', '[situs](https://jdih.go.id) [surat](mailto:a@b.go.id) [berkas](file:///C:/rahasia.txt)'));
    expect(out).toContain('<a href="https://jdih.go.id" class="external-link" rel="noreferrer">situs</a>');
    expect(out).toContain('<a href="mailto:a@b.go.id" class="external-link" rel="noreferrer">surat</a>');
    expect(out).toContain('<span class="unresolved-link" title="file:///C:/rahasia.txt">berkas</span>');
  });
});

describe('two files with the same id', () => {
  it('compiles the first (in path order) and reports the second as "id sama dengan berkas X", at its id line', () => {
    const results = compileFolder({
      'b/kedua.md': '---\ntitle: Kedua\nid: sop-ktp\n---\nIsi kedua.',
      'a/pertama.md': '---\nid: sop-ktp\n---\nIsi pertama.',
    });
    expect(results['a/pertama.md']?.document?.meta.id).toBe(`${SOURCE}~sop-ktp`);
    expect(results['b/kedua.md']?.document).toBeUndefined();
    expect(results['b/kedua.md']?.problems).toEqual([
      {
        file: 'b/kedua.md',
        line: 3,
        message: { id: expect.stringContaining('id sama dengan berkas a/pertama.md'), en: expect.stringContaining('Same id as the file a/pertama.md') },
      },
    ]);
  });

  it('also catches two paths that make the same slug (`SOP KTP.md` and `sop-ktp.md`)', () => {
    const results = compileFolder({ 'sop-ktp.md': 'a', 'SOP KTP.md': 'b' });
    const compiled = Object.values(results).filter((r) => r.document);
    expect(compiled).toHaveLength(1);
    expect(results['sop-ktp.md']?.problems[0]?.message.id).toContain('id sama dengan berkas SOP KTP.md');
  });
});
