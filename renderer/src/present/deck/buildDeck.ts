/**
 * One presentation from one document or a whole session pack: every part's slides in order, each
 * slide knowing which document (and section) it came from.
 */
import type { LibraryDocument } from '../../../../core/content/types';
import { isDeck, splitIntoSlides, type Slide } from '../../../../core/present/splitIntoSlides';

export interface DeckSlide extends Slide {
  docId: string;
  docTitle: string;
  illustrative: boolean;
  /** Which part of the pack (0 for a single document). */
  part: number;
  /** A document's title slide, which a session pack shows before each document's slides. */
  titleSlide?: boolean;
}

export interface DeckPart {
  doc: LibraryDocument;
  /** Only this section's slides; all of them when absent. */
  sectionId?: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function titleSlide(doc: LibraryDocument, part: number): DeckSlide {
  const { id, title, summary, illustrative } = doc.meta;
  return {
    title,
    sectionId: '',
    html: `<div class="title-slide"><h1>${escapeHtml(title)}</h1>${summary ? `<p>${escapeHtml(summary)}</p>` : ''}</div>`,
    notesHtml: summary ? `<p>${escapeHtml(summary)}</p>` : '',
    docId: id,
    docTitle: title,
    illustrative,
    part,
    titleSlide: true,
  };
}

/**
 * The slides of every part in order. With `titleSlides` (a session pack), each document opens
 * with a slide of its own title, so the room sees where one document ends and the next begins;
 * consecutive parts from the same document share one title slide, and a seminar deck, which opens
 * with its own title slide, gets none.
 */
export function buildDeck(parts: DeckPart[], options: { titleSlides?: boolean } = {}): DeckSlide[] {
  return parts.flatMap(({ doc, sectionId }, part) => {
    const slides: DeckSlide[] = splitIntoSlides(doc)
      .filter((slide) => !sectionId || slide.sectionId === sectionId)
      .map((slide) => ({ ...slide, docId: doc.meta.id, docTitle: doc.meta.title, illustrative: doc.meta.illustrative, part }));
    const sameAsBefore = part > 0 && parts[part - 1]!.doc.meta.id === doc.meta.id;
    const wantsTitle = options.titleSlides && !sameAsBefore && !isDeck(doc.meta) && slides.length > 0;
    return wantsTitle ? [titleSlide(doc, part), ...slides] : slides;
  });
}

export type DeckKind = 'dokumen' | 'paket';

export function deckKey(kind: DeckKind, id: string): string {
  return `${kind}:${id}`;
}

export function clampIndex(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}
