/**
 * The library's sources as the UI sees them: loaded once, refreshed when the host says they
 * changed, and polled every second while any source is indexing (events may be missed by a page
 * opened mid-run, and a poll is cheap).
 */
import { useEffect, useState } from 'react';
import { parseDocumentKey } from '../../../core/sources/documentKey';
import type { SourceInfo } from '../../../core/sources/types';
import { callHost, onHostEvent } from '../api/host';

const POLL_MS = 1000;

export function useSources(): SourceInfo[] {
  const [sources, setSources] = useState<SourceInfo[]>([]);
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      void callHost('sources:list').then((result) => {
        if (!alive || !result.ok) return;
        setSources(result.value.sources);
        if (result.value.sources.some((s) => s.status === 'indexing')) timer = setTimeout(refresh, POLL_MS);
      });
    };
    refresh();
    const offChanged = onHostEvent('sources:changed', refresh);
    const offProgress = onHostEvent('sources:progress', refresh);
    return () => {
      alive = false;
      clearTimeout(timer);
      offChanged();
      offProgress();
    };
  }, []);
  return sources;
}

/** The source a document key belongs to, by name; undefined for the bundled library or an unknown source. */
export function sourceOfKey(sources: readonly SourceInfo[], key: string): SourceInfo | undefined {
  const { source } = parseDocumentKey(key);
  return sources.find((s) => s.id === source && s.kind !== 'bundled');
}
