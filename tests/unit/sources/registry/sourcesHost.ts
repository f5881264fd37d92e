/** A real host (createHost) on temp folders, with a fake indexer and the events it emitted. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { createHost, type Host, type HostOptions } from '../../../../electron/services/host/createHost';
import { writeCompiledLibrary } from '../../support/libraryFixture';
import { fakeIndexers } from './fakeFolderIndexer';

export interface SourcesTestHost {
  host: Host;
  userDataDir: string;
  indexers: ReturnType<typeof fakeIndexers>;
  events: { event: string; payload: any }[];
  /** Calls a channel as the renderer would and returns its value, failing the test on an error. */
  call(channel: string, input?: unknown): Promise<any>;
}

/** With `realIndexer`, the host's own FolderIndexer (worker threads, cache, watcher) instead of the fake. */
export async function startSourcesHost(base: string, extra: Partial<HostOptions> = {}, realIndexer = false): Promise<SourcesTestHost> {
  const contentDir = path.join(base, 'content');
  await writeCompiledLibrary(contentDir);
  const userDataDir = path.join(base, 'user');
  await mkdir(userDataDir, { recursive: true });
  const indexers = fakeIndexers();
  const events: { event: string; payload: any }[] = [];
  const host = await createHost({
    userDataDir,
    contentDir,
    appInfo: { name: 'P', version: '0', platform: 'linux' },
    openExternal: async () => false,
    openFolderIndexer: realIndexer ? undefined : indexers.open,
    emit: (event, payload) => events.push({ event, payload }),
    ...extra,
  });
  const call = async (channel: string, input?: unknown) => {
    const result = await host.invoke(channel, input);
    if (!result.ok) expect.fail(`${channel}: ${result.error.message}`);
    return result.value as any;
  };
  return { host, userDataDir, indexers, events, call };
}

/** A user's folder of Markdown with the given files (name → first line). */
export async function writeUserFolder(folder: string, files: Record<string, string>): Promise<string> {
  await mkdir(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(folder, name), `${text}\n\nIsi dokumen.\n`);
  return folder;
}

/** Waits (a condition, not a time limit) until `sources:list` shows the source as `ready(source)` says. */
export async function waitForSource(t: SourcesTestHost, id: string, ready: (source: any) => boolean): Promise<any> {
  let source: any;
  // Generous: the real indexer starts worker threads, on a machine shared with other work.
  for (let i = 0; i < 2000; i++) {
    source = (await t.call('sources:list')).sources.find((s: { id: string }) => s.id === id);
    if (source && ready(source)) return source;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${id} never reached the expected state; last seen: ${JSON.stringify(source)}`);
}

/** Waits until a source has finished an indexing run (the fake's is quick). */
export function waitUntilIndexed(t: SourcesTestHost, id: string): Promise<any> {
  return waitForSource(t, id, (s) => s.indexedAt !== null && s.status === 'ready');
}
