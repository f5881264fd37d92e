import { app } from 'electron';
import path from 'node:path';
import { userDataOverride } from '../services/security/userDataOverride';

/** Running from the source tree (`npm start`, `npm run dev`, the Electron specs), not an installed build. */
export function isDevelopmentBuild(): boolean {
  return !app.isPackaged;
}

/** Tests (tests/electron) give every run a fresh user-data folder; must be set before ready. */
export function applyUserDataOverride(): void {
  const dir = userDataOverride(process.env, { development: isDevelopmentBuild() });
  if (dir) app.setPath('userData', dir);
}

/** Where the built renderer and the compiled library live, packaged or not. */
export function appPaths() {
  const root = app.getAppPath();
  return {
    renderer: path.join(root, 'out', 'renderer'),
    content: app.isPackaged ? path.join(process.resourcesPath, 'content') : path.join(root, 'out', 'content'),
    preload: path.join(root, 'out', 'preload', 'index.cjs'),
    userData: app.getPath('userData'),
  };
}

export const APP_ORIGIN = 'app://app';
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** `npm run dev` serves the renderer from electron-vite's dev server; never in a packaged app. */
export function devRendererUrl(): string | null {
  const url = process.env.ELECTRON_RENDERER_URL;
  return !app.isPackaged && url && /^http:\/\/(localhost|127\.0\.0\.1):\d+\/?$/.test(url) ? url : null;
}

/** The one page an app window may show (with any hash route) and IPC may come from. */
export function appEntryPages(): string[] {
  const dev = devRendererUrl();
  return dev ? [APP_ENTRY, dev] : [APP_ENTRY];
}
