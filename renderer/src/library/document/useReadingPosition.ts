/**
 * Keeps how far down a document the reader is (0 to 1) in the notes store, so "Lanjutkan membaca"
 * on the home page resumes there. Saved a moment after scrolling stops, and when leaving.
 */
import { useEffect, useRef } from 'react';
import { callHost } from '../../api/host';

const SAVE_AFTER_MS = 800;

export function readingFraction(root: HTMLElement): number {
  const range = root.scrollHeight - root.clientHeight;
  return range > 0 ? Math.min(1, Math.max(0, root.scrollTop / range)) : 0;
}

export function scrollToFraction(root: HTMLElement, fraction: number): number {
  return Math.round(fraction * Math.max(0, root.scrollHeight - root.clientHeight));
}

export function useReadingPosition(id: string, ready: boolean, scrollRoot: HTMLElement | null): void {
  const latest = useRef<number | null>(null);
  useEffect(() => {
    if (!ready || !scrollRoot) return;
    let timer: number | undefined;
    let saved: number | null = null;
    const save = () => {
      if (latest.current === null || latest.current === saved) return;
      saved = latest.current;
      void callHost('reading:markOpened', { id, position: Math.round(saved * 1000) / 1000 });
    };
    // The route changes before the page does: a scroll after leaving (to the top of the next
    // page) is not this document's place.
    const stillHere = () => window.location.hash === `#/dokumen/${id}` || window.location.hash.startsWith(`#/dokumen/${id}?`);
    const onScroll = () => {
      if (!stillHere()) return;
      latest.current = readingFraction(scrollRoot);
      window.clearTimeout(timer);
      timer = window.setTimeout(save, SAVE_AFTER_MS);
    };
    scrollRoot.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scrollRoot.removeEventListener('scroll', onScroll);
      window.clearTimeout(timer);
      save();
      latest.current = null;
    };
  }, [id, ready, scrollRoot]);
}
