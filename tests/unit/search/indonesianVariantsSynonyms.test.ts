/**
 * Spelling variants (index and query, both spellings find both texts), synonyms (query only, a
 * lower weight, listed for "juga mencari: …") and question filler.
 */
import { describe, expect, it } from 'vitest';
import { analyzeIndonesian, analyzeQueryWords, stemIndonesian, tokenizeIndonesian } from '../../../core/search/indonesian';
import { SPELLING_VARIANT_PAIRS } from '../../../core/search/indonesian/data/spellingVariants';
import { SYNONYM_GROUPS } from '../../../core/search/indonesian/data/synonyms';
import { planQuery, synonymWeight, termsToSearch } from '../../../core/search/fulltext/queryPlan';
import type { VocabularyEntry } from '../../../core/search/fulltext/vocabulary';
import { parseQuery } from '../../../core/search/fulltext/queryParser';

function holdsAllWords(text: string, query: string): boolean {
  const indexed = new Set(analyzeIndonesian(text));
  const groups = new Map<number, string[]>();
  for (const t of analyzeQueryWords(tokenizeIndonesian(query))) {
    if (t.kind !== 'synonym') groups.set(t.word, [...(groups.get(t.word) ?? []), t.term]);
  }
  return [...groups.values()].every((terms) => terms.some((t) => indexed.has(t)));
}

describe('spelling variants', () => {
  it('has at least 150 curated pairs, none a pair of identical words', () => {
    expect(SPELLING_VARIANT_PAIRS.length).toBeGreaterThanOrEqual(150);
    for (const [typed, standard] of SPELLING_VARIANT_PAIRS) expect(typed).not.toBe(standard);
  });

  it.each([
    ['Warga dapat mengunggah berkas.', 'upload berkas'],
    ['Berkas diupload lewat laman.', 'unggah berkas'],
    ['Praktik baik dari desa.', 'praktek baik'],
    ['Praktek baik dari desa.', 'praktik baik'],
    ['Aktivitas warga di taman.', 'aktifitas warga'],
    ['Standardisasi layanan.', 'standarisasi layanan'],
    ['Kuitansi pembayaran.', 'kwitansi pembayaran'],
    ['Risiko bencana.', 'resiko bencana'],
    ['Layanan daring bagi warga.', 'layanan online'],
    ['Layanan online bagi warga.', 'layanan daring'],
    ['Izin usaha mikro.', 'ijin usaha'],
    ['Perizinan usaha.', 'perijinan usaha'],
    ['Antrean di loket.', 'antrian loket'],
    ['Umpan balik dari warga.', 'feedback warga'],
    ['Kirim surel ke dinas.', 'email dinas'],
    ['Provinsi Jawa Timur.', 'propinsi jawa timur'],
    ['Dokumen diunduh warga.', 'download dokumen'],
  ])('“%s” holds every word of “%s”', (text, query) => {
    expect(holdsAllWords(text, query)).toBe(true);
  });

  it('a standard query does not load every non-standard spelling into the index', () => {
    expect(analyzeIndonesian('inovasi')).toEqual(['inovasi']);
  });

  it('variant stems are stable under stemming (the index stems added terms again)', () => {
    for (const [, standard] of SPELLING_VARIANT_PAIRS) {
      if (/\s/.test(standard)) continue;
      const stem = stemIndonesian(standard);
      expect(stemIndonesian(stem), standard).toBe(stem);
    }
  });
});

describe('synonyms', () => {
  it('has at least 100 groups of public-service concepts', () => {
    expect(SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(100);
  });

  it('adds synonyms to the query only, with a lower weight, and lists them for "juga mencari"', () => {
    const plan = planQuery(parseQuery('keluhan warga'), [], false);
    const keluhan = plan.groups[0]!;
    expect(keluhan.terms).toEqual(['keluh']);
    expect(keluhan.synonyms).toContain('adu');
    expect(keluhan.completions).not.toContain('adu');
    expect(termsToSearch(keluhan)).toEqual(expect.arrayContaining([['keluh', 1], ['adu', synonymWeight]]));
    expect(plan.alsoSearched).toEqual(expect.arrayContaining(['pengaduan', 'masyarakat']));
    expect(synonymWeight).toBeGreaterThan(0);
    expect(synonymWeight).toBeLessThan(1);
    expect(analyzeIndonesian('keluhan warga')).toEqual(['keluh', 'warga']);
  });

  it('weighs synonyms below the word typed, whether or not the library holds that word', () => {
    const vocabulary: VocabularyEntry[] = [['keluhan', 'keluh', 3], ['warga', 'warga', 9]];
    const held = planQuery(parseQuery('keluhan'), vocabulary, false).groups[0]!;
    expect(termsToSearch(held)).toEqual(expect.arrayContaining([['keluh', 1], ['adu', synonymWeight]]));
    const lacking = planQuery(parseQuery('komplain'), vocabulary, false).groups[0]!;
    expect(termsToSearch(lacking)).toEqual(expect.arrayContaining([['adu', synonymWeight]]));
    expect(termsToSearch(lacking).find(([term]) => term === 'adu')?.[1]).toBeLessThan(1);
  });

  it('gives quoted words no synonyms', () => {
    const plan = planQuery(parseQuery('"keluhan warga"'), [], false);
    expect(plan.groups.flatMap((g) => g.synonyms)).toEqual([]);
    expect(plan.alsoSearched).toEqual([]);
  });
});

describe('questions', () => {
  it('keeps only the content words of a question', () => {
    const plan = planQuery(parseQuery('Bagaimana cara mengurus akta kelahiran untuk bayi?'), [], false);
    expect(plan.groups.map((g) => g.raw)).toEqual(['akta', 'kelahiran', 'bayi']);
  });

  it('still searches a query made only of question words', () => {
    expect(planQuery(parseQuery('bagaimana caranya'), [], false).groups.length).toBeGreaterThan(0);
  });
});
