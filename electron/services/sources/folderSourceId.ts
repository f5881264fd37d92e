/**
 * A folder source's id is derived from the folder's real path, so the same folder always gets the
 * same id: removing it and adding it again re-attaches the notes kept on its documents (their
 * document keys are `<id>~<document>`).
 */
import { createHash } from 'node:crypto';

export function folderSourceId(realPath: string, platform: NodeJS.Platform = process.platform): string {
  // Windows and macOS paths are case-insensitive as users meet them: one folder, one id.
  const normal = platform === 'linux' ? realPath : realPath.toLowerCase();
  return `folder-${createHash('sha256').update(normal, 'utf8').digest('hex').slice(0, 8)}`;
}
