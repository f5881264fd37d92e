/**
 * `npm run build:content [-- --src <folder>] [--out <folder>] [--strict]`
 * Compiles a library folder into what the app loads: `library.json` (all metadata),
 * `documents/<id>.json` (one body each), `assets/` and the search index (see searchFiles.ts). Each problem is reported as
 * `file:line: what is wrong`; a bad document is left out and the rest builds (one whose Markdown
 * marked cannot process is kept as plain text and reported).
 * --strict exits non-zero on any problem (npm test uses it on the bundled library).
 */
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compileSources, type ContentProblem, type LibraryCompileResult, type SourceFile } from '../../core/content/compileDocument';
import type { ContentRules } from '../../core/content/contentRules';
import { createRegionMatcher, parseRegionList } from '../../core/content/regionNames';
import { parseTagList } from '../../core/content/tagList';
import type { LibraryIndexFile } from '../../core/content/types';
import { BUNDLED_PACKS_FILE, compileBundledPack, type BundledPacksFile } from '../../core/present/bundledPacks';
import type { SessionPack } from '../../core/present/sessionPack';
import { buildSearchIndex } from '../../core/search/fulltext';
import { writeSearchFiles } from '../search/searchFiles';

const ASSET_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg']);
const MAX_ASSET_BYTES = 5 * 1024 * 1024;
const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

const toPosix = (p: string) => p.split(path.sep).join('/');

export interface CompiledLibrary extends LibraryCompileResult {
  assets: string[];
  /** Session packs shipped with the app (`paket/*.yml`), checked against the documents. */
  packs: SessionPack[];
}

/** Real region names (facts, kept as a list file): illustrative documents may not use them. */
export const REGION_LIST_FILE = path.join(import.meta.dirname, 'regions', 'wilayah-indonesia.txt');
/** The controlled tag list, at the root of a library folder; a folder without one accepts any tag. */
export const TAG_LIST_NAME = 'tags.yml';

async function loadRules(srcDir: string, problems: ContentProblem[]): Promise<ContentRules> {
  const regions = createRegionMatcher(parseRegionList(await readFile(REGION_LIST_FILE, 'utf8')));
  let tagText: string;
  try {
    tagText = await readFile(path.join(srcDir, TAG_LIST_NAME), 'utf8');
  } catch {
    return { editorial: true, regions };
  }
  const tags = parseTagList(tagText);
  if (!tags.ok) {
    problems.push({ file: TAG_LIST_NAME, line: tags.line, message: tags.message });
    return { editorial: true, regions };
  }
  return { editorial: true, regions, allowedTags: new Set(tags.tags.keys()) };
}

/** Reads a library folder and compiles it in memory. */
export async function compileLibrary(srcDir: string): Promise<CompiledLibrary> {
  const entries = await readdir(srcDir, { withFileTypes: true, recursive: true });
  const sources: SourceFile[] = [];
  const assets: string[] = [];
  const packFiles: SourceFile[] = [];
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = toPosix(path.relative(srcDir, absolute));
    const extension = path.extname(entry.name).toLowerCase();
    if (extension === '.md') {
      if (entry.name.toLowerCase() === 'readme.md') continue;
      const { size } = await stat(absolute);
      if (size > MAX_DOCUMENT_BYTES) {
        problems.push({ file: relative, line: 1, message: `berkas terlalu besar (${size} bita; batas ${MAX_DOCUMENT_BYTES})` });
        continue;
      }
      sources.push({ file: relative, text: await readFile(absolute, 'utf8') });
    } else if (relative.startsWith('paket/') && (extension === '.yml' || extension === '.yaml')) {
      packFiles.push({ file: relative, text: await readFile(absolute, 'utf8') });
    } else if (ASSET_EXTENSIONS.has(extension)) {
      const { size } = await stat(absolute);
      if (size > MAX_ASSET_BYTES) problems.push({ file: relative, line: 1, message: `gambar terlalu besar (${size} bita; batas ${MAX_ASSET_BYTES})` });
      else assets.push(relative);
    }
  }
  sources.sort((a, b) => a.file.localeCompare(b.file));
  const assetSet = new Set(assets);
  const rules = await loadRules(srcDir, problems);
  const compiled = compileSources(sources, (p) => assetSet.has(p), rules);
  const headings = new Map(compiled.documents.map((d) => [d.meta.id, d.headings]));
  const packs: SessionPack[] = [];
  packFiles.sort((a, b) => a.file.localeCompare(b.file));
  for (const { file, text } of packFiles) {
    const result = compileBundledPack(file, text, (id) => headings.get(id));
    problems.push(...result.problems);
    if (result.pack && packs.some((p) => p.id === result.pack!.id)) problems.push({ file, line: 1, message: `id paket ganda: ${result.pack.id}` });
    else if (result.pack) packs.push(result.pack);
  }
  return { ...compiled, problems: [...problems, ...compiled.problems], assets, packs };
}

export async function writeLibrary(library: CompiledLibrary, srcDir: string, outDir: string): Promise<number> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, 'documents'), { recursive: true });
  const index: LibraryIndexFile = {
    formatVersion: 2,
    generatedAt: new Date().toISOString(),
    documents: library.documents.map((d) => d.meta),
  };
  const indexText = JSON.stringify(index);
  let bytes = Buffer.byteLength(indexText);
  await writeFile(path.join(outDir, 'library.json'), indexText);
  for (const doc of library.documents) {
    // Sections are only for the search index; the reader needs the HTML and the outline.
    const text = JSON.stringify({ meta: doc.meta, html: doc.html, headings: doc.headings });
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(outDir, 'documents', `${doc.meta.id}.json`), text);
  }
  const packsFile: BundledPacksFile = { formatVersion: 1, packs: library.packs.map((p) => ({ ...p, bundled: true as const })) };
  const packsText = JSON.stringify(packsFile);
  bytes += Buffer.byteLength(packsText);
  await writeFile(path.join(outDir, BUNDLED_PACKS_FILE), packsText);
  // Built here, loaded as is by the app: nothing is indexed at start-up.
  bytes += await writeSearchFiles(outDir, buildSearchIndex(library.documents));
  for (const asset of library.assets) {
    await cp(path.join(srcDir, asset), path.join(outDir, asset));
    bytes += (await stat(path.join(srcDir, asset))).size;
  }
  return bytes;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      src: { type: 'string', default: 'content' },
      out: { type: 'string', default: 'out/content' },
      strict: { type: 'boolean', default: false },
    },
  });
  const src = path.resolve(values.src);
  const out = path.resolve(values.out);
  const started = performance.now();
  const library = await compileLibrary(src);
  const bytes = await writeLibrary(library, src, out);
  for (const p of library.problems) console.error(formatProblem(p));
  const ms = Math.round(performance.now() - started);
  console.log(
    `Pustaka: ${library.documents.length} dokumen disusun, ${library.packs.length} paket bawaan, ${library.problems.length} masalah, ` +
      `${(bytes / 1024).toFixed(0)} KB, ${ms} ms → ${path.relative(process.cwd(), out) || out}`,
  );
  if (values.strict && library.problems.length > 0) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // A document's own faults are reported per file above; this is for the run itself (a folder that
  // cannot be read or written), said in a line rather than a stack trace.
  main().catch((error: unknown) => {
    console.error(`build:content gagal: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
