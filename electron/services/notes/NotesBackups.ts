/**
 * Rolling backups of the notes file: the last 10 saves of today and the newest save of each of the
 * 14 days before. Each backup is a full copy (not a hard link), so damage to the live file can
 * never reach it. Names sort by time: notes-2026-11-29T06-21-05-123Z.json.
 */
import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const BACKUPS_PER_DAY = 10;
export const DAYS_KEPT = 14;
const NAME = /^notes-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?\.json$/;

export interface BackupInfo {
  name: string;
  /** ISO time of the save it holds. */
  savedAt: string;
  size: number;
}

export function isBackupName(name: string): boolean {
  return NAME.test(name);
}

function savedAtOf(name: string): string {
  const m = NAME.exec(name)!;
  return `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`;
}

export class NotesBackups {
  private seq = 0;

  constructor(readonly folder: string) {}

  /** Writes one backup of `text` saved at `now`, then prunes. */
  async save(text: string, now: Date): Promise<string> {
    await mkdir(this.folder, { recursive: true });
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const name = `notes-${stamp}-${String(this.seq++ % 1000).padStart(3, '0')}.json`;
    await writeFile(path.join(this.folder, name), text, 'utf8');
    await this.prune(now);
    return name;
  }

  /** Newest first. */
  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = (await readdir(this.folder)).filter(isBackupName);
    } catch {
      return [];
    }
    names.sort().reverse();
    const infos: BackupInfo[] = [];
    for (const name of names) {
      const info = await stat(path.join(this.folder, name)).catch(() => null);
      if (info) infos.push({ name, savedAt: savedAtOf(name), size: info.size });
    }
    return infos;
  }

  read(name: string): Promise<string> {
    if (!isBackupName(name)) throw new Error(`not a backup name: ${name}`);
    return readFile(path.join(this.folder, name), 'utf8');
  }

  private async prune(now: Date): Promise<void> {
    const names = (await readdir(this.folder)).filter(isBackupName).sort().reverse();
    const today = now.toISOString().slice(0, 10);
    const oldest = new Date(now.getTime() - DAYS_KEPT * 86_400_000).toISOString().slice(0, 10);
    const keep = new Set<string>();
    const seenDays = new Set<string>();
    let todayCount = 0;
    for (const name of names) {
      const day = name.slice(6, 16);
      if (day > today) keep.add(name); // a clock set back must not cost the newest saves
      else if (day === today) {
        if (todayCount++ < BACKUPS_PER_DAY) keep.add(name);
      } else if (day >= oldest && day < today && !seenDays.has(day)) {
        seenDays.add(day);
        keep.add(name);
      }
    }
    for (const name of names) if (!keep.has(name)) await unlink(path.join(this.folder, name)).catch(() => undefined);
  }
}
