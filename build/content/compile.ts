/**
 * `npm run build:content [-- --src <folder>] [--out <folder>] [--strict]`
 * Compiles a library folder into the bundle the app loads. A bad document is reported (file,
 * line, what is wrong) and left out; the rest builds. --strict exits non-zero on any problem.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compileDocument, type ContentProblem } from '../../core/content/compileDocument';
import type { LibraryBundle, LibraryDocument } from '../../core/content/types';

async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export async function compileLibrary(srcDir: string): Promise<{ bundle: LibraryBundle; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const documents: LibraryDocument[] = [];
  const seen = new Map<string, string>();
  for (const file of await listMarkdown(srcDir)) {
    const relative = path.relative(srcDir, file);
    const result = compileDocument(relative, await readFile(file, 'utf8'));
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const id = result.document.meta.id;
    const first = seen.get(id);
    if (first) {
      problems.push({ file: relative, line: 2, message: `id "${id}" sudah dipakai oleh ${first}` });
      continue;
    }
    seen.set(id, relative);
    documents.push(result.document);
  }
  return { bundle: { formatVersion: 1, generatedAt: new Date().toISOString(), documents }, problems };
}

async function main() {
  const { values } = parseArgs({
    options: {
      src: { type: 'string', default: 'content' },
      out: { type: 'string', default: 'out/content' },
      strict: { type: 'boolean', default: false },
    },
  });
  const src = path.resolve(values.src);
  const out = path.resolve(values.out);
  const started = performance.now();
  const { bundle, problems } = await compileLibrary(src);
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'library.json'), JSON.stringify(bundle));
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  const ms = Math.round(performance.now() - started);
  console.log(`Pustaka: ${bundle.documents.length} dokumen disusun, ${problems.length} masalah, ${ms} ms → ${path.relative(process.cwd(), out)}`);
  if (values.strict && problems.length > 0) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
