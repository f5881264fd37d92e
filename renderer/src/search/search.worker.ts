/**
 * Search runs here, off the UI thread, so typing never waits for it. The built index (JSON and
 * packed postings) is fetched once and loaded, never rebuilt; section texts come per hit. Only
 * the newest request is answered: one that is still queued when a newer one arrives is dropped,
 * which is how a newer query cancels an older.
 */
import { SearchEngine, type SerializedSearchIndex } from '../../../core/search/fulltext';
import { SEARCH_FILES } from '../../../core/search/fulltext/searchFiles';
import { NotesSearchSource, type NoteSearchEntry } from '../../../core/notes/notesSearchSource';
import { FetchedSectionTexts } from './fetchedSectionTexts';
import type { WorkerReply, WorkerRequest } from './searchProtocol';

// The user's notes answer every query too (the seam); the UI sends them whenever they change.
const notesSource = new NotesSearchSource();

let engine: Promise<SearchEngine> | null = null;
let contentUrl = '';
const pending: Partial<Record<WorkerRequest['kind'], WorkerRequest>> = {};
let scheduled = false;

function loadEngine(): Promise<SearchEngine> {
  const get = async (file: string) => {
    const response = await fetch(new URL(file, contentUrl));
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return response;
  };
  engine ??= Promise.all([get(SEARCH_FILES.index).then((r) => r.json()), get(SEARCH_FILES.postings).then((r) => r.arrayBuffer())])
    .then(([index, postings]: [SerializedSearchIndex, ArrayBuffer]) => {
      const texts = new FetchedSectionTexts(contentUrl, (doc) => index.documents[doc]![0]);
      const loaded = SearchEngine.load(index, new Uint8Array(postings), texts);
      loaded.addSource(notesSource);
      return loaded;
    })
    .catch((error: unknown) => {
      engine = null; // allow a retry
      throw error;
    });
  return engine;
}

function reply(message: WorkerReply) {
  (self as unknown as Worker).postMessage(message);
}

async function run(request: WorkerRequest) {
  try {
    const loaded = await loadEngine();
    if (request.kind === 'search') reply({ id: request.id, kind: 'search', response: await loaded.search(request.text, request.options) });
    else reply({ id: request.id, kind: 'quickOpen', items: loaded.quickOpen(request.text, request.limit) });
  } catch (error) {
    reply({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest | { kind: 'init'; contentUrl: string } | { kind: 'notes'; entries: NoteSearchEntry[] }>) => {
  const message = event.data;
  if (message.kind === 'notes') {
    notesSource.replace(message.entries);
    return;
  }
  if (message.kind === 'init') {
    contentUrl = message.contentUrl;
    void loadEngine().catch(() => undefined);
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
