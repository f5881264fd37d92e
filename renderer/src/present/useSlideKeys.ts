/**
 * The presenting keys, for whichever view has the focus. A typed number waits for Enter; what
 * has been typed so far is returned so the view can show it.
 */
import { useEffect, useRef, useState } from 'react';
import { commandForKey, jumpTarget } from './slideKeys';
import type { Presentation } from './usePresentation';

export interface SlideKeyActions {
  presentation: Presentation;
  count: number;
  onExit(): void;
  /** Extra keys a view adds (the presenter's own shortcuts); return true when handled. */
  onOtherKey?(event: KeyboardEvent): boolean;
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function useSlideKeys(actions: SlideKeyActions): string {
  const [typed, setTyped] = useState('');
  const typedRef = useRef(typed);
  typedRef.current = typed;
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const { presentation, count, onExit, onOtherKey } = latest.current;
      const command = commandForKey(event, typedRef.current !== '');
      if (!command) {
        if (onOtherKey?.(event)) event.preventDefault();
        return;
      }
      // Buttons keep their own Enter and Space.
      if (command.type === 'next' && (event.key === 'Enter' || event.key === ' ') && target?.closest('button, a')) return;
      event.preventDefault();
      if (command.type === 'digit') {
        setTyped((t) => (t + command.digit).slice(-4));
        return;
      }
      setTyped('');
      switch (command.type) {
        case 'next':
          return presentation.next();
        case 'previous':
          return presentation.previous();
        case 'first':
          return presentation.goTo(0);
        case 'last':
          return presentation.goTo(count - 1);
        case 'blank':
          return presentation.toggleBlank();
        case 'fullscreen':
          return toggleFullscreen();
        case 'exit':
          if (typedRef.current) return;
          return onExit();
        case 'jump': {
          const index = jumpTarget(typedRef.current, count);
          if (index !== null) presentation.goTo(index);
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return typed;
}
