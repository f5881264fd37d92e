/**
 * Worker thread: reads, compiles and indexes a folder's files off the main process's event loop.
 * `peek` is pass 1 (each file's id and title, for wiki links); `build` compiles a list of files,
 * writes each document and the assets it references into the cache, and writes them as one search
 * segment. The main thread owns the manifest; a worker only writes files a manifest may point at.
 * File I/O here is synchronous on purpose: this thread has nothing else to do, and thousands of
 * small reads and writes go faster without a thread-pool round trip each.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { LibraryDocument } from '../../../../core/content/types';
import type { SearchableDocument } from '../../../../core/search/types';
import { buildLinks, compileFile, decodeFile, peekFile } from './folderCompiler';
import { problemMessages } from './problemMessages';
import { ASSETS_FOLDER, DOCUMENTS_FOLDER, documentFile, writeSegment } from './segmentFiles';
import type { BuildSegmentRequest, BuiltFile, PeekRequest, PeekResult, WorkerReply, WorkerRequest } from './workerProtocol';

const port = parentPort!;
const reply = (message: WorkerReply) => port.postMessage(message);

/** What this worker compiled for the delta segment, reused while a file and the link table stay the same. */
const deltaCache = new Map<string, { size: number; mtimeMs: number; built: BuiltFile; searchable?: SearchableDocument }>();

const cancelled = (flag: Int32Array) => Atomics.load(flag, 0) !== 0;

function readText(root: string, file: string): { text: string } | { problem: BuiltFile['problems'][number] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path.join(root, file));
  } catch (error) {
    return { problem: { file, message: problemMessages.unreadable((error as NodeJS.ErrnoException).code) } };
  }
  return decodeFile(bytes, file);
}

async function peek(request: PeekRequest): Promise<void> {
  const flag = new Int32Array(request.cancel);
  const results: PeekResult[] = [];
  for (const file of request.files) {
    if (cancelled(flag)) return reply({ kind: 'peeked', jobId: request.jobId, results, cancelled: true });
    const read = readText(request.root, file);
    if ('problem' in read) results.push({ file, problem: read.problem });
    else results.push({ file, ...peekFile(file, read.text) });
  }
  reply({ kind: 'peeked', jobId: request.jobId, results, cancelled: false });
}

function copyAssets(request: BuildSegmentRequest, assets: string[], copied: Set<string>): void {
  for (const asset of assets) {
    if (copied.has(asset)) continue;
    copied.add(asset);
    const target = path.join(request.cacheDir, ASSETS_FOLDER, asset);
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(request.root, asset), target);
    } catch {
      // gone since the scan: the next change event says so
    }
  }
}

async function build(request: BuildSegmentRequest): Promise<void> {
  const flag = new Int32Array(request.cancel);
  const links = buildLinks(request.sourceId, request.entries, request.bundled, request.assets);
  const results: BuiltFile[] = [];
  const searchable: SearchableDocument[] = [];
  const copied = new Set<string>();
  const isDelta = request.segment === 'delta';
  mkdirSync(path.join(request.cacheDir, DOCUMENTS_FOLDER), { recursive: true });
  for (const { file, mtimeMs, size, reusable } of request.files) {
    if (cancelled(flag)) return reply({ kind: 'built', jobId: request.jobId, results, documentCount: 0, cancelled: true });
    const cached = reusable ? deltaCache.get(file) : undefined;
    if (cached && cached.size === size && cached.mtimeMs === mtimeMs) {
      results.push(cached.built);
      if (cached.searchable) searchable.push(cached.searchable);
      continue;
    }
    reply({ kind: 'progress', jobId: request.jobId, file });
    const read = readText(request.root, file);
    let built: BuiltFile;
    let doc: SearchableDocument | undefined;
    if ('problem' in read) {
      built = { file, problems: [read.problem], assets: [] };
    } else {
      try {
        const compiled = compileFile({ source: request.sourceId, file, text: read.text, mtimeMs, links });
        built = { file, problems: compiled.problems, assets: compiled.assets };
        if (compiled.document) {
          const { meta, html, headings, sections } = compiled.document;
          const body: LibraryDocument = { meta, source: request.sourceId, file, html, headings };
          writeFileSync(documentFile(request.cacheDir, meta.id), JSON.stringify(body));
          copyAssets(request, compiled.assets, copied);
          built.key = meta.id;
          built.meta = meta;
          doc = { meta, sections };
        }
      } catch (error) {
        const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160);
        built = { file, problems: [{ file, message: problemMessages.compileFailed(detail) }], assets: [] };
      }
    }
    results.push(built);
    if (doc) searchable.push(doc);
    if (isDelta) deltaCache.set(file, { size, mtimeMs, built, searchable: doc });
  }
  if (cancelled(flag)) return reply({ kind: 'built', jobId: request.jobId, results, documentCount: 0, cancelled: true });
  writeSegment(request.cacheDir, request.segment, searchable);
  reply({ kind: 'built', jobId: request.jobId, results, documentCount: searchable.length, cancelled: false });
}

port.on('message', (request: WorkerRequest) => {
  const run = request.kind === 'peek' ? peek(request) : build(request);
  run.catch((error: unknown) => reply({ kind: 'failed', jobId: request.jobId, message: error instanceof Error ? error.message : String(error) }));
});
