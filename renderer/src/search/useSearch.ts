import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentHit, SearchOptions, SearchResponse } from '../../../core/search/types';
import { onSearchableChanged, searchLibrary } from './searchClient';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; previous: SearchResponse | null }
  | { status: 'ready'; response: SearchResponse }
  | { status: 'unavailable'; message: string };

/**
 * Runs the query in the worker whenever it changes, and again when what search covers changes
 * (a folder's segments loaded); keeps the previous answer while waiting.
 */
export function useSearch(text: string, options: SearchOptions): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [coverage, setCoverage] = useState(0);
  useEffect(() => onSearchableChanged(() => setCoverage((n) => n + 1)), []);
  const key = JSON.stringify(options);
  useEffect(() => {
    if (!text.trim()) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((prev) => ({ status: 'searching', previous: prev.status === 'ready' ? prev.response : prev.status === 'searching' ? prev.previous : null }));
    searchLibrary(text, options).then(
      (response) => {
        if (current && response) setState({ status: 'ready', response });
      },
      (error: unknown) => {
        if (current) setState({ status: 'unavailable', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the options
  }, [text, key, coverage]);
  return state;
}

export interface PagedSearch {
  state: SearchState;
  /** The first page's hits and every page loaded after it, in order. */
  hits: DocumentHit[];
  /** The newest total (a later page may know more than the first). */
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  /** The last "load more" failed; calling loadMore again retries. */
  moreFailed: boolean;
  /** Loads the next page; resolves true when it added hits. */
  loadMore(): Promise<boolean>;
}

/** The full results list: a first page of `pageSize`, then more on request (scroll or button). */
export function usePagedSearch(text: string, options: SearchOptions, pageSize: number): PagedSearch {
  const state = useSearch(text, { ...options, limit: pageSize });
  const first = state.status === 'ready' ? state.response : null;
  const [more, setMore] = useState<{ of: SearchResponse | null; hits: DocumentHit[]; total: number | null; exhausted: boolean }>({ of: null, hits: [], total: null, exhausted: false });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const busy = useRef(false);
  const extra = more.of === first ? more : { of: first, hits: [], total: null, exhausted: !!first && first.hits.length < pageSize };
  const hits = first ? [...first.hits, ...extra.hits] : [];
  const total = extra.total ?? first?.total ?? 0;
  // A page shorter than asked for was the last, whatever the total says (a phrase query's is a lower bound).
  const hasMore = !!first && !extra.exhausted && hits.length < total;
  const optionsKey = JSON.stringify(options);

  useEffect(() => {
    setLoadingMore(false);
    setMoreFailed(false);
    busy.current = false;
  }, [first]);

  const loadMore = useCallback(async (): Promise<boolean> => {
    if (!first || busy.current || !hasMore) return false;
    busy.current = true;
    setLoadingMore(true);
    setMoreFailed(false);
    try {
      const page = await searchLibrary(text, { ...(JSON.parse(optionsKey) as SearchOptions), limit: pageSize, offset: hits.length });
      if (!page) return false; // superseded by a newer query
      const seen = new Set(hits.map((h) => `${h.source}\u0000${h.id}`));
      const added = page.hits.filter((h) => !seen.has(`${h.source}\u0000${h.id}`));
      setMore({ of: first, hits: [...extra.hits, ...added], total: page.total, exhausted: page.hits.length < pageSize || added.length === 0 });
      return added.length > 0;
    } catch {
      setMoreFailed(true);
      return false;
    } finally {
      busy.current = false;
      setLoadingMore(false);
    }
  }, [first, hasMore, text, optionsKey, pageSize, hits, extra.hits]);

  return { state, hits, total, hasMore, loadingMore, moreFailed, loadMore };
}
