/**
 * A stand-in for the folder indexer behind the registry's seam: it reads the folder's `*.md`
 * files (title from the first line) when started, and reports progress and changes as the real
 * one does. The registry's tests are about the registry, not about compiling Markdown.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentSummary, LibraryDocument } from '../../../../core/content/types';
import { ApiFailure } from '../../../../core/errors';
import { documentKey } from '../../../../core/sources/documentKey';
import type { FolderIndexerOptions, FolderIndexerState, OpenFolderIndexer, SourceIndexer } from '../../../../electron/services/sources/indexerContract';

export class FakeFolderIndexer implements SourceIndexer {
  started = false;
  closed = false;
  private docs = new Map<string, { summary: DocumentSummary; file: string }>();
  private indexedAt: string | null = null;
  private missing = false;

  constructor(readonly options: FolderIndexerOptions) {}

  async start(): Promise<void> {
    this.started = true;
    await this.reindex();
  }

  async reindex(): Promise<void> {
    const { sourceId, root, onProgress, onChanged } = this.options;
    const names = await readdir(root).catch(() => null);
    // As the real indexer: a folder that is gone is a status, and its last index is kept.
    this.missing = names === null;
    if (names === null) return onChanged();
    const files = names.filter((f) => f.endsWith('.md')).sort();
    onProgress({ source: sourceId, phase: 'scanning', done: 0, total: files.length });
    this.docs.clear();
    for (const file of files) {
      const title = (await readFile(path.join(root, file), 'utf8')).split('\n')[0]?.replace(/^#\s*/, '') || file;
      const key = documentKey(sourceId, file.replace(/\.md$/, ''));
      this.docs.set(key, {
        file,
        summary: { id: key, source: sourceId, type: 'guide', title, summary: '', tags: [], lang: 'id', updated: '2026-12-01', sources: [], illustrative: false },
      });
    }
    this.indexedAt = '2026-12-03T10:00:00.000Z';
    onProgress({ source: sourceId, phase: 'done', done: files.length, total: files.length });
    onChanged();
  }

  cancel(): boolean {
    return false;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  state(): FolderIndexerState {
    if (this.missing) return { status: 'missing', documentCount: this.docs.size, indexedAt: this.indexedAt, problemCount: 0, error: { id: 'Folder hilang', en: 'Folder gone' } };
    return { status: this.indexedAt ? 'ready' : 'indexing', documentCount: this.docs.size, indexedAt: this.indexedAt, problemCount: 0 };
  }

  segments() {
    const { sourceId } = this.options;
    return this.indexedAt ? [{ source: sourceId, name: 'seg-0', url: `./__sources/${sourceId}/seg-0/`, version: '1', documentCount: this.docs.size, hidden: [] }] : [];
  }

  documents(): DocumentSummary[] {
    return [...this.docs.values()].map((d) => d.summary);
  }

  async getDocument(key: string): Promise<LibraryDocument> {
    const doc = this.docs.get(key);
    if (!doc) throw new ApiFailure('not_found', key);
    const { source, ...meta } = doc.summary;
    return { meta, source, file: doc.file, html: `<h1>${meta.title}</h1>`, headings: [] };
  }

  problems() {
    return [];
  }

  filePath(relative: string): string | null {
    const full = path.resolve(this.options.root, relative);
    return full.startsWith(this.options.root + path.sep) ? full : null;
  }
}

/** The seam's factory, remembering every indexer it opened. */
export function fakeIndexers(): { open: OpenFolderIndexer; opened: FakeFolderIndexer[] } {
  const opened: FakeFolderIndexer[] = [];
  return {
    opened,
    open: async (options) => {
      const indexer = new FakeFolderIndexer(options);
      opened.push(indexer);
      return indexer;
    },
  };
}
