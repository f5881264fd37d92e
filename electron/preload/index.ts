/** Exposes exactly one object, window.pustaka, built from the contract's channel list. */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, HOST_EVENTS } from '../../core/channels';
import { createPustakaBridge } from '../../core/bridge';

const HOST_EVENT_CHANNEL = 'pustaka:event';

contextBridge.exposeInMainWorld(
  'pustaka',
  createPustakaBridge(CHANNEL_NAMES, HOST_EVENTS, {
    invoke: (channel, input) => ipcRenderer.invoke(channel, input),
    subscribe: (event, listener) => {
      const relay = (_e: unknown, name: unknown, payload: unknown) => {
        if (name === event) listener(payload);
      };
      ipcRenderer.on(HOST_EVENT_CHANNEL, relay);
      return () => ipcRenderer.removeListener(HOST_EVENT_CHANNEL, relay);
    },
  }),
);
