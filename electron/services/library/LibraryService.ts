/**
 * Serves the compiled library (built by `npm run build:content`): the metadata of every document
 * from library.json, loaded once, and each document's body from documents/<id>.json on demand.
 * A missing library yields an empty list with the reason, not a crash.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryListing } from '../../../core/api';
import type { DocumentMeta } from '../../../core/content/schema';
import type { LibraryDocument, LibraryIndexFile } from '../../../core/content/types';
import { ApiFailure } from '../../../core/errors';
import { toDocumentSummary } from '../../../core/content/summary';

export const INDEX_FILE = 'library.json';
const CACHE_SIZE = 20;

interface LoadedIndex {
  byId: Map<string, DocumentMeta>;
  problems: string[];
}

export class LibraryService {
  private index: Promise<LoadedIndex> | null = null;
  private readonly cache = new Map<string, LibraryDocument>();

  constructor(private readonly contentDir: string) {}

  private load(): Promise<LoadedIndex> {
    this.index ??= this.readIndex().catch((error: unknown) => {
      this.index = null; // let a later call try again (e.g. after the library is rebuilt)
      throw error;
    });
    return this.index;
  }

  private async readIndex(): Promise<LoadedIndex> {
    const file = path.join(this.contentDir, INDEX_FILE);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return { byId: new Map(), problems: [`${INDEX_FILE} tidak ditemukan di ${this.contentDir}`] };
    }
    try {
      const index = JSON.parse(text) as LibraryIndexFile;
      if (index.formatVersion !== 2 || !Array.isArray(index.documents)) throw new Error('format tidak dikenal');
      return { byId: new Map(index.documents.map((meta) => [meta.id, meta])), problems: [] };
    } catch (error) {
      throw new ApiFailure('library_unreadable', `${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async list(): Promise<LibraryListing> {
    const { byId, problems } = await this.load();
    return { documents: [...byId.values()].map((meta) => toDocumentSummary(meta)), problems };
  }

  async get(id: string): Promise<LibraryDocument> {
    const { byId } = await this.load();
    if (!byId.has(id)) throw new ApiFailure('not_found', id);
    const cached = this.cache.get(id);
    if (cached) return cached;
    // `id` passed the contract's slug pattern, so it cannot leave the documents folder.
    const file = path.join(this.contentDir, 'documents', `${id}.json`);
    let doc: LibraryDocument;
    try {
      doc = JSON.parse(await readFile(file, 'utf8')) as LibraryDocument;
    } catch (error) {
      throw new ApiFailure('library_unreadable', `${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.cache.set(id, doc);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return doc;
  }
}
