/** `npm run bench`: every benchmark in turn; figures as JSON lines on stdout, nothing asserted. */
import path from 'node:path';
import { benchContent } from './content.bench';

const repoRoot = path.resolve(import.meta.dirname, '../..');

await benchContent(repoRoot);
