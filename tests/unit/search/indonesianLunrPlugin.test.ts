import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import {
  analyzeIndonesian,
  indonesianQueryTerms,
  lunrIndonesian,
  NO_MATCH_TERM,
  PIPELINE_FUNCTION_NAMES,
} from '../../../core/search/indonesian/lunrPlugin';
import { searchIndonesian } from '../../../core/search/indonesian/search';

const DOCUMENTS = [
  { id: 'pelayanan', title: 'Pelayanan Terpadu di Kecamatan', body: 'Pelayanan perizinan kini selesai dalam satu hari.' },
  { id: 'inovasi', title: 'Inovasi Desa', body: 'Sebuah inovasi sederhana dari desa pesisir untuk ibu hamil.' },
  { id: 'pengaduan', title: 'Kanal Pengaduan Warga', body: 'Warga mengadukan jalan rusak melalui radio komunitas.' },
  { id: 'pendidikan', title: 'Kembali Bersekolah', body: 'Pendidikan anak putus sekolah dipantau oleh relawan.' },
  { id: 'kependudukan', title: 'Jemput Bola', body: 'Petugas mendatangi lansia untuk perekaman data kependudukan.' },
  { id: 'kesehatan', title: 'Perahu Sehat', body: 'Layanan kesehatan ibu dan anak menjangkau pulau-pulau kecil.' },
  { id: 'pemerintah', title: 'Arah Pembinaan', body: 'Pemerintah daerah membina inovator melalui pendampingan.' },
  { id: 'pentahelix', title: 'Sinergi Pentahelix', body: 'Akademisi, dunia usaha dan media berkolaborasi dengan pemerintah.' },
  { id: 'replikasi', title: 'Panduan Replikasi', body: 'Langkah mereplikasi praktik baik ke daerah lain: bolak-balik diuji.' },
  { id: 'anggaran', title: 'Keberlanjutan', body: 'Anggaran dan regulasi menjamin keberlanjutan inovasi.' },
];

function buildIndex(): lunr.Index {
  return lunr(function () {
    this.use(lunrIndonesian);
    this.ref('id');
    this.field('title', { boost: 2 });
    this.field('body');
    this.metadataWhitelist = ['position'];
    for (const doc of DOCUMENTS) this.add(doc);
  });
}

function refs(results: lunr.Index.Result[]): string[] {
  return results.map((r) => r.ref).sort();
}

