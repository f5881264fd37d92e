import { describe, expect, it } from 'vitest';
import { isMarkableTerm } from '../../../renderer/src/library/glossaryTerms';

describe('which glossary forms are marked in running text', () => {
  it('skips everyday single words, however they are capitalised in the glossary', () => {
    for (const word of ['inovasi', 'Berlanjut', 'Pengembangan', 'Evaluasi', 'Replikasi', 'Daring']) expect(isMarkableTerm(word)).toBe(false);
  });
  it('marks abbreviations, names of several words and the listed terms of art', () => {
    for (const term of ['ASN', 'JIPPNas', 'KemenPANRB', 'SDGs', 'Data dasar', 'Satu Instansi Satu Inovasi', 'Pentahelix', 'Widyaiswara']) {
      expect(isMarkableTerm(term)).toBe(true);
    }
  });
  it('skips everyday phrases that are aliases', () => {
    expect(isMarkableTerm('pelayanan publik')).toBe(false);
    expect(isMarkableTerm('Inovasi pelayanan publik')).toBe(true);
  });
});
