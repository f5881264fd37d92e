/**
 * The state both views share (slide, blank screen, start time), driven from either view: every
 * change is applied here, sent to the other view and remembered as where the deck was left.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { callHost } from '../api/host';
import { clampIndex } from './deck/buildDeck';
import { mergeState, openPresentLink, type PresentLink, type SharedPresentState } from './presentSync';

export interface Presentation {
  state: SharedPresentState;
  goTo(index: number): void;
  next(): void;
  previous(): void;
  toggleBlank(): void;
  restartClock(): void;
  /** Tells the other view the presentation is over. */
  end(): void;
  /** The other view ended the presentation. */
  ended: boolean;
}

export function usePresentation(deck: string, count: number, requestedIndex: number | null, ready: boolean): Presentation {
  const [state, setState] = useState<SharedPresentState>(() => ({ index: 0, blank: false, startedAt: Date.now(), changedAt: 0 }));
  const stateRef = useRef(state);
  stateRef.current = state;
  const link = useRef<PresentLink | null>(null);
  const heardOther = useRef(false);
  const [ended, setEnded] = useState(false);

  // Open the link once the deck is loaded; say hello so a view already showing it answers.
  useEffect(() => {
    if (!ready) return;
    const opened = openPresentLink(deck, (message) => {
      if (message.type === 'hello') {
        opened.send({ type: 'state', state: stateRef.current });
        return;
      }
      if (message.type === 'end') {
        setEnded(true);
        return;
      }
      heardOther.current = true;
      setState((local) => {
        const merged = mergeState(local, message.state);
        return { ...merged, index: clampIndex(merged.index, count) };
      });
    });
    link.current = opened;
    opened.send({ type: 'hello' });
    return () => {
      opened.close();
      link.current = null;
    };
  }, [deck, count, ready]);

  // Where to start: the slide asked for, else where the deck was left (unless another view spoke first).
  useEffect(() => {
    if (!ready) return;
    if (requestedIndex !== null) {
      setState((s) => ({ ...s, index: clampIndex(requestedIndex, count) }));
      return;
    }
    let current = true;
    void callHost('present:position', { deck }).then((result) => {
      if (!current || heardOther.current || !result.ok || result.value.index === null) return;
      const index = clampIndex(result.value.index, count);
      setState((s) => (s.changedAt === 0 ? { ...s, index } : s));
    });
    return () => {
      current = false;
    };
  }, [deck, count, ready, requestedIndex]);

  const apply = useCallback(
    (change: (s: SharedPresentState) => Partial<SharedPresentState>) => {
      const before = stateRef.current;
      const next = { ...before, ...change(before), changedAt: Math.max(Date.now(), before.changedAt + 1) };
      next.index = clampIndex(next.index, count);
      stateRef.current = next;
      setState(next);
      link.current?.send({ type: 'state', state: next });
      if (next.index !== before.index) void callHost('present:savePosition', { deck, index: next.index });
    },
    [deck, count],
  );

  return {
    state,
    goTo: useCallback((index: number) => apply(() => ({ index })), [apply]),
    next: useCallback(() => apply((s) => ({ index: s.index + 1 })), [apply]),
    previous: useCallback(() => apply((s) => ({ index: s.index - 1 })), [apply]),
    toggleBlank: useCallback(() => apply((s) => ({ blank: !s.blank })), [apply]),
    restartClock: useCallback(() => apply(() => ({ startedAt: Date.now() })), [apply]),
    end: useCallback(() => link.current?.send({ type: 'end' }), []),
    ended,
  };
}
