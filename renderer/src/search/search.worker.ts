/**
 * Search runs here, off the UI thread, so typing never waits for it. The bundled library's index
 * (JSON and packed postings) is fetched once and loaded, never rebuilt; each folder source's
 * segments are loaded as the UI passes their list on (loadedSegments.ts), and every query is
 * answered over all of them at once (MultiSourceSearch). Section texts come per hit. Only the
 * newest request is answered: one that is still queued when a newer one arrives is dropped, which
 * is how a newer query cancels an older. Segments load beside queries, never in their way: a
 * query is answered by what is loaded when it runs.
 */
import { MultiSourceSearch, SearchEngine, type SerializedSearchIndex } from '../../../core/search/fulltext';
import { SEARCH_FILES } from '../../../core/search/fulltext/searchFiles';
import { BUNDLED_SOURCE_ID } from '../../../core/sources/documentKey';
import type { SearchSegment } from '../../../core/sources/types';
import { NotesSearchSource } from '../../../core/notes/notesSearchSource';
import { FetchedSectionTexts } from './fetchedSectionTexts';
import { LoadedSegments } from './loadedSegments';
import type { WorkerMessage, WorkerReply, WorkerRequest } from './searchProtocol';

// The user's notes answer every query too (the seam); the UI sends them whenever they change.
const notesSource = new NotesSearchSource();
const library = new MultiSourceSearch();
library.addSource(notesSource);

let bundled: Promise<SearchEngine> | null = null;
let contentUrl = '';
const pending: Partial<Record<WorkerRequest['kind'], WorkerRequest>> = {};
let scheduled = false;

/** One compiled index folder (the bundled library's, or a segment's) as an engine. */
async function loadIndex(baseUrl: string, source: string): Promise<SearchEngine> {
  const get = async (file: string) => {
    const response = await fetch(new URL(file, baseUrl));
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return response;
  };
  const [index, postings] = (await Promise.all([get(SEARCH_FILES.index).then((r) => r.json()), get(SEARCH_FILES.postings).then((r) => r.arrayBuffer())])) as [
    SerializedSearchIndex,
    ArrayBuffer,
  ];
  const texts = new FetchedSectionTexts(baseUrl, (doc) => index.documents[doc]![0]);
  return SearchEngine.load(index, new Uint8Array(postings), texts, source);
}

const segments = new LoadedSegments((segment: SearchSegment) => loadIndex(segment.url, segment.source));

function useParts(engine: SearchEngine) {
  library.setParts([{ key: BUNDLED_SOURCE_ID, engine }, ...segments.parts()]);
}

function loadBundled(): Promise<SearchEngine> {
  bundled ??= loadIndex(contentUrl, BUNDLED_SOURCE_ID)
    .then((engine) => {
      useParts(engine);
      return engine;
    })
    .catch((error: unknown) => {
      bundled = null; // allow a retry
      throw error;
    });
  return bundled;
}

function reply(message: WorkerReply) {
  (self as unknown as Worker).postMessage(message);
}

async function run(request: WorkerRequest) {
  try {
    await loadBundled();
    if (request.kind === 'search') reply({ id: request.id, kind: 'search', response: await library.search(request.text, request.options) });
    else reply({ id: request.id, kind: 'quickOpen', items: library.quickOpen(request.text, request.limit) });
  } catch (error) {
    reply({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

async function updateSegments(generation: number, list: SearchSegment[]) {
  const { changed, failed } = await segments.update(list);
  const engine = await loadBundled().catch(() => null);
  if (engine) useParts(engine);
  reply({ id: 0, kind: 'segments', generation, changed, failed });
}

self.onmessage = (event: MessageEvent<WorkerMessage>) => {
  const message = event.data;
  if (message.kind === 'notes') {
    notesSource.replace(message.entries);
    return;
  }
  if (message.kind === 'init') {
    contentUrl = message.contentUrl;
    void loadBundled().catch(() => undefined);
    return;
  }
  if (message.kind === 'segments') {
    void updateSegments(message.generation, message.segments);
    return;
  }
  pending[message.kind] = message;
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    const requests = [pending.quickOpen, pending.search];
    delete pending.quickOpen;
    delete pending.search;
    for (const request of requests) if (request) void run(request);
  }, 0);
};
