import { describe, expect, it } from 'vitest';
import { compileOne, SOURCE } from './folderFixture';

const ASSET_URL = `./__sources/${SOURCE}/assets/`;

describe('images and embeds in a user folder', () => {
  it('serves ![[gambar.png]] and relative images from the source asset cache and lists exactly those assets', () => {
    const result = compileOne('SOP/Pelayanan KTP.md', [
      'Alur: ![[alur layanan.png]]',
      '',
      '![Denah loket](../gambar/denah%20loket.jpg) ![Logo](<img/logo dinas.svg>)',
      '',
      'Berkas [denah besar](../gambar/denah%20loket.jpg).',
    ].join('\n'));
    const html = result.document?.html ?? '';
    expect(html).toContain(`<img src="${ASSET_URL}SOP/alur%20layanan.png" alt="alur layanan.png" loading="lazy">`);
    expect(html).toContain(`<img src="${ASSET_URL}gambar/denah%20loket.jpg" alt="Denah loket" loading="lazy">`);
    expect(html).toContain(`<img src="${ASSET_URL}SOP/img/logo%20dinas.svg" alt="Logo" loading="lazy">`);
    expect(html).toContain(`<a href="${ASSET_URL}gambar/denah%20loket.jpg">denah besar</a>`);
    expect(result.assets.sort()).toEqual(['SOP/alur layanan.png', 'SOP/img/logo dinas.svg', 'gambar/denah loket.jpg']);
    expect(result.problems).toEqual([]);
  });

  it('finds an embedded image by name anywhere in the folder when the indexer lists the folder files (as Obsidian does)', () => {
    const result = compileOne('Catatan/Rapat.md', '![[foto kegiatan.webp|320]]', { assetFiles: ['Lampiran/foto kegiatan.webp', 'Lain/x.png'] });
    expect(result.document?.html).toContain(`<img src="${ASSET_URL}Lampiran/foto%20kegiatan.webp" alt="foto kegiatan.webp" width="320" loading="lazy">`);
    expect(result.assets).toEqual(['Lampiran/foto kegiatan.webp']);
  });

  it('reports an image the folder does not have (when the folder files are known), with its line', () => {
    const result = compileOne('a.md', 'Pembuka.\n\n![[hilang.png]]', { assetFiles: ['ada.png'] });
    expect(result.document?.html).toContain('<span class="unresolved-link" title="hilang.png">hilang.png</span>');
    expect(result.assets).toEqual([]);
    expect(result.problems).toEqual([
      { file: 'a.md', line: 3, message: { id: 'Gambar "hilang.png" tidak ditemukan di folder sumber.', en: 'The image "hilang.png" was not found in the source folder.' } },
    ]);
  });

  it('refuses paths that climb out of the folder with .., reports them with file:line, and copies nothing for them', () => {
    const result = compileOne('SOP/a.md', [
      '# Judul',
      '',
      '![rahasia](../../rahasia.png)',
      '',
      '![[../../../etc/kunci.png]]',
      '',
      '[dokumen luar](../../luar.md)',
    ].join('\n'));
    const html = result.document?.html ?? '';
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="../');
    expect(result.assets).toEqual([]);
    expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.message.id}`)).toEqual([
      'SOP/a.md:3: Tautan atau gambar "../../rahasia.png" menunjuk ke luar folder sumber, sehingga tidak ditampilkan.',
      'SOP/a.md:5: Tautan atau gambar "../../../etc/kunci.png" menunjuk ke luar folder sumber, sehingga tidak ditampilkan.',
      'SOP/a.md:7: Tautan atau gambar "../../luar.md" menunjuk ke luar folder sumber, sehingga tidak ditampilkan.',
    ]);
  });

  it('allows .. that stays inside the folder', () => {
    const result = compileOne('A/B/c.md', '![x](../../gambar/x.png)');
    expect(result.assets).toEqual(['gambar/x.png']);
    expect(result.problems).toEqual([]);
  });

  it('shows a remote image as its text (the app loads nothing from the network) and copies nothing', () => {
    const result = compileOne('a.md', '![Peta kantor](https://example.org/peta.png)');
    expect(result.document?.html).toContain('<span class="unresolved-link" title="https://example.org/peta.png">Peta kantor</span>');
    expect(result.assets).toEqual([]);
  });

  it('embeds another note as a link to it, and leaves embedded non-image files as plain text', () => {
    const result = compileOne('a.md', '![[a]] ![[laporan.pdf]]');
    expect(result.document?.html).toContain(`<a href="#/dokumen/${SOURCE}~a" class="doc-link">A</a>`);
    expect(result.document?.html).toContain('<span class="unresolved-link" title="laporan.pdf">laporan.pdf</span>');
    expect(result.assets).toEqual([]);
  });

  it('does not index an embedded image name as words of the document', () => {
    const result = compileOne('a.md', 'Kata unik.\n\n![[grafik-xyz.png]]');
    expect(result.document?.sections.map((s) => s.text).join(' ')).not.toContain('grafik');
  });
});
