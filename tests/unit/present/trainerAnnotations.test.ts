import { describe, expect, it } from 'vitest';
import type { Highlight, Note } from '../../../core/notes/schema';
import { annotationsFor, toTrainerAnnotations } from '../../../renderer/src/present/trainerAnnotations';

const at = '2026-11-28T08:00:00.000Z';
const highlight = (id: string, quote: string, headingPath: string[], offset: number, detached = false): Highlight => ({
  id, createdAt: at, updatedAt: at, docId: 'praktik-a', colour: 'kuning', tags: [], detached,
  anchor: { quote, prefix: '', suffix: '', headingPath, offset },
});
const note = (id: string, body: string, target: Note['target']): Note => ({ id, createdAt: at, updatedAt: at, target, body, tags: [] });
const headings = [
  { depth: 2, text: 'Masalah', slug: 'masalah' },
  { depth: 2, text: 'Inovasi', slug: 'inovasi' },
];

describe("the trainer's notes in the presenter view", () => {
  const annotations = toTrainerAnnotations(
    'praktik-a',
    headings,
    [highlight('h2', 'satu nomor aduan', ['Inovasi'], 900), highlight('h1', 'antrean panjang', ['Masalah'], 100), highlight('h3', 'teks yang hilang', ['Masalah'], 300, true)],
    [note('n1', 'Tanyakan peserta: berapa lama antre?', { kind: 'highlight', highlightId: 'h1', docId: 'praktik-a' }), note('n2', 'Profil ini cocok untuk sesi 2.', { kind: 'document', docId: 'praktik-a' })],
  );

  it('puts each highlight, with its note, under the slide of its section, in reading order', () => {
    expect(annotationsFor(annotations, 'praktik-a', 'masalah')).toEqual([
      { docId: 'praktik-a', sectionId: 'masalah', quote: 'antrean panjang', note: 'Tanyakan peserta: berapa lama antre?' },
    ]);
    expect(annotationsFor(annotations, 'praktik-a', 'inovasi')).toEqual([{ docId: 'praktik-a', sectionId: 'inovasi', quote: 'satu nomor aduan', note: '' }]);
  });

  it('shows a note on the whole document with the opening slide, and leaves detached highlights out', () => {
    expect(annotationsFor(annotations, 'praktik-a', '')).toEqual([{ docId: 'praktik-a', sectionId: '', quote: '', note: 'Profil ini cocok untuk sesi 2.' }]);
    expect(annotations.some((a) => a.quote === 'teks yang hilang')).toBe(false);
  });
});
