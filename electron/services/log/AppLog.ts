/**
 * The app's own log file in the user-data folder: start-up failures and unexpected handler errors,
 * one timestamped entry each, so a user can send a file instead of describing a crash. Rotates at
 * about 1 MB and keeps three files (`pustaka.log`, `.1`, `.2`), so it never grows without bound.
 *
 * Writes are synchronous: entries are rare, and the one written just before a failed start must be
 * on disk before the error dialog names the file. Logging never throws to its caller: a log that
 * cannot be written must not turn a handled error into a crash.
 */
import * as nodeFs from 'node:fs';
import path from 'node:path';

export const LOG_FILE_NAME = 'pustaka.log';

export type LogLevel = 'INFO' | 'WARN' | 'ERROR';

/** The few fs calls the log uses; tests pass a failing one. */
export type LogFs = Pick<typeof nodeFs, 'appendFileSync' | 'mkdirSync' | 'renameSync' | 'rmSync' | 'statSync'>;

export interface AppLogOptions {
  /** Folder the log lives in: the user-data folder. */
  dir: string;
  /** Rotate when the current file would grow past this many bytes. */
  maxBytes?: number;
  /** How many files to keep, the current one included. */
  files?: number;
  now?: () => Date;
  fs?: LogFs;
}

export class AppLog {
  readonly path: string;
  private readonly maxBytes: number;
  private readonly files: number;
  private readonly now: () => Date;
  private readonly fs: LogFs;

  constructor(options: AppLogOptions) {
    this.path = path.join(options.dir, LOG_FILE_NAME);
    this.maxBytes = options.maxBytes ?? 1_000_000;
    this.files = Math.max(1, options.files ?? 3);
    this.now = options.now ?? (() => new Date());
    this.fs = options.fs ?? nodeFs;
  }

  info(message: string): boolean {
    return this.write('INFO', message);
  }

  warn(message: string, detail?: unknown): boolean {
    return this.write('WARN', message, detail);
  }

  error(message: string, detail?: unknown): boolean {
    return this.write('ERROR', message, detail);
  }

  /** Appends one entry; returns whether it reached the file. Never throws. */
  write(level: LogLevel, message: string, detail?: unknown): boolean {
    try {
      const entry = formatEntry(this.now(), level, message, detail);
      this.fs.mkdirSync(path.dirname(this.path), { recursive: true });
      this.rotateIfFull(Buffer.byteLength(entry));
      this.fs.appendFileSync(this.path, entry, { encoding: 'utf8', mode: 0o600 });
      return true;
    } catch {
      return false;
    }
  }

  private rotateIfFull(incoming: number): void {
    let size: number;
    try {
      size = this.fs.statSync(this.path).size;
    } catch {
      return; // no file yet
    }
    if (size === 0 || size + incoming <= this.maxBytes) return;
    const numbered = (n: number) => (n === 0 ? this.path : `${this.path}.${n}`);
    this.fs.rmSync(numbered(this.files - 1), { force: true });
    for (let n = this.files - 2; n >= 0; n--) {
      try {
        this.fs.renameSync(numbered(n), numbered(n + 1));
      } catch {
        // a missing older file is fine
      }
    }
  }
}

/** `2026-12-03T09:15:02.118Z ERROR message`, then the error's stack indented on the lines below. */
export function formatEntry(at: Date, level: LogLevel, message: string, detail?: unknown): string {
  const head = `${at.toISOString()} ${level} ${oneLine(message)}`;
  const body = detail === undefined ? '' : describe(detail);
  const indented = body ? `\n${body.split(/\r?\n/).map((line) => `    ${line.trimStart()}`).join('\n')}` : '';
  return `${head}${indented}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ⏎ ');
}

function describe(detail: unknown, depth = 0): string {
  if (detail instanceof Error) {
    const stack = detail.stack ?? `${detail.name}: ${detail.message}`;
    const cause = detail.cause === undefined || depth >= 3 ? '' : `\ncaused by: ${describe(detail.cause, depth + 1)}`;
    return `${stack}${cause}`;
  }
  if (typeof detail === 'string') return detail;
  try {
    return JSON.stringify(detail) ?? String(detail);
  } catch {
    return String(detail);
  }
}
