/**
 * Starting a presentation from the library. In Electron the host puts the audience view on the
 * second display and this window becomes the presenter view; where it cannot (one browser
 * window), this window shows the audience view and the presenter view opens beside it.
 */
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { callHost } from '../api/host';
import type { DeckKind } from './deck/buildDeck';
import { openPresentWindow, presentRoute } from './presentWindows';

export function usePresentActions() {
  const navigate = useNavigate();
  const location = useLocation();
  const from = `${location.pathname}${location.search}`;
  const present = useCallback(
    async (kind: DeckKind, id: string) => {
      const result = await callHost('present:openWindow', { view: 'audience', route: presentRoute('audience', kind, id) });
      // Esc returns here: the reader, the Presentasi page or the pack, wherever it was started.
      void navigate(presentRoute(result.ok && result.value.opened ? 'presenter' : 'audience', kind, id), { state: { presentFrom: from } });
    },
    [navigate, from],
  );
  const presenter = useCallback((kind: DeckKind, id: string) => void openPresentWindow('presenter', kind, id), []);
  return { present, presenter };
}
