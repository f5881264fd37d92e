/**
 * The UI's handle on the search worker. Every call returns the answer to that call, or `null`
 * when a newer call superseded it (the UI simply ignores nulls).
 */
import type { QuickOpenItem, SearchOptions, SearchResponse } from '../../../core/search/types';
import type { NoteSearchEntry } from '../../../core/notes/notesSearchSource';
import type { SearchSegment } from '../../../core/sources/types';
import { callHost, hostAvailable, onHostEvent } from '../api/host';
import type { WorkerMessage, WorkerReply, WorkerRequest } from './searchProtocol';

type Waiting = { resolve(reply: WorkerReply | null): void };

let worker: Worker | null = null;
let nextId = 1;
// Searches and quick-open lookups are separate lanes: a new search supersedes only older searches.
const latest: Record<WorkerRequest['kind'], number> = { search: 0, quickOpen: 0 };
const waiting = new Map<number, Waiting & { kind: WorkerRequest['kind'] }>();

function ensureWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    if (event.data.kind === 'segments') {
      if (event.data.changed) for (const listener of searchableListeners) listener();
      return;
    }
    const entry = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    entry?.resolve(entry && event.data.id === latest[entry.kind] ? event.data : null);
  };
  post(worker, { kind: 'init', contentUrl: new URL('./__content/', document.baseURI).href });
  if (hostAvailable()) {
    void sendSegments();
    onHostEvent('sources:changed', () => void sendSegments());
  }
  return worker;
}

function post(to: Worker, message: WorkerMessage) {
  to.postMessage(message);
}

const searchableListeners = new Set<() => void>();

/** Called whenever what search covers changed (a folder's segments loaded or went): ask again. */
export function onSearchableChanged(listener: () => void): () => void {
  searchableListeners.add(listener);
  return () => searchableListeners.delete(listener);
}

let newestGeneration = -1;

/**
 * Asks the host for the folder sources' search segments and hands them to the worker, with
 * absolute URLs; a segment whose URL is not under ./__sources/ is left out.
 */
async function sendSegments(): Promise<void> {
  const result = await callHost('search:segments').catch(() => null);
  if (!result?.ok || !worker || result.value.generation < newestGeneration) return;
  newestGeneration = result.value.generation;
  const root = new URL('./__sources/', document.baseURI).href;
  const segments: SearchSegment[] = [];
  for (const segment of result.value.segments) {
    const url = new URL(segment.url, document.baseURI).href;
    if (url.startsWith(root) && url.endsWith('/')) segments.push({ ...segment, url });
  }
  post(worker, { kind: 'segments', generation: result.value.generation, segments });
}

/** Starts loading the index early (e.g. when the app starts), so the first query is quick. */
export function warmUpSearch(): void {
  ensureWorker();
}

type Unsent = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

function send(request: Unsent): Promise<WorkerReply | null> {
  const w = ensureWorker();
  const id = nextId++;
  latest[request.kind] = id;
  // Older calls of the same kind may never be answered: settle them now as superseded.
  for (const [oldId, entry] of waiting) {
    if (entry.kind !== request.kind) continue;
    waiting.delete(oldId);
    entry.resolve(null);
  }
  return new Promise((resolve) => {
    waiting.set(id, { resolve, kind: request.kind });
    post(w, { ...request, id } as WorkerRequest);
  });
}

/** Gives the worker the user's notes, so they appear in search results (labelled as notes). */
export function setSearchableNotes(entries: NoteSearchEntry[]): void {
  post(ensureWorker(), { kind: 'notes', entries });
}

export class SearchUnavailableError extends Error {}

export async function searchLibrary(text: string, options?: SearchOptions): Promise<SearchResponse | null> {
  const reply = await send({ kind: 'search', text, options });
  if (!reply) return null;
  if (reply.kind === 'error') throw new SearchUnavailableError(reply.message);
  return reply.kind === 'search' ? reply.response : null;
}

export async function quickOpen(text: string, limit = 8): Promise<QuickOpenItem[] | null> {
  const reply = await send({ kind: 'quickOpen', text, limit });
  if (!reply) return null;
  if (reply.kind === 'error') throw new SearchUnavailableError(reply.message);
  return reply.kind === 'quickOpen' ? reply.items : null;
}
