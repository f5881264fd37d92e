/** The compiled shapes the host serves and the renderer reads. */
import type { DocumentMeta, GlossaryTerm, PracticeMeta } from './schema';

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
 * What the library list sends per document: what cards, facets, sorting, pickers, related
 * documents and glossary marking need, not every field of the front matter (no sources list,
 * speakers, pentahelix, replication list). `id` is the document key
 * (core/sources/documentKey.ts); `source` is absent for the bundled library.
 */
interface SummaryCommon {
  id: string;
  title: string;
  summary: string;
  tags: string[];
  lang: DocumentMeta['lang'];
  updated: string;
  illustrative: boolean;
  source?: string;
}
export type PracticeSummary = SummaryCommon &
  Pick<PracticeMeta, 'type' | 'agency' | 'region' | 'year' | 'sector' | 'award' | 'status' | 'sdgs'>;
export type SeminarSummary = SummaryCommon & { type: 'seminar'; presentable: boolean };
export type GuideSummary = SummaryCommon & { type: 'guide' };
/** The glossary keeps its terms: the reader marks them in every document. */
export type GlossarySummary = SummaryCommon & { type: 'glossary'; terms: GlossaryTerm[] };
/** A plain Markdown document from a user's folder (type `dokumen`). */
export type PlainSummary = SummaryCommon & { type: 'dokumen' };
export type DocumentSummary = PracticeSummary | SeminarSummary | GuideSummary | GlossarySummary | PlainSummary;

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
