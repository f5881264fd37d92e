/**
 * The whole library as the renderer, notes, export and packs see it: the bundled library plus
 * every enabled source, behind LibraryService's own `list()`/`get(key)` shape. A hidden
 * (disabled) or removed source's documents are neither listed nor served: `not_found`, as for
 * any unknown document.
 */
import type { LibraryListing } from '../../../core/api';
import type { DocumentSummary, LibraryDocument } from '../../../core/content/types';
import { ApiFailure } from '../../../core/errors';
import { BUNDLED_SOURCE_ID, documentKey, parseDocumentKey } from '../../../core/sources/documentKey';
import type { LibraryService } from '../library/LibraryService';
import type { SourceIndexer } from './indexerContract';
import type { SourceRecord } from './SourcesRegistry';

/** What the handlers need of a library: listing and fetching by document key. */
export type DocumentCatalog = Pick<LibraryService, 'list' | 'get'>;

export interface CatalogSources {
  records(): SourceRecord[];
  indexerOf(id: string): SourceIndexer | null;
}

/** Every summary of a source carries its document key as `id`, and `source`. */
function asSourceSummary(source: string, summary: DocumentSummary): DocumentSummary {
  const key = summary.id.includes('~') ? summary.id : documentKey(source, summary.id);
  return summary.id === key && summary.source === source ? summary : { ...summary, id: key, source };
}

export class LibraryCatalog implements DocumentCatalog {
  constructor(
    private readonly bundled: DocumentCatalog,
    private readonly sources: CatalogSources,
  ) {}

  private enabled(id: string): boolean {
    return this.sources.records().some((r) => r.id === id && r.enabled);
  }

  async list(): Promise<LibraryListing> {
    const listing: LibraryListing = this.enabled(BUNDLED_SOURCE_ID) ? await this.bundled.list() : { documents: [], problems: [] };
    const folders = this.sources.records().filter((r) => r.kind !== 'bundled' && r.enabled);
    if (folders.length === 0) return listing;
    const documents = [...listing.documents];
    for (const record of folders) {
      for (const summary of this.sources.indexerOf(record.id)?.documents() ?? []) documents.push(asSourceSummary(record.id, summary));
    }
    return { documents, problems: listing.problems };
  }

  async get(key: string): Promise<LibraryDocument> {
    const { source } = parseDocumentKey(key);
    if (source === BUNDLED_SOURCE_ID) {
      if (!this.enabled(BUNDLED_SOURCE_ID)) throw new ApiFailure('not_found', key);
      return this.bundled.get(key);
    }
    const indexer = this.sources.indexerOf(source);
    if (!indexer) throw new ApiFailure('not_found', key);
    return indexer.getDocument(key);
  }
}
