/**
 * `npm run bench [-- --quick]`: every benchmark in turn; figures as JSON lines on stdout, nothing
 * asserted. Generated libraries are cached under .cache/bench. --quick skips the 30,000 library.
 */
import path from 'node:path';
import { benchContent } from './content.bench';
import { benchFolder } from './folder.bench';
import { benchPresent } from './present.bench';
import { benchNotes } from './notes.bench';
import { benchPlanner } from './planner.bench';
import { benchRendererHome } from './rendererHome.bench';
import { benchSearch } from './search.bench';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const quick = process.argv.includes('--quick');

await benchContent(repoRoot, quick ? [3000] : [3000, 30000]);
await benchRendererHome(repoRoot, 3000);
await benchSearch(repoRoot, quick ? [3000] : [3000, 30000]);
await benchPresent(repoRoot);
await benchNotes([100, 10000, 50000]);
await benchFolder(repoRoot, quick);
await benchPlanner(1000);
