import type { WebContents } from 'electron';
import { isAppEntryUrl } from '../services/security/navigationPolicy';
import { appEntryPages } from './paths';

/**
 * Keeps a window on the app's own page: a link or redirect to anything else (a raw file under
 * app://, another site) is stopped; outside links go through the window-open handler instead.
 */
export function confineToAppPage(contents: WebContents): void {
  const stayOnAppPage = (event: Electron.Event<{ url: string }>) => {
    if (!isAppEntryUrl(event.url, appEntryPages())) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppPage);
  contents.on('will-redirect', stayOnAppPage);
}
