/**
 * Walks a user's folder and says what may be indexed. Rules (issue #13): only `.md`/`.markdown`
 * are documents; images are assets; hidden files and folders and `node_modules` are skipped; a
 * symlink is followed only to a file that stays inside the folder (never to a folder: no cycles);
 * a file over the size limit, or one that cannot be read, is a problem, and the rest goes on.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceProblem } from '../../../../core/sources/types';
import { problemMessages } from './problemMessages';

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ASSET_BYTES = 5 * 1024 * 1024;
const DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown']);
const ASSET_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg']);

export type ScannedKind = 'document' | 'asset';

export interface ScannedFile {
  /** Relative to the root, `/` separators. */
  file: string;
  kind: ScannedKind;
  size: number;
  mtimeMs: number;
}

export interface FolderScan {
  files: ScannedFile[];
  /** Files and folders that were skipped with a reason the user should see. */
  problems: SourceProblem[];
}

export function kindOf(relative: string): ScannedKind | null {
  const extension = path.extname(relative).toLowerCase();
  if (DOCUMENT_EXTENSIONS.has(extension)) return 'document';
  if (ASSET_EXTENSIONS.has(extension)) return 'asset';
  return null;
}

/** True for a path (relative, `/` separators) that lies under a hidden folder or `node_modules`, or is hidden itself. */
export function isIgnoredPath(relative: string): boolean {
  return relative.split('/').some((part) => part.startsWith('.') || part === 'node_modules');
}

export const toPosix = (p: string): string => p.split(path.sep).join('/');

function inside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Checks one file the way the scan would: null when it is not indexed (wrong kind, ignored,
 * symlink leaving the folder, gone); a problem when it is too large or unreadable.
 */
export async function inspectFile(root: string, realRoot: string, relative: string): Promise<ScannedFile | SourceProblem | null> {
  const kind = kindOf(relative);
  if (!kind || isIgnoredPath(relative)) return null;
  const absolute = path.join(root, relative);
  try {
    const link = await lstat(absolute);
    if (link.isSymbolicLink()) {
      const target = await realpath(absolute);
      if (!inside(realRoot, target)) return null;
    }
    const info = await stat(absolute);
    if (!info.isFile()) return null;
    const limit = kind === 'document' ? MAX_DOCUMENT_BYTES : MAX_ASSET_BYTES;
    if (info.size > limit) return { file: relative, message: problemMessages.tooLarge(info.size, limit) };
    return { file: relative, kind, size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ELOOP') return null;
    return { file: relative, message: problemMessages.unreadable(code) };
  }
}

export async function scanFolder(root: string): Promise<FolderScan> {
  const realRoot = await realpath(root);
  const files: ScannedFile[] = [];
  const problems: SourceProblem[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(root, folder), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (folder === '') throw error; // the folder itself: the caller decides (missing / error)
      if (code !== 'ENOENT') problems.push({ file: folder, message: problemMessages.unreadableFolder(code) });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        await walk(relative);
        continue;
      }
      if (!entry.isFile() && !entry.isSymbolicLink()) continue;
      const found = await inspectFile(root, realRoot, relative);
      if (!found) continue;
      if ('kind' in found) files.push(found);
      else problems.push(found);
    }
  };
  await walk('');
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, problems };
}
