/**
 * Routes of the two views, and opening one in its own window. In Electron the host opens it (the
 * audience view on the second display when there is one); elsewhere the browser opens a window
 * of the same origin, which shares the BroadcastChannel all the same.
 */
import { callHost } from '../api/host';
import type { DeckKind } from './deck/buildDeck';

export type PresentView = 'audience' | 'presenter';

export function presentRoute(view: PresentView, kind: DeckKind, id: string): string {
  return `/${view === 'audience' ? 'tampil' : 'penyaji'}/${kind}/${id}`;
}

export async function openPresentWindow(view: PresentView, kind: DeckKind, id: string): Promise<boolean> {
  const route = presentRoute(view, kind, id);
  const result = await callHost('present:openWindow', { view, route });
  if (result.ok && result.value.opened) return true;
  const opened = window.open(`#${route}`, view === 'audience' ? 'pustaka-layar-peserta' : 'pustaka-layar-penyaji', 'popup,width=1280,height=800');
  return opened !== null;
}

/** Electron's own windows carry ?jendela=1: leaving the presentation closes them. */
export function isOwnWindow(search: URLSearchParams): boolean {
  return search.get('jendela') === '1';
}
