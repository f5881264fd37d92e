import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/tempDir';
import { SettingsStore } from '../../../electron/services/settings/SettingsStore';

const tempDir = useTempDir('pustaka-settings');

describe('SettingsStore', () => {
  it('starts with Indonesian and the system theme when there is no file yet', async () => {
    const store = new SettingsStore(path.join(tempDir(), 'settings.json'));
    await store.init();
    expect(store.get()).toMatchObject({ language: 'id', theme: 'system' });
    expect(store.loadNotice()).toBeNull();
  });

  it('keeps a change across a restart', async () => {
    const file = path.join(tempDir(), 'settings.json');
    const first = new SettingsStore(file);
    await first.init();
    await first.update({ language: 'en', theme: 'dark' });
    const second = new SettingsStore(file);
    await second.init();
    expect(second.get()).toMatchObject({ language: 'en', theme: 'dark' });
    await first.settled(); // its trailing backup, before the folder is removed
  });

  it.each([
    ['truncated JSON', '{"language": "en", "the'],
    ['an empty file', ''],
    ['the wrong type', '[1,2,3]'],
    ['an unknown language', '{"language":"xx"}'],
  ])('moves %s aside, keeps it, and starts with defaults', async (_label, text) => {
    const file = path.join(tempDir(), 'settings.json');
    await writeFile(file, text);
    const store = new SettingsStore(file);
    await store.init();
    expect(store.get()).toMatchObject({ language: 'id', theme: 'system' });
    const notice = store.loadNotice();
    expect(notice).not.toBeNull();
    expect(await readFile(notice!.movedTo, 'utf8')).toBe(text);
    expect((await readdir(tempDir())).some((name) => name.startsWith('settings.json.rusak-'))).toBe(true);
  });

  it('keeps the previous settings in memory when the disk refuses the write', async () => {
    const blocker = path.join(tempDir(), 'not-a-folder');
    await writeFile(blocker, 'x');
    const store = new SettingsStore(path.join(blocker, 'settings.json'));
    await store.init();
    await expect(store.update({ language: 'en' })).rejects.toMatchObject({ code: 'storage_failed' });
    expect(store.get().language).toBe('id');
  });
});
