/**
 * One search segment on disk: the same files as the bundled library's index (searchFiles.ts),
 * plus `listing.json` (the metadata of its documents, for `library:list`). A segment is written
 * into a temporary folder and renamed into place, so a reader never sees half of one.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentMeta } from '../../../../core/content/schema';
import { buildSearchIndex } from '../../../../core/search/fulltext/buildSearchIndex';
import { SEARCH_FILES, sectionTextFile } from '../../../../core/search/fulltext/searchFiles';
import type { SearchableDocument } from '../../../../core/search/types';

export const LISTING_FILE = 'listing.json';
export const DOCUMENTS_FOLDER = 'documents';
export const ASSETS_FOLDER = 'assets';

/**
 * Runs in an index worker: synchronous writes there cost the app nothing and save a thread-pool
 * round trip for each of the thousands of small files a segment has.
 */
export function writeSegment(cacheDir: string, name: string, documents: SearchableDocument[]): void {
  const building = path.join(cacheDir, `.${name}.building`);
  rmSync(building, { recursive: true, force: true });
  mkdirSync(path.join(building, SEARCH_FILES.textFolder), { recursive: true });
  const built = buildSearchIndex(documents);
  writeFileSync(path.join(building, SEARCH_FILES.index), JSON.stringify(built.index));
  writeFileSync(path.join(building, SEARCH_FILES.postings), built.postings);
  for (const [doc, texts] of built.texts.entries()) {
    writeFileSync(path.join(building, sectionTextFile(built.index.documents[doc]![0])), JSON.stringify(texts));
  }
  const listing: DocumentMeta[] = documents.map((d) => d.meta);
  writeFileSync(path.join(building, LISTING_FILE), JSON.stringify(listing));
  const target = path.join(cacheDir, name);
  rmSync(target, { recursive: true, force: true });
  renameSync(building, target);
}

export async function readListing(cacheDir: string, name: string): Promise<DocumentMeta[]> {
  const value = JSON.parse(await readFile(path.join(cacheDir, name, LISTING_FILE), 'utf8')) as unknown;
  if (!Array.isArray(value)) throw new Error(`${name}/${LISTING_FILE}: not a list`);
  return value as DocumentMeta[];
}

/** documents/<key>.json: a key holds `~` and id characters only (DocumentKeySchema), safe as a file name. */
export function documentFile(cacheDir: string, key: string): string {
  return path.join(cacheDir, DOCUMENTS_FOLDER, `${key}.json`);
}
