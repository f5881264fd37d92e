import { describe, expect, it } from 'vitest';
import type { LinkContext } from '../../../core/content/links';
import { renderMarkdown } from '../../../core/content/renderMarkdown';
import { markdownToPlainText, splitSections } from '../../../core/content/sections';
import { slugify } from '../../../core/content/slug';

const context: LinkContext = {
  file: 'panduan/contoh.md',
  documents: new Map([['praktik-a', { title: 'Praktik A', slugs: new Set(['dampak']) }]]),
  idByPath: new Map([['praktik/praktik-a.md', 'praktik-a']]),
  assetExists: (p) => p === 'assets/peta.svg',
};

describe('renderMarkdown', () => {
  it('gives headings stable, unique ids and returns the outline', () => {
    const { html, headings } = renderMarkdown('## Cara Kerja\n\n### Langkah\n\n## Cara Kerja');
    expect(headings.map((h) => h.slug)).toEqual(['cara-kerja', 'langkah', 'cara-kerja-1']);
    expect(html).toContain('<h2 id="cara-kerja">Cara Kerja</h2>');
  });

  it('renders GFM tables', () => {
    const { html } = renderMarkdown('| Sebelum | Sesudah |\n| --- | --- |\n| 3 jam | 20 menit |');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>20 menit</td>');
  });

  it('turns task lists into items the reader can tick, with ids from their text', () => {
    const { html } = renderMarkdown('- [ ] Tunjuk ketua tim\n- [x] Susun jadwal');
    expect(html).toContain('<li class="task-item" data-task="tunjuk-ketua-tim">');
    expect(html).toContain('data-task="susun-jadwal"');
    expect(html).not.toContain('<input');
  });

  it('renders footnotes and GitHub-style alerts with Indonesian titles', () => {
    const { html } = renderMarkdown('Teks[^1].\n\n[^1]: Sumber catatan.\n\n> [!WARNING]\n> Hati-hati.');
    expect(html).toContain('catatan-kaki-1');
    expect(html).toContain('Sumber catatan.');
    expect(html).toContain('markdown-alert-warning');
    expect(html).toContain('Peringatan');
  });

  it('resolves wiki links, relative links and images, and reports what it cannot', () => {
    const { html, problems } = renderMarkdown(
      '[[praktik-a]] [[praktik-a#dampak|lihat dampak]] [relatif](../praktik/praktik-a.md) ![Peta](../assets/peta.svg) [[hilang]] [web](https://menpan.go.id/)',
      context,
    );
    expect(html).toContain('<a href="#/dokumen/praktik-a" class="doc-link">Praktik A</a>');
    expect(html).toContain('<a href="#/dokumen/praktik-a?bagian=dampak" class="doc-link">lihat dampak</a>');
    expect(html).toContain('<a href="#/dokumen/praktik-a">relatif</a>');
    expect(html).toContain('src="./__content/assets/peta.svg"');
    expect(html).toContain('class="external-link"');
    expect(problems).toEqual(['tautan ke dokumen yang tidak ada: [[hilang]]']);
  });

  it('refuses to let a relative link or image climb out of the library', () => {
    const { problems } = renderMarkdown('[x](../../../etc/passwd.md) ![y](../../../../etc/shadow.png)', context);
    expect(problems).toHaveLength(2);
  });
});

describe('sections', () => {
  it('splits a document at its headings into plain text', () => {
    const sections = splitSections('Pembuka.\n\n## Masalah\n\nAntrean **panjang** di [[praktik-a|Puskesmas]].\n\n### Rinci\n\n- [ ] butir\n\n## Dampak\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(sections.map((s) => [s.slug, s.heading])).toEqual([
      ['', ''],
      ['masalah', 'Masalah'],
      ['rinci', 'Rinci'],
      ['dampak', 'Dampak'],
    ]);
    expect(sections[1]!.text).toBe('Antrean panjang di Puskesmas.');
    expect(sections[2]!.text).toBe('butir');
  });

  it('strips Markdown but keeps the words', () => {
    expect(markdownToPlainText('> [!NOTE]\n> Ini _penting_ dan `kode`.')).toBe('Ini penting dan kode .');
  });
});

describe('slugify', () => {
  it('folds accents, drops punctuation and joins words with hyphens', () => {
    expect(slugify('Pemangku Kepentingan (Pentahelix)')).toBe('pemangku-kepentingan-pentahelix');
    expect(slugify('Langkah 1: Siapkan Tim!')).toBe('langkah-1-siapkan-tim');
    expect(slugify('Café Élan')).toBe('cafe-elan');
  });
});
