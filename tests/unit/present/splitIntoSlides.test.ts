import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDocument } from '../../../core/content/compileDocument';
import { separateNotes, splitIntoSlides } from '../../../core/present/splitIntoSlides';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

function compiled(file: string) {
  const result = compileDocument(file, readFileSync(path.join(repoRoot, file), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

describe('splitIntoSlides', () => {
  it('splits the seminar deck at its --- lines, 22 slides, each with speaker notes kept apart', () => {
    const slides = splitIntoSlides(compiled('content/seminar/seminar-dek-pembinaan-inovasi.md'));
    expect(slides).toHaveLength(22);
    expect(slides[1]!.title).toBe('Tujuan Sesi Ini');
    expect(slides[1]!.sectionId).toBe('tujuan-sesi-ini');
    for (const slide of slides) {
      expect(slide.html).not.toMatch(/Note:/);
      expect(slide.html).not.toMatch(/<hr/);
    }
    expect(slides.filter((s) => s.notesHtml).length).toBeGreaterThanOrEqual(20);
    expect(slides[0]!.notesHtml).toMatch(/^<p>Sambut peserta/);
  });

  it('splits any other document at its ## headings', () => {
    const doc = compiled('content/praktik/praktik-jemput-bola-adminduk-desa.md');
    const slides = splitIntoSlides(doc);
    const h2 = doc.headings.filter((h) => h.depth === 2).map((h) => h.slug);
    expect(slides.map((s) => s.sectionId).filter(Boolean)).toEqual(h2);
    expect(slides.every((s) => s.notesHtml === '')).toBe(true);
  });

  it('gives text before the first heading the document title', () => {
    const slides = splitIntoSlides({ meta: { type: 'guide', title: 'Judul' }, html: '<p>Pembuka</p>\n<h2 id="a">A</h2>\n<p>x</p>\n' });
    expect(slides.map((s) => [s.title, s.sectionId])).toEqual([
      ['Judul', ''],
      ['A', 'a'],
    ]);
  });

  it('keeps a multi-paragraph note whole, and a bare "Note:" line out of it', () => {
    expect(separateNotes('<h2 id="x">X</h2>\n<p>Note:</p>\n<p>satu</p>\n<p>dua</p>')).toEqual({
      html: '<h2 id="x">X</h2>',
      notesHtml: '<p>satu</p>\n<p>dua</p>',
    });
  });

  it('returns no slides for an empty document', () => {
    expect(splitIntoSlides({ meta: { type: 'seminar', title: 'Kosong', presentable: true }, html: '' })).toEqual([]);
  });
});