describe('lunrIndonesian plugin', () => {
  const index = buildIndex();

  it('finds an inflected form: "layanan" finds the document that only has "pelayanan"', () => {
    expect(refs(searchIndonesian(index, 'layanan'))).toEqual(['kesehatan', 'pelayanan']);
    expect(refs(index.search('layanan'))).toEqual(['kesehatan', 'pelayanan']);
  });

  it('matches across affixes in both directions', () => {
    expect(refs(searchIndonesian(index, 'pengaduan'))).toEqual(['pengaduan']); // doc says "mengadukan"
    expect(refs(searchIndonesian(index, 'penduduk'))).toEqual(['kependudukan']);
    expect(refs(searchIndonesian(index, 'sekolah'))).toEqual(['pendidikan']);
    expect(refs(searchIndonesian(index, 'berkelanjutan'))).toEqual(['anggaran']);
    expect(refs(searchIndonesian(index, 'pemerintahan'))).toEqual(['pemerintah', 'pentahelix']);
  });

  it('reads reduplication as its base: "inovasi-inovasi" finds "inovasi"', () => {
    expect(refs(searchIndonesian(index, 'inovasi-inovasi'))).toEqual(['anggaran', 'inovasi']);
    expect(refs(searchIndonesian(index, 'pulau'))).toEqual(['kesehatan']); // doc says "pulau-pulau"
  });

  it('keeps compounds whole and also finds them by their parts', () => {
    expect(refs(searchIndonesian(index, 'bolak-balik'))).toEqual(['replikasi']);
    expect(refs(searchIndonesian(index, 'balik'))).toEqual(['replikasi']);
  });

  it('does not stem protected domain terms', () => {
    expect(refs(searchIndonesian(index, 'pentahelix'))).toEqual(['pentahelix']);
    expect(refs(searchIndonesian(index, 'replikasi'))).toEqual(['replikasi']);
  });

  it('supports required and prohibited words', () => {
    expect(refs(searchIndonesian(index, '+inovasi +desa'))).toEqual(['inovasi']);
    expect(refs(searchIndonesian(index, 'inovasi -desa'))).toEqual(['anggaran']);
  });

  it('handles a stop-word-only query without throwing', () => {
    expect(() => searchIndonesian(index, '+yang +dan')).not.toThrow();
    expect(searchIndonesian(index, '+yang +dan')).toEqual([]);
    expect(indonesianQueryTerms('+yang +dan')).toEqual(['yang', 'dan']);
    // lunr's own query parser too: plain lunr with a stop-word filter throws a TypeError here.
    expect(() => index.search('+yang +dan')).not.toThrow();
    expect(() => index.search('+yang pelayanan')).not.toThrow();
  });

  it('ignores stop words among other words, even when marked required', () => {
    expect(refs(searchIndonesian(index, '+pelayanan +yang'))).toEqual(['kesehatan', 'pelayanan']);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(searchIndonesian(index, '')).toEqual([]);
    expect(searchIndonesian(index, ' ?! ')).toEqual([]);
  });

  it('supports a trailing wildcard on stems', () => {
    expect(refs(searchIndonesian(index, 'inov*'))).toEqual(['anggaran', 'inovasi', 'pemerintah']);
  });

  it('records positions in the original text for highlighting', () => {
    const [hit] = searchIndonesian(index, 'layanan', { fields: ['body'] }).filter((r) => r.ref === 'pelayanan');
    const metadata = hit?.matchData.metadata as Record<string, Record<string, { position?: number[][] }>> | undefined;
    const position = metadata?.layan?.body?.position?.[0];
    const body = DOCUMENTS.find((d) => d.id === 'pelayanan')?.body ?? '';
    expect(position && body.slice(position[0], (position[0] ?? 0) + (position[1] ?? 0))).toBe('Pelayanan');
  });

  it('serializes, loads with lunr.Index.load and returns the same results', () => {
    const json = JSON.stringify(index);
    const serialized = JSON.parse(json) as { pipeline: string[] };
    expect(serialized.pipeline).toEqual([
      PIPELINE_FUNCTION_NAMES.queryTrimmer,
      PIPELINE_FUNCTION_NAMES.queryStopWordFilter,
      PIPELINE_FUNCTION_NAMES.queryExpansion,
      PIPELINE_FUNCTION_NAMES.stemmer,
    ]);
    const loaded = lunr.Index.load(JSON.parse(json));
    for (const query of ['layanan', 'inovasi-inovasi', 'pengaduan', 'pemerintahan', '+inovasi -desa', 'yang dan']) {
      expect(searchIndonesian(loaded, query), query).toEqual(searchIndonesian(index, query));
    }
    expect(loaded.search('layanan')).toEqual(index.search('layanan'));
  });

  it('installs itself on a plain lunr.Builder too', () => {
    const builder = new lunr.Builder();
    builder.use(lunrIndonesian);
    builder.ref('id');
    builder.field('body');
    builder.add({ id: '1', body: 'Perizinan usaha mikro' });
    const built = builder.build();
    expect(refs(searchIndonesian(built, 'izin'))).toEqual(['1']);
  });
});

describe('analyzeIndonesian and indonesianQueryTerms', () => {
  it('run the same analysis: a query finds exactly the terms the index stored', () => {
    const text = 'Pelayanan perizinan Pemkab yang berkelanjutan';
    const indexed = new Set(analyzeIndonesian(text));
    for (const term of indonesianQueryTerms(text)) expect(indexed.has(term), term).toBe(true);
  });

  it('stems, drops stop words and never emits the no-match marker', () => {
    expect(analyzeIndonesian('Kebersihan pantai yang terjaga')).toEqual(['bersih', 'pantai', 'jaga']);
    expect(analyzeIndonesian('yang dan di')).not.toContain(NO_MATCH_TERM);
  });
});
