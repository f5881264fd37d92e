/** Generated libraries for benchmarks, cached under .cache/ so repeated runs compare like with like. */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { iterateCorpus } from '../../build/corpus/generateCorpus';

export async function generatedLibrary(repoRoot: string, docs: number, seed = 42): Promise<string> {
  const dir = path.join(repoRoot, '.cache', 'bench', `corpus-${docs}-${seed}`);
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return dir;
  await rm(dir, { recursive: true, force: true });
  for (const file of iterateCorpus({ docs, seed })) {
    const target = path.join(dir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.text);
  }
  await writeFile(done, new Date().toISOString());
  return dir;
}
