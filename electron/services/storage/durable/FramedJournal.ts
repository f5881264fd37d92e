/**
 * An append-only journal of small JSON records, each framed as one line:
 *   <payload bytes> <crc32 hex> <payload JSON>\n
 * Replay walks the file by the declared lengths, so a damaged line is skipped and every later
 * intact line still applies (records are whole upserts/deletes and stand alone). A damaged frame
 * is counted, never silently dropped. An append is acknowledged only after fdatasync; a failed
 * append is cut back to the last good length before anything else is written, so a half line
 * left by a full disk can never swallow the next good one.
 */
import { crc32 } from 'node:zlib';
import type { FileHandle } from 'node:fs/promises';
import type { DurableFs } from './durableFs';

export interface JournalReplay {
  /** Payloads of intact frames (and of old unframed lines), in file order. */
  records: unknown[];
  /** How many records could not be read (damaged frames; gaps in `s` across damage). */
  damaged: number;
}

const NEWLINE = 0x0a;
const SPACE = 0x20;

export function frameRecord(record: unknown): string {
  const json = JSON.stringify(record);
  const bytes = Buffer.byteLength(json, 'utf8');
  return `${bytes} ${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

export class FramedJournal {
  private handle: FileHandle | null = null;
  /** File length after the last acknowledged append; a failed append is cut back to it. */
  private goodLength: number | null = null;
  private needsRepair = false;

  constructor(
    private readonly fs: DurableFs,
    readonly filePath: string,
  ) {}

  get acknowledgedLength(): number | null {
    return this.goodLength;
  }

  async append(records: unknown[]): Promise<void> {
    if (records.length === 0) return;
    const text = records.map(frameRecord).join('');
    await this.ensureOpen();
    if (this.needsRepair) await this.repair();
    try {
      await this.handle!.appendFile(text, 'utf8');
      await this.handle!.datasync();
    } catch (error) {
      this.needsRepair = true;
      await this.repair().catch(() => undefined);
      throw error;
    }
    this.goodLength! += Buffer.byteLength(text, 'utf8');
  }

  /** Empties the journal once a snapshot holds everything in it (a fresh file, not a truncate through an old handle). */
  async reset(): Promise<void> {
    await this.close();
    const fresh = await this.fs.open(this.filePath, 'w');
    try {
      await fresh.sync();
    } finally {
      await fresh.close();
    }
    this.goodLength = 0;
    this.needsRepair = false;
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    this.goodLength = null; // read again from the file when it is next opened
    await handle?.close().catch(() => undefined);
  }

  private async ensureOpen(): Promise<void> {
    if (this.handle) return;
    this.handle = await this.fs.open(this.filePath, 'a');
    if (this.goodLength === null) this.goodLength = (await this.handle.stat()).size;
  }

  /** Cuts off what a failed append may have left; until this succeeds nothing more is appended. */
  private async repair(): Promise<void> {
    await this.handle!.truncate(this.goodLength!);
    await this.handle!.datasync();
    this.needsRepair = false;
  }

  /** Reads the journal (up to `limitBytes` when given); a missing file is an empty journal. */
  static async read(fs: DurableFs, filePath: string, limitBytes?: number): Promise<JournalReplay> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(filePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], damaged: 0 };
      throw error;
    }
    return parseJournal(limitBytes === undefined ? bytes : bytes.subarray(0, limitBytes));
  }
}

type Frame = { kind: 'record'; value: unknown; next: number } | { kind: 'damaged'; next: number } | { kind: 'torn' };

function readFrame(bytes: Buffer, at: number): Frame {
  const lineEnd = bytes.indexOf(NEWLINE, at);
  const nextLine = lineEnd < 0 ? bytes.length : lineEnd + 1;
  const first = bytes[at];
  // A line from before framing (plain JSON): accepted as it was then.
  if (first === 0x7b /* { */) {
    if (lineEnd < 0) return { kind: 'torn' };
    try {
      return { kind: 'record', value: JSON.parse(bytes.toString('utf8', at, lineEnd)), next: nextLine };
    } catch {
      return { kind: 'damaged', next: nextLine };
    }
  }
  const space1 = bytes.indexOf(SPACE, at);
  const header = space1 > at && space1 - at <= 10 ? bytes.toString('latin1', at, space1) : '';
  const length = /^\d+$/.test(header) ? Number(header) : -1;
  const crcText = bytes.toString('latin1', space1 + 1, space1 + 9);
  const start = space1 + 10;
  // No newline after a bad frame: the last write was cut short and never acknowledged.
  if (length < 0 || !/^[0-9a-f]{8}$/.test(crcText) || bytes[space1 + 9] !== SPACE) {
    return lineEnd < 0 ? { kind: 'torn' } : { kind: 'damaged', next: nextLine };
  }
  if (start + length > bytes.length) return lineEnd < 0 ? { kind: 'torn' } : { kind: 'damaged', next: nextLine };
  const payload = bytes.subarray(start, start + length);
  if (crc32(payload) !== parseInt(crcText, 16)) return lineEnd < 0 ? { kind: 'torn' } : { kind: 'damaged', next: nextLine };
  try {
    // The separator after a good payload is not trusted: a flipped newline costs nothing.
    return { kind: 'record', value: JSON.parse(payload.toString('utf8')), next: start + length + 1 };
  } catch {
    return { kind: 'damaged', next: nextLine };
  }
}


export function parseJournal(bytes: Buffer): JournalReplay {
  const records: unknown[] = [];
  let damaged = 0;
  let regionFrames = 0; // damaged frames since the last good one
  let lastSeq: number | null = null;
  let at = 0;
  while (at < bytes.length) {
    if (bytes[at] === NEWLINE) {
      at++;
      continue;
    }
    const frame = readFrame(bytes, at);
    if (frame.kind === 'torn') break;
    if (frame.kind === 'damaged') {
      regionFrames++;
      at = frame.next;
      continue;
    }
    const seq = seqOf(frame.value);
    if (regionFrames > 0) {
      // Damage can merge lines; the sequence numbers on either side say how many were lost.
      const gap = lastSeq !== null && seq !== null ? seq - lastSeq - 1 : 0;
      damaged += Math.max(regionFrames, gap);
      regionFrames = 0;
    }
    if (seq !== null) lastSeq = seq;
    records.push(frame.value);
    at = frame.next;
  }
  damaged += regionFrames;
  return { records, damaged };
}

function seqOf(value: unknown): number | null {
  const s = (value as { s?: unknown } | null)?.s;
  return typeof s === 'number' && Number.isInteger(s) ? s : null;
}
