import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/services/menu/menuTemplate';

const RELEASE = { isMac: false, development: false };

describe('the application menu', () => {
  it('speaks Indonesian and English', () => {
    expect(buildMenuTemplate('id', { navigate() {}, focusSearch() {} }, RELEASE).map((m) => m.label)).toEqual([
      'Berkas', 'Sunting', 'Tampilan', 'Buka', 'Jendela', 'Bantuan',
    ]);
    expect(buildMenuTemplate('en', { navigate() {}, focusSearch() {} }, RELEASE).map((m) => m.label)).toEqual([
      'File', 'Edit', 'View', 'Go', 'Window', 'Help',
    ]);
  });

  it('sends the Go menu items to the matching routes and Ctrl+K to the search box', () => {
    const navigate = vi.fn();
    const focusSearch = vi.fn();
    const go = buildMenuTemplate('id', { navigate, focusSearch }, RELEASE).find((m) => m.label === 'Buka');
    const items = go!.submenu as { label: string; accelerator?: string; click?: () => void }[];
    for (const item of items) item.click?.();
    expect(navigate.mock.calls.map((c) => c[0])).toEqual(['/', '/catatan', '/presentasi', '/pengaturan']);
    expect(focusSearch).toHaveBeenCalledOnce();
    expect(items.find((i) => i.label === 'Cari')?.accelerator).toBe('CmdOrCtrl+K');
  });
});
