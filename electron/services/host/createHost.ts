/**
 * The composition root for everything behind the contract. Electron's main process and the e2e
 * harness both build the host here, so the renderer meets the same services either way.
 */
import path from 'node:path';
import type { HandlerTable } from '../../../core/api';
import { dispatch } from '../../../core/dispatch';
import type { Language } from '../../../core/errors';
import { createAppHandlers } from '../handlers/appHandlers';
import { createLibraryHandlers } from '../handlers/libraryHandlers';
import { createSourcesHandlers } from '../handlers/sourcesHandlers';
import { createPlannerHandlers } from '../handlers/plannerHandlers';
import { PlanStore } from '../planner/PlanStore';
import { createPresentHandlers, type PresentHandlerDeps } from '../handlers/presentHandlers';
import { createProgressHandlers } from '../handlers/progressHandlers';
import { LibraryService } from '../library/LibraryService';
import { readBundledPacks } from '../packs/bundledPacks';
import { SessionPackStore } from '../packs/SessionPackStore';
import { SlidePositionStore } from '../present/SlidePositionStore';
import { createNotesHandlers } from '../handlers/notesHandlers';
import { NotesStore } from '../notes/NotesStore';
import { SettingsStore } from '../settings/SettingsStore';
import type { DurableFs } from '../storage/durable/durableFs';
import type { OpenFolderIndexer } from '../sources/indexerContract';
import { LibraryCatalog } from '../sources/LibraryCatalog';
import { FolderIndexer } from '../sources/indexing/FolderIndexer';
import { SOURCES_FILE } from '../sources/sourcePaths';
import { SourcesRegistry } from '../sources/SourcesRegistry';
import { SourcesService, type EmitSourcesEvent } from '../sources/SourcesService';

export interface HostOptions {
  userDataDir: string;
  contentDir: string;
  appInfo: { name: string; version: string; platform: string };
  openExternal: (url: string) => Promise<boolean>;
  onSettingsChanged?: () => void;
  onUnexpectedError?: (error: unknown) => void;
  /** Electron only: a presenter or audience window (second display), and printing to PDF. */
  openPresentWindow?: PresentHandlerDeps['openPresentWindow'];
  savePdf?: PresentHandlerDeps['savePdf'];
  /** Tests make the disk fail (full, read-only) through this seam. */
  fs?: DurableFs;
  /** Host events (indexing progress, sources changed): Electron sends them to the main window. */
  emit?: EmitSourcesEvent;
  /** Electron: the native folder picker for `sources:addFolder` without a path; null when cancelled. */
  pickFolder?: () => Promise<string | null>;
  /** Electron: shell.showItemInFolder ("Tampilkan di folder"). */
  showItemInFolder?: (absolutePath: string) => boolean | Promise<boolean>;
  /** Electron: shell.openPath ("Buka berkas"); true when the file was opened. */
  openPath?: (absolutePath: string) => Promise<boolean>;
  /** Tests put a fake indexer behind the registry. */
  openFolderIndexer?: OpenFolderIndexer;
}

export interface Host {
  handlers: HandlerTable;
  settings: SettingsStore;
  notes: NotesStore;
  sources: SourcesService;
  language(): Language;
  /** Validates and runs one call, as every transport must. */
  invoke(channel: unknown, input: unknown): ReturnType<typeof dispatch>;
  /** Waits for calls still running (a note saved as the window closed), then makes notes durable. */
  settle(): Promise<void>;
}

export async function createHost(options: HostOptions): Promise<Host> {
  // Notes open first and hold the data-folder lock; none of these throws for a folder that cannot
  // be written, so the library always opens and saving says why it cannot.
  const notes = await NotesStore.open({ folder: options.userDataDir, progressFile: path.join(options.userDataDir, 'progress.json'), fs: options.fs });
  const storeOptions = { fs: options.fs, writable: () => notes.status().unavailable?.reason !== 'locked' };
  const settings = new SettingsStore(path.join(options.userDataDir, 'settings.json'), storeOptions);
  await settings.init();
  const bundled = new LibraryService(options.contentDir);
  const registry = new SourcesRegistry(path.join(options.userDataDir, SOURCES_FILE), storeOptions);
  await registry.init();
  const sources = new SourcesService({
    registry,
    userDataDir: options.userDataDir,
    openIndexer: options.openFolderIndexer ?? ((indexerOptions) => FolderIndexer.open(indexerOptions)),
    bundledTitles: async () => (await bundled.list()).documents.map((d) => ({ id: d.id, title: d.title })),
    emit: options.emit,
    fs: options.fs,
  });
  // Everything that reads documents sees the bundled library and every enabled source together.
  const library = new LibraryCatalog(bundled, sources);
  const packs = new SessionPackStore(path.join(options.userDataDir, 'packs.json'), undefined, undefined, storeOptions);
  await packs.init(await readBundledPacks(options.contentDir));
  const positions = new SlidePositionStore(path.join(options.userDataDir, 'present.json'), undefined, storeOptions);
  await positions.init();
  const plans = new PlanStore(path.join(options.userDataDir, 'plans'), storeOptions);
  await plans.init();
  for (const { file, notice } of plans.loadNotices()) notes.reportRecoveredFile({ kind: 'file-recovered', file, ...notice });
  for (const [file, store] of [['settings.json', settings], ['packs.json', packs], ['present.json', positions], [SOURCES_FILE, registry]] as const) {
    const notice = store.loadNotice();
    if (notice) notes.reportRecoveredFile({ kind: 'file-recovered', file, ...notice });
  }
  const handlers: HandlerTable = {
    ...createAppHandlers({
      settings,
      appInfo: options.appInfo,
      openExternal: options.openExternal,
      onSettingsChanged: options.onSettingsChanged,
    }),
    ...createLibraryHandlers(library),
    ...createSourcesHandlers({
      sources,
      bundled,
      notes: () => notes.snapshot(),
      pickFolder: options.pickFolder,
      showItemInFolder: options.showItemInFolder,
      openPath: options.openPath,
    }),
    ...createPresentHandlers({
      packs,
      positions,
      library,
      language: () => settings.get().language,
      openPresentWindow: options.openPresentWindow,
      savePdf: options.savePdf,
    }),
    ...createProgressHandlers(notes),
    ...createNotesHandlers({ notes, library, language: () => settings.get().language }),
    ...createPlannerHandlers({ plans, library, language: () => settings.get().language }),
  };
  // In the background: start-up never waits for a folder to be read.
  sources.startAll();
  const language = () => settings.get().language;
  const running = new Set<Promise<unknown>>();
  return {
    handlers,
    settings,
    notes,
    sources,
    language,
    invoke: (channel, input) => {
      const call = dispatch(handlers, channel, input, language, options.onUnexpectedError);
      running.add(call);
      void call.finally(() => running.delete(call));
      return call;
    },
    settle: async () => {
      await Promise.allSettled([...running]);
      await sources.close();
      await Promise.all([settings.settled(), packs.settled(), positions.settled(), registry.settled(), plans.settled()]);
      await notes.close();
    },
  };
}
