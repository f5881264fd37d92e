/**
 * A damaged journal loses only the damaged lines, says how many, and keeps the damaged file aside.
 * Over 60 seeded cases each line of a 5–12-line journal may get a single-bit flip or a short run
 * of overwritten bytes at a random offset; newlines flipped alone must cost nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { frameRecord, parseJournal } from '../../../electron/services/storage/durable/FramedJournal';
import { closeStores, openStore } from '../notes/notesFixtures';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir('pustaka-journal-damage');
afterEach(closeStores);

/** A small deterministic generator, so a failing case can be replayed by its number. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

type Damage = 'bit' | 'bytes';

function damageLine(journal: Buffer, starts: number[], line: number, kind: Damage, rand: () => number): void {
  const start = starts[line]!;
  const length = starts[line + 1]! - start - 1; // without its newline
  const at = start + Math.floor(rand() * length);
  if (kind === 'bit') journal[at] = journal[at]! ^ (1 << Math.floor(rand() * 8));
  else {
    const run = Math.min(1 + Math.floor(rand() * 6), start + length - at);
    for (let i = 0; i < run; i++) {
      let byte: number;
      do byte = Math.floor(rand() * 256);
      while (byte === 0x0a || byte === journal[at + i]);
      journal[at + i] = byte;
    }
  }
}

describe('a damaged notes journal', () => {
  for (let seed = 1; seed <= 60; seed++) {
    it(`case ${seed}: every intact acknowledged record comes back, every damaged one is counted`, async () => {
      const rand = random(seed);
      const folder = path.join(tempDir(), `kasus-${seed}`);
      const store = await openStore(folder, { backups: false });
      const count = 5 + Math.floor(rand() * 8);
      const bodies: string[] = [];
      for (let i = 0; i < count; i++) {
        bodies.push(`catatan ${i} ${'isi '.repeat(Math.floor(rand() * 12))}`);
        await store.createNote({ target: { kind: 'free' }, body: bodies[i]! });
      }
      const journalPath = path.join(folder, 'notes.json.journal');
      const journal = await readFile(journalPath);
      const starts = [0];
      journal.forEach((byte, i) => byte === 0x0a && starts.push(i + 1));
      expect(starts.length - 1).toBe(count); // one line per acknowledged note
      const damaged = new Set<number>();
      const kind: Damage = rand() < 0.5 ? 'bit' : 'bytes';
      const lines = 1 + Math.floor(rand() * Math.min(3, count));
      while (damaged.size < lines) damaged.add(Math.floor(rand() * count));
      for (const line of damaged) damageLine(journal, starts, line, kind, rand);
      await writeFile(journalPath, journal);

      const reopened = await openStore(folder, { backups: false });
      const expected = bodies.filter((_, i) => !damaged.has(i));
      expect(reopened.snapshot().notes.map((n) => n.body).sort()).toEqual(expected.sort());
      const report = reopened.status().notices.find((n) => n.kind === 'journal-damaged');
      expect(report).toMatchObject({ kind: 'journal-damaged', damaged: damaged.size });
      if (report?.kind !== 'journal-damaged') return;
      expect((await readFile(report.copiedTo)).equals(journal)).toBe(true);
      // The snapshot now holds what was saved; the next start reports nothing more.
      const third = await openStore(folder, { backups: false });
      expect(third.status().notices).toEqual([]);
      expect(third.snapshot().notes).toHaveLength(expected.length);
    });
  }

  it('costs nothing when only a newline between two good lines is flipped', () => {
    const records = [1, 2, 3].map((s) => ({ s, c: 'notes', d: `n${s}` }));
    const bytes = Buffer.from(records.map(frameRecord).join(''));
    bytes[bytes.indexOf(0x0a)] = 0x0a ^ 0x20;
    expect(parseJournal(bytes)).toEqual({ records, damaged: 0 });
  });

  it('ignores a last line cut short by a crash (never acknowledged) without reporting it', () => {
    const whole = frameRecord({ s: 1, c: 'notes', d: 'a' });
    const torn = frameRecord({ s: 2, c: 'notes', d: 'b' }).slice(0, 12);
    expect(parseJournal(Buffer.from(whole + torn))).toEqual({ records: [{ s: 1, c: 'notes', d: 'a' }], damaged: 0 });
  });

  it('counts the lines lost when damage joins two of them, from the sequence numbers around it', () => {
    const lines = [1, 2, 3, 4].map((s) => frameRecord({ s, c: 'notes', d: `n${s}` }));
    const bytes = Buffer.from(lines.join(''));
    const second = Buffer.byteLength(lines[0]!);
    bytes.fill(0x41, second + 5, second + Buffer.byteLength(lines[1]!) + 6); // over line 2, its newline and into line 3
    const read = parseJournal(bytes);
    expect(read.records).toEqual([{ s: 1, c: 'notes', d: 'n1' }, { s: 4, c: 'notes', d: 'n4' }]);
    expect(read.damaged).toBe(2);
  });

  it('still reads journals written before lines were framed', () => {
    const old = '{"s":1,"c":"notes","d":"x"}\n{"s":2,"c":"notes","d":"y"}\n';
    expect(parseJournal(Buffer.from(old)).records).toHaveLength(2);
  });
});
