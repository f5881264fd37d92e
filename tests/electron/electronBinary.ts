/**
 * Finds an installed Electron binary without requiring the `electron` package, whose index.js
 * would try to download one (impossible on machines without network access).
 */
import { existsSync, readFileSync } from 'node:fs';
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
