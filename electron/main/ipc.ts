import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../core/api';
import { makeApiError } from '../../core/errors';
import type { Host } from '../services/host/createHost';
import { isAppEntryUrl } from '../services/security/navigationPolicy';
import { appEntryPages } from './paths';

/** Only the app's own top-level page may call the host (not a raw file that a window was sent to). */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppEntryUrl(frame.url, appEntryPages());
}

export function registerIpc(host: Host): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event)) return { ok: false, error: makeApiError('unknown_channel', host.language(), channel) };
      return host.invoke(channel, input);
    });
  }
}
