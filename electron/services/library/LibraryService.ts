/**
 * Serves the compiled library bundle (built by `npm run build:content`). Loaded once, lazily;
 * a missing or unreadable bundle yields an empty library with the problem stated, not a crash.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryListing } from '../../../core/api';
import type { LibraryBundle, LibraryDocument } from '../../../core/content/types';
import { ApiFailure } from '../../../core/errors';

export const BUNDLE_FILE = 'library.json';

export class LibraryService {
  private loaded: Promise<{ byId: Map<string, LibraryDocument>; problems: string[] }> | null = null;

  constructor(private readonly contentDir: string) {}

  private load() {
    this.loaded ??= this.readBundle();
    return this.loaded;
  }

  private async readBundle() {
    const file = path.join(this.contentDir, BUNDLE_FILE);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return { byId: new Map<string, LibraryDocument>(), problems: [`${BUNDLE_FILE} tidak ditemukan di ${this.contentDir}`] };
    }
    try {
      const bundle = JSON.parse(text) as LibraryBundle;
      if (bundle.formatVersion !== 1 || !Array.isArray(bundle.documents)) throw new Error('format tidak dikenal');
      return { byId: new Map(bundle.documents.map((doc) => [doc.meta.id, doc])), problems: [] };
    } catch (error) {
      throw new ApiFailure('library_unreadable', `${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async list(): Promise<LibraryListing> {
    const { byId, problems } = await this.load();
    return { documents: [...byId.values()].map((doc) => doc.meta), problems };
  }

  async get(id: string): Promise<LibraryDocument> {
    const { byId } = await this.load();
    const doc = byId.get(id);
    if (!doc) throw new ApiFailure('not_found', id);
    return doc;
  }
}
