import { describe, expect, it } from 'vitest';
import {
  foldDiacritics,
  tokenizeIndonesian,
  tokenizeIndonesianWithOffsets,
} from '../../../core/search/indonesian/tokenizer';

describe('tokenizeIndonesian', () => {
  it('lower-cases and splits on spaces and punctuation', () => {
    expect(tokenizeIndonesian('Pelayanan Publik: cepat, mudah & murah!')).toEqual([
      'pelayanan',
      'publik',
      'cepat',
      'mudah',
      'murah',
    ]);
  });

  it('folds diacritics, precomposed or combining', () => {
    expect(tokenizeIndonesian('Café ÉLITE naïve')).toEqual(['cafe', 'elite', 'naive']);
    expect(tokenizeIndonesian('cafe\u0301')).toEqual(['cafe']);
    expect(foldDiacritics('İstanbul Ñ')).toBe('istanbul n');
  });

  it('keeps numbers whole, including decimals, times and thousands', () => {
    expect(tokenizeIndonesian('Pada 2023 antrean dibuka pukul 07.30.')).toEqual([
      'pada',
      '2023',
      'antrean',
      'dibuka',
      'pukul',
      '07.30',
    ]);
    expect(tokenizeIndonesian('Industri 4.0 menuju Society 5.0; biaya Rp1.500.000, naik 3,5%')).toEqual([
      'industri',
      '4.0',
      'menuju',
      'society',
      '5.0',
      'biaya',
      'rp1.500.000',
      'naik',
      '3,5',
    ]);
  });

  it('splits a dot or comma that is not between digits', () => {
    expect(tokenizeIndonesian('tahun 2023.Berikutnya,desa')).toEqual(['tahun', '2023', 'berikutnya', 'desa']);
  });

  it('keeps a hyphen inside a word, where lunr would split', () => {
    expect(tokenizeIndonesian('bolak-balik, KTP-el, e-KTP, covid-19')).toEqual([
      'bolak-balik',
      'ktp-el',
      'e-ktp',
      'covid-19',
    ]);
  });

  it('treats hyphens and dashes between words as separators', () => {
    expect(tokenizeIndonesian('desa - kota -- kabupaten -awal akhir-')).toEqual([
      'desa',
      'kota',
      'kabupaten',
      'awal',
      'akhir',
    ]);
  });

  it('collapses exact reduplication to its base and leaves affixed reduplication to the stemmer', () => {
    expect(tokenizeIndonesian('Inovasi-inovasi kupu-kupu buku-bukunya meniru-nirukan')).toEqual([
      'inovasi',
      'kupu',
      'buku-bukunya',
      'meniru-nirukan',
    ]);
  });

  it('joins words around an apostrophe', () => {
    expect(tokenizeIndonesian("Jum'at dan Qur’an")).toEqual(['jumat', 'dan', 'quran']);
  });

  it('keeps abbreviations whole and recognisable', () => {
    expect(tokenizeIndonesian('KIPP, JIPPNas, OPD dan SDGs (KemenPANRB)')).toEqual([
      'kipp',
      'jippnas',
      'opd',
      'dan',
      'sdgs',
      'kemenpanrb',
    ]);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(tokenizeIndonesian('')).toEqual([]);
    expect(tokenizeIndonesian(' -- ... !!! ')).toEqual([]);
  });
});

describe('tokenizeIndonesianWithOffsets', () => {
  it('reports offsets into the original text, even when folding changes the length', () => {
    const text = 'Cafe\u0301 di Kabupaten Sleman';
    const spans = tokenizeIndonesianWithOffsets(text);
    expect(spans.map((s) => s.term)).toEqual(['cafe', 'di', 'kabupaten', 'sleman']);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Cafe\u0301', 'di', 'Kabupaten', 'Sleman']);
  });

  it('spans a reduplicated word completely', () => {
    const text = 'Ada inovasi-inovasi baru';
    const [, redup] = tokenizeIndonesianWithOffsets(text);
    expect(redup?.term).toBe('inovasi');
    expect(redup && text.slice(redup.start, redup.end)).toBe('inovasi-inovasi');
  });
});
