/**
 * The notes journal: the changes since the last full snapshot, one framed line per changed record
 * (FramedJournal: length + CRC-32 per line, fdatasync before acknowledging). Each line carries a
 * sequence number; the snapshot records the last number it holds, so lines it already contains
 * are skipped on replay. A damaged line is skipped and counted; every later intact line applies.
 */
import { z } from 'zod';
import { COLLECTIONS, NotesFileSchema, type CollectionName, type NotesFile } from '../../../core/notes/schema';
import type { DurableFs } from '../storage/durable/durableFs';
import { FramedJournal } from '../storage/durable/FramedJournal';

/** A change before it is written: the record's final state, or its deletion. */
export type PendingOp = { c: CollectionName; u: { id: string } } | { c: CollectionName; d: string };
export type JournalOp = PendingOp & { s: number };

const OpSchema = z.union([
  z.object({ s: z.number().int().min(1), c: z.enum(COLLECTIONS), u: z.object({ id: z.string() }).passthrough() }).strict(),
  z.object({ s: z.number().int().min(1), c: z.enum(COLLECTIONS), d: z.string() }).strict(),
]);

export interface ReplayResult {
  applied: number;
  lastSeq: number;
  /** Records that could not be read back (damaged lines or lines that fail the schema). */
  damaged: number;
}

/** Applies one change to `file` in place; false when the record does not fit the schema. */
export function applyOp(file: NotesFile, op: PendingOp): boolean {
  const list = file[op.c] as { id: string }[];
  if ('d' in op) {
    const at = list.findIndex((r) => r.id === op.d);
    if (at >= 0) list.splice(at, 1);
    return true;
  }
  const parsed = NotesFileSchema.shape[op.c].unwrap().element.safeParse(op.u);
  if (!parsed.success) return false;
  const at = list.findIndex((r) => r.id === op.u.id);
  if (at >= 0) list[at] = parsed.data;
  else list.push(parsed.data);
  return true;
}

export class NotesJournal extends FramedJournal {
  constructor(fs: DurableFs, filePath: string) {
    super(fs, filePath);
  }

  /** Applies the journal to `file` in place, from after `fromSeq`. */
  static async replay(fs: DurableFs, filePath: string, file: NotesFile, fromSeq: number, limitBytes?: number): Promise<ReplayResult> {
    const read = await FramedJournal.read(fs, filePath, limitBytes);
    let applied = 0;
    let lastSeq = fromSeq;
    let damaged = read.damaged;
    for (const record of read.records) {
      const op = OpSchema.safeParse(record);
      if (!op.success) {
        damaged++;
        continue;
      }
      if (op.data.s <= fromSeq) continue;
      if (!applyOp(file, op.data as JournalOp)) {
        damaged++;
        continue;
      }
      lastSeq = Math.max(lastSeq, op.data.s);
      applied++;
    }
    return { applied, lastSeq, damaged };
  }
}
