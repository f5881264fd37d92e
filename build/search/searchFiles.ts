/** Writes a built search index into a library folder, and reads it back into an engine (Node). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InMemorySectionTexts, SearchEngine, type BuiltSearchIndex, type SerializedSearchIndex } from '../../core/search/fulltext';
import { SEARCH_FILES, sectionTextFile } from '../../core/search/fulltext/searchFiles';

/** Returns the bytes written. */
export async function writeSearchFiles(outDir: string, built: BuiltSearchIndex): Promise<number> {
  await mkdir(path.join(outDir, SEARCH_FILES.textFolder), { recursive: true });
  const index = JSON.stringify(built.index);
  await writeFile(path.join(outDir, SEARCH_FILES.index), index);
  await writeFile(path.join(outDir, SEARCH_FILES.postings), built.postings);
  let bytes = Buffer.byteLength(index) + built.postings.byteLength;
  for (const [doc, texts] of built.texts.entries()) {
    const text = JSON.stringify(texts);
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(outDir, sectionTextFile(built.index.documents[doc]![0])), text);
  }
  return bytes;
}

/** Loads every section text into memory: right for a command line, not for the app. */
export async function readSearchEngine(dir: string): Promise<SearchEngine> {
  const index = JSON.parse(await readFile(path.join(dir, SEARCH_FILES.index), 'utf8')) as SerializedSearchIndex;
  const postings = new Uint8Array(await readFile(path.join(dir, SEARCH_FILES.postings)));
  const texts = await Promise.all(
    index.documents.map(async ([id]) => JSON.parse(await readFile(path.join(dir, sectionTextFile(id)), 'utf8')) as string[]),
  );
  return SearchEngine.load(index, postings, new InMemorySectionTexts(texts));
}
