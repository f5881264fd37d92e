import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppUrl, routeAppUrl } from '../../../../electron/services/app-url/resolveAppUrl';
import { sourceCacheDir, sourcesCacheRoot } from '../../../../electron/services/sources/sourcePaths';

let base = '';
let roots: Record<string, string> = {};

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'pustaka-sources-url-'));
  const userData = path.join(base, 'user');
  const segment = path.join(sourceCacheDir(userData, 'folder-3f9a0b1c'), 'seg-0');
  await mkdir(segment, { recursive: true });
  await writeFile(path.join(segment, 'index.json'), '{}');
  await writeFile(path.join(userData, 'notes.json'), '{"rahasia":true}');
  await mkdir(path.join(base, 'renderer'), { recursive: true });
  await writeFile(path.join(base, 'renderer', 'index.html'), '<!doctype html>');
  await symlink(path.join(userData, 'notes.json'), path.join(segment, 'tautan-keluar.json'));
  roots = { app: path.join(base, 'renderer'), content: path.join(base, 'content'), sources: sourcesCacheRoot(userData) };
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('./__sources/<source>/… is served from the user-data cache, confined to it', () => {
  it('maps a segment file of a source to <userData>/cache/sources/<source>/…', async () => {
    expect(routeAppUrl('app://app/__sources/folder-3f9a0b1c/seg-0/index.json')).toBe('app://sources/folder-3f9a0b1c/seg-0/index.json');
    expect(await resolveAppUrl(routeAppUrl('app://app/__sources/folder-3f9a0b1c/seg-0/index.json'), roots)).toEqual({
      ok: true,
      filePath: path.join(sourcesCacheRoot(path.join(base, 'user')), 'folder-3f9a0b1c', 'seg-0', 'index.json'),
    });
  });

  it('still routes ./__content/ and the app itself as before', () => {
    expect(routeAppUrl('app://app/__content/assets/a.png')).toBe('app://content/assets/a.png');
    expect(routeAppUrl('app://app/index.html')).toBe('app://app/index.html');
  });

  const escapes = [
    'app://app/__sources/../notes.json',
    'app://app/__sources/folder-3f9a0b1c/../../notes.json',
    'app://app/__sources/folder-3f9a0b1c/seg-0/..%2f..%2f..%2fnotes.json',
    'app://app/__sources/%2e%2e/%2e%2e/notes.json',
    'app://app/__sources/%252e%252e/%252e%252e/notes.json',
    'app://app/__sources/..%5c..%5cnotes.json',
    'app://app/__sources/folder-3f9a0b1c/seg-0/%00index.json',
    'app://app/__sources/C:/Windows/win.ini',
    'app://app/__sources/~/notes.json',
  ];
  for (const url of escapes) {
    it(`refuses ${url}`, async () => {
      const resolved = await resolveAppUrl(routeAppUrl(url), roots);
      expect(resolved.ok).toBe(false);
    });
  }

  it('refuses a symlink in the cache that points out of it', async () => {
    expect(await resolveAppUrl(routeAppUrl('app://app/__sources/folder-3f9a0b1c/seg-0/tautan-keluar.json'), roots)).toMatchObject({ ok: false, status: 403 });
  });

  it('answers 404 for a source that has no cache yet', async () => {
    expect(await resolveAppUrl(routeAppUrl('app://app/__sources/folder-00000000/seg-0/index.json'), roots)).toMatchObject({ ok: false, status: 404 });
  });
});
