/**
 * Where sources live on disk: the registry file and each source's compiled cache, all in the
 * user-data folder. The app:// scheme serves `./__sources/<id>/…` from the cache root.
 */
import path from 'node:path';

export const SOURCES_FILE = 'sources.json';

export function sourcesCacheRoot(userDataDir: string): string {
  return path.join(userDataDir, 'cache', 'sources');
}

export function sourceCacheDir(userDataDir: string, sourceId: string): string {
  return path.join(sourcesCacheRoot(userDataDir), sourceId);
}
