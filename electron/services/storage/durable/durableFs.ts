/**
 * The file-system calls the durable-write path makes, gathered behind one seam so tests can make
 * them fail the way real disks do (ENOSPC halfway through a write, EROFS, EACCES) without root
 * tricks or a full disk. Production passes Node's own `fs/promises`.
 */
import * as fsp from 'node:fs/promises';

export type DurableFs = Pick<
  typeof fsp,
  'open' | 'rename' | 'mkdir' | 'readFile' | 'copyFile' | 'unlink' | 'readdir' | 'stat' | 'truncate'
>;

export const nodeFs: DurableFs = fsp;

/** Errors that mean "the data folder cannot be written now", as opposed to a bug. */
export type StorageProblem = 'full' | 'read-only' | 'missing' | 'locked' | 'other';

export function classifyStorageError(error: unknown): StorageProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'full';
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return 'read-only';
    case 'ENOENT':
    case 'ENOTDIR':
    case 'EEXIST':
      return 'missing';
    case 'ELOCKED':
      return 'locked';
    default:
      return 'other';
  }
}
