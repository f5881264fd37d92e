/**
 * Finds an installed Electron binary without requiring the `electron` package, whose index.js
 * would try to download one (impossible on machines without network access).
 */
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export function findElectronBinary(): string | null {
  const pkg = path.join(REPO_ROOT, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative ?? 'electron') : relative ? path.join(pkg, 'dist', relative) : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

export const SKIP_MESSAGE = 'skipped: no Electron binary';

/** Starts the real app with a fresh user-data folder; `close()` quits it and removes the folder. */
export async function launchApp(binary: string, folderPrefix: string): Promise<{ app: ElectronApplication; page: Page; close(): Promise<void> }> {
  const userData = await mkdtemp(path.join(os.tmpdir(), folderPrefix));
  const app = await electron.launch({ executablePath: binary, args: [REPO_ROOT], env: { ...process.env, PUSTAKA_USER_DATA_DIR: userData } });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return {
    app,
    page,
    close: async () => {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    },
  };
}
