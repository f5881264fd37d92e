import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../core/api';
import { createHost, type Host } from '../../../electron/services/host/createHost';
import { writeCompiledLibrary } from '../support/libraryFixture';
import { readStoredJson } from '../support/storedJson';

let dir = '';
let host: Host;
let opened: string[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pustaka-contract-'));
  await writeCompiledLibrary(path.join(dir, 'content'));
  opened = [];
  host = await createHost({
    userDataDir: path.join(dir, 'user'),
    contentDir: path.join(dir, 'content'),
    appInfo: { name: 'Pustaka Inovasi', version: '0.1.0', platform: 'linux' },
    openExternal: async (url) => {
      opened.push(url);
      return true;
    },
  });
  await mkdir(path.join(dir, 'user'), { recursive: true });
});

afterEach(async () => {
  await host.settle();
  await rm(dir, { recursive: true, force: true });
});

const settingsFile = () => path.join(dir, 'user', 'settings.json');
const settingsOnDisk = () => readFile(settingsFile(), 'utf8').catch(() => null);

describe('the contract', () => {
  it('answers every declared channel with a handler', () => {
    expect(Object.keys(host.handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('returns app info with the default language Indonesian', async () => {
    const result = await host.invoke('app:info', undefined);
    expect(result).toMatchObject({ ok: true, value: { name: 'Pustaka Inovasi', language: 'id', theme: 'system' } });
  });

  it('saves a language change to disk and reports it back', async () => {
    expect(await host.invoke('app:setLanguage', { language: 'en' })).toEqual({ ok: true, value: { language: 'en' } });
    expect(await readStoredJson(settingsFile())).toMatchObject({ language: 'en' });
  });

  const badInputs: [string, unknown][] = [
    ['app:setLanguage', { language: 'fr' }],
    ['app:setLanguage', { language: 'en', extra: true }],
    ['app:setLanguage', 'en'],
    ['app:setLanguage', null],
    ['app:setLanguage', undefined],
    ['app:setTheme', { theme: 'neon' }],
    ['app:setTheme', { theme: ['dark'] }],
    ['app:openExternal', { url: 'javascript:alert(1)' }],
    ['app:openExternal', { url: 'file:///etc/passwd' }],
    ['app:openExternal', { url: `https://${'a'.repeat(5000)}.id` }],
    ['library:get', { id: '../../etc/passwd' }],
    ['library:get', { id: '' }],
    ['library:get', { id: 42 }],
    ['library:get', {}],
    ['app:info', { sneaky: 1 }],
    ['library:list', [1, 2, 3]],
  ];

  it.each(badInputs)('%s with %j gives a typed error and writes nothing', async (channel, input) => {
    const before = await settingsOnDisk();
    const result = await host.invoke(channel, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.messages.id).toMatch(/^Permintaan tidak valid/);
    expect(result.error.messages.en).toMatch(/^Invalid request/);
    expect(result.error.message).toBe(result.error.messages.id);
    expect(await settingsOnDisk()).toBe(before);
    expect(opened).toEqual([]);
  });

  it('gives the error in English once the UI is English', async () => {
    await host.invoke('app:setLanguage', { language: 'en' });
    const result = await host.invoke('library:get', { id: 'tidak-ada' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Document "tidak-ada" was not found in the library.' } });
  });

  it('refuses unknown channels, including prototype names', async () => {
    for (const channel of ['fs:read', '__proto__', 'constructor', 'toString', 42, null]) {
      const result = await host.invoke(channel, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('returns a document by id and a typed not-found error otherwise', async () => {
    expect(await host.invoke('library:get', { id: 'contoh-panduan' })).toMatchObject({ ok: true, value: { meta: { title: 'Contoh Panduan' } } });
    expect(await host.invoke('library:get', { id: 'tidak-ada' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('hides unexpected failures behind an internal error without a stack', async () => {
    const broken = { ...host.handlers, 'library:list': async () => { throw new Error('disk exploded at /secret/path'); } };
    const { dispatch } = await import('../../../core/dispatch');
    const result = await dispatch(broken, 'library:list', undefined, () => 'id');
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
  });

  it('opens only http(s) links and only through the host', async () => {
    expect(await host.invoke('app:openExternal', { url: 'https://jippnas.menpan.go.id/' })).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['https://jippnas.menpan.go.id/']);
  });
});
