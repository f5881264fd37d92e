/**
 * A file system that fails the way real disks do, switched on and off by the test: while
 * `problem` is set, every write writes part of its bytes and then fails (ENOSPC, EROFS, …), and
 * creating files or folders fails outright. Reads always work.
 */
import * as fsp from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { DurableFs } from '../../../electron/services/storage/durable/durableFs';

export interface FaultyFs extends DurableFs {
  problem: string | null;
  failures: number;
}

function failure(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

export function faultyFs(): FaultyFs {
  const fs: FaultyFs = {
    ...fsp,
    problem: null,
    failures: 0,
  } as FaultyFs;
  const check = () => {
    if (fs.problem) {
      fs.failures++;
      throw failure(fs.problem);
    }
  };
  const wrapHandle = (handle: FileHandle): FileHandle =>
    new Proxy(handle, {
      get(target, key, receiver) {
        if (key === 'appendFile' || key === 'writeFile') {
          return async (data: string, encoding?: BufferEncoding) => {
            if (!fs.problem) return target[key](data, encoding);
            // Half the bytes reach the disk, then the disk is full.
            await target[key](data.slice(0, Math.floor(data.length / 2)), encoding);
            check();
          };
        }
        if (key === 'truncate' || key === 'sync' || key === 'datasync') {
          return async (...args: unknown[]) => {
            // Cutting a file back frees space: only a read-only disk refuses it.
            if (key !== 'truncate' || fs.problem !== 'ENOSPC') check();
            return (target[key] as (...a: unknown[]) => Promise<void>).apply(target, args);
          };
        }
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  fs.open = (async (path: string, flags?: string) => {
    if (flags && flags !== 'r') {
      // Appending to a file that exists still opens on a full disk; creating one does not.
      if (fs.problem && flags === 'w') check();
    }
    return wrapHandle(await fsp.open(path, flags));
  }) as DurableFs['open'];
  fs.mkdir = (async (path: string, options?: { recursive?: boolean }) => {
    const exists = await fsp.stat(path).then(() => true, () => false);
    if (!exists) check();
    return fsp.mkdir(path, options);
  }) as DurableFs['mkdir'];
  fs.rename = (async (from: string, to: string) => {
    check();
    return fsp.rename(from, to);
  }) as DurableFs['rename'];
  fs.copyFile = (async (from: string, to: string) => {
    check();
    return fsp.copyFile(from, to);
  }) as DurableFs['copyFile'];
  return fs;
}
