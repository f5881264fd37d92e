/** The compiled shapes the host serves and the renderer reads. */
import type { DocumentMeta } from './schema';

export interface Heading {
  depth: number;
  text: string;
  slug: string;
}

export interface Section {
  /** Heading id; '' for the text before the first heading. */
  slug: string;
  heading: string;
  depth: number;
  text: string;
}

/**
 * What the library list needs: metadata without the body. `id` is the document key
 * (core/sources/documentKey.ts); `source` is absent for the bundled library.
 */
export type DocumentSummary = DocumentMeta & { source?: string };

export interface LibraryDocument {
  /** `meta.id` is the document key; see DocumentSummary. */
  meta: DocumentMeta;
  /** The source it came from; absent for the bundled library. */
  source?: string;
  /** For a folder document: its path relative to the folder, with `/` separators. */
  file?: string;
  /** Rendered by marked at build time; the renderer sanitises it again before display. */
  html: string;
  headings: Heading[];
}

/** What the build holds in memory: the reader's document plus its plain-text sections for search. */
export interface CompiledDocument extends LibraryDocument {
  sections: Section[];
  /** A deck's speaker notes per slide, for the search index only (labelled, searched on request). */
  speakerNotes?: Section[];
}

/**
 * The compiled library on disk: `library.json` holds every document's metadata (the home page
 * and facets need only that); `documents/<id>.json` holds one document's body, loaded on open.
 */
export interface LibraryIndexFile {
  formatVersion: 2;
  generatedAt: string;
  documents: DocumentMeta[];
}
