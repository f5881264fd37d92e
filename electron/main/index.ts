/**
 * Electron wiring only: lifecycle, the app:// scheme, the window, the menu and IPC. Everything
 * with logic lives in electron/services so it runs (and is tested) without Electron.
 */
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { createHost } from '../services/host/createHost';
import { AppLog } from '../services/log/AppLog';
import { startupFailureDialog, systemLanguage } from '../services/log/startupFailure';
import { buildMenuTemplate } from '../services/menu/menuTemplate';
import { registerIpc } from './ipc';
import { applyUserDataOverride, appPaths, isDevelopmentBuild } from './paths';
import { openPresentWindow, printRouteToPdf } from './presentWindows';
import { declareAppScheme, serveAppScheme } from './protocol';
import { sourcesCacheRoot } from '../services/sources/sourcePaths';
import { confirmAndOpenExternal, createMainWindow, openPathInSystem, pickLibraryFolder, sendHostEvent, showItemInSystemFolder } from './window';

applyUserDataOverride();
declareAppScheme();

const log = new AppLog({ dir: app.getPath('userData') });
process.on('uncaughtExceptionMonitor', (error) => log.error('Uncaught exception in the main process', error));
process.on('unhandledRejection', (reason) => log.error('Unhandled promise rejection in the main process', reason));

/** Never a silent exit: say what failed and where the log is, then quit with a failure code. */
function failedToStart(error: unknown): void {
  const written = log.error('Pustaka Inovasi could not start', error);
  const { title, content } = startupFailureDialog(systemLanguage(app.getLocale()), error, { path: log.path, written });
  dialog.showErrorBox(title, content);
  app.exit(1);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(async () => {
    log.info(`${app.getName()} ${app.getVersion()} starting (${process.platform}, Electron ${process.versions.electron})`);
    const paths = appPaths();
    // The app asks for no permission (camera, notifications, USB, ...): refuse every request and
    // answer every check with "no", so a page cannot even learn what it might be granted.
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    session.defaultSession.setDevicePermissionHandler(() => false);

    const applyMenu = () => {
      const template = buildMenuTemplate(
        host.language(),
        {
          navigate: (route) => sendHostEvent(mainWindow, 'menu:navigate', { route }),
          focusSearch: () => sendHostEvent(mainWindow, 'menu:focusSearch', {}),
        },
        { isMac: process.platform === 'darwin', development: isDevelopmentBuild() },
      );
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    };

    const host = await createHost({
      userDataDir: paths.userData,
      contentDir: paths.content,
      appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
      openExternal: (url) => confirmAndOpenExternal(url, host.settings, mainWindow),
      onSettingsChanged: () => applyMenu(),
      onUnexpectedError: (error) => {
        console.error('[pustaka] handler failed', error);
        log.error('A host handler failed unexpectedly', error);
      },
      openPresentWindow: (request) => openPresentWindow(paths.preload, request),
      savePdf: (route, fileName) => printRouteToPdf(paths.preload, route, fileName, mainWindow),
      emit: (event, payload) => sendHostEvent(mainWindow, event, payload),
      pickFolder: () => pickLibraryFolder(mainWindow, host.language()),
      showItemInFolder: showItemInSystemFolder,
      openPath: openPathInSystem,
    });

    serveAppScheme({ app: paths.renderer, content: paths.content, sources: sourcesCacheRoot(paths.userData) });
    registerIpc(host);
    applyMenu();
    mainWindow = createMainWindow(paths.preload, host.settings);

    // After the windows have closed (their last note edits sent as they unloaded), let those
    // saves finish and write one snapshot before the process ends.
    let settled = false;
    app.on('will-quit', (event) => {
      if (settled) return;
      event.preventDefault();
      void host
        .settle()
        .catch((error: unknown) => log.error('Saving before quitting failed', error))
        .finally(() => {
          settled = true;
          app.quit();
        });
    });

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(paths.preload, host.settings);
    });
  }).catch(failedToStart);

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
