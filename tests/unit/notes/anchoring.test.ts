import { describe, expect, it } from 'vitest';
import { createAnchor, headingPathLookup, reattachHighlight } from '../../../core/notes/anchoring';

const ORIGINAL = [
  'Ringkasan',
  'Kecamatan Sukamaju membuka layanan pengaduan masyarakat setiap hari kerja.',
  'Masalah',
  'Sebelum inovasi, warga menunggu hingga tiga minggu untuk mendapat jawaban atas aduan mereka.',
  'Cara Kerja',
  'Petugas mencatat aduan di buku register, lalu meneruskannya kepada dinas terkait dalam dua hari.',
  'Dampak',
  'Waktu tanggapan turun menjadi dua hari dan kepuasan warga naik.',
].join('\n');

function anchorOf(quote: string, text = ORIGINAL) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return createAnchor(text, start, start + quote.length, []);
}

function attachedText(quote: string, edited: string) {
  const range = reattachHighlight(anchorOf(quote), edited);
  return range ? edited.slice(range.start, range.end) : null;
}

describe('reattachHighlight', () => {
  const quotes = {
    problem: 'warga menunggu hingga tiga minggu',
    register: 'mencatat aduan di buku register',
    impact: 'Waktu tanggapan turun menjadi dua hari',
  };

  it('finds unchanged text at its offset', () => {
    for (const quote of Object.values(quotes)) expect(attachedText(quote, ORIGINAL)).toBe(quote);
  });

  it('re-attaches after paragraphs are inserted before', () => {
    const edited = ORIGINAL.replace('Ringkasan\n', 'Ringkasan\nParagraf baru pertama.\nParagraf baru kedua yang cukup panjang untuk menggeser semua posisi.\n');
    for (const quote of Object.values(quotes)) {
      const range = reattachHighlight(anchorOf(quote), edited)!;
      expect(edited.slice(range.start, range.end)).toBe(quote);
      expect(range.exact).toBe(true);
      expect(range.start).toBeGreaterThan(anchorOf(quote).offset);
    }
  });

  it('re-attaches when words near the passage change', () => {
    const edited = ORIGINAL.replace('Sebelum inovasi, warga', 'Dahulu, sebelum ada inovasi ini, warga').replace('untuk mendapat jawaban', 'demi jawaban');
    expect(attachedText(quotes.problem, edited)).toBe(quotes.problem);
  });

  it('re-attaches approximately when one word inside the passage changes', () => {
    const edited = ORIGINAL.replace('di buku register', 'di aplikasi register');
    const range = reattachHighlight(anchorOf('Petugas mencatat aduan di buku register, lalu meneruskannya'), edited)!;
    expect(range.exact).toBe(false);
    expect(edited.slice(range.start, range.end)).toBe('Petugas mencatat aduan di aplikasi register, lalu meneruskannya');
  });

  it('detaches (returns null) when the passage is deleted, and the others still attach', () => {
    const edited = ORIGINAL.replace(/Cara Kerja\n[^\n]+\n/, '');
    expect(attachedText(quotes.register, edited)).toBeNull();
    expect(attachedText(quotes.problem, edited)).toBe(quotes.problem);
    expect(attachedText(quotes.impact, edited)).toBe(quotes.impact);
  });

  it('detaches when the passage is rewritten beyond recognition', () => {
    const edited = ORIGINAL.replace('Petugas mencatat aduan di buku register, lalu meneruskannya kepada dinas terkait dalam dua hari.', 'Aduan kini masuk lewat aplikasi dan dijawab otomatis.');
    expect(reattachHighlight(anchorOf('Petugas mencatat aduan di buku register, lalu meneruskannya'), edited)).toBeNull();
  });

  it('picks the right one of repeated words by its context', () => {
    const text = 'dua hari pertama. Lalu ada jeda. Kemudian dua hari kedua.';
    const second = text.lastIndexOf('dua hari');
    const anchor = createAnchor(text, second, second + 'dua hari'.length);
    const edited = 'Awal baru. ' + text;
    const range = reattachHighlight(anchor, edited)!;
    expect(range.start).toBe(edited.lastIndexOf('dua hari'));
  });

  it('prefers the same section when context does not decide', () => {
    const text = 'A\nlayanan prima\nB\nlayanan prima';
    const headings = headingPathLookup([
      { offset: 0, level: 2, text: 'A' },
      { offset: 16, level: 2, text: 'B' },
    ]);
    const anchor = { quote: 'layanan prima', prefix: '', suffix: '', headingPath: ['B'], offset: 0 };
    expect(reattachHighlight(anchor, text, headings)!.start).toBe(text.lastIndexOf('layanan prima'));
  });

  it('builds heading paths from nested headings', () => {
    const at = headingPathLookup([
      { offset: 0, level: 2, text: 'Cara Kerja' },
      { offset: 10, level: 3, text: 'Langkah 1' },
      { offset: 20, level: 2, text: 'Dampak' },
    ]);
    expect(at(15)).toEqual(['Cara Kerja', 'Langkah 1']);
    expect(at(25)).toEqual(['Dampak']);
  });
});
