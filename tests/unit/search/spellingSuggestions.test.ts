/**
 * Did-you-mean never "corrects" a real Indonesian word into another because the library lacks it;
 * a typo still gets a suggestion.
 */
import { describe, expect, it } from 'vitest';
import { stemIndonesian } from '../../../core/search/indonesian';
import { closestWord, isRecognisedWord, suggestSpelling, type VocabularyEntry } from '../../../core/search/fulltext/vocabulary';

const WORDS = ['pendataan', 'puskesmas', 'logistik', 'rujukan', 'gawat', 'pelayanan', 'pemetaan', 'mekanisme', 'sekolah', 'bantuan'];
const vocabulary: VocabularyEntry[] = WORDS.map((w): VocabularyEntry => [w, stemIndonesian(w), 10]).sort((a, b) => (a[0] < b[0] ? -1 : 1));

describe('spelling suggestions', () => {
  it.each([
    ['puskesmsa', 'puskesmas'],
    ['logsitik', 'logistik'],
    ['rujkan', 'rujukan'],
    ['pelayaann', 'pelayanan'],
  ])('suggests a word for the typo “%s”', (typo, fixed) => {
    expect(suggestSpelling(vocabulary, typo)).toBe(fixed);
  });

  it.each([
    ['penataan', 'a real derivation of "tata", one letter from "pendataan"'],
    ['gawai', 'a root the project lists (the standard word for gadget), one letter from "gawat"'],
    ['pemekaran', 'a confix around a root of two syllables'],
    ['bantuin', 'no: a colloquial form is not well formed, so it may be suggested'],
  ])('leaves “%s” alone when it is a real word (%s)', (word) => {
    if (word === 'bantuin') {
      expect(isRecognisedWord(vocabulary, word)).toBe(false);
      return;
    }
    expect(isRecognisedWord(vocabulary, word)).toBe(true);
    expect(suggestSpelling(vocabulary, word)).toBeUndefined();
    expect(closestWord(vocabulary, word)).toBeUndefined();
  });

  it('recognises a derivation of a root the library holds even without a confix', () => {
    expect(isRecognisedWord(vocabulary, 'bersekolah')).toBe(true);
    expect(suggestSpelling(vocabulary, 'bersekolah')).toBeUndefined();
  });
});
