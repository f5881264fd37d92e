/**
 * sources.folder.compile.ms.per.doc.{frontmatter,plain}: the pure part of reading a user's folder
 * (decode, pass 1, link table, compile) per document, on the generated 3,000-document library as
 * written (conforming front matter) and with its front matter removed (plain Markdown, the lenient
 * path). No file I/O is timed. CPU time is reported too (wall time is noisy on a shared machine). Standalone: `npx tsx tests/bench/folderCompile.bench.ts`.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileFolderDocument } from '../../core/sources/compileFolderDocument';
import { decodeFolderFile } from '../../core/sources/decodeFolderFile';
import { buildFolderLinkTable } from '../../core/sources/folderLinkTable';
import { peekFolderDocument } from '../../core/sources/peekFolderDocument';
import { generatedLibrary } from './corpus';
import { report } from './measure';

async function markdownFiles(root: string): Promise<{ file: string; bytes: Uint8Array }[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.md'));
  return Promise.all(
    files.map(async (e) => {
      const full = path.join(e.parentPath, e.name);
      return { file: path.relative(root, full).split(path.sep).join('/'), bytes: new Uint8Array(await readFile(full)) };
    }),
  );
}

function compileAll(files: { file: string; bytes: Uint8Array }[]): { ms: number; cpuMs: number; documents: number; problems: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const texts: { file: string; text: string }[] = [];
  for (const { file, bytes } of files) {
    const decoded = decodeFolderFile(bytes, file);
    if ('text' in decoded) texts.push({ file, text: decoded.text });
  }
  const links = buildFolderLinkTable(
    'folder-bench',
    texts.map(({ file, text }) => ({ file, ...peekFolderDocument(file, text) })),
    [],
  );
  let documents = 0;
  let problems = 0;
  for (const { file, text } of texts) {
    const result = compileFolderDocument({ source: 'folder-bench', file, text, mtimeMs: Date.now(), links });
    if (result.document) documents++;
    problems += result.problems.length;
  }
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, documents, problems };
}

const withoutFrontMatter = (bytes: Uint8Array) => {
  const text = new TextDecoder().decode(bytes);
  return new TextEncoder().encode(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
};

export async function benchFolderCompile(repoRoot: string, docs = 3000): Promise<void> {
  const files = await markdownFiles(await generatedLibrary(repoRoot, docs));
  const plain = files.map((f) => ({ file: f.file, bytes: withoutFrontMatter(f.bytes) }));
  compileAll(files.slice(0, 200)); // warm-up: module loading and JIT
  for (const [name, set] of [['frontmatter', files], ['plain', plain]] as const) {
    const run = compileAll(set);
    report(`sources.folder.compile.ms.${docs}.${name}`, run.ms, 'ms');
    report(`sources.folder.compile.ms.per.doc.${name}`, run.ms / set.length, 'ms');
    // The machine is shared: CPU time says what the code costs when wall time is inflated by others.
    report(`sources.folder.compile.cpu.ms.per.doc.${name}`, run.cpuMs / set.length, 'ms');
    report(`sources.folder.compile.documents.${name}`, run.documents, 'count');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchFolderCompile(path.resolve(import.meta.dirname, '../..'), Number(process.argv[2] ?? 3000));
}
