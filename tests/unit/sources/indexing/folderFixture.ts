/** Real temporary folders, a real FolderIndexer, and a search over its segments as the renderer would load them. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InMemorySectionTexts, SearchEngine, type SerializedSearchIndex } from '../../../../core/search/fulltext';
import { SEARCH_FILES, sectionTextFile } from '../../../../core/search/fulltext/searchFiles';
import type { SourceProgress } from '../../../../core/sources/types';
import { FolderIndexer, type FolderIndexerOptions } from '../../../../electron/services/sources/indexing/FolderIndexer';

export const SOURCE_ID = 'folder-uji';

export interface OpenedIndexer {
  indexer: FolderIndexer;
  root: string;
  cacheDir: string;
  changes: () => number;
  progress: SourceProgress[];
}

export async function openIndexer(base: string, options: Partial<FolderIndexerOptions> = {}): Promise<OpenedIndexer> {
  const root = path.join(base, 'folder');
  const cacheDir = path.join(base, 'cache');
  await mkdir(root, { recursive: true });
  let changed = 0;
  const progress: SourceProgress[] = [];
  const indexer = await FolderIndexer.open({
    sourceId: SOURCE_ID,
    root,
    cacheDir,
    bundled: [],
    onProgress: (p) => progress.push(p),
    onChanged: () => changed++,
    pollMs: 100,
    quietMs: 300,
    ...options,
  });
  return { indexer, root, cacheDir, changes: () => changed, progress };
}

/** Writes all at once, as a `git checkout` or a sync client does. */
export async function writeFiles(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const folder of new Set(Object.keys(files).map((file) => path.dirname(path.join(root, file))))) await mkdir(folder, { recursive: true });
  await Promise.all(Object.entries(files).map(([file, text]) => writeFile(path.join(root, file), text)));
}

export const markdown = (title: string, body: string) => `# ${title}\n\nPendahuluan singkat.\n\n## Isi\n\n${body}\n`;

/** Loads every segment from the cache as the search worker would, and answers with the keys of the hits that are not hidden. */
export async function searchFolder(indexer: FolderIndexer, cacheDir: string, query: string): Promise<string[]> {
  const keys = new Set<string>();
  for (const segment of indexer.segments()) {
    const dir = path.join(cacheDir, segment.name);
    const index = JSON.parse(await readFile(path.join(dir, SEARCH_FILES.index), 'utf8')) as SerializedSearchIndex;
    const postings = new Uint8Array(await readFile(path.join(dir, SEARCH_FILES.postings)));
    const texts = await Promise.all(index.documents.map(async ([id]) => JSON.parse(await readFile(path.join(dir, sectionTextFile(id)), 'utf8')) as string[]));
    const engine = SearchEngine.load(index, postings, new InMemorySectionTexts(texts));
    const hidden = new Set(segment.hidden);
    for (const hit of (await engine.search(query, { limit: 1000 })).hits) if (!hidden.has(hit.id)) keys.add(hit.id);
  }
  return [...keys].sort();
}

export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const keyOf = (id: string) => `${SOURCE_ID}~${id}`;
