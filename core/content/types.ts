/** The compiled shapes the host serves and the renderer reads. */
import type { DocumentMeta } from './schema';

export interface Heading {
  depth: number;
  text: string;
  slug: string;
}

/** What the library list needs: metadata without the body. */
export type DocumentSummary = DocumentMeta;

export interface LibraryDocument {
  meta: DocumentMeta;
  /** Rendered by marked at build time; the renderer sanitises it again before display. */
  html: string;
  headings: Heading[];
}

export interface LibraryBundle {
  formatVersion: 1;
  generatedAt: string;
  documents: LibraryDocument[];
}
