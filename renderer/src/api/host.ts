/**
 * The renderer's only door to the host. Wraps window.pustaka (preload in Electron, the Playwright
 * binding in tests) so components never touch the global directly.
 */
import type { Channel, HostEvent, HostEventPayload, Input, Output, PustakaBridge, Result } from '../../../core/api';

declare global {
  interface Window {
    pustaka?: PustakaBridge;
  }
}

function bridge(): PustakaBridge {
  if (!window.pustaka) throw new Error('window.pustaka is missing: the app was opened outside its host');
  return window.pustaka;
}

export function hostAvailable(): boolean {
  return typeof window.pustaka === 'object' && window.pustaka !== null;
}

/** Codes that mean the data folder could not be written: the notes banner checks again. */
const STORAGE_TROUBLE = new Set(['notes_save_failed', 'notes_unavailable', 'storage_failed']);
export const STORAGE_TROUBLE_EVENT = 'pustaka-storage-trouble';

export function callHost<C extends Channel>(channel: C, input?: Input<C>): Promise<Result<Output<C>>> {
  return bridge()
    .invoke(channel, input)
    .then((result) => {
      if (!result.ok && STORAGE_TROUBLE.has(result.error.code)) window.dispatchEvent(new Event(STORAGE_TROUBLE_EVENT));
      return result;
    });
}

export function onHostEvent<E extends HostEvent>(event: E, listener: (payload: HostEventPayload[E]) => void): () => void {
  return hostAvailable() ? bridge().on(event, listener) : () => {};
}
