/**
 * A lowdb adapter whose writes survive a crash or power cut: the JSON goes to a temp file, is
 * fsynced, then renamed over the real file (atomic on the same folder), and the folder is fsynced
 * so the rename itself is durable. steno (lowdb's default writer) renames but never fsyncs.
 */
import { open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';

export class DurableJsonFile<T> implements Adapter<T> {
  private readonly tempPath: string;
  /** The last text written, so backups can reuse it without serialising twice. */
  lastWritten = '';

  constructor(readonly filePath: string) {
    this.tempPath = path.join(path.dirname(filePath), `.${path.basename(filePath)}.tmp`);
  }

  /** Raw text, or null when there is no file; the store decides what the text means. */
  async readText(): Promise<string | null> {
    try {
      return await readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async read(): Promise<T | null> {
    const text = await this.readText();
    return text === null ? null : (JSON.parse(text) as T);
  }

  async write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    await writeDurably(this.tempPath, text);
    await rename(this.tempPath, this.filePath);
    await syncFolder(path.dirname(this.filePath));
    this.lastWritten = text;
  }
}

export async function writeDurably(filePath: string, text: string): Promise<void> {
  const handle = await open(filePath, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Windows cannot open a folder for fsync; NTFS journals the rename there anyway. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // not supported on this platform
  } finally {
    await handle?.close();
  }
}
