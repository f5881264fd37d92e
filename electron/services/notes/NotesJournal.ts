/**
 * The notes journal: an append-only file of changes since the last full snapshot. A save appends
 * one line per changed record and fsyncs it (a few hundred bytes, not the whole file), which is
 * what keeps saves fast with tens of thousands of records. Each line carries a sequence number;
 * the snapshot records the last number it contains, so lines it already holds are skipped on
 * replay. A line cut short by a crash was never acknowledged and ends the replay.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { COLLECTIONS, NotesFileSchema, type CollectionName, type NotesFile } from '../../../core/notes/schema';

export type JournalOp = { s: number; c: CollectionName; u: { id: string } } | { s: number; c: CollectionName; d: string };

const OpSchema = z.union([
  z.object({ s: z.number().int().min(1), c: z.enum(COLLECTIONS), u: z.object({ id: z.string() }).passthrough() }).strict(),
  z.object({ s: z.number().int().min(1), c: z.enum(COLLECTIONS), d: z.string() }).strict(),
]);

export class NotesJournal {
  private handle: FileHandle | null = null;

  constructor(readonly filePath: string) {}

  async append(ops: JournalOp[]): Promise<void> {
    if (ops.length === 0) return;
    this.handle ??= await open(this.filePath, 'a');
    await this.handle.appendFile(ops.map((op) => JSON.stringify(op)).join('\n') + '\n', 'utf8');
    await this.handle.datasync();
  }

  /**
   * Empties the journal once a snapshot holds everything in it. The file is created anew (not
   * truncated through the old handle), so a journal deleted or replaced behind our back is not
   * written to as a ghost.
   */
  async reset(): Promise<void> {
    await this.close();
    const fresh = await open(this.filePath, 'w');
    await fresh.sync();
    await fresh.close();
    this.handle = await open(this.filePath, 'a');
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
  }

  /** Applies the journal to `file` (in place); returns how many lines were applied and the last seq. */
  static async replay(filePath: string, file: NotesFile, fromSeq: number): Promise<{ applied: number; lastSeq: number }> {
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch {
      return { applied: 0, lastSeq: fromSeq };
    }
    let applied = 0;
    let lastSeq = fromSeq;
    const itemSchemas = NotesFileSchema.shape;
    for (const line of text.split('\n')) {
      if (!line) continue;
      let op: JournalOp;
      try {
        op = OpSchema.parse(JSON.parse(line)) as JournalOp;
      } catch {
        break; // a torn last line: everything before it was whole
      }
      if (op.s <= lastSeq) continue;
      const list = file[op.c] as { id: string }[];
      if ('d' in op) {
        const at = list.findIndex((r) => r.id === op.d);
        if (at >= 0) list.splice(at, 1);
      } else {
        const parsed = itemSchemas[op.c].unwrap().element.safeParse(op.u);
        if (!parsed.success) break;
        const at = list.findIndex((r) => r.id === op.u.id);
        if (at >= 0) list[at] = parsed.data;
        else list.push(parsed.data);
      }
      lastSeq = op.s;
      applied++;
    }
    return { applied, lastSeq };
  }
}
