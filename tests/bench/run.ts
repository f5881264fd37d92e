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
import { benchRenderer } from './renderer';
import { benchSearch } from './search.bench';
import { benchStemmer } from './stemmer.bench';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const quick = process.argv.includes('--quick');

await benchStemmer(repoRoot);
await benchContent(repoRoot, quick ? [3000] : [3000, 30000]);
await benchRenderer(repoRoot, quick ? [3000] : [3000, 30000]);
await benchSearch(repoRoot, quick ? [3000] : [3000, 30000]);
await benchPresent(repoRoot);
await benchNotes([100, 10000, 50000]);
await benchPlanner(1000);
await benchFolder(repoRoot, quick);
