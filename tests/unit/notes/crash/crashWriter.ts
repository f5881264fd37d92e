/**
 * The child of the crash test: opens the notes store in the folder given and writes notes in a
 * loop, printing each note's id only after its write was acknowledged. The parent kills it.
 */
import { NotesStore } from '../../../../electron/services/notes/NotesStore';

const folder = process.argv[2]!;
const store = await NotesStore.open({ folder });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  // Some writes overlap, so group commits are killed too, not only single writes.
  const batch = await Promise.all(
    Array.from({ length: 1 + (i % 3) }, (_, j) => store.createNote({ target: { kind: 'free' }, body: `catatan ${i}.${j} ${'isi '.repeat(i % 20)}` })),
  );
  process.stdout.write(batch.map((note) => note.id).join('\n') + '\n');
}
