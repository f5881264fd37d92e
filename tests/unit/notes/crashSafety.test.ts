/**
 * SIGKILL at random moments while notes are being written: after every kill the file must parse,
 * and every write acknowledged before the kill must be in it. The writer is bundled once with
 * esbuild and run with plain node, so each round costs one process start.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotesFileSchema } from '../../../core/notes/schema';
import { NotesStore } from '../../../electron/services/notes/NotesStore';
import { decodeChecksummed } from '../../../electron/services/storage/durable/checksummedJson';

const ROUNDS = 200;
const ROUNDS_PER_FOLDER = 40;
const DAMAGED_ROUNDS = 50;
let work = '';
let writer = '';

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'pustaka-crash-'));
  writer = path.join(work, 'crashWriter.mjs');
  await build({ entryPoints: [path.join(import.meta.dirname, 'crash/crashWriter.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: writer, logLevel: 'silent',
    // proper-lockfile is CommonJS and requires Node's modules at run time.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/**
 * Runs the writer and kills it `delayMs` after it is ready (or, with `duringStartUp`, after it was
 * started, so loading and recovery are killed too); resolves with the ids it acknowledged.
 */
function runAndKill(folder: string, delayMs: number, duringStartUp: boolean, mode = ''): Promise<string[]> {
  return runAndKillLines(folder, delayMs, duringStartUp, mode).then((lines) => lines.filter((line) => !/^(failed|recovered|unexpected)/.test(line)));
}

function runAndKillLines(folder: string, delayMs: number, duringStartUp: boolean, mode: string): Promise<string[]> {
  const armAfter = mode === 'full-disk' ? '\nrecovered\n' : 'ready\n';
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, folder, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs));
    if (duringStartUp) arm();
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(armAfter)) arm();
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer stopped by itself (${code}): ${err}`));
      // Only whole lines count: a line cut by the kill was never fully acknowledged to us.
      const lines = out.split('\n');
      lines.pop();
      resolve(lines.filter((line) => line && line !== 'ready'));
    });
  });
}

describe('notes store under SIGKILL', () => {
  it(`keeps every acknowledged write over ${ROUNDS} kills`, async () => {
    let folder = '';
    let acknowledged = new Set<string>();
    let totalAcknowledged = 0;
    for (let round = 0; round < ROUNDS; round++) {
      if (round % ROUNDS_PER_FOLDER === 0) {
        folder = path.join(work, `round-${round}`);
        await mkdir(folder);
        acknowledged = new Set();
      }
      // Kill anywhere: during start-up, in the first writes, or well into the loop.
      const startUp = Math.random() < 0.15;
      const ids = await runAndKill(folder, Math.floor(Math.random() * (startUp ? 100 : 40)), startUp);
      ids.forEach((id) => acknowledged.add(id));
      totalAcknowledged += ids.length;
      let text: string;
      try {
        text = await readFile(path.join(folder, 'notes.json'), 'utf8');
      } catch {
        expect(acknowledged.size, `round ${round}: no file, yet writes were acknowledged`).toBe(0);
        continue;
      }
      // The snapshot always parses and its checksum holds; the journal then adds what came after it.
      const decoded = decodeChecksummed(text);
      expect(decoded.ok, `round ${round}: snapshot damaged`).toBe(true);
      if (decoded.ok) NotesFileSchema.parse(JSON.parse(decoded.payload));
      const file = await NotesStore.peek(folder);
      const present = new Set(file.notes.map((n) => n.id));
      const missing = [...acknowledged].filter((id) => !present.has(id));
      expect(missing, `round ${round}: acknowledged but missing`).toEqual([]);
    }
    // The test proves nothing if the kills always landed before the first write.
    expect(totalAcknowledged).toBeGreaterThan(ROUNDS);
  }, 240_000);

  it(`keeps every intact acknowledged write over ${DAMAGED_ROUNDS} kills that also damage the journal`, async () => {
    const folder = path.join(work, 'damaged');
    await mkdir(folder);
    const acknowledged = new Set<string>();
    let damagedLines = 0;
    for (let round = 0; round < DAMAGED_ROUNDS; round++) {
      const ids = await runAndKill(folder, 5 + Math.floor(Math.random() * 40), false);
      ids.forEach((id) => acknowledged.add(id));
      const journalPath = path.join(folder, 'notes.json.journal');
      const journal = await readFile(journalPath).catch(() => Buffer.alloc(0));
      const lines = journal.toString('latin1').split('\n').slice(0, -1); // whole lines only
      let lost: string | null = null;
      if (lines.length > 0) {
        // Flip one bit inside one whole line (not its newline): that line, and only it, is lost.
        const index = Math.floor(Math.random() * lines.length);
        const start = lines.slice(0, index).reduce((sum, line) => sum + line.length + 1, 0);
        const at = start + Math.floor(Math.random() * lines[index]!.length);
        journal[at] = journal[at]! ^ (1 << Math.floor(Math.random() * 8));
        await writeFile(journalPath, journal);
        lost = /"id":"([^"]+)"/.exec(lines[index]!)?.[1] ?? null;
        damagedLines++;
      }
      const snapshot = JSON.parse((decodeChecksummed(await readFile(path.join(folder, 'notes.json'), 'utf8')) as { payload: string }).payload) as { journalSeq: number };
      const lostSeq = lost ? Number(/"s":(\d+)/.exec(lines.find((l) => l.includes(lost!))!)?.[1]) : 0;
      const store = await NotesStore.open({ folder });
      const present = new Set(store.snapshot().notes.map((n) => n.id));
      const missing = [...acknowledged].filter((id) => !present.has(id) && id !== lost);
      expect(missing, `round ${round}: intact but missing`).toEqual([]);
      const notices = store.status().notices;
      if (lost && lostSeq > snapshot.journalSeq) {
        // Reported, and the damaged journal kept aside.
        const report = notices.find((n) => n.kind === 'journal-damaged');
        expect(report, `round ${round}: damage not reported`).toMatchObject({ kind: 'journal-damaged', damaged: 1 });
        if (report?.kind === 'journal-damaged') expect((await readFile(report.copiedTo)).equals(journal)).toBe(true);
      }
      if (lost) acknowledged.delete(lost);
      await store.close();
    }
    expect(damagedLines).toBeGreaterThan(DAMAGED_ROUNDS / 2);
  }, 240_000);

  it('keeps every acknowledged write when the disk fills up, empties, and the process is killed', async () => {
    const folder = path.join(work, 'full-disk');
    await mkdir(folder);
    const acknowledged = new Set<string>();
    for (let round = 0; round < 10; round++) {
      const lines = await runAndKillLines(folder, Math.floor(Math.random() * 30), false, 'full-disk');
      expect(lines.filter((l) => l.startsWith('unexpected')), 'a save on a full disk was acknowledged').toEqual([]);
      const failed = lines.filter((l) => l.startsWith('failed ')).map((l) => l.slice('failed '.length));
      expect(failed, 'each save on the full disk was reported as failed').toHaveLength(3);
      lines.filter((l) => !/^(failed|recovered|ready)/.test(l)).forEach((id) => acknowledged.add(id));
      const file = await NotesStore.peek(folder);
      const present = new Set(file.notes.map((n) => n.id));
      expect([...acknowledged].filter((id) => !present.has(id)), `round ${round}: acknowledged but missing`).toEqual([]);
      // Retried once, saved once: no duplicate of a failed save.
      for (const body of failed) expect(file.notes.filter((n) => n.body === body)).toHaveLength(1);
    }
  }, 120_000);
});
