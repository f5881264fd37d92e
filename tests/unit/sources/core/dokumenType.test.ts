import { describe, expect, it } from 'vitest';
import { compileSources } from '../../../../core/content/compileDocument';
import { DOCUMENT_TYPES } from '../../../../core/content/schema';
import { parseQuery } from '../../../../core/search/fulltext/queryParser';
import { en } from '../../../../renderer/src/i18n/en';
import { id } from '../../../../renderer/src/i18n/id';

describe('the "dokumen" type of a user folder document', () => {
  it('is a type the listing, facets and home groups know, labelled in both languages', () => {
    expect(DOCUMENT_TYPES).toContain('dokumen');
    expect(id.types.dokumen).toBe('Dokumen');
    expect(en.types.dokumen).toBe('Document');
    expect(id.typeGroups.dokumen).toBe('Dokumen');
    expect(en.typeGroups.dokumen).toBe('Documents');
  });

  it('can be searched for with jenis:dokumen', () => {
    expect(parseQuery('jenis:dokumen ktp').filters.type).toEqual(['dokumen']);
  });

  it('is refused in the bundled library, which keeps its four types and strict schema', () => {
    const text = '---\nid: catatan\ntype: dokumen\ntitle: "Catatan"\nsummary: "Catatan yang bukan jenis bawaan."\nupdated: 2026-12-03\n---\nIsi.\n';
    const result = compileSources([{ file: 'catatan.md', text }], () => true);
    expect(result.documents).toEqual([]);
    expect(result.problems).toEqual([
      { file: 'catatan.md', line: 3, message: 'jenis dokumen tidak dikenal: "dokumen" (pilihan: practice, seminar, guide, glossary)' },
    ]);
  });

  it('leaves plain Markdown without front matter refused in the bundled library', () => {
    const result = compileSources([{ file: 'polos.md', text: '# Judul\n\nIsi.' }], () => true);
    expect(result.documents).toEqual([]);
    expect(result.problems[0]?.message).toContain('front matter YAML tidak ditemukan');
  });
});
