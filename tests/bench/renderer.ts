/**
 * The renderer's figures alone: `node --max-old-space-size=8192 --import tsx tests/bench/renderer.ts [--quick]`
 * (home and browse at 3,000 and, without --quick, 30,000 documents). `npm run bench` runs them too.
 */
import path from 'node:path';
import { benchBrowseFilter } from './browseFilter.bench';
import { benchRendererHome } from './rendererHome.bench';

export async function benchRenderer(repoRoot: string, sizes: number[]): Promise<void> {
  for (const size of sizes) {
    await benchRendererHome(repoRoot, size);
    await benchBrowseFilter(repoRoot, size);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const repoRoot = path.resolve(import.meta.dirname, '../..');
  await benchRenderer(repoRoot, process.argv.includes('--quick') ? [3000] : [3000, 30000]);
}
