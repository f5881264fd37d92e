import { describe, expect, it } from 'vitest';
import { compileOne, MTIME, SOURCE } from './folderFixture';

const conforming = [
  '---',
  'id: panduan-sop-ktp',
  'type: guide',
  'title: "Panduan SOP KTP Keliling"',
  'summary: "Langkah menyusun SOP pelayanan KTP keliling di desa."',
  'tags: [adminduk, jemput-bola]',
  'updated: 2026-11-28',
  'duration: "2 jam"',
  '---',
  '## Langkah',
  '',
  'Siapkan tim.',
].join('\n');

describe('compileFolderDocument: plain Markdown without front matter', () => {
  const result = compileOne('SOP/Pelayanan KTP.md', '# Pelayanan KTP Keliling\n\nPetugas datang ke desa **setiap Selasa** untuk merekam data.\n\n## Persyaratan\n\n- Kartu Keluarga\n');
  const doc = result.document;

  it('is accepted as a "dokumen" keyed by source and path slug, titled from its first heading', () => {
    expect(result.problems).toEqual([]);
    expect(doc?.meta).toMatchObject({ id: `${SOURCE}~sop-pelayanan-ktp`, type: 'dokumen', title: 'Pelayanan KTP Keliling', tags: [], lang: 'id' });
    expect(doc?.source).toBe(SOURCE);
    expect(doc?.file).toBe('SOP/Pelayanan KTP.md');
  });

  it('takes `updated` from the file time and the summary from the first paragraph as plain text', () => {
    expect(doc?.meta.updated).toBe('2026-01-05');
    expect(doc?.meta.summary).toBe('Petugas datang ke desa setiap Selasa untuk merekam data.');
  });

  it('does not show the heading it took as the title a second time in the body', () => {
    expect(doc?.html).not.toContain('<h1');
    expect(doc?.html).toContain('<h2 id="persyaratan">Persyaratan</h2>');
    expect(doc?.headings).toEqual([{ depth: 2, text: 'Persyaratan', slug: 'persyaratan' }]);
  });

  it('is split into searchable sections like a bundled document', () => {
    expect(doc?.sections).toEqual([
      { slug: '', heading: '', depth: 1, text: 'Petugas datang ke desa setiap Selasa untuk merekam data.' },
      { slug: 'persyaratan', heading: 'Persyaratan', depth: 2, text: 'Kartu Keluarga' },
    ]);
  });

  it('is titled from the file name when it has no heading, and summarised by its title when it has no paragraph', () => {
    const bare = compileOne('Arsip\\notulen_rapat-maret.md', '## Hadir\n\n- Kepala Dinas\n').document;
    expect(bare?.meta.title).toBe('Notulen rapat maret');
    expect(bare?.meta.id).toBe(`${SOURCE}~arsip-notulen-rapat-maret`);
    expect(bare?.file).toBe('Arsip/notulen_rapat-maret.md');
    expect(bare?.meta.summary).toBe('Notulen rapat maret');
  });

  it('keeps a summary within 200 characters, cut at a word', () => {
    const long = `${'Kalimat pembuka yang cukup panjang. '.repeat(12)}`;
    const summary = compileOne('a.md', long).document?.meta.summary ?? '';
    expect(summary.length).toBeLessThanOrEqual(200);
    expect(summary.endsWith('…')).toBe(true);
    expect(summary).toMatch(/^Kalimat pembuka yang cukup panjang\. Kalimat/);
  });

  it('accepts a Unicode file name', () => {
    const doc = compileOne('Catatan/Évaluasi Ünit — 2026.md', 'Isi.').document;
    expect(doc?.meta.title).toBe('Évaluasi Ünit — 2026');
    expect(doc?.meta.id).toBe(`${SOURCE}~catatan-evaluasi-unit-2026`);
  });
});

