/**
 * One process writes a data folder at a time. The lock is `pustaka.lock/` in the folder
 * (proper-lockfile: an atomic mkdir whose time is refreshed while held, stale after 10 s).
 * A lock left by a process that is gone (a crash, a kill) is taken over at once when it names a
 * process id that no longer runs on this machine, so a restart after a crash never opens
 * read-only. A second live process gets `held: false` and must open read-only.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export interface FolderLock {
  /** True when this process may write the folder. */
  readonly held: boolean;
  /** Why not, when `held` is false: another process, or the folder cannot be written. */
  readonly error: NodeJS.ErrnoException | null;
  /** Called once if the lock is lost while held (the folder vanished, another process took it). */
  onLost(listener: () => void): void;
  release(): Promise<void>;
}

const LOCK_NAME = 'pustaka.lock';
/** Beside the lock, not in it: proper-lockfile removes the lock folder with rmdir. */
const OWNER_FILE = 'pustaka.lock.owner';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock whose owner is a dead process on this host is stale, whatever its age. */
async function ownerIsGone(lockPath: string): Promise<boolean> {
  try {
    const owner = JSON.parse(await readFile(path.join(path.dirname(lockPath), OWNER_FILE), 'utf8')) as { pid?: unknown; host?: unknown };
    return owner.host === os.hostname() && typeof owner.pid === 'number' && owner.pid !== process.pid && !isRunning(owner.pid);
  } catch {
    return false;
  }
}

export async function lockDataFolder(folder: string): Promise<FolderLock> {
  const lockPath = path.join(folder, LOCK_NAME);
  const listeners: (() => void)[] = [];
  let lost = false;
  const options = {
    lockfilePath: lockPath,
    realpath: false,
    stale: 10_000,
    update: 2_000,
    onCompromised: () => {
      if (lost) return;
      lost = true;
      listeners.forEach((listener) => listener());
    },
  };
  let release: (() => Promise<void>) | null = null;
  let failure: NodeJS.ErrnoException | null = null;
  for (let attempt = 0; attempt < 2 && !release; attempt++) {
    try {
      release = await lockfile.lock(folder, options);
      await writeFile(path.join(folder, OWNER_FILE), JSON.stringify({ pid: process.pid, host: os.hostname() })).catch(() => undefined);
    } catch (error) {
      failure = error as NodeJS.ErrnoException;
      if (failure.code !== 'ELOCKED' || !(await ownerIsGone(lockPath))) break;
      await rm(lockPath, { recursive: true, force: true }).catch(() => undefined);
      failure = null;
    }
  }
  const held = release !== null;
  return {
    held,
    error: held ? null : failure,
    onLost: (listener) => {
      listeners.push(listener);
      if (lost) listener();
    },
    release: async () => {
      const r = release;
      release = null;
      if (r && !lost) await r().catch(() => undefined);
    },
  };
}
