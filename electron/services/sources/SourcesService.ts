/**
 * The live side of library sources: one indexer per enabled folder, opened in the background
 * (start-up never waits for a folder), its progress and changes turned into host events, and a
 * search generation that increases on every change so the renderer's worker knows to reload.
 * Records live in SourcesRegistry; this owns what runs.
 */
import { rm, stat } from 'node:fs/promises';
import type { HostEventPayload } from '../../../core/api';
import { ApiFailure, type LocalizedDetail } from '../../../core/errors';
import { BUNDLED_SOURCE_ID } from '../../../core/sources/documentKey';
import type { SearchSegments, SourceInfo, SourceProblem } from '../../../core/sources/types';
import type { DurableFs } from '../storage/durable/durableFs';
import { checkNewFolder, defaultSourceName } from './checkNewFolder';
import { folderSourceId } from './folderSourceId';
import type { FolderIndexerState, OpenFolderIndexer, SourceIndexer } from './indexerContract';
import { sourceCacheDir } from './sourcePaths';
import type { SourceRecord, SourcesRegistry } from './SourcesRegistry';

export type SourcesEvent = 'sources:progress' | 'sources:changed';
export type EmitSourcesEvent = <E extends SourcesEvent>(event: E, payload: HostEventPayload[E]) => void;

export interface SourcesServiceOptions {
  registry: SourcesRegistry;
  userDataDir: string;
  openIndexer: OpenFolderIndexer;
  /** The bundled library's documents, for wiki links from folders into it. */
  bundledTitles: () => Promise<{ id: string; title: string }[]>;
  emit?: EmitSourcesEvent;
  now?: () => Date;
  fs?: DurableFs;
}

const FOLDER_MISSING: LocalizedDetail = {
  id: 'Folder tidak ditemukan. Mungkin diska dilepas atau folder dipindahkan; indeks terakhir tetap disimpan.',
  en: 'The folder was not found. The disk may be unplugged or the folder moved; the last index is kept.',
};

/** One folder source while the app runs. */
interface LiveSource {
  indexer: SourceIndexer | null;
  /** Settles once the indexer is open (or failed to open). */
  opening: Promise<void>;
  missing: boolean;
  failure?: LocalizedDetail;
}

function describe(error: unknown): LocalizedDetail {
  const text = error instanceof Error ? error.message : String(error);
  return { id: `Folder tidak dapat dibaca: ${text}`, en: `The folder cannot be read: ${text}` };
}

export class SourcesService {
  private readonly live = new Map<string, LiveSource>();
  /** What a closed (disabled) source's indexer said last: its counts stay visible in the list. */
  private readonly last = new Map<string, FolderIndexerState>();
  private generation = 0;
  private closed = false;

  constructor(private readonly options: SourcesServiceOptions) {}

  /** Opens every enabled folder in the background; resolves at once. */
  startAll(): void {
    for (const record of this.options.registry.records()) {
      if (record.kind === 'folder' && record.enabled) this.open(record);
    }
  }

  private open(record: SourceRecord): LiveSource {
    const entry: LiveSource = { indexer: null, opening: Promise.resolve(), missing: false };
    this.live.set(record.id, entry);
    entry.opening = this.openIndexer(record, entry).catch((error: unknown) => {
      entry.failure = describe(error);
      this.changed();
    });
    return entry;
  }

  private async openIndexer(record: SourceRecord, entry: LiveSource): Promise<void> {
    const root = record.root as string;
    // Said at once, while the indexer opens its cache; from then on the indexer tells (it keeps
    // looking for the folder and picks it up again when it is back).
    entry.missing = !(await stat(root).then((s) => s.isDirectory(), () => false));
    if (entry.missing) this.changed();
    const indexer = await this.options.openIndexer({
      sourceId: record.id,
      root,
      cacheDir: sourceCacheDir(this.options.userDataDir, record.id),
      bundled: await this.options.bundledTitles().catch(() => []),
      onProgress: (progress) => {
        if (this.live.get(record.id) === entry) this.emit('sources:progress', progress);
      },
      onChanged: () => {
        if (this.live.get(record.id) === entry) this.changed();
      },
      fs: this.options.fs,
    });
    if (this.live.get(record.id) !== entry || this.closed) {
      await indexer.close(); // removed or disabled while it opened
      return;
    }
    entry.indexer = indexer;
    entry.missing = false;
    this.changed();
    // Never awaited: a first run over a large folder takes a while and the app goes on meanwhile.
    void indexer.start().catch((error: unknown) => this.fail(entry, error));
  }

  private fail(entry: LiveSource, error: unknown): void {
    entry.failure = describe(error);
    this.changed();
  }

  private changed(): void {
    this.generation += 1;
    this.emit('sources:changed', { generation: this.generation });
  }

  /** Telling the window must never break indexing (a closed window, a page gone). */
  private emit: EmitSourcesEvent = (event, payload) => {
    try {
      this.options.emit?.(event, payload);
    } catch {
      // the renderer polls sources:list while indexing, so a lost event only delays a repaint
    }
  };

