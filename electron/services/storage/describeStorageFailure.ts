/**
 * Turns a file-system error into words a user can act on, in both UI languages, instead of
 * "ENOSPC: no space left on device, write". The raw code stays at the end for support.
 */
import type { LocalizedDetail } from '../../../core/errors';
import { classifyStorageError, type StorageProblem } from './durable/durableFs';

const REASONS: Record<StorageProblem, LocalizedDetail> = {
  full: { id: 'disk penuh', en: 'the disk is full' },
  'read-only': { id: 'folder data hanya dapat dibaca (tidak ada izin menulis)', en: 'the data folder is read-only (no permission to write)' },
  missing: { id: 'folder data tidak ada dan tidak dapat dibuat', en: 'the data folder is missing and cannot be created' },
  locked: { id: 'folder data sedang dipakai oleh jendela Pustaka Inovasi lain', en: 'the data folder is in use by another Pustaka Inovasi window' },
  other: { id: 'kesalahan berkas', en: 'a file error' },
};

export function storageReason(problem: StorageProblem): LocalizedDetail {
  return REASONS[problem];
}

export function describeStorageFailure(error: unknown): LocalizedDetail {
  const problem = classifyStorageError(error);
  const reason = REASONS[problem];
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const suffix = code && problem !== 'locked' ? ` (${code})` : '';
  return { id: reason.id + suffix, en: reason.en + suffix };
}
