/**
 * `npm run search -- <library folder> "query" [--json] [--limit N]`
 * Searches any folder in the library format with the app's own engine, so content maintainers can
 * see how their documents are found. The compiled index is cached under .cache/search/, keyed by
 * the folder's file names, sizes and modification times, and rebuilt when any of them change.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex, SEARCH_INDEX_VERSION, SearchEngine } from '../../core/search/fulltext';
import { compileLibrary, formatProblem } from '../content/compile';
import { readSearchEngine, writeSearchFiles } from './searchFiles';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

async function folderFingerprint(dir: string): Promise<string> {
  // The index format is part of the key, so a newer app never reads an older cached index.
  const hash = createHash('sha256').update(`v${SEARCH_INDEX_VERSION}\0${path.resolve(dir)}`);
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
  for (const file of files) {
    const { size, mtimeMs } = await stat(file);
    hash.update(`${path.relative(dir, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 24);
}

/** The engine over a library folder, from the cached build when the folder has not changed. */
export async function loadLibraryEngine(dir: string, log: (line: string) => void): Promise<SearchEngine> {
  const cacheDir = path.join(REPO_ROOT, '.cache', 'search', await folderFingerprint(dir));
  const complete = path.join(cacheDir, '.complete');
  if (existsSync(complete)) return readSearchEngine(cacheDir);
  const library = await compileLibrary(dir);
  for (const problem of library.problems) log(formatProblem(problem));
  const built = buildSearchIndex(library.documents);
  await rm(cacheDir, { recursive: true, force: true });
  await writeSearchFiles(cacheDir, built);
  await writeFile(complete, '');
  return SearchEngine.fromBuilt(built);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, limit: { type: 'string', default: '10' } },
  });
  const [folder, ...queryWords] = positionals;
  const query = queryWords.join(' ').trim();
  const limit = Number(values.limit);
  if (!folder || !query) {
    console.error('Pemakaian: npm run search -- <folder pustaka> "kata kunci" [--json] [--limit N]');
    return 2;
  }
  if (!existsSync(folder) || !(await stat(folder)).isDirectory()) {
    console.error(`Folder pustaka tidak ditemukan: ${folder}`);
    return 2;
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    console.error(`--limit harus bilangan bulat 1–1000, bukan "${values.limit}"`);
    return 2;
  }
  const engine = await loadLibraryEngine(folder, (line) => console.error(line));
  const response = await engine.search(query, { limit });
  if (values.json) {
    for (const hit of response.hits) {
      console.log(JSON.stringify({ id: hit.id, section: hit.sections[0]?.slug ?? '', title: hit.title, score: Math.round(hit.score * 1000) / 1000 }));
    }
    return 0;
  }
  if (response.didYouMean) console.log(`Mungkin maksud Anda: ${response.didYouMean}`);
  if (response.mode === 'any') console.log('Tidak ada dokumen yang memuat semua kata; ditampilkan yang memuat sebagian.');
  console.log(`${response.total} dokumen cocok dengan "${query}" (${response.elapsedMs} ms)`);
  response.hits.forEach((hit, i) => {
    const section = hit.sections[0];
    console.log(`${String(i + 1).padStart(3)}. ${hit.title}  [${hit.id}${section?.slug ? `#${section.slug}` : ''}]  skor ${hit.score.toFixed(2)}`);
  });
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`Pencarian gagal: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