  private async shut(id: string): Promise<void> {
    const entry = this.live.get(id);
    if (!entry) return;
    this.live.delete(id);
    await entry.opening;
    if (entry.indexer) {
      this.last.set(id, entry.indexer.state());
      await entry.indexer.close().catch(() => undefined);
    }
  }

  info(record: SourceRecord): SourceInfo {
    const base = { id: record.id, name: record.name, kind: record.kind, root: record.root, enabled: record.enabled };
    if (record.kind === 'bundled') return { ...base, status: 'ready', documentCount: 0, indexedAt: null, problemCount: 0 };
    const entry = this.live.get(record.id);
    const state = entry?.indexer?.state() ?? (entry ? undefined : this.last.get(record.id));
    const info: SourceInfo = {
      ...base,
      status: state?.status ?? (entry && !entry.indexer ? 'indexing' : 'ready'),
      documentCount: state?.documentCount ?? 0,
      indexedAt: state?.indexedAt ?? null,
      problemCount: state?.problemCount ?? 0,
    };
    if (!record.enabled && info.status === 'indexing') info.status = 'ready'; // a run stopped by hiding it
    if (state?.progress && info.status === 'indexing') info.progress = state.progress;
    if (state?.error) info.error = state.error;
    if (entry?.missing && !entry.indexer) {
      info.status = 'missing';
      info.error = FOLDER_MISSING;
    }
    if (entry?.failure) {
      info.status = 'error';
      info.error = entry.failure;
    }
    return info;
  }

  records(): SourceRecord[] {
    return this.options.registry.records();
  }

  /** The indexer of an enabled folder source, once open; null otherwise. */
  indexerOf(id: string): SourceIndexer | null {
    const record = this.options.registry.find(id);
    return record?.enabled ? (this.live.get(id)?.indexer ?? null) : null;
  }

  async addFolder(folder: string, name?: string): Promise<SourceInfo> {
    const folders = this.records().filter((r) => r.kind === 'folder' && r.root);
    const root = await checkNewFolder(folder, { dataDir: this.options.userDataDir, existing: folders.map((r) => ({ root: r.root as string, name: r.name })) });
    const record = await this.options.registry.add({
      id: folderSourceId(root),
      name: name?.trim() || defaultSourceName(root),
      kind: 'folder',
      root,
      enabled: true,
      addedAt: (this.options.now?.() ?? new Date()).toISOString(),
    });
    await this.shut(record.id); // a stale indexer left by an earlier remove that raced
    this.open(record);
    this.changed();
    return this.info(record);
  }

  async rename(id: string, name: string): Promise<SourceInfo> {
    const record = await this.options.registry.rename(id, name.trim());
    this.changed();
    return this.info(record);
  }

  async setEnabled(id: string, enabled: boolean): Promise<SourceInfo> {
    const before = this.options.registry.get(id);
    const record = await this.options.registry.setEnabled(id, enabled);
    if (record.kind === 'folder' && before.enabled !== enabled) {
      if (enabled) this.open(record);
      else await this.shut(id);
    }
    this.changed();
    return this.info(record);
  }

  /** Forgets the source and deletes its cache; never touches the folder itself. */
  async remove(id: string): Promise<void> {
    const record = await this.options.registry.remove(id);
    await this.shut(id);
    this.last.delete(id);
    if (record.kind === 'folder') await rm(sourceCacheDir(this.options.userDataDir, id), { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    this.changed();
  }

  async reindex(id: string): Promise<SourceInfo> {
    const record = this.folderRecord(id);
    if (!record.enabled) return this.info(record);
    let entry = this.live.get(id);
    if (!entry || entry.failure) {
      // Try again from the start: whatever failed to open may work now.
      await this.shut(id);
      entry = this.open(record);
      await entry.opening;
      return this.info(record);
    }
    await entry.opening;
    if (entry.indexer) void entry.indexer.reindex().catch((error: unknown) => this.fail(entry, error));
    return this.info(record);
  }

  cancel(id: string): boolean {
    this.folderRecord(id);
    return this.live.get(id)?.indexer?.cancel() ?? false;
  }

  problems(id: string): SourceProblem[] {
    const record = this.options.registry.get(id);
    if (record.kind === 'bundled') return [];
    return this.live.get(id)?.indexer?.problems() ?? [];
  }

  /** The absolute path of a file of a folder source (its root when `file` is absent), or null. */
  filePath(id: string, file?: string): string | null {
    const record = this.options.registry.get(id);
    if (record.kind !== 'folder' || !record.root) return null;
    if (file === undefined) return record.root;
    return this.live.get(id)?.indexer?.filePath(file) ?? null;
  }

  /** Segments of every enabled folder source; the bundled library is loaded by the renderer itself. */
  segments(): SearchSegments {
    const segments = this.records()
      .filter((r) => r.kind === 'folder' && r.enabled)
      .flatMap((r) => this.live.get(r.id)?.indexer?.segments() ?? []);
    return { generation: this.generation, segments };
  }

  private folderRecord(id: string): SourceRecord {
    const record = this.options.registry.get(id);
    if (record.id === BUNDLED_SOURCE_ID) throw new ApiFailure('source_read_only', id);
    return record;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.live.keys()].map((id) => this.shut(id)));
  }
}
