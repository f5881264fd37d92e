import { describe, expect, it } from 'vitest';
import { makeSnippet, snippetMatcher } from '../../../core/search/fulltext';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');

describe('search snippets', () => {
  it('shows the passage where the words are, even deep into a long section, with ellipses', () => {
    const text = `${filler(400)} Warga melapor lewat satu nomor pengaduan dan petugas menanggapi pengaduan itu. ${filler(200)}`;
    const parts = makeSnippet(text, snippetMatcher(new Set(['pengaduan'])));
    const joined = parts.map((p) => p.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['pengaduan', 'pengaduan']);
    expect(joined.length).toBeLessThan(300);
  });

  it('marks whole words only, not a word inside another', () => {
    const parts = makeSnippet('Pelayanan publik; layanan cepat.', snippetMatcher(new Set(['layanan'])));
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['layanan']);
  });

  it('prefers the window with the most matches', () => {
    const text = `sampah sekali ${filler(80)} bank sampah sekolah: sampah terpilah, sampah organik ${filler(80)}`;
    const parts = makeSnippet(text, snippetMatcher(new Set(['sampah'])));
    expect(parts.filter((p) => p.match).length).toBe(3);
    expect(parts.map((p) => p.text).join('')).toContain('terpilah');
  });

  it('returns the opening text when nothing matches, and copes with empty text', () => {
    expect(makeSnippet('Ringkasan singkat.', snippetMatcher(new Set(['lain']))).map((p) => p.text).join('')).toBe('Ringkasan singkat.');
    expect(makeSnippet('', snippetMatcher(new Set(['x'])))).toEqual([{ text: '', match: false }]);
  });
});
