import { BrowserWindow, dialog, screen, shell } from 'electron';
import type { HostEvent, HostEventPayload } from '../../core/api';
import type { SettingsStore } from '../services/settings/SettingsStore';
import { externalLinkPrompt, isOpenableExternally } from '../services/security/externalLinks';
import { fitWindowPlacement } from '../services/window/windowPlacement';
import { confineToAppPage } from './navigation';
import { APP_ENTRY, devRendererUrl, isDevelopmentBuild } from './paths';

export const HOST_EVENT_CHANNEL = 'pustaka:event';

export function sendHostEvent<E extends HostEvent>(win: BrowserWindow | null, event: E, payload: HostEventPayload[E]): void {
  // Indexing can report after the window closed (quitting): nothing to tell then.
  if (win && !win.isDestroyed()) win.webContents.send(HOST_EVENT_CHANNEL, event, payload);
}

/** The native folder picker for adding a library source; null when the user cancels. */
export async function pickLibraryFolder(parent: BrowserWindow | null, language: 'id' | 'en'): Promise<string | null> {
  const options = {
    title: language === 'id' ? 'Pilih folder pustaka' : 'Choose a library folder',
    buttonLabel: language === 'id' ? 'Tambahkan folder' : 'Add folder',
    properties: ['openDirectory' as const],
  };
  const { canceled, filePaths } = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return canceled ? null : (filePaths[0] ?? null);
}

/** "Buka berkas": the system's default app for the file; true when it opened. */
export async function openPathInSystem(file: string): Promise<boolean> {
  return (await shell.openPath(file)) === '';
}

/** "Tampilkan di folder": the file selected in the system's file manager. */
export function showItemInSystemFolder(file: string): boolean {
  shell.showItemInFolder(file);
  return true;
}

/** Asks first; opens http(s) links only. */
export async function confirmAndOpenExternal(url: string, settings: SettingsStore, parent?: BrowserWindow | null): Promise<boolean> {
  if (!isOpenableExternally(url)) return false;
  const prompt = externalLinkPrompt(url, settings.get().language);
  const options = { type: 'question' as const, defaultId: 1, cancelId: 1, noLink: true, ...prompt };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}

export function createMainWindow(preload: string, settings: SettingsStore): BrowserWindow {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const placement = fitWindowPlacement(settings.get().window, displays);
  const win = new BrowserWindow({
    ...placement,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Pustaka Inovasi',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: isDevelopmentBuild(),
      // No auxclick: a middle-click on a link cannot start a navigation of its own.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (placement.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  confineToAppPage(win.webContents);
  win.webContents.setWindowOpenHandler(({ url }) => {
    void confirmAndOpenExternal(url, settings, win);
    return { action: 'deny' };
  });
  win.on('close', () => {
    const bounds = win.getNormalBounds();
    void settings.update({ window: { ...bounds, maximized: win.isMaximized() } }).catch(() => undefined);
  });

  void win.loadURL(devRendererUrl() ?? APP_ENTRY);
  return win;
}
