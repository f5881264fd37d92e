/**
 * Replaces a file so that a crash or power cut leaves either the old or the new contents, never
 * a mix: write a temp file in the same folder, fsync it, rename it over the target, fsync the
 * folder so the rename itself is durable. Node's and lowdb's writers rename but never fsync.
 */
import path from 'node:path';
import type { DurableFs } from './durableFs';

export async function writeFileDurably(fs: DurableFs, filePath: string, text: string): Promise<void> {
  const tempPath = path.join(path.dirname(filePath), `.${path.basename(filePath)}.tmp`);
  const handle = await fs.open(tempPath, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tempPath, filePath);
  await syncFolder(fs, path.dirname(filePath));
}

/** Windows cannot open a folder for fsync; NTFS journals the rename there anyway. */
async function syncFolder(fs: DurableFs, folder: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // not supported on this platform
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export async function readTextIfExists(fs: DurableFs, filePath: string): Promise<string | null> {
  try {
    return await fs.readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
