/**
 * Builds `window.pustaka`. The preload calls it with ipcRenderer; the e2e harness injects the very
 * same function (via Function.prototype.toString) with a Playwright binding. It must therefore stay
 * self-contained: no imports used at run time, no closures over module scope.
 */
import type { PustakaBridge } from './api';

export interface BridgeTransport {
  invoke(channel: string, input: unknown): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

export function createPustakaBridge(
  channels: readonly string[],
  events: readonly string[],
  transport: BridgeTransport,
): PustakaBridge {
  const bridge = {
    invoke(channel: string, input?: unknown) {
      if (!channels.includes(channel)) {
        const detail = String(channel).slice(0, 80);
        return Promise.resolve({
          ok: false,
          error: {
            code: 'unknown_channel',
            message: `Perintah "${detail}" tidak dikenal oleh aplikasi.`,
            messages: {
              id: `Perintah "${detail}" tidak dikenal oleh aplikasi.`,
              en: `The app does not know the command "${detail}".`,
            },
          },
        });
      }
      return transport.invoke(channel, input);
    },
    on(event: string, listener: (payload: unknown) => void) {
      if (!events.includes(event) || typeof listener !== 'function') return () => {};
      return transport.subscribe(event, listener);
    },
  };
  return Object.freeze(bridge) as unknown as PustakaBridge;
}
