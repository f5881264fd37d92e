/**
 * SIGKILL at random moments while notes are being written: after every kill the file must parse,
 * and every write acknowledged before the kill must be in it. The writer is bundled once with
 * esbuild and run with plain node, so each round costs one process start.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotesFileSchema } from '../../../core/notes/schema';
import { NotesStore } from '../../../electron/services/notes/NotesStore';

const ROUNDS = 200;
const ROUNDS_PER_FOLDER = 40;
let work = '';
let writer = '';

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'pustaka-crash-'));
  writer = path.join(work, 'crashWriter.mjs');
  await build({ entryPoints: [path.join(import.meta.dirname, 'crash/crashWriter.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: writer, logLevel: 'silent' });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/**
 * Runs the writer and kills it `delayMs` after it is ready (or, with `duringStartUp`, after it was
 * started, so loading and recovery are killed too); resolves with the ids it acknowledged.
 */
function runAndKill(folder: string, delayMs: number, duringStartUp: boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs));
    if (duringStartUp) arm();
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.startsWith('ready\n')) arm();
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
      // The snapshot always parses; the journal then adds what came after it.
      NotesFileSchema.parse(JSON.parse(text));
      const file = await NotesStore.peek(folder);
      const present = new Set(file.notes.map((n) => n.id));
      const missing = [...acknowledged].filter((id) => !present.has(id));
      expect(missing, `round ${round}: acknowledged but missing`).toEqual([]);
    }
    // The test proves nothing if the kills always landed before the first write.
    expect(totalAcknowledged).toBeGreaterThan(ROUNDS);
  }, 240_000);
});
