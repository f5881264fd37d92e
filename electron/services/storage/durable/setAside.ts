/**
 * Damaged files are never deleted: they are moved (or copied, when the original must stay for a
 * moment longer) next to the original under a dated name, and the user is told where.
 */
import type { DurableFs } from './durableFs';

export function asideName(filePath: string, now: Date): string {
  return `${filePath}.rusak-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/** Moves the file aside; returns the new path, or null when there was nothing to move. */
export async function moveAside(fs: DurableFs, filePath: string, now: Date): Promise<string | null> {
  const target = asideName(filePath, now);
  try {
    await fs.rename(filePath, target);
    return target;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function copyAside(fs: DurableFs, filePath: string, now: Date): Promise<string> {
  const target = asideName(filePath, now);
  await fs.copyFile(filePath, target);
  return target;
}
