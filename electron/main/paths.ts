import { app } from 'electron';
import path from 'node:path';

/** Tests (tests/electron) give every run a fresh user-data folder; must be set before ready. */
export function applyUserDataOverride(): void {
  const dir = process.env.PUSTAKA_USER_DATA_DIR;
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
