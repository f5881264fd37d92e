import { useEffect, useState } from 'react';
import type { SearchOptions, SearchResponse } from '../../../core/search/types';
import { searchLibrary } from './searchClient';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; previous: SearchResponse | null }
  | { status: 'ready'; response: SearchResponse }
  | { status: 'unavailable'; message: string };

/** Runs the query in the worker whenever it changes; keeps the previous answer while waiting. */
export function useSearch(text: string, options: SearchOptions): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
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
  }, [text, key]);
  return state;
}
