/**
 * The trainer's own notes and highlights, shown in the presenter view as extra speaker notes
 * (never to the audience) and optionally appended to handouts.
 *
 * SEAM: the notes store is built on another branch. After merging, make `useTrainerAnnotations`
 * read the notes API (one call per document id) and map each annotation to this shape; nothing
 * else needs to change. Until then there is no source, so it returns nothing: no invented data.
 */
export interface TrainerAnnotation {
  docId: string;
  /** Heading id the annotation sits under ('' for text before the first heading). */
  sectionId: string;
  /** The highlighted passage. */
  quote: string;
  /** The trainer's note on it ('' for a bare highlight). */
  note: string;
}

const NONE: TrainerAnnotation[] = [];

export function useTrainerAnnotations(docIds: readonly string[]): TrainerAnnotation[] {
  void docIds;
  return NONE;
}

export function annotationsFor(all: readonly TrainerAnnotation[], docId: string, sectionId: string): TrainerAnnotation[] {
  return all.filter((a) => a.docId === docId && a.sectionId === sectionId);
}
