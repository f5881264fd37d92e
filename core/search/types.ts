/**
 * The search engine's public shapes, shared by the build (index), the renderer's worker (query),
 * the results UI and the command line. The engine lives in core/search/engine/.
 */
import type { DocumentMeta, DocumentType } from '../content/schema';
import type { Section } from '../content/types';

/** What the index is built from: a compiled document's metadata and its sections. */
export interface SearchableDocument {
  meta: DocumentMeta;
  sections: Section[];
  /**
   * A deck's speaker notes (`Note:` blocks), one per slide that has them, under the slide's
   * heading and slug. Indexed apart from the slide text and searched only when asked
   * (SearchOptions.speakerNotes); a hit in them is labelled (SectionHit.speakerNotes).
   */
  speakerNotes?: Section[];
}

/** Field filters written in the query: `sektor:kesehatan wilayah:bali tahun:2020 jenis:panduan status:vakum`. */
export interface QueryFilters {
  sector?: string[];
  region?: string[];
  year?: number[];
  type?: DocumentType[];
  status?: ('berlanjut' | 'vakum')[];
}

export interface ParsedQuery {
  /** The query as typed. */
  text: string;
  /** Free words, in order, without filters and phrases. */
  words: string[];
  /** Quoted phrases, each as typed inside the quotes. */
  phrases: string[];
  filters: QueryFilters;
}

/** A piece of snippet text; `match` pieces are shown highlighted. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SectionHit {
  /** Heading id to scroll to; '' for the text before the first heading. */
  slug: string;
  heading: string;
  score: number;
  snippet: SnippetPart[];
  /** The passage is from the slide's speaker notes, not its text: shown labelled "Catatan penyaji". */
  speakerNotes?: true;
}

export interface DocumentHit {
  /**
   * Which source found it: a library source id (BUNDLED_SOURCE_ID 'bawaan' for the bundled
   * library, e.g. 'folder-3f9a' for a folder), or 'notes' for the user's notes.
   */
  source: string;
  /** The document key (core/sources/documentKey.ts): `<source>~<id>` outside the bundled library. */
  id: string;
  title: string;
  type: DocumentType;
  summary: string;
  illustrative: boolean;
  /** Practice metadata, when the document is a practice profile. */
  sector?: string;
  province?: string;
  regency?: string;
  year?: number;
  status?: 'berlanjut' | 'vakum';
  score: number;
  /** Best sections first (at most 3). */
  sections: SectionHit[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResponse {
  query: ParsedQuery;
  /** 'all': every word matched; 'any': nothing matched all words, so any word was enough. */
  mode: 'all' | 'any';
  total: number;
  hits: DocumentHit[];
  /** Counts over all matching documents (not only the returned page). */
  facets: { type: FacetCount[]; sector: FacetCount[]; province: FacetCount[]; year: FacetCount[]; status: FacetCount[]; source?: FacetCount[] };
  /** A corrected query when a word looked like a typo ("Mungkin maksud Anda: …"). */
  didYouMean?: string;
  /** Stems of the query words, for highlighting matches in the document text. */
  highlightStems: string[];
  elapsedMs: number;
  /**
   * True when `total` is a lower bound: a phrase query stops reading texts once a page of
   * documents holds the phrase ("at least N documents").
   */
  totalIsLowerBound?: boolean;
}

export interface SearchOptions {
  limit?: number;
  /** How many of the best hits to skip (paging); totals and facets do not change with it. */
  offset?: number;
  /** Only these library sources (source ids); absent: every source. */
  sources?: string[];
  /** Also search decks' speaker notes; their passages come labelled. */
  speakerNotes?: boolean;
  /** Treat the last word as a prefix (search as you type). */
  prefixLastWord?: boolean;
}

/** Quick open (Ctrl+K): titles first, then section headings. */
export interface QuickOpenItem {
  kind: 'document' | 'section';
  id: string;
  title: string;
  /** For a section: its heading and slug. */
  heading?: string;
  slug?: string;
  type: DocumentType;
  score: number;
}

/**
 * The seam for other sources (the user's notes, added library folders): each answers the same
 * parsed query with hits, and the engine merges them into one ranked list. See mergeSearchResults.
 */
export interface SearchSource {
  name: string;
  search(query: ParsedQuery, options: SearchOptions): DocumentHit[];
}
