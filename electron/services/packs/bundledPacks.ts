/** Reads the session packs the build compiled into the content folder (none when absent). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLED_PACKS_FILE, parseBundledPacksFile } from '../../../core/present/bundledPacks';
import type { SessionPack } from '../../../core/present/sessionPack';

export async function readBundledPacks(contentDir: string): Promise<SessionPack[]> {
  try {
    return parseBundledPacksFile(await readFile(path.join(contentDir, BUNDLED_PACKS_FILE), 'utf8'));
  } catch {
    return [];
  }
}
