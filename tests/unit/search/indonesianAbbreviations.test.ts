import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, abbreviationKeyOf, normalizePhrase } from '../../../core/search/indonesian/abbreviations';
import { analyzeIndonesian, indonesianQueryTerms, lunrIndonesian } from '../../../core/search/indonesian/lunrPlugin';
import { searchIndonesian } from '../../../core/search/indonesian/search';
import { stemIndonesian } from '../../../core/search/indonesian/stemmer';

const DOCUMENTS = [
  { id: 'capil-panjang', body: 'Dinas Kependudukan dan Pencatatan Sipil membuka layanan akta kelahiran keliling.' },
  { id: 'capil-singkat', body: 'Disdukcapil Kota Tegal menerbitkan akta dalam satu hari.' },
  { id: 'adminduk-panjang', body: 'Petugas desa membantu warga mengurus administrasi kependudukan tanpa ke kota.' },
  { id: 'adminduk-singkat', body: 'Layanan adminduk jemput bola untuk warga lanjut usia.' },
  { id: 'pemkab-panjang', body: 'Pemerintah Kabupaten Sleman menanggung biaya antrean daring.' },
  { id: 'pemkab-singkat', body: 'Pemkab Banyuwangi menerbitkan surat edaran tentang pelayanan.' },
  { id: 'satpol', body: 'Satpol PP ikut menertibkan pasar.' },
  { id: 'lepas', body: 'Kabupaten tetangga memiliki dinas yang baru. Pemerintah pusat memberi sipil pelatihan.' },
];

function buildIndex(): lunr.Index {
  return lunr(function () {
    this.use(lunrIndonesian);
    this.ref('id');
    this.field('body');
    for (const doc of DOCUMENTS) this.add(doc);
  });
}

function refs(results: lunr.Index.Result[]): string[] {
  return results.map((r) => r.ref).sort();
}

describe('abbreviation table', () => {
  it('has single-token, lower-case keys that are never stemmed', () => {
    for (const entry of ABBREVIATIONS) {
      expect(normalizePhrase(entry.key), entry.key).toEqual([entry.key]);
      expect(stemIndonesian(entry.key), entry.key).toBe(entry.key);
    }
  });

  it('has no key twice', () => {
    const keys = ABBREVIATIONS.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds the key of a short form however it is written', () => {
    expect(abbreviationKeyOf('disdukcapil')).toBe('disdukcapil');
    expect(abbreviationKeyOf('e-ktp')).toBe('ktp-el');
    expect(abbreviationKeyOf('ktp-el')).toBe('ktp-el');
    expect(abbreviationKeyOf('pelayanan')).toBeUndefined();
  });
});

describe('abbreviation expansion in the analysis', () => {
  it('adds the key where the full form occurs, as a phrase', () => {
    expect(analyzeIndonesian('Dinas Kependudukan dan Pencatatan Sipil')).toContain('disdukcapil');
    expect(analyzeIndonesian('Pemerintah Kabupaten Sleman')).toContain('pemkab');
  });

  it('does not add the key for the same words scattered through a text', () => {
    const terms = analyzeIndonesian(DOCUMENTS.find((d) => d.id === 'lepas')?.body ?? '');
    expect(terms).not.toContain('pemkab');
    expect(terms).not.toContain('disdukcapil');
  });

  it('adds the full form\'s words (stemmed) where the short form occurs, at index time', () => {
    const terms = analyzeIndonesian('Disdukcapil melayani');
    expect(terms).toEqual(expect.arrayContaining(['disdukcapil', 'dinas', 'duduk', 'catat', 'sipil', 'layan']));
  });

  it('adds the keys of abbreviations nested in a full form', () => {
    expect(analyzeIndonesian('KemenPANRB')).toEqual(expect.arrayContaining(['kemenpanrb', 'panrb', 'rb']));
  });

  it('keeps a short query precise: no loose full-form words', () => {
    expect(indonesianQueryTerms('disdukcapil')).toEqual(['disdukcapil']);
  });

  it('adds the key to a query written in full', () => {
    expect(indonesianQueryTerms('dinas kependudukan dan pencatatan sipil')).toContain('disdukcapil');
    expect(indonesianQueryTerms('Satuan Polisi Pamong Praja')).toContain('satpolpp');
  });
});

describe('either form finds both', () => {
  const index = buildIndex();

  it('"disdukcapil" finds the document that only writes the full name, and vice versa', () => {
    expect(refs(searchIndonesian(index, 'disdukcapil'))).toEqual(['capil-panjang', 'capil-singkat']);
    expect(refs(searchIndonesian(index, 'Dinas Kependudukan dan Pencatatan Sipil'))).toEqual(
      expect.arrayContaining(['capil-panjang', 'capil-singkat']),
    );
  });

  it('"adminduk" ↔ "administrasi kependudukan"', () => {
    expect(refs(searchIndonesian(index, 'adminduk'))).toEqual(['adminduk-panjang', 'adminduk-singkat']);
    expect(refs(searchIndonesian(index, '+administrasi +kependudukan'))).toEqual(['adminduk-panjang', 'adminduk-singkat']);
  });

  it('"pemkab" ↔ "pemerintah kabupaten"', () => {
    expect(refs(searchIndonesian(index, 'pemkab'))).toEqual(['pemkab-panjang', 'pemkab-singkat']);
    const fullForm = searchIndonesian(index, 'pemerintah kabupaten').map((r) => r.ref);
    expect(fullForm).toEqual(expect.arrayContaining(['pemkab-panjang', 'pemkab-singkat']));
    // The document that has both words only apart ranks below the two that mean the same thing.
    expect(fullForm.indexOf('lepas')).toBeGreaterThan(Math.max(fullForm.indexOf('pemkab-panjang'), fullForm.indexOf('pemkab-singkat')));
  });

  it('a short query does not match the loose words of the full form', () => {
    expect(refs(searchIndonesian(index, 'disdukcapil'))).not.toContain('lepas');
    expect(refs(searchIndonesian(index, 'pemkab'))).not.toContain('lepas');
  });

  it('a two-word short form in a document is found from its full form', () => {
    expect(refs(searchIndonesian(index, 'satuan polisi pamong praja'))).toContain('satpol');
  });
});
