/**
 * Speaker notes are for the trainer: the reader and the search index leave them out, so a
 * participant who opens the pre/post test in the library (or searches it) does not meet its key.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDocument } from '../../../core/content/compileDocument';
import { withoutSpeakerNoteBlocks } from '../../../core/content/sections';
import { splitIntoSlides, withoutSpeakerNotes } from '../../../core/present/splitIntoSlides';
import { buildSearchIndex, SearchEngine } from '../../../core/search/fulltext';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

function compiled(file: string) {
  const result = compileDocument(file, readFileSync(path.join(repoRoot, file), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

const TEST_DOC = 'content/pelatihan/pelatihan-tes-awal-akhir.md';
const DECK = 'content/seminar/seminar-dek-pembinaan-inovasi.md';

describe('the reader leaves speaker notes out', () => {
  it('shows every question of the test but none of its key, which the presenter still gets', () => {
    const doc = compiled(TEST_DOC);
    const { html, removed } = withoutSpeakerNotes(doc);
    expect(removed).toBe(true);
    expect(html).toContain('Soal 10');
    expect(html).toContain('Membutuhkan anggaran besar');
    expect(html).not.toMatch(/Kunci|Note:/);
    const slides = splitIntoSlides(doc);
    expect(slides.find((s) => s.title === 'Soal 1')?.notesHtml).toMatch(/Kunci: C/);
  });

  it('keeps a deck\'s slides and separators, without the notes', () => {
    const doc = compiled(DECK);
    const { html } = withoutSpeakerNotes(doc);
    expect(html).not.toContain('Sambut peserta');
    expect(html.match(/<h2[\s>]/g)).toHaveLength(22);
    expect(splitIntoSlides({ meta: doc.meta, html })).toHaveLength(22);
  });

  it('leaves a document without notes exactly as it was', () => {
    const doc = compiled('content/praktik/praktik-jemput-bola-adminduk-desa.md');
    expect(withoutSpeakerNotes(doc)).toEqual({ html: doc.html, removed: false });
  });
});

describe('the search index leaves speaker notes out', () => {
  it('drops a note up to the next ## heading, or the next --- in a deck, and keeps fenced code', () => {
    const guide = '## A\n\nTeks A.\n\nNote:\nRahasia A.\n\n## B\n\nTeks B.\n\n```text\nNote: contoh di blok kode\n```\n';
    expect(withoutSpeakerNoteBlocks(guide, false)).toBe('## A\n\nTeks A.\n\n## B\n\nTeks B.\n\n```text\nNote: contoh di blok kode\n```\n');
    const deck = '## S1\n\n- poin\n\nNote:\nCatatan 1.\n\n---\n\n## S2\n';
    expect(withoutSpeakerNoteBlocks(deck, true)).toBe('## S1\n\n- poin\n\n---\n\n## S2\n');
  });

  it('does not find the answer key of the test', async () => {
    const test = compiled(TEST_DOC);
    expect(test.sections.map((s) => s.text).join('\n')).not.toMatch(/Kunci/);
    const engine = SearchEngine.fromBuilt(buildSearchIndex([test, compiled(DECK)]));
    // Words only the key's explanation uses (the summary does say that a key exists).
    const hits = (await engine.search('"besarnya anggaran bukan kriteria"', { limit: 10 })).hits;
    expect(hits).toEqual([]);
    expect((await engine.search('soal', { limit: 10 })).hits.map((h) => h.id)).toContain('pelatihan-tes-awal-akhir');
  });
});
