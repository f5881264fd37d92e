import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../core/content/schema';
import { buildGlossaryMatcher } from '../../../renderer/src/library/glossaryTerms';
import { relatedDocuments } from '../../../renderer/src/library/relatedDocuments';

const base = { lang: 'id' as const, updated: '2026-11-28', sources: [], illustrative: true, summary: 'Ringkasan yang cukup panjang.' };
const practice = (id: string, sector: 'kesehatan' | 'sosial', tags: string[]): DocumentMeta => ({
  ...base, id, title: id, tags, type: 'practice', agency: 'Dinas', region: { province: 'Bali' }, year: 2020, sector,
  status: 'berlanjut', sdgs: [], pentahelix: [], replicated_in: [],
});

describe('relatedDocuments', () => {
  it('prefers the same sector and shared tags, and never the document itself', () => {
    const a = practice('a', 'kesehatan', ['antrean']);
    const all = [a, practice('b', 'kesehatan', []), practice('c', 'sosial', ['antrean']), practice('d', 'sosial', [])];
    expect(relatedDocuments(a, all).map((d) => d.id)).toEqual(['b', 'c']);
  });
});

describe('buildGlossaryMatcher', () => {
  it('finds terms and aliases as whole words, longest first, ignoring case', () => {
    const glossary: DocumentMeta = {
      ...base, id: 'glosarium', title: 'Glosarium', tags: [], type: 'glossary', illustrative: false,
      terms: [
        { term: 'JIPP', aliases: [], definition: 'Jaringan inovasi.', related: [], abbreviations: [] },
        { term: 'JIPPNas', aliases: ['JIPP Nasional'], definition: 'Sistem nasional.', related: [], abbreviations: [] },
      ],
    };
    const matcher = buildGlossaryMatcher([glossary])!;
    const found = 'JIPPNas berbeda dari jipp, dan JIPP Nasional; JIPPX bukan istilah.'.match(matcher.pattern);
    expect(found).toEqual(['JIPPNas', 'jipp', 'JIPP Nasional']);
    expect(matcher.lookup('jipp nasional')?.term).toBe('JIPPNas');
  });
});
