/**
 * library.folder.index.ms.N: a folder of N Markdown files indexed cold (scan, compile and index in
 * the worker threads, every segment written) until all of it is searchable: the last segment is
 * announced. library.folder.index.cpu.ms.N is the CPU time that took, all threads together (on a
 * shared machine the wall time depends on the neighbours; the CPU time much less).
 * library.folder.update.ms.N: one file changed on disk until its new text is found (the watcher's
 * quiet time, the delta segment rebuilt, then loaded and searched as the renderer's worker would);
 * the median of 5 edits.
 * library.folder.index.eventloop.max.ms.N: the longest the main thread's event loop was held up
 * during the cold run (what the app's other work would wait at most).
 * The folder is a copy of the generated corpus (build/corpus), so edits never touch the shared one.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { InMemorySectionTexts, SearchEngine, type SerializedSearchIndex } from '../../core/search/fulltext';
import { SEARCH_FILES, sectionTextFile } from '../../core/search/fulltext/searchFiles';
import { FolderIndexer } from '../../electron/services/sources/indexing/FolderIndexer';
import { generatedLibrary } from './corpus';
import { percentile, report } from './measure';

async function deltaFinds(cacheDir: string, indexer: FolderIndexer, word: string): Promise<boolean> {
  const delta = indexer.segments().find((s) => s.name === 'delta');
  if (!delta) return false;
  const dir = path.join(cacheDir, delta.name);
  const index = JSON.parse(await readFile(path.join(dir, SEARCH_FILES.index), 'utf8')) as SerializedSearchIndex;
  const postings = new Uint8Array(await readFile(path.join(dir, SEARCH_FILES.postings)));
  const texts = await Promise.all(index.documents.map(async ([id]) => JSON.parse(await readFile(path.join(dir, sectionTextFile(id)), 'utf8')) as string[]));
  const engine = SearchEngine.load(index, postings, new InMemorySectionTexts(texts));
  return (await engine.search(word)).hits.length > 0;
}

async function benchOneSize(repoRoot: string, n: number, measureUpdates: boolean): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'pustaka-bench-folder-'));
  const root = path.join(work, 'folder');
  const cacheDir = path.join(work, 'cache');
  await cp(await generatedLibrary(repoRoot, n), root, { recursive: true });
  let changed = () => {};
  const indexer = await FolderIndexer.open({
    sourceId: 'folder-bench',
    root,
    cacheDir,
    bundled: [],
    onProgress: () => {},
    onChanged: () => changed(),
  });
  try {
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const cpu = process.cpuUsage();
    const started = performance.now();
    let lastAnnounced = started;
    let cpuAtLast = cpu;
    changed = () => {
      lastAnnounced = performance.now();
      cpuAtLast = process.cpuUsage(cpu);
    };
    await indexer.start();
    const ms = lastAnnounced - started;
    lag.disable();
    const state = indexer.state();
    if (state.documentCount === 0) throw new Error(`nothing indexed (${state.problemCount} problems)`);
    report(`library.folder.index.ms.${n}`, ms, 'ms');
    report(`library.folder.index.cpu.ms.${n}`, (cpuAtLast.user + cpuAtLast.system) / 1000, 'ms');
    report(`library.folder.index.eventloop.max.ms.${n}`, lag.max / 1e6, 'ms');
    console.error(`library.folder ${n}: ${state.documentCount} documents, ${state.problemCount} problems, ${indexer.segments().length} segments`);
    if (!measureUpdates) return;

    const files = indexer.documents().slice(0, 5).map((d) => d.id);
    const samples: number[] = [];
    for (const [i, key] of files.entries()) {
      const { file } = await indexer.getDocument(key);
      const word = `zirkonium${'abcde'[i]}`;
      const absolute = path.join(root, file!);
      const text = await readFile(absolute, 'utf8');
      const t0 = performance.now();
      await writeFile(absolute, `${text}\n\nKata uji ${word}.\n`);
      await new Promise<void>((resolve, reject) => {
        changed = () => {
          void deltaFinds(cacheDir, indexer, word).then((found) => found && resolve(), reject);
        };
      });
      samples.push(performance.now() - t0);
    }
    report(`library.folder.update.ms.${n}`, percentile(samples, 50), 'ms');
  } finally {
    await indexer.close();
    await rm(work, { recursive: true, force: true });
  }
}

export async function benchFolder(repoRoot: string, quick: boolean): Promise<void> {
  await benchOneSize(repoRoot, 3000, true);
  if (!quick) await benchOneSize(repoRoot, 30000, false);
}
