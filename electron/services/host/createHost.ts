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
import { createPresentHandlers, type PresentHandlerDeps } from '../handlers/presentHandlers';
import { createProgressHandlers } from '../handlers/progressHandlers';
import { LibraryService } from '../library/LibraryService';
import { SessionPackStore } from '../packs/SessionPackStore';
import { SlidePositionStore } from '../present/SlidePositionStore';
import { ProgressStore } from '../progress/ProgressStore';
import { SettingsStore } from '../settings/SettingsStore';

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
}

export interface Host {
  handlers: HandlerTable;
  settings: SettingsStore;
  language(): Language;
  /** Validates and runs one call, as every transport must. */
  invoke(channel: unknown, input: unknown): ReturnType<typeof dispatch>;
}

export async function createHost(options: HostOptions): Promise<Host> {
  const settings = new SettingsStore(path.join(options.userDataDir, 'settings.json'));
  await settings.init();
  const progress = new ProgressStore(path.join(options.userDataDir, 'progress.json'));
  await progress.init();
  const library = new LibraryService(options.contentDir);
  const packs = new SessionPackStore(path.join(options.userDataDir, 'packs.json'));
  await packs.init();
  const positions = new SlidePositionStore(path.join(options.userDataDir, 'present.json'));
  await positions.init();
  const handlers: HandlerTable = {
    ...createAppHandlers({
      settings,
      appInfo: options.appInfo,
      openExternal: options.openExternal,
      onSettingsChanged: options.onSettingsChanged,
    }),
    ...createLibraryHandlers(library),
    ...createProgressHandlers(progress),
    ...createPresentHandlers({
      packs,
      positions,
      library,
      language: () => settings.get().language,
      openPresentWindow: options.openPresentWindow,
      savePdf: options.savePdf,
    }),
  };
  const language = () => settings.get().language;
  return {
    handlers,
    settings,
    language,
    invoke: (channel, input) => dispatch(handlers, channel, input, language, options.onUnexpectedError),
  };
}
