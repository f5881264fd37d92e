/**
 * Decides whether a path may become a folder source, before anything is written: it must be an
 * absolute path to an existing, readable directory, not added already, and neither inside nor
 * around the app's own data folder (indexing that would index the index). Each refusal says
 * why in both UI languages.
 */
import { constants } from 'node:fs';
import { access, opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiFailure, type LocalizedDetail } from '../../../core/errors';

const REASONS = {
  notAbsolute: { id: 'jalur folder harus lengkap, dimulai dari akar diska', en: 'the folder path must be absolute' },
  missing: { id: 'folder tidak ditemukan', en: 'the folder does not exist' },
  notFolder: { id: 'yang dipilih adalah berkas, bukan folder', en: 'that is a file, not a folder' },
  unreadable: { id: 'folder tidak dapat dibaca (izin akses ditolak)', en: 'the folder cannot be read (permission denied)' },
  dataFolder: {
    id: 'folder ini berisi atau berada di dalam folder data aplikasi',
    en: "the folder contains, or is inside, the app's own data folder",
  },
  alreadyAdded: (name: string): LocalizedDetail => ({
    id: `folder ini sudah ditambahkan sebagai sumber "${name}"`,
    en: `this folder is already added as the source "${name}"`,
  }),
} satisfies Record<string, LocalizedDetail | ((name: string) => LocalizedDetail)>;

function refuse(reason: LocalizedDetail): never {
  throw new ApiFailure('source_folder_invalid', reason);
}

function isSameOrInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export interface FolderContext {
  /** The app's user-data folder. */
  dataDir: string;
  /** Folder sources already added: their real paths and names. */
  existing: { root: string; name: string }[];
}

/** Returns the folder's real path (symlinks resolved), or throws `source_folder_invalid`. */
export async function checkNewFolder(input: string, context: FolderContext): Promise<string> {
  if (!path.isAbsolute(input)) refuse(REASONS.notAbsolute);
  let real: string;
  try {
    real = await realpath(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    refuse(code === 'EACCES' || code === 'EPERM' ? REASONS.unreadable : REASONS.missing);
  }
  const info = await stat(real).catch(() => refuse(REASONS.missing));
  if (!info.isDirectory()) refuse(REASONS.notFolder);
  try {
    await access(real, constants.R_OK | constants.X_OK);
    await (await opendir(real)).close();
  } catch {
    refuse(REASONS.unreadable);
  }
  const dataDir = await realpath(context.dataDir).catch(() => path.resolve(context.dataDir));
  if (isSameOrInside(real, dataDir) || isSameOrInside(dataDir, real)) refuse(REASONS.dataFolder);
  const same = context.existing.find((s) => s.root === real || (process.platform !== 'linux' && s.root.toLowerCase() === real.toLowerCase()));
  if (same) refuse(REASONS.alreadyAdded(same.name));
  return real;
}

/** The default name of a folder source: its base name, fit for the contract's name rules. */
export function defaultSourceName(realPath: string): string {
  const base = path.basename(realPath).trim().slice(0, 80);
  return /\p{L}|\p{N}/u.test(base) ? base : 'Folder';
}
