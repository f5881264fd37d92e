/**
 * The trainer's own notes and highlights, shown in the presenter view as extra speaker notes
 * (never to the audience) and optionally appended to handouts. They come from the notes store:
 * each highlight is placed under the section its anchor's heading path ends in, and a note on
 * the whole document sits with the text before the first heading.
 */
import { useEffect, useState } from 'react';
import type { Highlight, Note } from '../../../core/notes/schema';
import type { Heading } from '../../../core/content/types';
import { callHost } from '../api/host';

export interface TrainerAnnotation {
  docId: string;
  /** Heading id the annotation sits under ('' for text before the first heading). */
  sectionId: string;
  /** The highlighted passage ('' for a note on the whole document). */
  quote: string;
  /** The trainer's note on it ('' for a bare highlight). */
  note: string;
}

const NONE: TrainerAnnotation[] = [];

/** Pure: a document's highlights and notes as annotations, in reading order of their sections. */
export function toTrainerAnnotations(docId: string, headings: readonly Heading[], highlights: readonly Highlight[], notes: readonly Note[]): TrainerAnnotation[] {
  const slugOf = (path: readonly string[]) => {
    const last = path[path.length - 1];
    return (last !== undefined && headings.find((h) => h.text === last)?.slug) || '';
  };
  const noteOn = new Map<string, string>();
  for (const note of notes) if (note.target.kind === 'highlight' && note.body.trim()) noteOn.set(note.target.highlightId, note.body.trim());
  const fromHighlights = highlights
    .filter((h) => !h.detached)
    .map((h) => ({ docId, sectionId: slugOf(h.anchor.headingPath), quote: h.anchor.quote, note: noteOn.get(h.id) ?? '', offset: h.anchor.offset }))
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset: _offset, ...annotation }) => annotation);
  const onDocument = notes
    .filter((n) => n.target.kind === 'document' && n.body.trim())
    .map((n) => ({ docId, sectionId: '', quote: '', note: n.body.trim() }));
  return [...onDocument, ...fromHighlights];
}

export function useTrainerAnnotations(docIds: readonly string[]): TrainerAnnotation[] {
  const [annotations, setAnnotations] = useState<TrainerAnnotation[]>(NONE);
  const key = docIds.join('\n');
  useEffect(() => {
    let current = true;
    const ids = key ? [...new Set(key.split('\n'))] : [];
    void Promise.all(
      ids.map(async (docId) => {
        const [notes, doc] = await Promise.all([callHost('notes:forDocument', { docId }), callHost('library:get', { id: docId })]);
        // Without notes (or a readable store) the presenter simply has no extra notes to show.
        if (!notes.ok) return [];
        return toTrainerAnnotations(docId, doc.ok ? doc.value.headings : [], notes.value.highlights, notes.value.notes);
      }),
    ).then((lists) => current && setAnnotations(lists.flat()));
    return () => {
      current = false;
    };
  }, [key]);
  return annotations;
}

export function annotationsFor(all: readonly TrainerAnnotation[], docId: string, sectionId: string): TrainerAnnotation[] {
  return all.filter((a) => a.docId === docId && a.sectionId === sectionId);
}
