/**
 * One presentation from one document or a whole session pack: every part's slides in order, each
 * slide knowing which document (and section) it came from.
 */
import type { LibraryDocument } from '../../../../core/content/types';
import { splitIntoSlides, type Slide } from '../../../../core/present/splitIntoSlides';

export interface DeckSlide extends Slide {
  docId: string;
  docTitle: string;
  illustrative: boolean;
  /** Which part of the pack (0 for a single document). */
  part: number;
}

export interface DeckPart {
  doc: LibraryDocument;
  /** Only this section's slides; all of them when absent. */
  sectionId?: string;
}

export function buildDeck(parts: DeckPart[]): DeckSlide[] {
  return parts.flatMap(({ doc, sectionId }, part) =>
    splitIntoSlides(doc)
      .filter((slide) => !sectionId || slide.sectionId === sectionId)
      .map((slide) => ({ ...slide, docId: doc.meta.id, docTitle: doc.meta.title, illustrative: doc.meta.illustrative, part })),
  );
}

export type DeckKind = 'dokumen' | 'paket';

export function deckKey(kind: DeckKind, id: string): string {
  return `${kind}:${id}`;
}

export function clampIndex(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}
