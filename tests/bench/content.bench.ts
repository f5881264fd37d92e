/** content.compile.ms.bundled and content.bundle.bytes.bundled: the bundled library's compile. */
import path from 'node:path';
import { compileLibrary } from '../../build/content/compile';
import { percentile, report, timeMs } from './measure';

export async function benchContent(repoRoot: string): Promise<void> {
  const src = path.join(repoRoot, 'content');
  await compileLibrary(src); // warm-up: module loading and JIT
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    samples.push(
      await timeMs(async () => {
        const library = await compileLibrary(src);
        bytes = Buffer.byteLength(JSON.stringify(library.documents));
      }),
    );
  }
  report('content.compile.ms.bundled', percentile(samples, 50), 'ms');
  report('content.bundle.bytes.bundled', bytes, 'bytes');
}
