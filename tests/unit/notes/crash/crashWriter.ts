/**
 * The child of the crash test: opens the notes store in the folder given and writes notes in a
 * loop, printing each note's id only after its write was acknowledged. The parent kills it.
 * With `full-disk`, the disk fills up for three saves first (each printed as `failed <body>`),
 * then space returns, the failed saves are retried once, and `recovered` is printed.
 */
import { NotesStore } from '../../../../electron/services/notes/NotesStore';
import { faultyFs } from '../../storage/faultyFs';

const folder = process.argv[2]!;
const fullDisk = process.argv[3] === 'full-disk';
const fs = faultyFs();
const store = await NotesStore.open({ folder, fs });
process.stdout.write('ready\n');
if (fullDisk) {
  const round = Date.now().toString(36);
  fs.problem = 'ENOSPC';
  const failed: string[] = [];
  for (let i = 0; i < 3; i++) {
    const body = `gagal ${round} ${i}`;
    try {
      await store.createNote({ target: { kind: 'free' }, body });
      process.stdout.write(`unexpected-ack ${body}\n`);
    } catch {
      failed.push(body);
      process.stdout.write(`failed ${body}\n`);
    }
  }
  fs.problem = null;
  for (const body of failed) process.stdout.write(`${(await store.createNote({ target: { kind: 'free' }, body })).id}\n`);
  process.stdout.write('recovered\n');
}
for (let i = 0; ; i++) {
  // Some writes overlap, so group commits are killed too, not only single writes.
  const batch = await Promise.all(
    Array.from({ length: 1 + (i % 3) }, (_, j) => store.createNote({ target: { kind: 'free' }, body: `catatan ${i}.${j} ${'isi '.repeat(i % 20)}` })),
  );
  process.stdout.write(batch.map((note) => note.id).join('\n') + '\n');
}
