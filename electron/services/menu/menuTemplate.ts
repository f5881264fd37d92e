/**
 * The application menu as data, in the UI language. Built here (plain Node, testable) and handed
 * to Electron's Menu.buildFromTemplate by the main process.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../../core/errors';

const LABELS = {
  id: {
    file: 'Berkas', quit: 'Keluar', edit: 'Sunting', undo: 'Batalkan', redo: 'Ulangi', cut: 'Potong',
    copy: 'Salin', paste: 'Tempel', selectAll: 'Pilih Semua', view: 'Tampilan', reload: 'Muat Ulang',
    zoomIn: 'Perbesar', zoomOut: 'Perkecil', resetZoom: 'Ukuran Sebenarnya', fullscreen: 'Layar Penuh',
    devtools: 'Alat Pengembang', go: 'Buka', library: 'Pustaka', search: 'Cari', notes: 'Catatan',
    present: 'Presentasi', settings: 'Pengaturan', window: 'Jendela', minimize: 'Perkecil Jendela',
    close: 'Tutup Jendela', help: 'Bantuan', about: 'Tentang Pustaka Inovasi',
  },
  en: {
    file: 'File', quit: 'Quit', edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy',
    paste: 'Paste', selectAll: 'Select All', view: 'View', reload: 'Reload', zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out', resetZoom: 'Actual Size', fullscreen: 'Full Screen', devtools: 'Developer Tools',
    go: 'Go', library: 'Library', search: 'Search', notes: 'Notes', present: 'Present',
    settings: 'Settings', window: 'Window', minimize: 'Minimise', close: 'Close Window', help: 'Help',
    about: 'About Pustaka Inovasi',
  },
} as const;

export interface MenuActions {
  navigate(route: string): void;
  focusSearch(): void;
}

export interface MenuPlatform {
  isMac: boolean;
  /**
   * True only when running from the source tree (`npm run dev`, `npm start`, the Electron specs).
   * Released builds get no reload and no Developer Tools: a reload would drop unsent edits and
   * DevTools would let anyone at the desk run script with the page's rights.
   */
  development: boolean;
}

export function buildMenuTemplate(language: Language, actions: MenuActions, platform: MenuPlatform): MenuItemConstructorOptions[] {
  const { isMac, development } = platform;
  const l = LABELS[language];
  const go = (label: string, route: string, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.navigate(route),
  });
  return [
    { label: l.file, submenu: [{ role: 'quit', label: l.quit }] },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        ...(development ? [{ role: 'reload', label: l.reload } as const, { type: 'separator' } as const] : []),
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { role: 'resetZoom', label: l.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullscreen },
        ...(development ? [{ role: 'toggleDevTools', label: l.devtools } as const] : []),
      ],
    },
    {
      label: l.go,
      submenu: [
        go(l.library, '/', 'CmdOrCtrl+1'),
        { label: l.search, accelerator: 'CmdOrCtrl+K', click: () => actions.focusSearch() },
        go(l.notes, '/catatan', 'CmdOrCtrl+3'),
        go(l.present, '/presentasi', 'CmdOrCtrl+4'),
        go(l.settings, '/pengaturan', isMac ? 'Cmd+,' : 'CmdOrCtrl+5'),
      ],
    },
    {
      label: l.window,
      submenu: [
        { role: 'minimize', label: l.minimize },
        { role: 'close', label: l.close },
      ],
    },
    { label: l.help, submenu: [{ role: 'about', label: l.about }] },
  ];
}
