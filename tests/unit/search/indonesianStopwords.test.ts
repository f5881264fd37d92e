import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { INDONESIAN_STOP_WORDS, isStopWord, removeStopWords } from '../../../core/search/indonesian/stopwords';
import { analyzeIndonesian, indonesianQueryTerms, lunrIndonesian } from '../../../core/search/indonesian/lunrPlugin';
import { searchIndonesian } from '../../../core/search/indonesian/search';

describe('Tala stop word list', () => {
  it('has the size of the list Lucene ships (Tala 2003, appendix D)', () => {
    // Lucene's file has 357 entries, two of them duplicates ("selama", "sekarang").
    expect(INDONESIAN_STOP_WORDS.size).toBe(355);
  });

  it('contains function words and their inflected forms, not content words', () => {
    for (const word of ['yang', 'dan', 'di', 'ke', 'dari', 'adalah', 'apakah', 'bukankah', 'kepadanya', 'tersebut']) {
      expect(isStopWord(word), word).toBe(true);
    }
    for (const word of ['pelayanan', 'inovasi', 'desa', 'puskesmas', 'layan', 'masyarakat']) {
      expect(isStopWord(word), word).toBe(false);
    }
  });
});

describe('removeStopWords', () => {
  it('drops stop words from a mixed list', () => {
    expect(removeStopWords(['inovasi', 'yang', 'berkelanjutan', 'di', 'desa'])).toEqual([
      'inovasi',
      'berkelanjutan',
      'desa',
    ]);
  });

  it('returns the original terms when every term is a stop word', () => {
    expect(removeStopWords(['yang', 'dan'])).toEqual(['yang', 'dan']);
    expect(removeStopWords(['apa', 'itu'])).toEqual(['apa', 'itu']);
  });

  it('returns an empty list for an empty input', () => {
    expect(removeStopWords([])).toEqual([]);
  });
});

describe('stop words in the analysis chain', () => {
  it('removes them at index time, always', () => {
    expect(analyzeIndonesian('Inovasi yang dilakukan oleh desa')).toEqual(['inovasi', 'laku', 'desa']);
    expect(analyzeIndonesian('yang dan di')).toEqual([]);
  });

  it('removes them at query time', () => {
    expect(indonesianQueryTerms('pelayanan yang cepat')).toEqual(['layan', 'cepat']);
  });

  it('keeps a query made only of stop words', () => {
    expect(indonesianQueryTerms('yang dan')).toEqual(['yang', 'dan']);
  });

  it('lets a stop-word-only query find a stop word that is indexed as the stem of another word', () => {
    const index = lunr(function () {
      this.use(lunrIndonesian);
      this.ref('id');
      this.field('body');
      this.add({ id: 'dapat', body: 'Warga mendapatkan layanan dengan cepat.' });
      this.add({ id: 'lain', body: 'Puskesmas membuka loket baru.' });
    });
    expect(searchIndonesian(index, 'dapat').map((r) => r.ref)).toEqual(['dapat']);
    // "yang" is never indexed (no word stems to it): the query runs and finds nothing, without throwing.
    expect(searchIndonesian(index, 'yang dan')).toEqual([]);
  });
});
