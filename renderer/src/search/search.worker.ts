/**
 * Search runs here, off the UI thread, so typing never waits for it. The serialized index is
 * fetched once and loaded (never rebuilt). Only the newest request is answered: one that is
 * still queued when a newer one arrives is dropped, which is how a newer query cancels an older.
 */
import { SearchEngine } from '../../../core/search/fulltext';
import { NotesSearchSource, type NoteSearchEntry } from '../../../core/notes/notesSearchSource';
import type { WorkerReply, WorkerRequest } from './searchProtocol';

// The user's notes answer every query too (the seam); the UI sends them whenever they change.
const notesSource = new NotesSearchSource();

let engine: Promise<SearchEngine> | null = null;
let indexUrl = '';
const pending: Partial<Record<WorkerRequest['kind'], WorkerRequest>> = {};
let scheduled = false;

function loadEngine(): Promise<SearchEngine> {
  engine ??= fetch(indexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    })
    .then((serialized) => {
      const loaded = SearchEngine.load(serialized);
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
    if (request.kind === 'search') reply({ id: request.id, kind: 'search', response: loaded.search(request.text, request.options) });
    else reply({ id: request.id, kind: 'quickOpen', items: loaded.quickOpen(request.text, request.limit) });
  } catch (error) {
    reply({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest | { kind: 'init'; indexUrl: string } | { kind: 'notes'; entries: NoteSearchEntry[] }>) => {
  const message = event.data;
  if (message.kind === 'notes') {
    notesSource.replace(message.entries);
    return;
  }
  if (message.kind === 'init') {
    indexUrl = message.indexUrl;
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
