import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppPathLexically, resolveAppUrl } from '../../../electron/services/app-url/resolveAppUrl';

let base = '';
let root = '';
let roots: Record<string, string> = {};

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'pustaka-url-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'nama dengan spasi.svg'), '<svg/>');
  await writeFile(path.join(base, 'secret.txt'), 'rahasia');
  await mkdir(path.join(base, 'renderer-evil'));
  await writeFile(path.join(base, 'renderer-evil', 'x.js'), 'evil');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link-keluar.txt'));
  await symlink(base, path.join(root, 'folder-keluar'));
  roots = { app: root };
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveAppUrl', () => {
  it('serves index.html for the root and files inside the root', async () => {
    expect(await resolveAppUrl('app://app/', roots)).toEqual({ ok: true, filePath: path.join(root, 'index.html') });
    expect(await resolveAppUrl('app://app/assets/app.js?v=1#x', roots)).toEqual({ ok: true, filePath: path.join(root, 'assets', 'app.js') });
    expect(await resolveAppUrl('app://app/assets/nama%20dengan%20spasi.svg', roots)).toMatchObject({ ok: true });
  });

  it('answers 404 for a missing file inside the root', async () => {
    expect(await resolveAppUrl('app://app/tidak-ada.js', roots)).toMatchObject({ ok: false, status: 404 });
  });

  const attempts = [
    'app://app/../secret.txt',
    'app://app/..%2fsecret.txt',
    'app://app/..%2Fsecret.txt',
    'app://app/%2e%2e/secret.txt',
    'app://app/%2E%2E/secret.txt',
    'app://app/%2e%2e%2fsecret.txt',
    'app://app/..%252fsecret.txt',
    'app://app/%252e%252e/secret.txt',
    'app://app/%25252e%25252e/secret.txt',
    'app://app/assets/../../secret.txt',
    'app://app/assets/%2e%2e/%2e%2e/secret.txt',
    'app://app/..\\secret.txt',
    'app://app/..%5csecret.txt',
    'app://app/..%5Csecret.txt',
    'app://app/assets%5c..%5c..%5csecret.txt',
    'app://app/%00../secret.txt',
    'app://app/index.html%00.js',
    'app://app/C:/Windows/win.ini',
    'app://app/c:%5cwindows%5cwin.ini',
    'app://app//etc/passwd',
    'app://app/%2fetc%2fpasswd',
    'app://app/~/.ssh/id_rsa',
    'app://app/./../secret.txt',
    'app://app/.%2e/secret.txt',
    'app://app/%2e./secret.txt',
    'app://app/assets/link-keluar.txt',
    'app://app/folder-keluar/secret.txt',
    'app://app/folder-keluar/renderer-evil/x.js',
    'app://app/../renderer-evil/x.js',
    'app://evil/index.html',
    'app://app:8080/index.html',
    'app://user:pass@app/index.html',
    'file:///etc/passwd',
    'http://app/index.html',
    'app://app/%E0%A4%A',
    'app://app/%0a../secret.txt',
  ];

  it.each(attempts)('refuses %s', async (url) => {
    const result = await resolveAppUrl(url, roots);
    expect(result.ok).toBe(false);
    // Whatever the reason, nothing outside the root is ever returned.
    if (result.ok) expect(result.filePath.startsWith(root + path.sep)).toBe(true);
  });

  it('counts at least 30 traversal attempts', () => {
    expect(attempts.length).toBeGreaterThanOrEqual(30);
  });

  it('rejects the lexical escapes before touching the disk', () => {
    expect(resolveAppPathLexically('app://app/%2e%2e/x', roots)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppPathLexically('app://nope/x', roots)).toMatchObject({ ok: false, status: 404 });
  });
});
