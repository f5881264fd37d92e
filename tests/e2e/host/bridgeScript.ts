/**
 * The init script that defines window.pustaka in the harness exactly as the preload does: it is
 * built from the very same createPustakaBridge function, serialised with Function#toString.
 */
import { CHANNELS, HOST_EVENTS } from '../../../core/api';
import { createPustakaBridge } from '../../../core/bridge';

/** Browser-side name of the DOM event the harness uses to push host events to the page. */
export const HOST_EVENT_DOM_NAME = 'pustaka-host-event';

function script(invokeExpression: string): string {
  return `(() => {
  const createPustakaBridge = ${createPustakaBridge.toString()};
  const invoke = ${invokeExpression};
  const bridge = createPustakaBridge(${JSON.stringify(CHANNELS)}, ${JSON.stringify(HOST_EVENTS)}, {
    invoke,
    subscribe(event, listener) {
      const relay = (e) => { if (e.detail && e.detail.event === event) listener(e.detail.payload); };
      window.addEventListener(${JSON.stringify(HOST_EVENT_DOM_NAME)}, relay);
      return () => window.removeEventListener(${JSON.stringify(HOST_EVENT_DOM_NAME)}, relay);
    },
  });
  Object.defineProperty(window, 'pustaka', { value: bridge, writable: false, configurable: false, enumerable: true });
})();`;
}

/**
 * For Playwright: the binding `__pustakaHost` is captured, then hidden from page scripts. Results
 * travel as one JSON string: Playwright serialises objects value by value, which takes over a
 * second for a 3,000-document listing, where Electron's structured clone takes milliseconds.
 */
export const PLAYWRIGHT_BRIDGE_SCRIPT = script(`(() => {
    const binding = window.__pustakaHost;
    try { delete window.__pustakaHost; } catch {}
    return (channel, input) => binding(channel, input).then((json) => JSON.parse(json));
  })()`);

/** The host side of the Playwright binding: the same dispatch, answered as a JSON string. */
export async function answerAsJson(invoke: () => Promise<unknown>): Promise<string> {
  return JSON.stringify(await invoke());
}

/** For `npm run preview:web` in an ordinary browser: the same bridge over same-origin fetch. */
export const HTTP_BRIDGE_SCRIPT = script(`(channel, input) =>
    fetch('./__pustaka/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel, input }) }).then((r) => r.json())`);
