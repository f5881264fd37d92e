/**
 * The library's sources as the UI sees them: loaded once, refreshed when the host says they
 * changed, and polled every second while any source is indexing (events may be missed by a page
 * opened mid-run, and a poll is cheap). Progress events update the running source at once, so the
 * progress bar moves between polls.
 */
import { useCallback, useEffect, useState } from 'react';
import { parseDocumentKey } from '../../../core/sources/documentKey';
import type { SourceInfo, SourceProgress } from '../../../core/sources/types';
import { callHost, onHostEvent } from '../api/host';

const POLL_MS = 1000;
/** Pages that changed a source tell every other view of the list to reload. */
const LOCAL_CHANGE_EVENT = 'pustaka-sources-changed';

export interface SourcesState {
  sources: SourceInfo[];
  /** False until the first answer arrives (so an empty list is not shown as "none"). */
  loaded: boolean;
  refresh(): void;
  /** Shows a source the host just returned (an added folder) before the next listing arrives. */
  upsert(source: SourceInfo): void;
}

/** Call after an action changed a source, so every list on screen reloads. */
export function announceSourcesChanged(): void {
  window.dispatchEvent(new Event(LOCAL_CHANGE_EVENT));
}

/** A progress event applied to the listing: finished runs wait for the next listing instead. */
function withProgress(sources: SourceInfo[], progress: SourceProgress): SourceInfo[] {
  if (progress.phase === 'done' || progress.phase === 'cancelled' || progress.phase === 'failed') return sources;
  return sources.map((s) => (s.id === progress.source ? { ...s, status: 'indexing', progress } : s));
}

export function useSourcesState(): SourcesState {
  const [sources, setSources] = useState<SourceInfo[]>([]);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      clearTimeout(timer);
      void callHost('sources:list').then((result) => {
        if (!alive || !result.ok) return;
        setSources(result.value.sources);
        setLoaded(true);
        if (result.value.sources.some((s) => s.status === 'indexing')) timer = setTimeout(load, POLL_MS);
      });
    };
    load();
    const offChanged = onHostEvent('sources:changed', load);
    const offProgress = onHostEvent('sources:progress', (progress) => {
      if (!alive) return;
      setSources((current) => withProgress(current, progress));
      // A run that ends, or one the poll has not seen start yet, needs the full listing.
      clearTimeout(timer);
      timer = setTimeout(load, progress.phase === 'done' || progress.phase === 'cancelled' || progress.phase === 'failed' ? 0 : POLL_MS);
    });
    window.addEventListener(LOCAL_CHANGE_EVENT, load);
    return () => {
      alive = false;
      clearTimeout(timer);
      offChanged();
      offProgress();
      window.removeEventListener(LOCAL_CHANGE_EVENT, load);
    };
  }, []);
  const upsert = useCallback((source: SourceInfo) => {
    setSources((current) => (current.some((s) => s.id === source.id) ? current.map((s) => (s.id === source.id ? source : s)) : [...current, source]));
  }, []);
  return { sources, loaded, refresh: announceSourcesChanged, upsert };
}

export function useSources(): SourceInfo[] {
  return useSourcesState().sources;
}

/** The source a document key belongs to, by name; undefined for the bundled library or an unknown source. */
export function sourceOfKey(sources: readonly SourceInfo[], key: string): SourceInfo | undefined {
  const { source } = parseDocumentKey(key);
  return sources.find((s) => s.id === source && s.kind !== 'bundled');
}
