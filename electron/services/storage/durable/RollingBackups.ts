/**
 * Rolling backups of one data file: the last 10 saves of today and the newest save of each of the
 * 14 days before. Each backup is a full, checksummed copy written durably (not a hard link), so
 * damage to the live file can never reach it. Names sort by time:
 * <prefix>-2026-11-29T06-21-05-123Z-000.json.
 */
import path from 'node:path';
import type { DurableFs } from './durableFs';
import { writeFileDurably } from './writeFileDurably';

export const BACKUPS_PER_DAY = 10;
export const DAYS_KEPT = 14;

export interface BackupInfo {
  name: string;
  /** ISO time of the save it holds. */
  savedAt: string;
  size: number;
}

export class RollingBackups {
  private seq = 0;
  private readonly pattern: RegExp;

  constructor(
    private readonly fs: DurableFs,
    readonly folder: string,
    readonly prefix: string,
  ) {
    this.pattern = new RegExp(`^${prefix}-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z(?:-(\\d+))?\\.json$`);
  }

  isBackupName(name: string): boolean {
    return this.pattern.test(name);
  }

  /** Writes one backup of `text` saved at `now`, then prunes. */
  async save(text: string, now: Date): Promise<string> {
    await this.fs.mkdir(this.folder, { recursive: true });
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const name = `${this.prefix}-${stamp}-${String(this.seq++ % 1000).padStart(3, '0')}.json`;
    await writeFileDurably(this.fs, path.join(this.folder, name), text);
    await this.prune(now);
    return name;
  }

  /** Newest first. */
  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = (await this.fs.readdir(this.folder)).filter((n) => this.isBackupName(n));
    } catch {
      return [];
    }
    names.sort().reverse();
    const infos: BackupInfo[] = [];
    for (const name of names) {
      const info = await this.fs.stat(path.join(this.folder, name)).catch(() => null);
      if (info) infos.push({ name, savedAt: this.savedAtOf(name), size: info.size });
    }
    return infos;
  }

  /** Rejects (never throws synchronously) for a name that is not one of ours. */
  async read(name: string): Promise<string> {
    if (!this.isBackupName(name)) throw new Error(`not a backup name: ${name.slice(0, 80)}`);
    return this.fs.readFile(path.join(this.folder, name), 'utf8');
  }

  private savedAtOf(name: string): string {
    const m = this.pattern.exec(name)!;
    return `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`;
  }

  private async prune(now: Date): Promise<void> {
    const names = (await this.fs.readdir(this.folder)).filter((n) => this.isBackupName(n)).sort().reverse();
    const today = now.toISOString().slice(0, 10);
    const oldest = new Date(now.getTime() - DAYS_KEPT * 86_400_000).toISOString().slice(0, 10);
    const keep = new Set<string>();
    const seenDays = new Set<string>();
    let todayCount = 0;
    const dayAt = this.prefix.length + 1;
    for (const name of names) {
      const day = name.slice(dayAt, dayAt + 10);
      if (day > today) keep.add(name); // a clock set back must not cost the newest saves
      else if (day === today) {
        if (todayCount++ < BACKUPS_PER_DAY) keep.add(name);
      } else if (day >= oldest && day < today && !seenDays.has(day)) {
        seenDays.add(day);
        keep.add(name);
      }
    }
    for (const name of names) if (!keep.has(name)) await this.fs.unlink(path.join(this.folder, name)).catch(() => undefined);
  }
}