describe('compileFolderDocument: front matter', () => {
  it('uses front matter that follows content/README.md as the bundled library does, keyed by the source', () => {
    const doc = compileOne('panduan/sop.md', conforming).document;
    expect(doc?.meta).toMatchObject({
      id: `${SOURCE}~panduan-sop-ktp`,
      type: 'guide',
      title: 'Panduan SOP KTP Keliling',
      summary: 'Langkah menyusun SOP pelayanan KTP keliling di desa.',
      tags: ['adminduk', 'jemput-bola'],
      updated: '2026-11-28',
      duration: '2 jam',
    });
  });

  it('keeps what is usable of partial or non-conforming front matter and never refuses the document for it', () => {
    const text = [
      '---',
      'title: Rapat Koordinasi',
      'summary: Singkat',
      'tags: [Layanan Publik, "#KTP", 42]',
      'updated: 2026-02-30',
      'date: 2025-12-01',
      'type: practice',
      'sector: bukan-sektor',
      'aliases: [rakor]',
      '---',
      'Isi rapat.',
    ].join('\n');
    const result = compileOne('rakor.md', text);
    expect(result.problems).toEqual([]);
    expect(result.document?.meta).toMatchObject({
      id: `${SOURCE}~rakor`,
      type: 'dokumen',
      title: 'Rapat Koordinasi',
      summary: 'Singkat',
      tags: ['layanan-publik', 'ktp', '42'],
      // 30 February is no date: the next usable one is taken.
      updated: '2025-12-01',
    });
  });

  it('takes the file time when the front matter has no usable date, and tags written as "a, b"', () => {
    const meta = compileOne('x.md', '---\ntitle: Judul\ntags: sop, ktp\nupdated: kemarin\n---\nIsi.').document?.meta;
    expect(meta?.updated).toBe('2026-01-05');
    expect(meta?.tags).toEqual(['sop', 'ktp']);
  });

  it('refuses YAML the parser rejects, with the file line and a polite reason in both languages', () => {
    const result = compileOne('SOP/rusak.md', '---\ntitle: Judul\ntags: [a, b\nupdated: 2026-01-01\n---\nIsi.');
    expect(result.document).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem?.file).toBe('SOP/rusak.md');
    // Where the parser notices: the unclosed `[` swallows the next line.
    expect(problem?.line).toBe(4);
    expect(problem?.message.id).toMatch(/^Front matter YAML tidak dapat dibaca \(.+\)\. Mohon perbaiki baris ini; dokumen belum dimasukkan ke pustaka\.$/);
    expect(problem?.message.en).toMatch(/^The YAML front matter cannot be read \(.+\)\. Please correct this line/);
  });

  it('refuses a key written twice, at the line of the second', () => {
    const result = compileOne('dua.md', '---\ntitle: Satu\ntitle: Dua\n---\nIsi.');
    expect(result.document).toBeUndefined();
    expect(result.problems[0]?.line).toBe(3);
  });

  it('treats a first-line horizontal rule that is never closed as body, not as front matter', () => {
    const doc = compileOne('garis.md', '---\nIsi setelah garis.').document;
    expect(doc?.html).toContain('<hr>');
    expect(doc?.meta.summary).toBe('Isi setelah garis.');
  });
});

describe('compileFolderDocument: what cannot be rendered', () => {
  it('shows a body marked cannot process as escaped plain text, reports where, and still lists the document', () => {
    const text = `# Kutipan\n\nPembuka <b>tebal</b>.\n\n${'>'.repeat(20_000)}\n\nPenutup.`;
    const result = compileOne('dalam.md', text);
    expect(result.document?.html).toContain('<p class="plain-text">Pembuka &lt;b&gt;tebal&lt;/b&gt;.</p>');
    expect(result.document?.sections[0]?.text).toContain('Penutup.');
    expect(result.problems).toEqual([
      { file: 'dalam.md', line: 5, message: { id: expect.stringContaining('ditampilkan sebagai teks biasa'), en: expect.stringContaining('shown as plain text') } },
    ]);
    // The shared renderer is not left in a broken state for the next document.
    const next = compileOne('berikut.md', 'Teks[^1] biasa.\n\n[^1]: Catatan.');
    expect(next.document?.html).toContain('Teks');
    expect(next.document?.html).toContain('Catatan.');
  });

  it('reports a NUL byte that reached the compiler as a binary file', () => {
    const result = compileOne('x.md', 'teks\u0000biner');
    expect(result.document).toBeUndefined();
    expect(result.problems[0]?.message.id).toContain('data biner');
  });

  it('uses the updated date of the file time in YYYY-MM-DD', () => {
    expect(compileOne('x.md', 'a').document?.meta.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(MTIME).toBeGreaterThan(0);
  });
});

describe('compileFolderDocument: files from Windows and macOS', () => {
  it('reads CRLF text given directly, with front matter, the same as LF', () => {
    const doc = compileOne('win.md', '---\r\ntitle: Dari Windows\r\n---\r\nBaris satu.\r\n\r\n## Bagian\r\n').document;
    expect(doc?.meta.title).toBe('Dari Windows');
    expect(doc?.meta.summary).toBe('Baris satu.');
    expect(doc?.headings.map((h) => h.text)).toEqual(['Bagian']);
  });

  it('shows a decomposed (macOS) accented file name composed, with the same id as the composed name', () => {
    const decomposed = 'E\u0301valuasi.md';
    const doc = compileOne(decomposed, 'Isi.').document;
    expect(doc?.meta.title).toBe('\u00c9valuasi');
    expect(doc?.meta.id).toBe(`${SOURCE}~evaluasi`);
  });
});
