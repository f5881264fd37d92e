/**
 * The presenter's own layout, kept between sessions on this computer: how large the speaker notes
 * are (Ctrl + / Ctrl − / Ctrl 0) and how the width is split between the slide and the notes.
 */
import { useCallback, useEffect, useState } from 'react';

const STORAGE_KEY = 'pustaka.presenterLayout';
export const NOTES_SCALE = { min: 0.8, max: 2.4, step: 0.2, initial: 1 };
export const SLIDE_SHARE = { min: 30, max: 75, initial: 60 };

interface Layout {
  notesScale: number;
  /** Percentage of the width the current slide takes. */
  slideShare: number;
}

function load(): Layout {
  try {
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Layout>;
    return {
      notesScale: clamp(Number(saved.notesScale) || NOTES_SCALE.initial, NOTES_SCALE.min, NOTES_SCALE.max),
      slideShare: clamp(Number(saved.slideShare) || SLIDE_SHARE.initial, SLIDE_SHARE.min, SLIDE_SHARE.max),
    };
  } catch {
    return { notesScale: NOTES_SCALE.initial, slideShare: SLIDE_SHARE.initial };
  }
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
const round = (n: number) => Math.round(n * 100) / 100;

export function usePresenterLayout() {
  const [layout, setLayout] = useState<Layout>(load);
  useEffect(() => {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(layout));
    } catch {
      // A full or blocked storage only means the layout is not remembered.
    }
  }, [layout]);
  const zoomNotes = useCallback((direction: 1 | -1 | 0) => {
    setLayout((l) => ({
      ...l,
      notesScale: direction === 0 ? NOTES_SCALE.initial : round(clamp(l.notesScale + direction * NOTES_SCALE.step, NOTES_SCALE.min, NOTES_SCALE.max)),
    }));
  }, []);
  const setSlideShare = useCallback((share: number) => setLayout((l) => ({ ...l, slideShare: round(clamp(share, SLIDE_SHARE.min, SLIDE_SHARE.max)) })), []);
  return { ...layout, zoomNotes, setSlideShare };
}

/** Ctrl (or ⌘) with + / = / − / 0: the notes' size. Returns the direction, or null for other keys. */
export function notesZoomKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): 1 | -1 | 0 | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === '+' || event.key === '=') return 1;
  if (event.key === '-' || event.key === '−' || event.key === '_') return -1;
  if (event.key === '0') return 0;
  return null;
}
