/**
 * Electron's side of presenting: the audience and presenter windows (the audience view on the
 * second display when there is one) and printing a handout route to PDF. Every window here has
 * the same hardening as the main window and may only show the app's own pages.
 */
import { BrowserWindow, dialog, screen } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { PresentWindowRequest } from '../services/handlers/presentHandlers';
import { placePresentWindow } from '../services/window/presentPlacement';
import { confineToAppPage } from './navigation';
import { APP_ENTRY, devRendererUrl, isDevelopmentBuild } from './paths';

const presentWindows = new Map<PresentWindowRequest['view'], BrowserWindow>();

function appUrl(route: string): string {
  return `${devRendererUrl() ?? APP_ENTRY}#${route}`;
}

function hardenedWindow(preload: string, options: Electron.BrowserWindowConstructorOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...options,
    backgroundColor: '#000000',
    // Written out in full here as in window.ts: Electronegativity checks each window's options only
    // where they are written, and a shared helper would hide them from it (8 findings when tried).
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
  win.setMenuBarVisibility(false);
  confineToAppPage(win.webContents);
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  return win;
}

export async function openPresentWindow(preload: string, request: PresentWindowRequest): Promise<boolean> {
  // ?jendela=1 tells the view it has a window of its own, so leaving closes it.
  const url = appUrl(`${request.route}?jendela=1`);
  const existing = presentWindows.get(request.view);
  if (existing && !existing.isDestroyed()) {
    await existing.loadURL(url);
    existing.show();
    return true;
  }
  const placement = placePresentWindow(
    request.view,
    screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds, workArea: d.workArea })),
    screen.getPrimaryDisplay().id,
  );
  if (!placement) return false;
  const win = hardenedWindow(preload, { ...placement.bounds, show: false, title: 'Pustaka Inovasi', fullscreen: placement.fullscreen });
  presentWindows.set(request.view, win);
  win.on('closed', () => presentWindows.delete(request.view));
  win.once('ready-to-show', () => win.show());
  await win.loadURL(url);
  return true;
}

async function waitForPrintReady(win: BrowserWindow, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await win.webContents.executeJavaScript("document.documentElement.dataset.printReady === '1'")) === true) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('handout view did not finish loading');
}

/** Renders the handout route in a hidden window, then asks where to save the PDF. */
export async function printRouteToPdf(
  preload: string,
  route: string,
  fileName: string,
  parent: BrowserWindow | null,
): Promise<{ saved: boolean; path?: string; cancelled?: boolean }> {
  const win = hardenedWindow(preload, { show: false, width: 1240, height: 1754 });
  try {
    await win.loadURL(appUrl(route));
    await waitForPrintReady(win);
    const pdf = await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
    const options = { defaultPath: fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false, cancelled: true };
    await writeFile(choice.filePath, pdf);
    return { saved: true, path: choice.filePath };
  } finally {
    win.destroy();
  }
}
